/** Pre/post on the orders' own history columns, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { compareHistory } from '../../sim/analytics/history.ts';
import { parseData } from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { MIN_ORDERS } from '../../sim/analytics/history-orders.ts';
import { tCritical } from '../../sim/stats/index.ts';
import { handHistoryOrders, HISTORY_ORDERS } from '../helpers/history.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

function rows(orders = HISTORY_ORDERS) {
  const problems = new Problems();
  const { rows: data } = parseData(tinyFiles({ orders, inventory: 'node_id,sku,on_hand\nWH,A,1\n' }), true, problems);
  expect(problems.errors).toEqual([]);
  return data;
}
const config = tinyScenario().config;

describe('compareHistory', () => {
  it('measures each outcome before and after the switch, over the pilot states', () => {
    const h = compareHistory(rows(), config, '2026-07-13', ['NY']);
    const by = Object.fromEntries(h.results.map((r) => [r.measure, r]));
    // NY pre: P1, P2, P3 (P3 cancelled); post: Q1, Q2
    expect(by.cancel_rate!.standardized.preRate).toBeCloseTo(1 / 3, 12);
    expect(by.cancel_rate!.standardized.postRate).toBe(0);
    // P2 shipped from WH and ST: 1 split of 2 shipped orders before; none after
    expect(by.split_rate!.standardized.preRate).toBe(0.5);
    expect(by.split_rate!.standardized.postRate).toBe(0);
    // carrier cost per order: (10 + 12) / 2 = 11 before, 9 after
    expect(by.ship_cost_per_order!.standardized.preRate).toBe(11);
    expect(by.ship_cost_per_order!.standardized.rawChange).toBe(-2);
    // promise = placed + 3 business days: P1 by Thu 07-09 (delivered 07-08: on time), P2 by Thu 07-09 (07-10: late);
    // Q1 by Thu 07-16 (07-15), Q2 by Fri 07-17 (07-16): both on time
    expect(by.on_time_delivery_rate!.standardized.preRate).toBe(0.5);
    expect(by.on_time_delivery_rate!.standardized.postRate).toBe(1);
    // NY orders fall in two cells (uncategorized|Northeast|1 and |2: P2 has 2 units); rate + mix still add up to the raw change
    for (const r of h.results)
      if (r.decomposition)
        expect(r.decomposition.rateEffect + r.decomposition.mixEffect).toBeCloseTo(r.decomposition.rawChange, 12);
  });

  it('takes the other states as the control group of a difference in differences', () => {
    const h = compareHistory(rows(), config, '2026-07-13', ['NY']);
    const cost = h.results.find((r) => r.measure === 'ship_cost_per_order')!;
    // NY: 11 → 9 (−2); CA: 14 → 13 (−1); DiD = −1
    expect(cost.did!.result.estimate).toBeCloseTo(-1, 12);
    expect(cost.did!.result.standardError).toBeNull(); // one week per group and period: no collapsed-cell spread
  });

  it('compares all orders when no pilot region is named', () => {
    const h = compareHistory(rows(), config, '2026-07-13');
    expect([h.preOrders, h.postOrders]).toEqual([4, 3]);
    expect(h.results.every((r) => r.did === null)).toBe(true);
  });

  it('counts an order without a status toward cancellations only when something of it shipped', () => {
    // U1: no status, no outcome (unknown); U2: no status but delivered (not cancelled)
    const h = compareHistory(
      rows(`${HISTORY_ORDERS}U1,2026-07-07T10:00:00-04:00,A,1,10001,NY,,,,
U2,2026-07-07T11:00:00-04:00,A,1,10001,NY,,WH,2026-07-09T12:00:00-04:00,11
`),
      config,
      '2026-07-13',
      ['NY'],
    );
    const cancel = h.results.find((r) => r.measure === 'cancel_rate')!;
    expect([cancel.preOrders, cancel.standardized.preRate]).toEqual([4, 0.25]); // P1, P2, P3 (cancelled), U2
    expect([h.preOrders, h.postOrders, h.ordersWithHistory]).toEqual([5, 2, 8]); // with history: the 7 above and U2
    expect([h.firstDate, h.lastDate]).toEqual(['2026-07-06', '2026-07-14']);
  });

  it('finds no history in orders without outcome columns', () => {
    const h = compareHistory(
      rows('order_id,placed_at,sku,quantity,customer_zip\nO1,2026-07-06T10:00:00-04:00,A,1,10001\n'),
      config,
      '2026-07-13',
    );
    expect(h.ordersWithHistory).toBe(0);
    expect(h.results.every((r) => r.preOrders + r.postOrders === 0)).toBe(true);
  });
});

describe('a history worked by hand (test/helpers/history.ts handHistoryOrders)', () => {
  const h = compareHistory(rows(handHistoryOrders()), config, '2026-07-20', ['NY']);
  const cost = h.results.find((r) => r.measure === 'ship_cost_per_order')!;

  it('counts the orders and finds only the status and shipping_cost columns', () => {
    expect([h.orders, h.preOrders, h.postOrders]).toEqual([240, 60, 60]); // NY 60 + 60, CA 4 × 30
    expect(h.minOrders).toBe(MIN_ORDERS);
    expect(h.columns.filter((c) => c.orders > 0).map((c) => c.column)).toEqual(['status', 'shipping_cost']);
    expect(h.results.map((r) => r.measure)).toEqual(['ship_cost_per_order', 'cancel_rate']);
    expect(h.unavailable).toEqual([
      { measure: 'split_rate', missing: ['fulfilled_from'] },
      { measure: 'on_time_ship_rate', missing: ['shipped_at'] },
      { measure: 'on_time_delivery_rate', missing: ['delivered_at'] },
      { measure: 'click_to_door_days', missing: ['delivered_at'] },
      { measure: 'fulfillment_cost_per_order', missing: null },
      { measure: 'manual_touches_per_order', missing: null },
    ]);
    expect(cost.tooFew).toBe(false); // 60 and 60 orders ≥ 30
  });

  it('standardizes the after period to the before mix', () => {
    const s = cost.standardized;
    // before: (40 × $10 + 20 × $16) / 60 = 720 / 60 = $12
    expect(s.preRate).toBeCloseTo(12, 12);
    // after: (20 × $9 + 40 × $14) / 60 = 740 / 60 = $12.3333 (raw change +$0.3333: more 2-unit orders)
    expect(s.postRate).toBeCloseTo(740 / 60, 12);
    expect(s.rawChange).toBeCloseTo(1 / 3, 12);
    // at the before mix (40 : 20): (40 × $9 + 20 × $14) / 60 = 640 / 60 = $10.6667, a change of −$1.3333
    expect(s.standardizedPostRate).toBeCloseTo(640 / 60, 12);
    expect(s.adjustedChange).toBeCloseTo(-4 / 3, 12);
    expect(s.coverage).toBe(1);
  });

  it('splits the raw change into rate and mix effects that add up to it', () => {
    const k = cost.decomposition!;
    // shares before (2/3, 1/3), after (1/3, 2/3); rates before ($10, $16), after ($9, $14)
    // rate: (9 − 10)(2/3 + 1/3)/2 + (14 − 16)(1/3 + 2/3)/2 = −0.5 − 1 = −$1.50
    expect(k.rateEffect).toBeCloseTo(-1.5, 12);
    // mix: (1/3 − 2/3)(10 + 9)/2 + (2/3 − 1/3)(16 + 14)/2 = −3.1667 + 5 = +$1.8333
    expect(k.mixEffect).toBeCloseTo(11 / 6, 12);
    expect(k.rateEffect + k.mixEffect).toBeCloseTo(k.rawChange, 12); // −1.5 + 1.8333 = +0.3333
  });

  it('takes the difference in differences on weekly cells, with its interval', () => {
    const d = cost.did!.result;
    // NY weeks: before (20·9 + 10·16)/30 = $11.3333, (20·11 + 10·16)/30 = $12.6667; after (10·9 + 20·13)/30 = $11.6667, (10·9 + 20·15)/30 = $13
    // CA weeks: before $13, $15 (mean $14); after $13.50, $14.50 (mean $14)
    // DiD = (12.3333 − 12) − (14 − 14) = +$0.3333 (the mix shift is not taken out of a DiD)
    expect(d.estimate).toBeCloseTo(1 / 3, 12);
    // V = 2/(2−1) · Σ 30²(y − ȳ)² / 60² = d² with d the weeks' distance from their mean:
    // NY before and after d = 2/3 → 0.4444 each; CA before d = 1 → 1, after d = 0.5 → 0.25
    // SE = √(0.4444 + 0.4444 + 1 + 0.25) = √2.1389 = 1.4625
    expect(d.standardError).toBeCloseTo(Math.sqrt(4 / 9 + 4 / 9 + 1 + 0.25), 12);
    // ν = 2.1389² / (0.4444² + 0.4444² + 1² + 0.25²) = 4.5748 / 1.4576 = 3.1387
    expect(d.df).toBeCloseTo((77 / 36) ** 2 / ((4 / 9) ** 2 * 2 + 1 + 0.0625), 10);
    expect(d.df).toBeCloseTo(3.1387, 3);
    const half = tCritical(d.df!, 0.95) * d.standardError!;
    expect(d.interval!.low).toBeCloseTo(1 / 3 - half, 12);
    expect(d.interval!.high).toBeCloseTo(1 / 3 + half, 12);
    expect(half).toBeGreaterThan(4); // t* ≈ 3.1 over 4 weekly cells: an interval of about ±$4.5 around +$0.33
    expect(cost.did!.tooFew).toBe(false); // 60, 60, 60, 60 orders
    expect(cost.observed).toEqual({
      measure: 'ship_cost_per_order',
      basis: 'difference-in-differences',
      estimate: d.estimate,
      interval: d.interval,
      confidence: 0.95,
    });
  });

  it('runs the placebo at the before period’s midpoint, on before-period orders only', () => {
    // before period 07-06 … 07-19: first day 07-06, switch 07-20, midpoint 07-06 + ⌊14/2⌋ = 07-13
    const p = cost.placebo!;
    expect(p.date).toBe('2026-07-13');
    // NY week 07-13 − week 07-06 = 12.6667 − 11.3333 = +1.3333; CA 15 − 13 = +2; placebo DiD −$0.6667
    expect(p.did!.result.estimate).toBeCloseTo(-2 / 3, 12);
    // one week per group on each side of the fake switch: no interval, so no verdict
    expect([p.did!.result.interval, p.nearZero, p.did!.tooFew]).toEqual([null, null, false]);
  });

  it('gives weekly rows from the switch, each with its n', () => {
    const ny = h.weeks.filter((w) => w.measure === 'ship_cost_per_order' && w.group === 'pilot');
    expect(ny.map((w) => [w.offset, w.start, w.orders])).toEqual([
      [-2, '2026-07-06', 30],
      [-1, '2026-07-13', 30],
      [0, '2026-07-20', 30],
      [1, '2026-07-27', 30],
    ]);
    expect(ny.map((w) => w.value)).toEqual([340 / 30, 380 / 30, 350 / 30, 13]);
  });

  it('shows no rate from fewer than MIN_ORDERS orders', () => {
    // the first 8 order rows of HISTORY_ORDERS: 3 NY orders before, 2 after
    const small = compareHistory(rows(), config, '2026-07-13', ['NY']);
    expect(small.results.every((r) => r.tooFew)).toBe(true);
    expect(small.results.every((r) => r.observed.estimate === null)).toBe(true);
    expect(small.weeks.every((w) => w.value === null)).toBe(true);
  });
});
