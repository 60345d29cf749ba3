/** Contract metrics on hand-made outcome records whose values are worked out by hand. */
import { describe, expect, it } from 'vitest';
import { FLAG_REROUTED, OrderOutcomes } from '../../sim/engine/outcomes.ts';
import {
  computeMetrics,
  computeMetricsBy,
  computeSums,
  emptySums,
  METRICS,
  metricsFromSums,
  SUM_FIELDS,
  withBoundSums,
} from '../../sim/metrics/metrics.ts';
import { deltas } from '../../sim/metrics/deltas.ts';
import type { Model } from '../../sim/model/types.ts';

/** Four orders: lines 1, 2, 1, 1; units 2, 1+2, 1, 1; placed on days 0, 1, 1, 2. */
const model = {
  orders: {
    count: 4,
    lineStart: Int32Array.of(0, 1, 3, 4, 5),
    lineQty: Int32Array.of(2, 1, 2, 1, 1),
    placedDay: Int32Array.of(0, 1, 1, 2),
  },
} as unknown as Model;

function outcomes(): OrderOutcomes {
  const o = new OrderOutcomes(4, 2);
  // o0: one package, on time, 100 miles
  Object.assign(o, {});
  o.packages.set([1, 2, 0, 1]);
  o.unitsShipped.set([2, 3, 0, 1]);
  o.unitsCancelled.set([0, 0, 1, 0]);
  o.shipCost.set([10, 20, 0, 12]);
  o.pickCost.set([3, 9, 0, 3]);
  o.touches.set([0, 0, 0, 1]);
  o.touchCost.set([0, 0, 0, 5]);
  o.cancelCost.set([0, 0, 9, 0]);
  o.deliveredDay.set([3, 6, -1, 4]);
  o.onTimeShip.set([1, 1, 0, 0]);
  o.onTimeDelivery.set([1, 0, 0, 1]);
  o.milesSum.set([100, 300, 0, 50]);
  o.storePackages.set([0, 1, 0, 0]);
  o.flags.set([0, 0, 0, FLAG_REROUTED]);
  return o;
}

describe('computeSums and withBoundSums', () => {
  it('sum what computeMetrics reads; the bound summed anew equals summing with the bound attached', () => {
    const out = outcomes();
    const s = computeSums(model, out);
    expect(s.orders).toBe(4);
    expect(s.shipCost).toBe(42); // 10 + 20 + 0 + 12
    expect(metricsFromSums(s)).toEqual(computeMetrics(model, out));
    expect(s.boundOrders).toBe(0);
    // bound costs 8 + 20 + 5 + 10 = 43 over the 4 orders; fulfillment cost 42 + 15 + 5 + 9 = 71
    const bound = Float64Array.of(8, 20, 5, 10);
    const b = withBoundSums(s, bound, 4);
    expect([b.boundCost, b.boundOrders]).toEqual([43, 4]);
    out.boundCost = bound;
    expect(b).toEqual(computeSums(model, out));
    expect(metricsFromSums(b).cost_gap_to_bound).toBeCloseTo(71 / 43 - 1, 12);
    // replacing a bound already summed, not adding to it
    expect(withBoundSums(b, Float64Array.of(1, 1, 1, 1), 4).boundCost).toBe(4);
  });
});

describe('computeMetrics', () => {
  it('matches the hand-worked values', () => {
    const m = computeMetrics(model, outcomes());
    expect(m.orders).toBe(4);
    expect(m.lines).toBe(5);
    expect(m.units).toBe(7);
    expect(m.fill_rate).toBeCloseTo(6 / 7, 12);
    expect(m.cancel_rate).toBe(1 / 4);
    expect(m.split_rate).toBeCloseTo(1 / 3, 12);
    expect(m.packages_per_order).toBeCloseTo(4 / 3, 12);
    expect(m.ship_cost_per_order).toBe(14); // 42 over 3 shipped orders
    expect(m.fulfillment_cost_per_order).toBe(17.75); // (42 + 15 + 5 + 9) / 4
    expect(m.on_time_delivery_rate).toBeCloseTo(2 / 3, 12);
    expect(m.on_time_ship_rate).toBeCloseTo(2 / 3, 12);
    expect(m.click_to_door_days).toBeCloseTo(10 / 3, 12); // 3 + 5 + 2 days
    expect(m.manual_touches_per_order).toBe(1 / 4);
    expect(m.order_defect_rate).toBe(3 / 4); // late, cancelled, rerouted
    expect(m.miles_per_package).toBe(112.5);
    expect(m.store_share).toBe(1 / 4);
  });

  it('gives null, never NaN, for rates with an empty denominator', () => {
    const m = computeMetrics(model, outcomes(), () => false);
    expect(m.orders).toBe(0);
    for (const def of METRICS) if (def.unit !== 'count') expect(m[def.name], def.name).toBeNull();
  });

  it('groups by a key', () => {
    const by = computeMetricsBy(model, outcomes(), (o) => (model.orders.placedDay[o]! < 2 ? 'early' : 'late'));
    expect([...by.keys()]).toEqual(['early', 'late']);
    expect(by.get('early')!.orders).toBe(3);
    expect(by.get('late')!.manual_touches_per_order).toBe(1);
  });
});

describe('emptySums', () => {
  it('starts every field of SUM_FIELDS at zero, in that order, and the days at -1', () => {
    const s = emptySums();
    expect(Object.keys(s)).toEqual([...SUM_FIELDS, 'firstDay', 'lastDay']);
    expect(SUM_FIELDS.map((f) => s[f])).toEqual(SUM_FIELDS.map(() => 0));
    expect([s.firstDay, s.lastDay]).toEqual([-1, -1]);
  });
});

describe('deltas', () => {
  it("marks better and worse by each metric's direction", () => {
    const base = computeMetrics(model, outcomes());
    const alt = { ...base, split_rate: 0.1, fill_rate: 0.9, store_share: 0.5, orders: 4 };
    const d = Object.fromEntries(deltas(base, alt).map((x) => [x.metric, x]));
    expect(d.split_rate!.verdict).toBe('better');
    expect(d.split_rate!.delta).toBeCloseTo(0.1 - 1 / 3, 12);
    expect(d.fill_rate!.verdict).toBe('better');
    expect(d.store_share!.verdict).toBeNull();
    expect(d.orders!.verdict).toBeNull();
    expect(d.ship_cost_per_order!.verdict).toBe('same');
  });
});
