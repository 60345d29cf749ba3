/**
 * The look-ahead policies on tiny hand-built scenarios (geometry and prices of helpers/tiny.ts):
 * a customer at 0°: WH 138 mi (zone 2), ST 35 mi (zone 1); 1 lb zone 2 $14.20, zone 1 $13.10;
 * 2–5 lb zone 2 $25.20. Pick: WH $3.00 + $0.50 per extra unit, ST $6.00 + $1.00.
 *
 * The DLP's costs per line of A (1 lb): box = 1-lb price + pick − extra unit (WH 14.20 + 2.50
 * = 16.70, ST 13.10 + 5.00 = 18.10) × box share, plus unit = extra unit (WH 0.50, ST 1.00):
 * WH is cheaper, so with stock enough the LP sends everything to WH (u = 1, no randomness),
 * where closest-with-stock takes the nearer ST.
 */
import { describe, expect, it } from 'vitest';
import { runTiny, scenarioWith, trace, tinyFiles, tinyScenario } from '../helpers/tiny.ts';
import { simulate } from '../../sim/engine/engine.ts';
import type { ExplainEvent } from '../../sim/engine/explain.ts';
import { buildModel, preparePolicies } from '../../sim/pipeline/index.ts';
import { makeRng } from '../../sim/random/rng.ts';

const ORDERS = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\n';
// WH ships until Wednesday 2026-07-08 only
const NODES = `node_id,type,lat,lon,timezone,cutoff,ship_days,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy,active_to
WH,warehouse,2,0,America/New_York,14:00,Mon-Fri,3.00,0.50,1,2026-07-08
ST,store,0.5,0,America/New_York,16:00,Mon-Sat,6.00,1.00,1,
`;
const SCENARIO = scenarioWith(
  `  - name: lp-dilated
  - name: lp-priority
  - name: closest-with-stock
baseline: closest-with-stock
`,
);
const input = {
  scenario: SCENARIO,
  nodes: NODES,
  orders:
    ORDERS +
    [
      'L1,2026-07-06T09:00:00-04:00,A,1,0,0',
      'L2,2026-07-07T09:00:00-04:00,A,1,0,0',
      'L2,2026-07-07T09:00:00-04:00,B,1,0,0',
      'L3,2026-07-09T09:00:00-04:00,A,1,0,0',
      'L4,2026-07-10T09:00:00-04:00,A,12,0,0',
    ].join('\n') +
    '\n',
  inventory: 'node_id,sku,on_hand\nWH,A,30\nWH,B,10\nST,A,10\nST,B,10\n',
};

describe('lp-dilated', () => {
  const r = runTiny(input);

  it('routes by the LP while the plan node can ship, then falls back to the nearest node with stock', () => {
    expect(trace(r, 'lp-dilated')).toEqual([
      // LP: u(A → WH) = 1. WH before its 14:00 cutoff Monday: zone 2 1 lb $14.20, pick $3.00
      'L1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      // L2 is one order of {A, B} (rare: planned line by line); both lines' LP node is WH: one 3-lb
      // package, zone 2 5-lb bracket (20 + 2) × 1.1 + 1 = $25.20, pick 3.00 + 0.50
      'L2 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-10 pk1 ship$25.20 pick$3.50 touch0 cancel0 ots1 otd1 single',
      // Thursday: WH is closed for good (active to Wednesday), so the nearest node with stock, ST:
      // zone 1 1 lb $13.10, pick $6.00; promise Thu + 3 business days = Tue 07-14
      'L3 ST ship 2026-07-09 deliver 2026-07-10 promise 2026-07-14 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      // 12 units wanted, no open node has them all: ST's 9 left go (9 lb, zone 1, 6–20 lb bracket
      // (40 + 1) × 1.1 + 1 = $46.10, pick 6.00 + 8 × 1.00), 3 are cancelled
      'L4 ST ship 2026-07-10 deliver 2026-07-13 promise 2026-07-15 pk1 ship$46.10 pick$14.00 touch0 cancel3 ots1 otd1 partial-cancel',
    ]);
    // closest-with-stock takes the nearer ST for L1 ($13.10 + $6.00 = $19.10 against $17.20)
    expect(trace(r, 'closest-with-stock')[0]).toMatch(/^L1 ST .* ship\$13\.10 pick\$6\.00 /);
  });

  it('tells explain the plan, the clocks and shares, and why a line fell back', () => {
    const scenario = tinyScenario(SCENARIO);
    const { model, data } = buildModel(scenario, tinyFiles(input));
    const p = preparePolicies(model, scenario, undefined, data).find((x) => x.spec.name === 'lp-dilated')!;
    const events: ExplainEvent[] = [];
    simulate(p.model, p.fn, { rng: makeRng(7), explain: { order: model.orders.ids.indexOf('L3'), events } });
    const d = events.find((e) => e.type === 'decision')!;
    if (d.type !== 'decision') throw new Error('no decision');
    expect(d.trace.notes[0]).toMatch(/^routed by the expected-demand LP \(bound \$\d+\.\d\d per order, .*hindsight/);
    expect(d.trace.notes.slice(1)).toEqual(['A: WH cannot ship all of it now', '  so the nearest node with stock: ST']);
    expect(d.trace.candidates.map((c) => [c.node, c.removedBy, c.values['LP share A']])).toEqual([
      ['WH', 'not open to this request', 1], // best first: clock ÷ share; ST has no share
      ['ST', null, 0],
    ]);
    expect(p.fn.plan!()).toMatchObject({ hindsightInformed: true, solves: 1, classes: 2, splitOrders: 1 });
  });

  it('rejects a setting it does not know, at its line', () => {
    expect(() =>
      tinyScenario(SCENARIO.replace('  - name: lp-dilated\n', '  - name: lp-dilated\n    training: future\n')),
    ).toThrow(/training/);
  });

  it('re-solves on its cadence and starts over at a new run', () => {
    const s = tinyScenario(
      SCENARIO.replace('  - name: lp-dilated\n', '  - name: lp-dilated\n    resolve_every_days: 2\n'),
    );
    const { model, data } = buildModel(s, tinyFiles(input));
    const p = preparePolicies(model, s, undefined, data).find((x) => x.spec.name === 'lp-dilated')!;
    const first = simulate(p.model, p.fn, { rng: makeRng(7) });
    // L1 day 0 (first plan), L2 day 1, L3 day 3 ≥ 2: one re-solve
    expect(p.fn.plan!().solves).toBe(2);
    const again = simulate(p.model, p.fn, { rng: makeRng(7) });
    expect(p.fn.plan!().solves).toBe(3);
    expect(Array.from(again.outcomes.nodeBits)).toEqual(Array.from(first.outcomes.nodeBits));
  });
});

describe('lp-priority', () => {
  it('follows the plan where it sends the whole order to one node', () => {
    const r = runTiny(input);
    expect(trace(r, 'lp-priority')).toEqual(trace(r, 'lp-dilated'));
  });

  it('ships the whole order from the best-ranked node that has all of it, where lp-dilated splits', () => {
    // only ST carries B. Class A (L1 and X's A line, box share (1 + 0.5)/2): WH 16.70 × 0.75 + 0.50 = 13.03,
    // ST 18.10 × 0.75 + 1.00 = 14.58, so u(A → WH) = 1; u(B → ST) = 1. X's scores: WH 1, ST 1: a tie, broken by
    // distance: ST first, and ST has the whole order.
    const r = runTiny({
      ...input,
      orders:
        ORDERS +
        'L1,2026-07-06T09:00:00-04:00,A,1,0,0\nX,2026-07-06T10:00:00-04:00,A,1,0,0\nX,2026-07-06T10:00:00-04:00,B,1,0,0\n',
      inventory: 'node_id,sku,on_hand\nWH,A,10\nST,A,10\nST,B,10\n',
    });
    // X from ST: 3 lb, zone 1 5-lb bracket (20 + 1) × 1.1 + 1 = $24.10, pick 6.00 + 1.00
    expect(trace(r, 'lp-priority')[1]).toBe(
      'X ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$24.10 pick$7.00 touch0 cancel0 ots1 otd1 single',
    );
    // lp-dilated: A from WH (1 lb zone 2 $14.20, pick 3.00), B from ST (2 lb zone 1 $24.10, pick 6.00)
    expect(trace(r, 'lp-dilated')[1]).toBe(
      'X ST+WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$38.30 pick$9.00 touch0 cancel0 ots1 otd1 split-chosen',
    );
  });
});
