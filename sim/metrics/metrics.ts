/**
 * The contract metrics (DESIGN §4): pure reductions over a run's outcome records. A rate
 * with an empty denominator is `null`, never NaN.
 */
import type { Model } from '../model/types.ts';
import { FLAG_REROUTED, type OrderOutcomes } from '../engine/outcomes.ts';

/** Sums over a set of orders from which every metric is derived. */
export interface MetricSums {
  orders: number;
  lines: number;
  units: number;
  unitsShipped: number;
  ordersWithCancel: number;
  ordersWithPackage: number;
  splitOrders: number;
  packages: number;
  shipCost: number;
  pickCost: number;
  touchCost: number;
  cancelCost: number;
  touches: number;
  onTimeDelivered: number;
  onTimeShipped: number;
  clickToDoorDays: number;
  defects: number;
  miles: number;
  storePackages: number;
  alerts: number;
  notices: number;
  /** The hindsight bound's cost of the orders summed, and how many of them it covers. */
  boundCost: number;
  boundOrders: number;
  /** First and last placement day index of the orders summed (−1 when none). */
  firstDay: number;
  lastDay: number;
}

export type MetricName =
  | 'orders'
  | 'lines'
  | 'units'
  | 'fill_rate'
  | 'cancel_rate'
  | 'split_rate'
  | 'packages_per_order'
  | 'ship_cost_per_order'
  | 'fulfillment_cost_per_order'
  | 'on_time_delivery_rate'
  | 'on_time_ship_rate'
  | 'click_to_door_days'
  | 'manual_touches_per_order'
  | 'order_defect_rate'
  | 'miles_per_package'
  | 'store_share'
  | 'staff_alerts_per_day'
  | 'customer_notices_per_order'
  | 'cost_gap_to_bound';

export interface MetricDefinition {
  name: MetricName;
  /** Plain-language label for reports. */
  label: string;
  /** How to show it: a count, a share (0..1 shown as %), dollars, days, miles, or a plain number. */
  unit: 'count' | 'share' | 'usd' | 'days' | 'miles' | 'number';
  /** Which direction is better; `null` for plain counts. */
  better: 'higher' | 'lower' | null;
  value(s: MetricSums): number | null;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The metrics in contract order. */
export const METRICS: readonly MetricDefinition[] = [
  { name: 'orders', label: 'Orders', unit: 'count', better: null, value: (s) => s.orders },
  { name: 'lines', label: 'Order lines', unit: 'count', better: null, value: (s) => s.lines },
  { name: 'units', label: 'Units ordered', unit: 'count', better: null, value: (s) => s.units },
  {
    name: 'fill_rate',
    label: 'Fill rate (units shipped / ordered)',
    unit: 'share',
    better: 'higher',
    value: (s) => ratio(s.unitsShipped, s.units),
  },
  {
    name: 'cancel_rate',
    label: 'Orders with a cancelled unit',
    unit: 'share',
    better: 'lower',
    value: (s) => ratio(s.ordersWithCancel, s.orders),
  },
  {
    name: 'split_rate',
    label: 'Split shipments (2+ packages)',
    unit: 'share',
    better: 'lower',
    value: (s) => ratio(s.splitOrders, s.ordersWithPackage),
  },
  {
    name: 'packages_per_order',
    label: 'Packages per shipped order',
    unit: 'number',
    better: 'lower',
    value: (s) => ratio(s.packages, s.ordersWithPackage),
  },
  {
    name: 'ship_cost_per_order',
    label: 'Carrier cost per shipped order',
    unit: 'usd',
    better: 'lower',
    value: (s) => ratio(s.shipCost, s.ordersWithPackage),
  },
  {
    name: 'fulfillment_cost_per_order',
    label: 'Fulfillment cost per order (ship + pick/pack + touches + cancellations)',
    unit: 'usd',
    better: 'lower',
    value: (s) => ratio(s.shipCost + s.pickCost + s.touchCost + s.cancelCost, s.orders),
  },
  {
    name: 'on_time_delivery_rate',
    label: 'Delivered by the promise',
    unit: 'share',
    better: 'higher',
    value: (s) => ratio(s.onTimeDelivered, s.ordersWithPackage),
  },
  {
    name: 'on_time_ship_rate',
    label: 'Shipped within the ship SLA',
    unit: 'share',
    better: 'higher',
    value: (s) => ratio(s.onTimeShipped, s.ordersWithPackage),
  },
  {
    name: 'click_to_door_days',
    label: 'Days from order to delivery',
    unit: 'days',
    better: 'lower',
    value: (s) => ratio(s.clickToDoorDays, s.ordersWithPackage),
  },
  {
    name: 'manual_touches_per_order',
    label: 'Manual touches per order',
    unit: 'number',
    better: 'lower',
    value: (s) => ratio(s.touches, s.orders),
  },
  {
    name: 'order_defect_rate',
    label: 'Defective orders (cancelled, late or rerouted)',
    unit: 'share',
    better: 'lower',
    value: (s) => ratio(s.defects, s.orders),
  },
  {
    name: 'miles_per_package',
    label: 'Miles per package',
    unit: 'miles',
    better: 'lower',
    value: (s) => ratio(s.miles, s.packages),
  },
  {
    name: 'store_share',
    label: 'Packages shipped from stores',
    unit: 'share',
    better: null,
    value: (s) => ratio(s.storePackages, s.packages),
  },
  {
    name: 'staff_alerts_per_day',
    label: 'Staff alerts per day (ship SLA missed, stock at safety level, node full)',
    unit: 'number',
    better: 'lower',
    value: (s) => (s.firstDay < 0 ? null : s.alerts / (s.lastDay - s.firstDay + 1)),
  },
  {
    name: 'customer_notices_per_order',
    label: 'Customer notices per order (split, change of node, delay, wait for stock)',
    unit: 'number',
    better: 'lower',
    value: (s) => ratio(s.notices, s.orders),
  },
  {
    name: 'cost_gap_to_bound',
    label: 'Fulfillment cost above the hindsight bound (the least any routing of these orders could cost)',
    unit: 'share',
    better: 'lower',
    value: (s) =>
      s.orders > 0 && s.boundOrders === s.orders && s.boundCost > 0
        ? (s.shipCost + s.pickCost + s.touchCost + s.cancelCost) / s.boundCost - 1
        : null,
  },
];

export type MetricValues = Record<MetricName, number | null>;

/** The additive fields of MetricSums, in a fixed order: the one list of them (empty sums, the bootstrap's components). */
export const SUM_FIELDS = [
  'orders',
  'lines',
  'units',
  'unitsShipped',
  'ordersWithCancel',
  'ordersWithPackage',
  'splitOrders',
  'packages',
  'shipCost',
  'pickCost',
  'touchCost',
  'cancelCost',
  'touches',
  'onTimeDelivered',
  'onTimeShipped',
  'clickToDoorDays',
  'defects',
  'miles',
  'storePackages',
  'alerts',
  'notices',
  'boundCost',
  'boundOrders',
] as const satisfies readonly (keyof MetricSums)[];

/** A MetricSums field that adds up over orders (all but the first and last day). */
export type SumField = (typeof SUM_FIELDS)[number];

// every field of MetricSums but the two days is in SUM_FIELDS (a compile-time check)
type Missing = Exclude<keyof MetricSums, SumField | 'firstDay' | 'lastDay'>;
const allListed: [Missing] extends [never] ? true : Missing = true;
void allListed;

/** Empty sums. */
export function emptySums(): MetricSums {
  const s = {} as MetricSums;
  for (const f of SUM_FIELDS) s[f] = 0;
  s.firstDay = -1;
  s.lastDay = -1;
  return s;
}

/** Adds order `o`'s outcome to `s`. */
export function addOrder(model: Model, out: OrderOutcomes, o: number, s: MetricSums): void {
  const orders = model.orders;
  const ls = orders.lineStart[o]!,
    le = orders.lineStart[o + 1]!;
  let units = 0;
  for (let l = ls; l < le; l++) units += orders.lineQty[l]!;
  const pk = out.packages[o]!;
  const cancelled = out.unitsCancelled[o]! > 0;
  const late = pk > 0 && !out.onTimeDelivery[o];
  s.orders++;
  s.lines += le - ls;
  s.units += units;
  s.unitsShipped += out.unitsShipped[o]!;
  if (cancelled) s.ordersWithCancel++;
  if (pk > 0) {
    s.ordersWithPackage++;
    if (pk > 1) s.splitOrders++;
    if (out.onTimeDelivery[o]) s.onTimeDelivered++;
    if (out.onTimeShip[o]) s.onTimeShipped++;
    s.clickToDoorDays += out.deliveredDay[o]! - orders.placedDay[o]!;
  }
  s.packages += pk;
  s.shipCost += out.shipCost[o]!;
  s.pickCost += out.pickCost[o]!;
  s.touchCost += out.touchCost[o]!;
  s.cancelCost += out.cancelCost[o]!;
  s.touches += out.touches[o]!;
  if (cancelled || late || out.flags[o]! & FLAG_REROUTED) s.defects++;
  s.miles += out.milesSum[o]!;
  s.storePackages += out.storePackages[o]!;
  s.alerts += out.alerts[o]!;
  s.notices += out.notices[o]!;
  if (out.boundCost) {
    s.boundCost += out.boundCost[o]!;
    s.boundOrders++;
  }
  const day = orders.placedDay[o]!;
  if (s.firstDay < 0 || day < s.firstDay) s.firstDay = day;
  if (day > s.lastDay) s.lastDay = day;
}

/** Metric values from sums. */
export function metricsFromSums(s: MetricSums): MetricValues {
  const v = {} as MetricValues;
  for (const m of METRICS) v[m.name] = m.value(s);
  return v;
}

/**
 * Every contract metric over a run's orders (or those `include` accepts).
 * @example computeMetrics(model, run.outcomes).fill_rate // 0.987
 */
export function computeMetrics(model: Model, out: OrderOutcomes, include?: (o: number) => boolean): MetricValues {
  return metricsFromSums(computeSums(model, out, include));
}

/**
 * The sums every metric comes from, over a run's orders (or those `include` accepts), in
 * order: `metricsFromSums(computeSums(m, out))` is `computeMetrics(m, out)`.
 * @example computeSums(model, run.outcomes).orders // 14614
 */
export function computeSums(model: Model, out: OrderOutcomes, include?: (o: number) => boolean): MetricSums {
  const s = emptySums();
  for (let o = 0; o < out.count; o++) if (!include || include(o)) addOrder(model, out, o, s);
  return s;
}

/**
 * `sums` (over all of a run's `count` orders) with the bound's cost of each order in place
 * of whatever bound they held, summed in order as `addOrder` sums it: the same sums as
 * `computeSums` once the outcomes carry `boundCost`, without a second pass over the rest.
 * @example withBoundSums(s, Float64Array.of(1.5, 2), 2).boundCost // 3.5
 */
export function withBoundSums(sums: MetricSums, boundCost: Float64Array, count: number): MetricSums {
  const s = { ...sums, boundCost: 0, boundOrders: 0 };
  for (let o = 0; o < count; o++) {
    s.boundCost += boundCost[o]!;
    s.boundOrders++;
  }
  return s;
}

/**
 * The sums per group (e.g. by week or segment): `key(o)` names the group of order `o`. Groups
 * come back in first-seen order; each group's sums are `computeSums` over its orders.
 * @example computeSumsBy(model, out, (o) => segments[o]).get('pilot')?.orders // 1200
 */
export function computeSumsBy(model: Model, out: OrderOutcomes, key: (o: number) => string): Map<string, MetricSums> {
  const sums = new Map<string, MetricSums>();
  for (let o = 0; o < out.count; o++) {
    const k = key(o);
    let s = sums.get(k);
    if (!s) sums.set(k, (s = emptySums()));
    addOrder(model, out, o, s);
  }
  return sums;
}

/**
 * Metrics per group (e.g. by week or region): `key(o)` names the group of order `o`.
 * Groups come back in first-seen order.
 */
export function computeMetricsBy(
  model: Model,
  out: OrderOutcomes,
  key: (o: number) => string,
): Map<string, MetricValues> {
  return new Map([...computeSumsBy(model, out, key)].map(([k, s]) => [k, metricsFromSums(s)]));
}
