/**
 * Packages: forming one per node and shipping it, worked by hand on the tiny network
 * (helpers/tiny.ts): customer at 0°N; WH zone 2, ST zone 1, both 1 transit day. 1 lb zone 2
 * (10 + 2) × 1.10 + 1 = $14.20; 2–5 lb zone 2 (20 + 2) × 1.10 + 1 = $25.20; 1 lb zone 1 $13.10.
 */
import { describe, expect, it } from 'vitest';
import { OrderOutcomes, PackageLog, PACKAGE_REROUTE, type RunStats } from '../../sim/engine/outcomes.ts';
import { Packages } from '../../sim/engine/packages.ts';
import { dayLabel } from '../../sim/time/day-label.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

const model = buildModel(
  tinyScenario(),
  tinyFiles({
    orders:
      'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-06T10:00:00-04:00,A,2,0,0\nO1,2026-07-06T10:00:00-04:00,C,1,0,0\n',
    inventory: 'node_id,sku,on_hand\nWH,A,5\nST,C,5\n',
  }),
).model;
const WH = model.nodes.ids.indexOf('WH'),
  ST = model.nodes.ids.indexOf('ST'),
  A = model.skus.ids.indexOf('A'),
  C = model.skus.ids.indexOf('C');
const mon = Array.from({ length: model.calendar.days }, (_, d) => d).find((d) => dayLabel(model, d) === '2026-07-06')!;

function setup() {
  const log = new PackageLog(),
    out = new OrderOutcomes(model.orders.count, model.nodes.count);
  const stats: RunStats = {
    overweightPackages: 0,
    failedPicks: 0,
    backorderedUnits: 0,
    replenishedUnits: 0,
    reviews: 0,
    longestCapacityWaitDays: 0,
    pastHorizonPackages: 0,
  };
  const draws: number[][] = [];
  const p = new Packages(model, log, out, stats, (a, b, c) => {
    draws.push([a, b ?? -1, c ?? -1]);
    return 1;
  });
  return { p, log, out, stats, draws };
}

describe('Packages', () => {
  it('sums units, weight and volume per node, and notes failed picks', () => {
    const { p } = setup();
    p.add(WH, A, 2);
    p.add(ST, C, 1); // 1 lb, 10 × 10 × 10 in
    p.markFailed(WH);
    expect([p.units[WH], p.weight[WH], p.volume[WH], p.failed[WH]]).toEqual([2, 2, 0, 1]);
    expect([p.units[ST], p.weight[ST], p.volume[ST], p.failed[ST]]).toEqual([1, 1, 1000, 0]);
    expect([p.touched(WH), p.touched(ST)]).toEqual([true, true]);
    p.reset();
    expect([p.touched(WH), p.touched(ST), p.units[WH], p.weight[ST], p.volume[ST], p.failed[WH]]).toEqual([
      false,
      false,
      0,
      0,
      0,
      0,
    ]);
    p.markFailed(ST);
    expect(p.touched(ST)).toBe(true); // a failed pick alone still needs handling
  });

  it("ships: prices, logs and adds each package to its order's outcome", () => {
    const { p, log, out, draws } = setup();
    p.add(WH, A, 2); // 2 lb, zone 2: $25.20; pick 3.00 + 0.50
    expect(p.ship(0, WH, mon, PACKAGE_REROUTE)).toBe(0);
    expect([
      log.count,
      log.order[0],
      log.node[0],
      log.kind[0],
      log.shipDay[0],
      dayLabel(model, log.deliveredDay[0]!),
      log.units[0],
      log.billableLb[0],
      log.zone[0],
    ]).toEqual([1, 0, WH, PACKAGE_REROUTE, mon, '2026-07-07', 2, 2, 2]);
    expect([log.shipCost[0], log.pickCost[0], Math.round(log.miles[0]!)]).toEqual([25.2, 3.5, 138]);
    p.add(ST, C, 1); // 1 lb but 1000 in³ / 100 = 10 lb billable: 6–20 lb zone 1 (40 + 1) × 1.10 + 1 = $46.10
    expect(p.ship(0, ST, mon + 1, PACKAGE_REROUTE)).toBe(1);
    expect([log.billableLb[1], log.shipCost[1], log.pickCost[1], log.zone[1]]).toEqual([10, 46.1, 6, 1]);
    expect([out.packages[0], out.unitsShipped[0], out.storePackages[0], out.nodeBits[0]]).toEqual([
      2,
      3,
      1,
      (1 << WH) | (1 << ST),
    ]);
    expect([out.shipCost[0], out.pickCost[0]]).toEqual([25.2 + 46.1, 9.5]);
    expect([out.firstShipDay[0], out.lastShipDay[0], dayLabel(model, out.deliveredDay[0]!)]).toEqual([
      mon,
      mon + 1,
      '2026-07-08',
    ]);
    expect(draws).toEqual([]); // no delay probability: the delay stream is never drawn
  });
});
