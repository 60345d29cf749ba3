/** metrics.csv and outcomes.csv: the run's numbers as tidy CSV. */
import { toCSV } from '../format/csv-write.ts';
import { plainNumber } from '../format/number.ts';
import { METRICS } from '../metrics/metrics.ts';
import { orderRecords } from '../metrics/orders.ts';
import { dayLabel } from '../time/day-label.ts';
import type { ScenarioRun } from '../metrics/runs.ts';

/** One row per policy, one column per contract metric (DESIGN §4), raw values. */
export function metricsCsv(r: ScenarioRun): string {
  const header = ['policy', 'uses', 'is_baseline', ...METRICS.map((m) => m.name)];
  return toCSV(
    header,
    r.runs.map((p) => [
      p.policy,
      p.use,
      p.policy === r.baseline ? 'true' : 'false',
      ...METRICS.map((m) => plainNumber(p.metrics[m.name])),
    ]),
  );
}

export const OUTCOME_COLUMNS = [
  'policy',
  'order_id',
  'placed_at',
  'destination',
  'lines',
  'units',
  'units_shipped',
  'units_cancelled',
  'packages',
  'nodes',
  'ship_cost',
  'pick_cost',
  'touch_cost',
  'cancel_cost',
  'total_cost',
  'first_ship_date',
  'last_ship_date',
  'delivered_date',
  'ship_by_date',
  'promised_date',
  'on_time_ship',
  'on_time_delivery',
  'touches',
  'reviewed',
  'alerts',
  'notices',
  'miles',
  'reason',
  'segment',
] as const;

/** One row per order per policy: where it shipped from, what it cost, when it arrived and why. */
export function outcomesCsv(r: ScenarioRun): string {
  const m = r.model;
  const { orders } = m;
  const money = (v: number) => v.toFixed(2);
  const rows: (string | number)[][] = [];
  for (const p of r.runs) {
    const records = orderRecords(p);
    for (let o = 0; o < orders.count; o++) {
      let units = 0;
      for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) units += orders.lineQty[l]!;
      const x = records[o]!;
      const pk = x.packages;
      const flag = (b: boolean) => (b ? '1' : '0');
      rows.push([
        p.policy,
        orders.ids[o]!,
        new Date(orders.placedUtc[o]!).toISOString().replace('.000Z', 'Z'),
        m.dests.labels[orders.dest[o]!]!,
        orders.lineStart[o + 1]! - orders.lineStart[o]!,
        units,
        x.unitsShipped,
        x.unitsCancelled,
        pk,
        x.nodes.join('|'),
        money(x.shipCost),
        money(x.pickCost),
        money(x.touchCost),
        money(x.cancelCost),
        money(x.totalCost),
        dayLabel(m, x.firstShipDay),
        dayLabel(m, x.lastShipDay),
        dayLabel(m, x.deliveredDay),
        dayLabel(m, orders.shipByDay[o]!),
        dayLabel(m, orders.promiseDay[o]!),
        pk ? flag(x.onTimeShip) : '',
        pk ? flag(x.onTimeDelivery) : '',
        x.touches,
        x.reviews,
        x.alerts,
        x.notices,
        pk ? x.miles.toFixed(1) : '',
        x.reason.code,
        p.segments?.[o] ?? '',
      ]);
    }
  }
  return toCSV(OUTCOME_COLUMNS, rows);
}
