/** metrics.csv and outcomes.csv: the run's numbers as tidy CSV. */
import { toCSV } from '../format/csv-write.ts';
import { plainNumber } from '../format/number.ts';
import { REASONS } from '../engine/reasons.ts';
import { METRICS } from '../metrics/metrics.ts';
import { dayLabel } from '../time/day-label.ts';
import type { ScenarioRun } from '../runs.ts';

/** One row per policy, one column per contract metric (DESIGN §4), raw values. */
export function metricsCsv(r: ScenarioRun): string {
  const header = ['policy', 'uses', 'is_baseline', ...METRICS.map((m) => m.name)];
  return toCSV(header, r.runs.map((p) => [p.policy, p.use, p.policy === r.baseline ? 'true' : 'false', ...METRICS.map((m) => plainNumber(p.metrics[m.name]))]));
}

export const OUTCOME_COLUMNS = [
  'policy', 'order_id', 'placed_at', 'destination', 'lines', 'units', 'units_shipped', 'units_cancelled', 'packages', 'nodes',
  'ship_cost', 'pick_cost', 'touch_cost', 'cancel_cost', 'total_cost', 'first_ship_date', 'last_ship_date', 'delivered_date',
  'ship_by_date', 'promised_date', 'on_time_ship', 'on_time_delivery', 'touches', 'reviewed', 'alerts', 'notices', 'miles', 'reason', 'segment',
] as const;

/** One row per order per policy: where it shipped from, what it cost, when it arrived and why. */
export function outcomesCsv(r: ScenarioRun): string {
  const m = r.model;
  const { orders } = m;
  const money = (v: number) => v.toFixed(2);
  const rows: (string | number)[][] = [];
  for (const p of r.runs) {
    const out = p.run.outcomes;
    const nodes = p.model.nodes;
    for (let o = 0; o < orders.count; o++) {
      let units = 0;
      for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) units += orders.lineQty[l]!;
      const mask = out.nodeMask[o]!;
      const used: string[] = [];
      for (let k = 0; k < nodes.count; k++) if ((mask >>> k) & 1) used.push(nodes.ids[k]!);
      const pk = out.packages[o]!;
      rows.push([
        p.policy, orders.ids[o]!, new Date(orders.placedUtc[o]!).toISOString().replace('.000Z', 'Z'), m.dests.labels[orders.dest[o]!]!,
        orders.lineStart[o + 1]! - orders.lineStart[o]!, units, out.unitsShipped[o]!, out.unitsCancelled[o]!, pk, used.join('|'),
        money(out.shipCost[o]!), money(out.pickCost[o]!), money(out.touchCost[o]!), money(out.cancelCost[o]!),
        money(out.shipCost[o]! + out.pickCost[o]! + out.touchCost[o]! + out.cancelCost[o]!),
        dayLabel(m, out.firstShipDay[o]!), dayLabel(m, out.lastShipDay[o]!), dayLabel(m, out.deliveredDay[o]!),
        dayLabel(m, orders.shipByDay[o]!), dayLabel(m, orders.promiseDay[o]!),
        pk ? String(out.onTimeShip[o]) : '', pk ? String(out.onTimeDelivery[o]) : '', out.touches[o]!, out.reviews[o]!, out.alerts[o]!, out.notices[o]!,
        pk ? out.milesSum[o]!.toFixed(1) : '', REASONS[out.reason[o]!]!.code, p.segments?.[o] ?? '',
      ]);
    }
  }
  return toCSV(OUTCOME_COLUMNS, rows);
}
