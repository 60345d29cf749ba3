/**
 * The effect ladder (sim/analytics/ladder.ts) and a network step's fixed costs
 * (sim/analytics/node-costs.ts) on a hand-worked case (geometry of helpers/cases.ts: WH 2°N,
 * ST 0.5°N; 1 lb zone 1 $13.10, zone 2 $14.20; picks WH $3.00, ST $6.00):
 *
 *   O1 to 0°N (ST 35 mi zone 1, WH 138 mi zone 2); O2 to 3.5°N (WH 104 mi zone 2, ST 207 mi).
 *   base   (warehouse-only):        O1 WH $17.20, O2 WH $17.20            → $17.20 an order
 *   local  (store-for-local, 100 mi): O1 ST $19.10, O2 WH $17.20 (ST too far) → $18.15
 *   north  (use: local, + NORTH at 3.4°N, 6.9 mi from O2, zone 1, pick $2.00):
 *                                     O1 ST $19.10, O2 NORTH $15.10        → $17.10
 *   Steps: base → local saves 17.20 − 18.15 = −$0.95; local → north saves 18.15 − 17.10 = $1.05;
 *   together $0.10 = 17.20 − 17.10, north's saving against the baseline.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../sim/analytics/analyze.ts';
import { decisionReference, effectLadders, ladderRungs } from '../../sim/analytics/ladder.ts';
import { addedNodes, nodeCostLines } from '../../sim/analytics/node-costs.ts';
import { replicateFromRun } from '../../sim/analytics/replicates.ts';
import { line, nodesCsv, ordersCsv, runCase, runOf, scenarioWith, shipped, stock } from '../helpers/cases.ts';

const scenario = scenarioWith(
  `  - { name: base, use: warehouse-only, node: WH }
  - { name: local, use: store-for-local, radius_miles: 100 }
  - name: north
    use: local
    network:
      add:
        - { node_id: NORTH, type: store, lat: 3.4, lon: 0, stock_from: ST, inventory_accuracy: 1, pick_cost_per_order: 2, cutoff: "16:00", ship_days: Mon-Sat }
baseline: base
`,
  {
    extra: `roi:
  one_time: { setup: 1000 }
  monthly: { subscription: 40 }
  nodes:
    NORTH: { monthly_rent: 100, monthly_labor: 50, opening_cost: 300 }`,
  },
);

const r = runCase({
  scenario,
  nodes: nodesCsv({ id: 'ST', type: 'store', lat: 0.5 }, { id: 'WH', type: 'warehouse', lat: 2 }),
  orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O2', '06T10:00', 'A', 1, { lat: 3.5 })),
  inventory: stock('ST,A,5', 'WH,A,5'),
});
const results = [replicateFromRun(r)];
const ladders = effectLadders(r, results, { monthlyOrders: 100, resamples: 200 });
const ladderOf = (p: string) => ladders.ladders.find((l) => l.policy === p)!;

describe('effect ladder', () => {
  it('replays the hand-worked routes', () => {
    expect(shipped(r, 'base')).toEqual(['O1 WH:1', 'O2 WH:1']);
    expect(shipped(r, 'local')).toEqual(['O1 ST:1', 'O2 WH:1']);
    expect(shipped(r, 'north')).toEqual(['O1 ST:1', 'O2 NORTH:1']);
  });

  it('climbs from the baseline through the entry north uses', () => {
    expect(ladderRungs(r.scenario, 'north')).toEqual(['base', 'local', 'north']);
    expect(ladderOf('local').rungs).toEqual(['base', 'local']);
    expect(ladders.ladders.map((l) => l.policy)).toEqual(['local', 'north']);
  });

  it('measures each step against the rung before it, and the steps add up to the whole effect', () => {
    const [s1, s2] = ladderOf('north').steps;
    expect([s1!.from, s1!.to, s2!.from, s2!.to]).toEqual(['base', 'local', 'local', 'north']);
    expect(s1!.costFrom).toBeCloseTo(17.2, 10);
    expect(s1!.costTo).toBeCloseTo(18.15, 10);
    expect(s2!.costTo).toBeCloseTo(17.1, 10);
    expect(s1!.saving.total).toBeCloseTo(-0.95, 10);
    expect(s2!.saving.total).toBeCloseTo(1.05, 10);
    // by component too: carrier 14.20·2 → 13.10 + 14.20 → 13.10·2 per 2 orders; pick 3+3 → 6+3 → 6+2
    expect(s1!.saving.carrier).toBeCloseTo(0.55, 10);
    expect(s1!.saving.pickPack).toBeCloseTo(-1.5, 10);
    expect(s2!.saving.carrier).toBeCloseTo(0.55, 10);
    expect(s2!.saving.pickPack).toBeCloseTo(0.5, 10);
    const whole =
      runOf(r, 'base').metrics.fulfillment_cost_per_order! - runOf(r, 'north').metrics.fulfillment_cost_per_order!;
    expect(s1!.saving.total + s2!.saving.total).toBeCloseTo(whole, 12);
    expect(whole).toBeCloseTo(0.1, 10);
    // the step base → local is the same object in both ladders (compared once)
    expect(ladderOf('local').steps[0]).toBe(s1);
  });

  it("prices the step that adds NORTH with NORTH's own costs only (the routing change was paid on the rung before)", () => {
    const s2 = ladderOf('north').steps[1]!;
    expect(s2.added).toEqual(['NORTH']);
    expect(s2.network!.costs).toEqual({
      oneTime: [{ label: 'NORTH opening', amount: 300 }],
      monthly: [
        { label: 'NORTH rent', amount: 100 },
        { label: 'NORTH labor', amount: 50 },
      ],
      unpriced: [],
    });
    // $1.05 × 100 orders = $105 a month against $150 of rent and labor: −$45 a month after $300 to open
    const money = s2.network!.roi;
    expect(money.oneTime).toBe(300);
    expect(money.monthlyCost).toBe(150);
    expect(money.flows[0]).toBe(-300);
    expect(money.flows[1]).toBeCloseTo(-45, 9);
    expect(money.payback).toBeNull();
    expect(ladderOf('north').steps[0]!.network).toBeNull();
  });
});

describe('the decision on a network change', () => {
  it("is measured against its compare_to, with the added node's fixed costs and without the routing change's", () => {
    expect(decisionReference(r, 'north')).toBe('local');
    expect(decisionReference(r, 'local')).toBe('base');
    const a = analyze(r, results, { policy: 'north', against: decisionReference(r, 'north') });
    expect(a.against).toBe('local');
    expect(a.decision.saving.total).toBeCloseTo(1.05, 10);
    expect(a.decision.roi.oneTime).toBe(300);
    expect(a.decision.roi.monthlyCost).toBe(150);
    expect(a.decision.roi.costLines.map((l) => l.name)).toEqual(['NORTH opening', 'NORTH rent', 'NORTH labor']);
    expect(a.decision.network!.unpriced).toEqual([]);
    // the same policy against the baseline carries the routing change's costs and NORTH's
    const b = analyze(r, results, { policy: 'north', against: 'base' });
    expect(b.decision.saving.total).toBeCloseTo(0.1, 10);
    expect(b.decision.roi.oneTime).toBe(1300);
    expect(b.decision.roi.monthlyCost).toBe(190);
  });

  it('lists an added node without roi.nodes as unpriced', () => {
    const lines = nodeCostLines(addedNodes(runOf(r, 'local').model, runOf(r, 'north').model), {});
    expect(lines).toEqual({ oneTime: [], monthly: [], unpriced: ['NORTH'] });
  });
});
