/**
 * The outcomes as an arquero table, built from columns: the rows of outcomes.csv with the
 * types a CSV reader gives them (numbers, dates, text; an empty cell is null), without
 * writing the CSV text and parsing it back.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { orderRecord } from '../metrics/orders.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import { OUTCOME_COLUMNS } from '../report/outcomes.ts';

const MS_PER_DAY = 86_400_000;

/**
 * One row per order and policy, the columns of outcomes.csv: money to the cent and miles to
 * a tenth as the file writes them, dates as UTC midnight `Date`s, empty cells null; ids,
 * places and codes are text as they are (without the apostrophe outcomes.csv adds for a
 * spreadsheet before text such as `=1`).
 * @example outcomesTable(run).filter((d) => d.reason === 'split').numRows()
 */
export function outcomesTable(r: ScenarioRun): ColumnTable {
  const m = r.model;
  const { orders } = m;
  const n = orders.count * r.runs.length;
  const cols = Object.fromEntries(OUTCOME_COLUMNS.map((c) => [c, new Array<unknown>(n)])) as Record<
    (typeof OUTCOME_COLUMNS)[number],
    unknown[]
  >;
  const days: (Date | null)[] = [];
  const date = (day: number) =>
    day < 0 ? null : (days[day] ??= new Date((m.calendar.startEpochDay + day) * MS_PER_DAY));
  const cents = (v: number) => Number(v.toFixed(2));
  const text = (s: string) => (s === '' ? null : s);
  let i = 0;
  for (const p of r.runs) {
    for (let o = 0; o < orders.count; o++, i++) {
      const l0 = orders.lineStart[o]!;
      const l1 = orders.lineStart[o + 1]!;
      let units = 0;
      for (let l = l0; l < l1; l++) units += orders.lineQty[l]!;
      const x = orderRecord(p.model, p.run.outcomes, o);
      const pk = x.packages;
      cols.policy[i] = p.policy;
      cols.order_id[i] = orders.ids[o]!;
      cols.placed_at[i] = new Date(orders.placedUtc[o]!);
      cols.destination[i] = text(m.dests.labels[orders.dest[o]!]!);
      cols.lines[i] = l1 - l0;
      cols.units[i] = units;
      cols.units_shipped[i] = x.unitsShipped;
      cols.units_cancelled[i] = x.unitsCancelled;
      cols.packages[i] = pk;
      cols.nodes[i] = text(x.nodes.join('|'));
      cols.ship_cost[i] = cents(x.shipCost);
      cols.pick_cost[i] = cents(x.pickCost);
      cols.touch_cost[i] = cents(x.touchCost);
      cols.cancel_cost[i] = cents(x.cancelCost);
      cols.total_cost[i] = cents(x.totalCost);
      cols.first_ship_date[i] = date(x.firstShipDay);
      cols.last_ship_date[i] = date(x.lastShipDay);
      cols.delivered_date[i] = date(x.deliveredDay);
      cols.ship_by_date[i] = date(orders.shipByDay[o]!);
      cols.promised_date[i] = date(orders.promiseDay[o]!);
      cols.on_time_ship[i] = pk ? (x.onTimeShip ? 1 : 0) : null;
      cols.on_time_delivery[i] = pk ? (x.onTimeDelivery ? 1 : 0) : null;
      cols.touches[i] = x.touches;
      cols.reviewed[i] = x.reviews;
      cols.alerts[i] = x.alerts;
      cols.notices[i] = x.notices;
      cols.miles[i] = pk ? Number(x.miles.toFixed(1)) : null;
      cols.reason[i] = x.reason.code;
      cols.segment[i] = text(p.segments?.[o] ?? '');
    }
  }
  return aq.table(cols);
}
