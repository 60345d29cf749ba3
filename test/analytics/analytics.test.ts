/** Decision analytics: known answers, a policy against itself, and worker-count independence. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { tinyFiles, tinyScenario, TINY_NODES, TINY_RATES, TINY_SKUS, TINY_TRANSIT } from '../helpers/tiny.ts';
import { comparePolicies } from '../../sim/analytics/compare.ts';
import { decide } from '../../sim/analytics/decision.ts';
import type { PilotPlan } from '../../sim/analytics/pilot.ts';
import { runReplicate } from '../../sim/analytics/replicates.ts';
import { roi, tornado } from '../../sim/analytics/roi.ts';
import { savingsPerOrder } from '../../sim/analytics/savings.ts';
import { runReplicates } from '../../sim/io/replicates.ts';
import { buildModel, preparePolicies } from '../../sim/pipeline/index.ts';
import { makeRng } from '../../sim/random/rng.ts';
import { roiSchema } from '../../sim/scenario/schema.ts';

function prepared(input: ReturnType<typeof randomTiny>) {
  const scenario = tinyScenario(input.scenario);
  const { model, data } = buildModel(scenario, tinyFiles(input));
  return preparePolicies(model, scenario, undefined, data);
}

describe('comparePolicies', () => {
  it('finds exactly zero difference, with intervals holding zero, for a policy against itself', () => {
    const input = randomTiny(31);
    input.scenario = input.scenario!.replace('  - name: cheapest\n', '  - name: cheapest\n  - name: cheapest-again\n    use: cheapest\n');
    const policies = prepared(input);
    const results = [0, 1, 2, 3, 4].map((r) => runReplicate(policies, 7, r));
    for (const c of comparePolicies(results, 'cheapest', 'cheapest-again', { rng: makeRng(1) })) {
      if (c.a === null) continue;
      expect(c.delta, c.metric).toBe(0);
      expect(c.replicates!.difference).toBe(0);
      expect(c.replicates!.interval!.low).toBeLessThanOrEqual(0);
      expect(c.replicates!.interval!.high).toBeGreaterThanOrEqual(0);
      expect(c.bootstrap.interval!.low).toBeLessThanOrEqual(0);
      expect(c.bootstrap.interval!.high).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives the same intervals for the same seed', () => {
    const policies = prepared(randomTiny(32));
    const results = [0, 1, 2].map((r) => runReplicate(policies, 7, r));
    const once = comparePolicies(results, 'warehouse-only', 'fewest-packages', { rng: makeRng(9) });
    const again = comparePolicies(results, 'warehouse-only', 'fewest-packages', { rng: makeRng(9) });
    expect(again).toEqual(once);
  });
});

describe('replicates on worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-replicates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('give the same results with one worker and with two', { timeout: 60_000 }, async () => {
    const input = randomTiny(33);
    const files: Record<string, string> = {
      'scenario.yaml': input.scenario!, 'nodes.csv': input.nodes ?? TINY_NODES, 'skus.csv': input.skus ?? TINY_SKUS, 'orders.csv': input.orders,
      'inventory.csv': input.inventory, 'receipts.csv': input.receipts ?? 'node_id,sku,quantity,arrives_at\n', 'rate_card.csv': TINY_RATES, 'transit.csv': TINY_TRANSIT,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const { loadScenario } = await import('../../sim/io/load.ts');
    const loaded = await loadScenario(dir, dir);
    const one = await runReplicates({ source: { scenario: dir, root: dir }, seed: '5', n: 4, workers: 1, loaded });
    const two = await runReplicates({ source: { scenario: dir, root: dir }, seed: '5', n: 4, workers: 2, loaded });
    expect(two).toEqual(one);
    expect(one.map((r) => r.replicate)).toEqual([0, 1, 2, 3]);
    // different replicates draw differently
    expect(JSON.stringify(one[1]!.policies)).not.toBe(JSON.stringify(one[2]!.policies));
  });
});

describe('replicates of a generated data set', () => {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-generated-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('draw a new order stream per replicate, the same with one worker or two', { timeout: 120_000 }, async () => {
    writeFileSync(join(dir, 'scenario.yaml'), `data: { generate: { preset: three-location, seed: 4, start: 2026-06-29, days: 10, orders_per_day: 30 } }
period: { start: 2026-06-29, end: 2026-07-08 }
seed: 2
shipping: { model: linear, per_package: 8, per_unit: 0.5 }
promise: { delivery_business_days: { standard: 5, expedited: 2 } }
policies:
  - name: warehouse-only
    node: WH-COLUMBUS
  - name: fewest-packages
`);
    const { loadScenario } = await import('../../sim/io/load.ts');
    const loaded = await loadScenario(dir, dir);
    const one = await runReplicates({ source: { scenario: dir, root: dir }, seed: '2', n: 3, workers: 1, loaded });
    const two = await runReplicates({ source: { scenario: dir, root: dir }, seed: '2', n: 3, workers: 2, loaded });
    expect(two).toEqual(one);
    const orders = one.map((r) => r.policies[0]!.total.orders);
    expect(new Set(orders).size).toBeGreaterThan(1); // each replicate has its own stream
    for (const r of one) expect(r.policies[1]!.total.orders).toBe(r.policies[0]!.total.orders); // both policies see the same stream
  });
});

const config = roiSchema.parse({ horizon_months: 12, discount_rate_pct: 0, one_time: { setup: 1200 }, monthly: { subscription: 300 } });
const savings = { carrier: 0.3, pickPack: 0.1, touches: 0.05, cancellations: 0.05, margin: 0, marginCounted: true, fulfillment: 0.5, total: 0.5 };

describe('roi', () => {
  it('matches the hand-worked case', () => {
    // 0.50 × 1,000 orders − $300 = $200 a month; −$1,200 now
    const r = roi({ savings, monthlyOrders: 1000, config });
    expect(r.flows).toEqual([-1200, ...Array(12).fill(200)]);
    expect(r.npv).toBeCloseTo(-1200 + 12 * 200, 9);
    expect(r.payback!.month).toBe(6); // −1200 + 6 × 200 = 0
    expect(r.breakEvenOrders).toBeCloseTo((300 + 1200 / 12) / 0.5, 9); // 800
    expect(r.upsideMonthly).toBe(0);
  });

  it('carries the saving interval to a payback range', () => {
    const r = roi({ savings, savingsInterval: { low: 0.4, high: 0.6 }, monthlyOrders: 1000, config });
    expect(r.paybackRange!.low!.month).toBe(12); // 0.4 × 1000 − 300 = 100 a month: 12 months
    expect(r.paybackRange!.high!.month).toBe(4); // 300 a month: 4 months
  });

  it('gives a change that loses money no payback month and no break-even volume', () => {
    // no one-time costs: the cumulative flow is 0 at month 0, then −0.1 × 1,000 − 300 = −$400 a month
    const free = roiSchema.parse({ horizon_months: 12, discount_rate_pct: 0 , monthly: { subscription: 300 } });
    const r = roi({ savings: { ...savings, fulfillment: -0.1, total: -0.1 }, savingsInterval: { low: -0.2, high: 0.9 }, monthlyOrders: 1000, config: free });
    expect(r.npv).toBeCloseTo(-4800, 9);
    expect(r.payback).toBeNull(); // "never", not month 0
    expect(r.breakEvenOrders).toBeNull(); // "none"
    expect(r.paybackRange!.low).toBeNull();
    expect(r.paybackRange!.high!.month).toBe(0); // 0.9 × 1000 − 300 > 0 from the start: at once
  });

  it('takes extra named cost lines into the flows', () => {
    const r = roi({ savings, monthlyOrders: 1000, config, extraCosts: [{ name: 'store fixed cost', monthly: 100, oneTime: 600 }] });
    // 0.50 × 1,000 − 300 − 100 = $100 a month; −1,200 − 600 now
    expect(r.flows).toEqual([-1800, ...Array(12).fill(100)]);
    expect(r.costLines.map((l) => l.name)).toEqual(['setup', 'subscription', 'store fixed cost']);
  });

  it('sorts the tornado by NPV swing', () => {
    const rows = tornado({ savings, monthlyOrders: 1000, config });
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing);
    const volume = rows.find((t) => t.driver === 'order volume')!;
    expect(volume.lowNpv).toBeCloseTo(-1200 + 12 * (0.5 * 700 - 300), 9);
    expect(volume.highNpv).toBeCloseTo(-1200 + 12 * (0.5 * 1300 - 300), 9);
  });

  it('splits a saving into components against the baseline', () => {
    const s = savingsPerOrder({ carrier: 10, pickPack: 3, touches: 0.1, cancellations: 0.5, margin: 0.4 }, { carrier: 9, pickPack: 4, touches: 0.2, cancellations: 0.3, margin: 0.2 }, true);
    expect(s.carrier).toBeCloseTo(1, 12);
    expect(s.pickPack).toBeCloseTo(-1, 12);
    expect(s.fulfillment).toBeCloseTo(1 - 1 - 0.1 + 0.2, 12); // the fall in fulfillment cost per order
    expect(s.total).toBeCloseTo(1 - 1 - 0.1 + 0.2 + 0.2, 12); // plus the margin of cancellations avoided
    const off = savingsPerOrder({ carrier: 0, pickPack: 0, touches: 0, cancellations: 0, margin: 1 }, { carrier: 0, pickPack: 0, touches: 0, cancellations: 0, margin: 0 }, false);
    expect([off.total, off.margin, off.marginCounted]).toEqual([0, 0, false]);
  });
});

describe('pilot sizing and the verdict', () => {
  const metrics = (over: Record<string, number>) => ({ split_rate: 0.05, cancel_rate: 0.03, manual_touches_per_order: 0.01, store_share: 0.2, ...over }) as never;
  const money = roi({ savings, monthlyOrders: 1000, config });
  const pilot: PilotPlan = {
    policy: 'p', against: 'b', design: 'difference in differences', cohort: 'orders to NY', states: ['NY'], cohortOrders: 900, cohortOrdersPerDay: 10,
    calendarDays: 90, cellDays: 90, coverage: 1, effect: -0.5, sdBefore: 1, sdDuring: 1, days: 30, orders: 300,
    mde: [{ days: 90, effect: 0.3 }], curve: [], zAlpha: 1.96, zPower: 0.84, unsized: null,
  };
  const store = (risk: 'at risk' | 'safe', shift: number) => ({
    stores: [{ node: 'ST-LA', name: 'LA', accuracy: 0.88, breakEven: 0.88 + shift }], breakEvenShift: shift, replays: [], searched: { low: -0.2, high: 0.05 }, plausibleRange: 0.05, risk,
  });
  const base = { baseline: metrics({}), policy: metrics({}), policyName: 'p', against: 'b', nodesShipping: 3, saving: savings, worsens: [], integration: 'connector' as const, implementationCost: 0, pilot, roi: money, stores: null, guards: [], savingCertain: true };
  it('says run a phased pilot when every answer is yes', () => {
    const d = decide(base);
    expect(d.verdict).toBe('run a phased pilot');
    expect(d.questions.map((q) => q.answer)).toEqual(['yes', 'yes', 'yes']);
    expect(d.reasons[0]).toBe('positive NPV ($1,200 over 12 months), payback 6.0 months, measurable in 30 days');
  });
  it('judges store readiness from the break-even accuracy, not from a fixed threshold', () => {
    // LA at 88%: below the old 90% line, but the NPV stays positive until 7.8 points less: a pilot
    expect(decide({ ...base, stores: store('safe', -0.078) }).verdict).toBe('run a phased pilot');
    // 4.6 points less takes the NPV to zero: within the ±5 points records are plausibly off
    const d = decide({ ...base, stores: store('at risk', -0.046) });
    expect(d.verdict).toBe('fix the foundation first');
    expect(d.reasons[0]).toMatch(/^with store inventory 4\.6 points less accurate than stated \(ST-LA at 83\.4% instead of 88\.0%\), the NPV falls to zero/);
  });
  it('says fix the foundation first when the pilot could not show it in 90 days', () => {
    expect(decide({ ...base, pilot: { ...pilot, days: 200, orders: 2000 } }).verdict).toBe('fix the foundation first');
  });
  it('says not worth a pilot yet without complexity, without a saving or with a negative NPV', () => {
    expect(decide({ ...base, baseline: metrics({ split_rate: 0, cancel_rate: 0, manual_touches_per_order: 0 }), policy: metrics({ store_share: 0 }), nodesShipping: 1 }).verdict).toBe('not worth a pilot yet');
    const losing = roi({ savings: { ...savings, total: 0.1 }, monthlyOrders: 1000, config });
    const d = decide({ ...base, roi: losing });
    expect(d.verdict).toBe('not worth a pilot yet');
    expect(d.reasons).toEqual(['the 12-month NPV is not positive (−$3,600), so it never pays back']);
  });
  it('gives no pilot verdict on an implausible baseline', () => {
    const guard = { severity: 'warning' as const, code: 'baseline-implausible', file: 's.yaml', message: 'the baseline "b" fills 31.0% of units (under 95.0%): a replay this far from a working business prices the wrong problem, so no pilot verdict is given', hint: '' };
    const d = decide({ ...base, guards: [guard] });
    expect(d.verdict).toBe('check the data first');
    expect(d.reasons).toEqual(['the baseline "b" fills 31.0% of units (under 95.0%): a replay this far from a working business prices the wrong problem']);
  });
});
