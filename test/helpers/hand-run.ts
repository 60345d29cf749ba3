/**
 * A scenario run made by hand, small enough to work every breakdown out on paper.
 *
 * Period 2026-07-06 (a Monday) to 2026-07-14: 9 days, weeks of 7 + 2 days. Nodes WH (no
 * capacity) and ST (2 packages a day, ships every day but Sunday day 6). Destinations:
 * d0 (40.7, -74.0) and d1 (40.9, -73.8), both in the one-degree cell 41,-74; d2 LA (34.0, -118.2).
 * SKUs A Alpha, B Beta, C Gamma. Orders:
 *   o0 day 0 → d0: A×2           o1 day 1 → d1: A×1, B×2
 *   o2 day 1 → d2: C×1           o3 day 7 → d0: B×1
 *
 * Policy `base` (the baseline):
 *   packages  k0 o0 ST day 1 $10 + $3 · k1 o1 ST day 1 $8 + $4 · k2 o1 WH day 2 $12 + $5 · k3 o3 ST day 7 $9 + $4
 *   o1 one unit of B cancelled, one touch ($4); o2 cancelled whole ($30); o3 waited for capacity
 *   reasons: o0 single, o1 partial-cancel, o2 cancelled, o3 capacity-wait
 * Policy `alt` runs on a network with a third node NEW (Los Angeles), labels its orders
 * rest/pilot/pilot/rest and ships each order in one package: o0 ST, o1 WH, o2 NEW, o3 WH.
 */
import { FLAG_CAPACITY_WAIT, OrderOutcomes, PackageLog, type RunStats } from '../../sim/engine/outcomes.ts';
import {
  REASON_CANCELLED,
  REASON_CAPACITY_WAIT,
  REASON_PARTIAL_CANCEL,
  REASON_SINGLE,
} from '../../sim/engine/reasons.ts';
import { computeMetrics } from '../../sim/metrics/metrics.ts';
import { deltas } from '../../sim/metrics/deltas.ts';
import type { Model } from '../../sim/model/types.ts';
import type { PolicyRun, ScenarioRun } from '../../sim/pipeline/index.ts';

const D = 10;

function nodes(ids: string[], lat: number[], lon: number[], capacity: number[]) {
  return {
    count: ids.length,
    ids,
    names: ids.map((id) => `${id} name`),
    types: ids.map((id) => (id === 'WH' ? 'warehouse' : 'store')),
    lat,
    lon,
    capacity: Int32Array.from(capacity),
    activeFrom: Int32Array.from(ids.map(() => 0)),
    activeTo: Int32Array.from(ids.map(() => 99)),
  };
}

function model(n: ReturnType<typeof nodes>): Model {
  const shipDay = new Uint8Array(n.count * D).fill(1);
  for (let k = 0; k < n.count; k++) shipDay[k * D + 6] = 0;
  return {
    calendar: { days: D, endDay: 8, startEpochDay: Date.UTC(2026, 6, 6) / 86_400_000, shipDay },
    nodes: n,
    dests: { count: 3, lat: Float64Array.of(40.7, 40.9, 34.0), lon: Float64Array.of(-74.0, -73.8, -118.2) },
    skus: { count: 3, ids: ['A', 'B', 'C'], names: ['Alpha', 'Beta', 'Gamma'] },
    orders: {
      count: 4,
      ids: ['o0', 'o1', 'o2', 'o3'],
      lineStart: Int32Array.of(0, 1, 3, 4, 5),
      lineSku: Int32Array.of(0, 0, 1, 2, 1),
      lineQty: Int32Array.of(2, 1, 2, 1, 1),
      placedDay: Int32Array.of(0, 1, 1, 7),
      dest: Int32Array.of(0, 1, 2, 0),
    },
  } as unknown as Model;
}

/** The package log of `rows`: [order, node, ship day, ship cost, pick cost]. */
function log(rows: [number, number, number, number, number][]): PackageLog {
  const l = new PackageLog();
  for (const [o, n, day, ship, pick] of rows) {
    const k = l.reserve();
    l.order[k] = o;
    l.node[k] = n;
    l.shipDay[k] = day;
    l.shipCost[k] = ship;
    l.pickCost[k] = pick;
  }
  return l;
}

const STATS: RunStats = {
  overweightPackages: 0,
  failedPicks: 1,
  backorderedUnits: 0,
  replenishedUnits: 0,
  reviews: 0,
  longestCapacityWaitDays: 6,
  pastHorizonPackages: 0,
};

/** The hand-made run (fresh each call). */
export function handRun(): ScenarioRun {
  const baseModel = model(nodes(['WH', 'ST'], [39.96, 40.71], [-83.0, -74.0], [0, 2]));
  const altModel = model(nodes(['WH', 'ST', 'NEW'], [39.96, 40.71, 34.05], [-83.0, -74.0, -118.24], [0, 2, 0]));

  const b = new OrderOutcomes(4, 2);
  b.packages.set([1, 2, 0, 1]);
  b.nodeBits.set([0b10, 0b11, 0, 0b10]);
  b.unitsShipped.set([2, 2, 0, 1]);
  b.unitsCancelled.set([0, 1, 1, 0]);
  b.shipCost.set([10, 20, 0, 9]);
  b.pickCost.set([3, 9, 0, 4]);
  b.touches.set([0, 1, 0, 0]);
  b.touchCost.set([0, 4, 0, 0]);
  b.cancelCost.set([0, 0, 30, 0]);
  b.firstShipDay.set([1, 1, -1, 7]);
  b.lastShipDay.set([1, 2, -1, 7]);
  b.deliveredDay.set([3, 5, -1, 8]);
  b.milesSum.set([1.25, 900.5, 0, 1.25]);
  b.onTimeShip.set([1, 0, 0, 1]);
  b.onTimeDelivery.set([1, 0, 0, 1]);
  b.alerts.set([0, 1, 0, 0]);
  b.notices.set([0, 2, 0, 0]);
  b.flags.set([0, 0, 0, FLAG_CAPACITY_WAIT]);
  b.reason.set([REASON_SINGLE, REASON_PARTIAL_CANCEL, REASON_CANCELLED, REASON_CAPACITY_WAIT]);

  const a = new OrderOutcomes(4, 3);
  a.packages.set([1, 1, 1, 1]);
  a.nodeBits.set([0b010, 0b001, 0b100, 0b001]);
  a.unitsShipped.set([2, 3, 1, 1]);
  a.shipCost.set([10, 11, 7, 9]);
  a.pickCost.set([3, 3, 4, 3]);
  a.firstShipDay.set([1, 2, 2, 8]);
  a.lastShipDay.set([1, 2, 2, 8]);
  a.deliveredDay.set([3, 4, 5, 10]);
  a.onTimeShip.set([1, 1, 1, 1]);
  a.onTimeDelivery.set([1, 1, 1, 0]);
  a.reason.fill(REASON_SINGLE);

  const policy = (
    name: string,
    m: Model,
    out: OrderOutcomes,
    packages: PackageLog,
    segments: string[] | null,
  ): Omit<PolicyRun, 'deltas'> => ({
    policy: name,
    use: name,
    model: m,
    run: { outcomes: out, packages, stats: { ...STATS }, finalOnHand: new Int32Array(0) },
    segments,
    metrics: computeMetrics(m, out),
  });
  const base = policy(
    'base',
    baseModel,
    b,
    log([
      [0, 1, 1, 10, 3],
      [1, 1, 1, 8, 4],
      [1, 0, 2, 12, 5],
      [3, 1, 7, 9, 4],
    ]),
    null,
  );
  const alt = policy(
    'alt',
    altModel,
    a,
    log([
      [0, 1, 1, 10, 3],
      [1, 0, 2, 11, 3],
      [2, 2, 2, 7, 4],
      [3, 0, 8, 9, 3],
    ]),
    ['rest', 'pilot', 'pilot', 'rest'],
  );
  return {
    model: baseModel,
    scenario: { file: 'hand.yaml', config: {}, policies: [] } as unknown as ScenarioRun['scenario'],
    seed: '1',
    baseline: 'base',
    runs: [base, alt].map((p) => ({ ...p, deltas: deltas(base.metrics, p.metrics) })),
  };
}
