/** Pre/post on the orders' own history columns, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { compareHistory } from '../../sim/analytics/history.ts';
import { parseData } from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { HISTORY_ORDERS } from '../helpers/history.ts';
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
