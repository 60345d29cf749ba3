/**
 * A hand-built ranking state for criterion tests: a few nodes, a request of a few lines, and
 * a planner whose prices and dates are simple formulas, so each criterion's keys can be worked
 * out by hand. Only the fields criteria read are filled in.
 */
import type { RankState } from '../../sim/policies/rules/criteria/index.ts';
import type { Model } from '../../sim/model/types.ts';
import type { Planner, RouteRequest } from '../../sim/policies/types.ts';

export interface RankCaseSpec {
  /** Miles from each node to the customer (one entry per node). */
  miles: number[];
  /** Per node: its place in node_order (default: unlisted, 1000 + index). */
  position?: number[];
  /** Per node: ship day (default 0). */
  shipDay?: number[];
  /** The request's lines: sku index and units needed. */
  lines: { sku: number; need: number }[];
  /** Per sku: weight (lb); volume is 10 in³ per lb. */
  weightLb: number[];
  /** Per line: stock group (default: each line its own group). */
  group?: number[];
  /** Stock group × node at the start of the order; `work` starts equal to it. */
  avail: number[][];
  /** Per node: units, weight of the package so far (default empty). */
  pkgUnits?: number[];
  pkgWeight?: number[];
  /** Per node: share of capacity used (planner.load). */
  load?: number[];
  /** Per node: a package's base cost; packageCost = base + $1 per lb. */
  baseCost?: number[];
  /** Per node: transit days; deliveryDay = shipDay + transit (+1 over 10 lb). */
  transit?: number[];
}

/** A request and a ranking state built from `spec`. */
export function rankCase(spec: RankCaseSpec): { req: RouteRequest; st: RankState } {
  const N = spec.miles.length;
  const K = spec.lines.length;
  const groups = spec.avail.length;
  const planner: Planner = {
    shipDay: (n) => spec.shipDay?.[n] ?? 0,
    firstShipDay: (n) => spec.shipDay?.[n] ?? 0,
    load: (n) => spec.load?.[n] ?? 0,
    packageCost: (n, _day, _units, weightLb) => (spec.baseCost?.[n] ?? 0) + weightLb,
    deliveryDay: (n, day, _units, weightLb) => day + (spec.transit?.[n] ?? 1) + (weightLb > 10 ? 1 : 0),
  };
  const model = {
    dests: { miles: Float64Array.from(spec.miles) },
    orders: { lineSku: Int32Array.from(spec.lines, (l) => l.sku) },
    skus: { weightLb: Float64Array.from(spec.weightLb), volumeIn3: Float64Array.from(spec.weightLb, (w) => 10 * w) },
  } as unknown as Model;
  const availInit = Int32Array.from(spec.avail.flat());
  let reqUnits = 0,
    reqWeight = 0;
  for (const l of spec.lines) {
    reqUnits += l.need;
    reqWeight += l.need * spec.weightLb[l.sku]!;
  }
  const st: RankState = {
    model,
    N,
    position: Float64Array.from({ length: N }, (_, n) => spec.position?.[n] ?? 1000 + n),
    group: Int32Array.from({ length: K }, (_, k) => spec.group?.[k] ?? k),
    groups,
    availInit,
    work: availInit.slice(),
    pkgUnits: Float64Array.from({ length: N }, (_, n) => spec.pkgUnits?.[n] ?? 0),
    pkgWeight: Float64Array.from({ length: N }, (_, n) => spec.pkgWeight?.[n] ?? 0),
    pkgVolume: Float64Array.from({ length: N }, (_, n) => 10 * (spec.pkgWeight?.[n] ?? 0)),
    reqUnits,
    reqWeight,
    reqVolume: 10 * reqWeight,
  };
  const req = {
    model,
    order: 0,
    dest: 0,
    time: 0,
    count: K,
    lines: Int32Array.from({ length: K }, (_, k) => k),
    need: Int32Array.from(spec.lines, (l) => l.need),
    eligible: new Uint8Array(N).fill(1),
    onHand: new Int32Array(0),
    onHandBySku: new Int32Array(0),
    reroute: false,
    minDay: -1,
    planner,
    trace: null,
    draw: () => 0.5,
  } satisfies RouteRequest;
  return { req, st };
}

/** Nodes sorted by `key` (lower first), ties by node index: the ranking a criterion alone gives. */
export function rankBy(nodes: number[], key: (n: number) => number): number[] {
  return [...nodes].sort((a, b) => key(a) - key(b) || a - b);
}
