/** Decision analytics: a policy against itself, and worker-count independence (known answers: roi, savings, decision tests). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { tinyFiles, tinyScenario, TINY_NODES, TINY_RATES, TINY_SKUS, TINY_TRANSIT } from '../helpers/tiny.ts';
import { comparePolicies } from '../../sim/analytics/compare.ts';
import { runReplicate } from '../../sim/analytics/replicates.ts';
import { runReplicates } from '../../sim/io/replicates.ts';
import { buildModel, preparePolicies } from '../../sim/pipeline/index.ts';
import { makeRng } from '../../sim/random/rng.ts';
import { BootstrapDraws } from '../../sim/stats/bootstrap-draws.ts';

function prepared(input: ReturnType<typeof randomTiny>) {
  const scenario = tinyScenario(input.scenario);
  const { model, data } = buildModel(scenario, tinyFiles(input));
  return preparePolicies(model, scenario, undefined, data);
}

describe('comparePolicies', () => {
  it('finds exactly zero difference, with intervals holding zero, for a policy against itself', () => {
    const input = randomTiny(31);
    input.scenario = input.scenario!.replace(
      '  - name: cheapest\n',
      '  - name: cheapest\n  - name: cheapest-again\n    use: cheapest\n',
    );
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

  it('gives the same results with draws shared between comparisons against one baseline', () => {
    const policies = prepared(randomTiny(33));
    const results = [0, 1].map((r) => runReplicate(policies, 7, r));
    const draws = new BootstrapDraws();
    const names = results[0]!.policies.map((p) => p.policy).filter((p) => p !== 'warehouse-only');
    expect(names.length).toBeGreaterThan(1);
    for (const [i, name] of names.entries()) {
      const resamples = i % 2 ? 300 : 150;
      const shared = comparePolicies(results, 'warehouse-only', name, { rng: makeRng(9), resamples, draws });
      const own = comparePolicies(results, 'warehouse-only', name, { rng: makeRng(9), resamples });
      expect(shared, name).toEqual(own);
    }
  });
});

describe('replicates on worker threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-replicates-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('give the same results with one worker and with two', { timeout: 60_000 }, async () => {
    const input = randomTiny(33);
    const files: Record<string, string> = {
      'scenario.yaml': input.scenario!,
      'nodes.csv': input.nodes ?? TINY_NODES,
      'skus.csv': input.skus ?? TINY_SKUS,
      'orders.csv': input.orders,
      'inventory.csv': input.inventory,
      'receipts.csv': input.receipts ?? 'node_id,sku,quantity,arrives_at\n',
      'rate_card.csv': TINY_RATES,
      'transit.csv': TINY_TRANSIT,
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
    writeFileSync(
      join(dir, 'scenario.yaml'),
      `data: { generate: { preset: three-location, seed: 4, start: 2026-06-29, days: 10, orders_per_day: 30 } }
period: { start: 2026-06-29, end: 2026-07-08 }
seed: 2
shipping: { model: linear, per_package: 8, per_unit: 0.5 }
promise: { delivery_business_days: { standard: 5, expedited: 2 } }
policies:
  - name: warehouse-only
    node: WH-COLUMBUS
  - name: fewest-packages
`,
    );
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
