/**
 * outcomes.csv: one row per order per policy, produced lazily as chunks of CSV text so
 * that a run of millions of orders is streamed to disk, never held as one string.
 */
import { csvCell, sheetText } from '../format/csv-write.ts';
import { policyOrderRecord } from '../metrics/orders.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import { dayLabel } from '../time/day-label.ts';

/** How a run writes its outcomes: outcomes.csv, outcomes.csv.gz, or not at all. */
export type OutcomesForm = 'csv' | 'gz' | 'none';

/** The report folder's file for the outcomes in a form, or null when they are not written. */
export function outcomesFile(form: OutcomesForm = 'csv'): string | null {
  return form === 'none' ? null : form === 'gz' ? 'outcomes.csv.gz' : 'outcomes.csv';
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

const MS_PER_DAY = 86_400_000;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** A text cell memoized by its text (policy, destination, nodes, reason and segment repeat on every row). */
function memo(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let c = seen.get(s);
    if (c === undefined) seen.set(s, (c = sheetText(s)));
    return c;
  };
}

/**
 * `placed_at` of an epoch millisecond: ISO 8601 UTC without milliseconds when they are 0
 * (`2026-03-02T14:05:00Z`), the date part computed once per day.
 */
function placedAtCells(): (ms: number) => string {
  const days = new Map<number, string>();
  return (ms) => {
    const day = Math.floor(ms / MS_PER_DAY);
    const inDay = ms - day * MS_PER_DAY;
    let date = days.get(day);
    if (date === undefined) {
      const iso = new Date(day * MS_PER_DAY).toISOString();
      // a year outside 0000–9999 (±YYYYYY) keeps the general form below
      date = iso.length === 24 ? iso.slice(0, 11) : '';
      days.set(day, date);
    }
    if (date === '' || !Number.isInteger(inDay) || inDay % 1000 !== 0)
      return csvCell(new Date(ms).toISOString().replace('.000Z', 'Z'));
    const s = inDay / 1000;
    return `${date}${TWO[Math.floor(s / 3600)]}:${TWO[Math.floor(s / 60) % 60]}:${TWO[s % 60]}Z`;
  };
}

/** `YYYY-MM-DD` of a day index (`''` when negative), each day formatted once. */
function dayCells(r: ScenarioRun): (day: number) => string {
  const labels: string[] = [];
  return (day) => {
    if (day < 0) return '';
    let s = labels[day];
    if (s === undefined) labels[day] = s = sheetText(dayLabel(r.model, day));
    return s;
  };
}

/**
 * outcomes.csv as chunks of text: the header line, then `rowsPerChunk` rows at a time
 * (each line ends with `\n`). Joined, the chunks are `outcomesCsv(r)`.
 * @example for (const chunk of outcomesChunks(run)) out.write(chunk);
 */
export function* outcomesChunks(r: ScenarioRun, rowsPerChunk = 4096): Generator<string> {
  const m = r.model;
  const { orders } = m;
  const text = memo();
  const day = dayCells(r);
  const placed = placedAtCells();
  const money = (v: number) => sheetText(v.toFixed(2));
  yield `${OUTCOME_COLUMNS.join(',')}\n`;
  for (const p of r.runs) {
    const policy = text(p.policy);
    let chunk = '';
    let rows = 0;
    for (let o = 0; o < orders.count; o++) {
      let units = 0;
      const l0 = orders.lineStart[o]!;
      const l1 = orders.lineStart[o + 1]!;
      for (let l = l0; l < l1; l++) units += orders.lineQty[l]!;
      const x = policyOrderRecord(p, o);
      const pk = x.packages;
      const shipped = pk ? `${x.onTimeShip ? '1' : '0'},${x.onTimeDelivery ? '1' : '0'}` : ',';
      chunk +=
        `${policy},${sheetText(orders.ids[o]!)},${placed(orders.placedUtc[o]!)},${text(m.dests.labels[orders.dest[o]!]!)},` +
        `${l1 - l0},${units},${x.unitsShipped},${x.unitsCancelled},${pk},${text(x.nodes.join('|'))},` +
        `${money(x.shipCost)},${money(x.pickCost)},${money(x.touchCost)},${money(x.cancelCost)},${money(x.totalCost)},` +
        `${day(x.firstShipDay)},${day(x.lastShipDay)},${day(x.deliveredDay)},${day(orders.shipByDay[o]!)},${day(orders.promiseDay[o]!)},` +
        `${shipped},${x.touches},${x.reviews},${x.alerts},${x.notices},${pk ? sheetText(x.miles.toFixed(1)) : ''},` +
        `${text(x.reason.code)},${text(p.segments?.[o] ?? '')}\n`;
      if (++rows === rowsPerChunk) {
        yield chunk;
        chunk = '';
        rows = 0;
      }
    }
    if (chunk) yield chunk;
  }
}

/** One row per order per policy as one string (small runs and tests; a report streams `outcomesChunks`). */
export function outcomesCsv(r: ScenarioRun): string {
  let s = '';
  for (const c of outcomesChunks(r)) s += c;
  return s;
}
