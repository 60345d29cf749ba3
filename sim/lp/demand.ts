/**
 * The demand model of the look-ahead LP: expected arrivals by order class over a planning
 * horizon, estimated from the orders of a training window.
 *
 * A class is (order type, region): the type is the set of distinct skus of an order, the
 * region the destination's state (`model.dests.state`; destinations without one form the
 * region ""). A type with fewer than `RARE_TYPE_ORDERS` orders in the window is planned line
 * by line: each of its lines counts as an order of the single-sku type of its sku (so the
 * thousands of one-off baskets a real catalogue has do not each get their own class).
 * Quantities are expected units per line; counts are scaled from the window to the horizon.
 * The lines of an order planned line by line share one package's cost in the DLP, so its
 * optimum stays a lower bound (a policy pays at least one package per order shipped).
 *
 * Training on the replayed period itself is hindsight-informed (the plan knows the mix of
 * the orders it then routes): the result says so, for the report to say it too.
 */
import type { Model } from '../model/types.ts';

/** A type with fewer orders than this in the training window is planned line by line (one constant, see above). */
export const RARE_TYPE_ORDERS = 5;

/** One class: an order type to one region. */
export interface DemandClass {
  /** Distinct skus of the type, ascending (the class's items, in this order). */
  skus: Int32Array;
  /** Expected units per line of each item, parallel to `skus`. */
  qty: Float64Array;
  /** Region index into `Demand.regions`. */
  region: number;
  /** Expected orders of the class over the horizon. */
  lambda: number;
  /** Training orders that fell in the class (whole orders, or orders one of whose lines did), ascending. */
  orders: Int32Array;
  /**
   * Share of a package each arrival opens: 1 for a whole type; for a single-sku class, the
   * mean of 1 / (distinct skus of the order the line came from), so the lines of an order
   * planned line by line share one package's cost between them.
   */
  boxShare: number;
}

/** Expected demand over a horizon, by class. */
export interface Demand {
  /** Region names (states), sorted; index = region id. */
  regions: string[];
  /** Per destination: its region id. */
  destRegion: Int32Array;
  classes: DemandClass[];
  /** Class index by `classKey(skus, region)`. */
  index: Map<string, number>;
  /** Order types planned as whole orders (keys of `typeKey`); other orders are planned line by line. */
  wholeTypes: Set<string>;
  /** True when the training window overlaps the horizon the plan is for (it saw the orders it routes). */
  hindsightInformed: boolean;
  /** Orders in the training window, and its length in days. */
  trainingOrders: number;
  trainingDays: number;
  /** Length of the horizon in days; counts are scaled by horizonDays / trainingDays. */
  horizonDays: number;
  /** Expected orders over the horizon (training orders scaled; an order planned line by line is in several classes). */
  expectedOrders: number;
  /**
   * Training orders of two or more skus planned line by line (their lines share one
   * package's cost in the DLP: `boxShare`).
   */
  splitOrders: number;
}

/** Which orders to learn from and which horizon to plan for (day indexes, inclusive). */
export interface DemandWindow {
  trainFrom: number;
  trainTo: number;
  horizonFrom: number;
  horizonTo: number;
}

/** Key of an order type: its distinct skus, ascending, comma-joined. */
export function typeKey(skus: ArrayLike<number>): string {
  return Array.from(skus).join(',');
}

/** Key of a class: type key and region. */
export function classKey(type: string, region: number): string {
  return `${type}|${region}`;
}

/** Distinct skus of order `o`, ascending. */
export function orderSkus(model: Model, o: number): number[] {
  const { lineStart, lineSku } = model.orders;
  const s = new Set<number>();
  for (let l = lineStart[o]!; l < lineStart[o + 1]!; l++) s.add(lineSku[l]!);
  return [...s].sort((a, b) => a - b);
}

/** Per destination its region id, and the region names (sorted states). */
export function regionsOf(model: Model): { regions: string[]; destRegion: Int32Array } {
  const regions = [...new Set(model.dests.state)].sort();
  const id = new Map(regions.map((r, k) => [r, k]));
  return { regions, destRegion: Int32Array.from(model.dests.state, (s) => id.get(s)!) };
}

/**
 * Estimates class counts over `w`'s horizon from the orders placed in its training window.
 * @example
 * // 10 orders of {A,B} to OH on days 0..9, planning days 0..9 on the same orders:
 * estimateDemand(model, { trainFrom: 0, trainTo: 9, horizonFrom: 0, horizonTo: 9 }).classes[0].lambda // 10
 */
export function estimateDemand(model: Model, w: DemandWindow): Demand {
  const { orders } = model;
  const { regions, destRegion } = regionsOf(model);
  const inWindow: number[] = [];
  for (let o = 0; o < orders.count; o++) {
    const d = orders.placedDay[o]!;
    if (d >= w.trainFrom && d <= w.trainTo) inWindow.push(o);
  }
  // each order's distinct skus and type, worked out once
  const skusOf = inWindow.map((o) => orderSkus(model, o));
  const types = skusOf.map(typeKey);
  const typeCount = new Map<string, number>();
  for (const t of types) typeCount.set(t, (typeCount.get(t) ?? 0) + 1);
  const wholeTypes = new Set([...typeCount].filter(([, n]) => n >= RARE_TYPE_ORDERS).map(([t]) => t));

  // per class: orders, and per item the lines and units seen
  type Draft = { skus: number[]; region: number; orders: number[]; units: number[]; share: number };
  const drafts = new Map<string, Draft>();
  /** The class of `key` (made with items `skus` when new), with order `o` counted once. */
  const classOf = (key: string, skus: number[], region: number, o: number, share: number): Draft => {
    let c = drafts.get(key);
    if (!c) drafts.set(key, (c = { skus, region, orders: [], units: skus.map(() => 0), share: 0 }));
    if (c.orders[c.orders.length - 1] !== o) {
      c.orders.push(o);
      c.share += share;
    }
    return c;
  };
  let splitOrders = 0;
  inWindow.forEach((o, k) => {
    const region = destRegion[orders.dest[o]!]!;
    const skus = skusOf[k]!;
    if (wholeTypes.has(types[k]!)) {
      const c = classOf(classKey(types[k]!, region), skus, region, o, 1);
      for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++)
        c.units[skus.indexOf(orders.lineSku[l]!)]! += orders.lineQty[l]!;
      return;
    }
    if (skus.length > 1) splitOrders++;
    const share = 1 / skus.length;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
      const sku = orders.lineSku[l]!;
      classOf(classKey(String(sku), region), [sku], region, o, share).units[0]! += orders.lineQty[l]!;
    }
  });
  const trainingDays = w.trainTo - w.trainFrom + 1,
    horizonDays = w.horizonTo - w.horizonFrom + 1;
  const scale = horizonDays / trainingDays;
  const keys = [...drafts.keys()].sort();
  const classes: DemandClass[] = keys.map((key) => {
    const c = drafts.get(key)!;
    // one arrival per order in the class (lines of one order with the same sku are one line of their total units)
    const count = c.orders.length;
    return {
      skus: new Int32Array(c.skus),
      qty: Float64Array.from(c.units, (u) => u / count),
      region: c.region,
      lambda: count * scale,
      orders: new Int32Array(c.orders),
      boxShare: c.share / count,
    };
  });
  return {
    regions,
    destRegion,
    classes,
    index: new Map(keys.map((k, i) => [k, i])),
    wholeTypes,
    hindsightInformed: w.trainTo >= w.horizonFrom && w.trainFrom <= w.horizonTo,
    trainingOrders: inWindow.length,
    trainingDays,
    horizonDays,
    expectedOrders: inWindow.length * scale,
    splitOrders,
  };
}
