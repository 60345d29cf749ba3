/**
 * Exception review (each rule, skip_under, touch cost, release delay, reason code) and the
 * staff alert / customer notice counts. Worked by hand from helpers/cases.ts: customer at
 * 0°N; WH (warehouse, 2°N, 138 mi, zone 2, cutoff 14:00 Mon-Fri), ST (store, 0.5°N, 34.5 mi,
 * zone 1, cutoff 16:00 Mon-Sat). 1 lb zone 2 $14.20, zone 1 $13.10; 2–5 lb zone 2 $25.20,
 * zone 1 $24.10; 6–20 lb zone 2 (40 + 2) × 1.1 + 1 = $47.20. Orders placed Monday 6 July:
 * promise Thursday 9, ship-by Tuesday 7.
 */
import { describe, expect, it } from 'vitest';
import {
  line,
  nodesCsv,
  ordersCsv,
  runCase,
  runOf,
  scenarioWith,
  stock,
  traceOf,
  type NodeSpec,
} from '../helpers/cases.ts';

const ST: NodeSpec = { id: 'ST', type: 'store', lat: 0.5 };
const WH: NodeSpec = { id: 'WH', type: 'warehouse', lat: 2 };

/** Prices and costs: A $20 (cost $8, margin 60%), F fragile $30, X oversize $40, M $100 (cost $80, margin 20%). */
const SKUS = `sku,weight_lb,category,unit_price,unit_cost,fragile,oversize
A,1,mugs,20,8,,
B,1,mugs,20,8,,
F,1,glass,30,10,yes,
X,1,rugs,40,15,,yes
M,1,lamps,100,80,,
`;

const U = (id: string, pkg = 'pk1 ship$14.20 pick$3.00') =>
  `${id} WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 ${pkg} touch0 cancel0 ots1 otd1 single`;
// 11:00 + 4 h = 15:00, after WH's 14:00 cutoff: leaves Tuesday, delivered Wednesday; still within the ship SLA and the promise
const R = (id: string, pkg = 'pk1 ship$14.20 pick$3.00') =>
  `${id} WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 ${pkg} touch1 cancel0 ots1 otd1 reviewed`;

describe('order-level review rules', () => {
  const entry = (name: string, review: string) =>
    `  - name: ${name}\n    use: warehouse-only\n    node: WH\n    review: ${review}\n`;
  const r = runCase({
    scenario: scenarioWith(
      [
        '  - { name: none, use: warehouse-only, node: WH }\n',
        entry('value', '{ rules: [{ order_value_over: 100 }], touch_cost: 7.5 }'),
        entry('value-2h', '{ rules: [{ order_value_over: 100 }], delay_hours: 2 }'),
        entry('fragile', '{ rules: [{ fragile: true }] }'),
        entry('fragile-50', '{ rules: [{ fragile: true }], skip_under: 50 }'),
        entry('oversize', '{ rules: [{ oversize: true }] }'),
        entry('tags', '{ rules: [{ tags: [vip, wholesale] }] }'),
        entry('margin', '{ rules: [{ margin_below: 0.3 }] }'),
      ].join(''),
    ),
    nodes: nodesCsv(ST, WH),
    skus: SKUS,
    orders: ordersCsv(
      line('V1', '06T11:00', 'A', 1, { price: 150 }), // value $150 (the line's price)
      line('V2', '06T11:00', 'A', 1), // $20 (the sku's price)
      line('V3', '06T11:00', 'A', 6), // 6 × $20 = $120; 6 lb
      line('F1', '06T11:00', 'F', 1), // fragile, $30
      line('F2', '06T11:00', 'F', 2), // fragile, $60; 2 lb
      line('X1', '06T11:00', 'X', 1), // oversize, $40
      line('T1', '06T11:00', 'A', 1, { tags: 'vip' }), // tagged, $20
      line('M1', '06T11:00', 'M', 1), // $100 exactly, margin 20%
    ),
    inventory: stock('WH,A,50', 'WH,F,50', 'WH,X,50', 'WH,M,50'),
  });
  // routing order: every order at 11:00, so by id
  const ids = ['F1', 'F2', 'M1', 'T1', 'V1', 'V2', 'V3', 'X1'];
  const PK = { F2: 'pk1 ship$25.20 pick$3.50', V3: 'pk1 ship$47.20 pick$5.50' } as Record<string, string>;
  const expected = (reviewed: string[]) => ids.map((id) => (reviewed.includes(id) ? R(id, PK[id]) : U(id, PK[id])));

  it('without review nothing waits', () => {
    expect(traceOf(r, 'none')).toEqual(expected([]));
  });
  it('order_value_over: orders worth more than the amount ($100 exactly is not more)', () => {
    expect(traceOf(r, 'value')).toEqual(expected(['V1', 'V3']));
  });
  it('fragile, oversize, tags, margin_below', () => {
    expect(traceOf(r, 'fragile')).toEqual(expected(['F1', 'F2']));
    expect(traceOf(r, 'oversize')).toEqual(expected(['X1']));
    expect(traceOf(r, 'tags')).toEqual(expected(['T1']));
    // margins: A 60%, V1 (150 − 8) / 150 = 95%, F 67%, X 62.5%, M 20% < 30%
    expect(traceOf(r, 'margin')).toEqual(expected(['M1']));
  });
  it('skip_under: orders worth less are never reviewed', () => {
    // F1 is worth $30 < $50; F2 $60
    expect(traceOf(r, 'fragile-50')).toEqual(expected(['F2']));
  });
  it('a review is one touch at review.touch_cost, else at costs.manual_touch', () => {
    const value = runOf(r, 'value').run;
    const fragile = runOf(r, 'fragile').run;
    const m = runOf(r, 'value').model;
    const at = (id: string) => m.orders.ids.indexOf(id);
    expect(value.outcomes.touchCost[at('V1')]).toBe(7.5);
    expect(value.outcomes.touchCost[at('V3')]).toBe(7.5);
    expect(value.outcomes.touchCost[at('V2')]).toBe(0);
    expect(fragile.outcomes.touchCost[at('F1')]).toBe(5); // costs.manual_touch
    expect(value.stats.reviews).toBe(2);
    expect(fragile.stats.reviews).toBe(2);
    // manual_touches_per_order: 2 touches over 8 orders
    expect(runOf(r, 'value').metrics.manual_touches_per_order).toBe(2 / 8);
  });
  it('a shorter delay that ends before the cutoff still ships the same day, but the order is touched', () => {
    // 11:00 + 2 h = 13:00 < 14:00
    expect(traceOf(r, 'value-2h').filter((l) => l.startsWith('V1') || l.startsWith('V2'))).toEqual([
      'V1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch1 cancel0 ots1 otd1 reviewed',
      U('V2'),
    ]);
  });
});

describe('a review and a failed pick on the same order', () => {
  it('counts two touches: the review at review.touch_cost, the reroute at costs.manual_touch', () => {
    // F1 (fragile) is routed to ST, whose picks always fail. Reviewed at 11:00, released 15:00,
    // before ST's 16:00 cutoff: ST's ship day is Monday; the pick fails at 16:00, the line goes
    // to WH, no earlier than Tuesday. Notices: 1 (the change of node); no alerts.
    const r = runCase({
      scenario: scenarioWith(
        '  - { name: p, use: closest-with-stock, review: { rules: [{ fragile: true }], touch_cost: 7.5 } }\n',
      ),
      nodes: nodesCsv({ ...ST, accuracy: 0 }, WH),
      skus: SKUS,
      orders: ordersCsv(line('F1', '06T11:00', 'F', 1)),
      inventory: stock('ST,F,5', 'WH,F,5'),
    });
    expect(traceOf(r, 'p')).toEqual([
      'F1 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch2 cancel0 ots1 otd1 rerouted',
    ]);
    const out = runOf(r, 'p').run.outcomes;
    expect(out.touchCost[0]).toBe(7.5 + 5);
    expect(out.notices[0]).toBe(1);
    expect(out.alerts[0]).toBe(0);
  });
});

describe('store_stock_within', () => {
  // ST holds 5 A with safety stock 1; the rule reviews orders that leave ST at 1 + 1 = 2 units or fewer.
  // B is only at WH (1 unit): selling it out at a warehouse is not this rule's business.
  // Orders at 13:00: 13:00 + 4 h = 17:00, after ST's 16:00 cutoff.
  const scenario = scenarioWith(
    [
      '  - { name: none, use: closest-with-stock }\n',
      '  - { name: low, use: closest-with-stock, review: { rules: [{ store_stock_within: 1 }] } }\n',
      '  - { name: low-50, use: closest-with-stock, review: { rules: [{ store_stock_within: 1 }], skip_under: 50 } }\n',
    ].join(''),
  );
  const r = runCase({
    scenario,
    nodes: nodesCsv({ ...ST, safety: 1 }, WH),
    skus: SKUS,
    orders: ordersCsv(
      line('S1', '06T13:00', 'A', 1), // 5 → 4
      line('S2', '06T13:10', 'A', 2), // 4 → 2: within 1 of safety stock; worth $40
      line('S3', '06T13:20', 'A', 1, { price: 60 }), // 2 → 1; worth $60
      line('S4', '06T13:30', 'B', 1), // WH 1 → 0
    ),
    inventory: stock('ST,A,5', 'WH,B,1'),
  });
  it('reviews orders that leave a store at or near its safety stock', () => {
    expect(traceOf(r, 'low')).toEqual([
      'S1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      // 2 lb zone 1: $24.10; pick $6.00 + $1.00; released 17:00, after the cutoff: Tuesday
      'S2 ST ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$24.10 pick$7.00 touch1 cancel0 ots1 otd1 reviewed',
      'S3 ST ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch1 cancel0 ots1 otd1 reviewed',
      'S4 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'none').every((l) => l.includes('touch0') && l.endsWith('single'))).toBe(true);
  });
  it('skip_under applies to the store-stock rule too: an order worth less is never reviewed', () => {
    // S2 is worth 2 × $20 = $40 < $50: handled automatically, ships Monday; S3 ($60) is reviewed
    expect(traceOf(r, 'low-50')).toEqual([
      'S1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      'S2 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$24.10 pick$7.00 touch0 cancel0 ots1 otd1 single',
      'S3 ST ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch1 cancel0 ots1 otd1 reviewed',
      'S4 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('staff alerts and customer notices', () => {
  // Policy: rules, rank [closest]. Nodes, each holding what one order needs:
  //   ST  store 0.5°N: A (50)
  //   WH  warehouse 2°N, safety stock 1: B (50), E (3)
  //   CAP warehouse 1°N, one package a day: D
  //   SLOW warehouse 1.5°N (103.6 mi, zone 2), ships on Wednesdays only: G
  const r = runCase({
    scenario: scenarioWith('  - { name: closest, use: rules, rank: [closest] }\n'),
    nodes: nodesCsv(
      ST,
      { ...WH, safety: 1 },
      { id: 'CAP', lat: 1, capacity: 1 },
      { id: 'SLOW', lat: 1.5, ship_days: 'Wed' },
    ),
    orders: ordersCsv(
      // a split: A from ST, B from WH → 1 notice
      line('E1', '06T09:00', 'A', 1),
      line('E1', '06T09:00', 'B', 1),
      // to 28°N: WH is 26° = 1796 mi away, zone 7, 4 days: Monday → Friday 10, promised Thursday 9 → 1 notice
      line('E2', '06T09:10', 'B', 1, { lat: 28 }),
      // fills CAP's one slot on Monday → 1 alert
      line('E3', '06T09:20', 'D', 1),
      // SLOW ships Wednesday 8, after the ship-by day (Tuesday 7) → 1 alert; delivered Thursday 9, on time
      line('E5', '06T09:30', 'G', 1),
      // Tuesday: WH's E falls from 3 to 1, its safety stock → 1 alert
      line('E4', '07T09:00', 'E', 2),
      // Tuesday: a plain order from ST: nothing
      line('E6', '07T09:20', 'A', 1),
    ),
    inventory: stock('ST,A,50', 'WH,B,50', 'WH,E,3', 'CAP,D,50', 'SLOW,G,50'),
  });
  const run = runOf(r, 'closest');
  const ids = run.model.orders.ids;

  it('routes as worked out', () => {
    expect(
      traceOf(r, 'closest').map((l) => l.split(' ').slice(0, 4).join(' ') + ' ' + l.split(' ').slice(-3).join(' ')),
    ).toEqual([
      'E1 ST+WH ship 2026-07-06 ots1 otd1 split-needed',
      'E2 WH ship 2026-07-06 ots1 otd0 single',
      'E3 CAP ship 2026-07-06 ots1 otd1 single',
      'E5 SLOW ship 2026-07-08 ots0 otd1 single',
      'E4 WH ship 2026-07-07 ots1 otd1 single',
      'E6 ST ship 2026-07-07 ots1 otd1 single',
    ]);
  });
  it('counts one notice per split and per late delivery, one alert per full day, safety-stock crossing and SLA miss', () => {
    expect(ids).toEqual(['E1', 'E2', 'E3', 'E5', 'E4', 'E6']);
    expect(Array.from(run.run.outcomes.notices)).toEqual([1, 1, 0, 0, 0, 0]);
    expect(Array.from(run.run.outcomes.alerts)).toEqual([0, 0, 1, 1, 1, 0]);
  });
  it('staff_alerts_per_day and customer_notices_per_order', () => {
    // 3 alerts over the orders' 2 placement days; 2 notices over 6 orders
    expect(run.metrics.staff_alerts_per_day).toBe(3 / 2);
    expect(run.metrics.customer_notices_per_order).toBe(2 / 6);
  });
});
