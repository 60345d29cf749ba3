/**
 * outcomes.csv: one row per order per policy, produced lazily as chunks of CSV bytes so
 * that a run of millions of orders is streamed to disk, never held whole.
 */
import { CsvBytes, encodeCell } from '../format/csv-bytes.ts';
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
const COLON = 58;
const NONE = new Uint8Array(0);
const TWO = Array.from({ length: 60 }, (_, i) => encodeCell(String(i).padStart(2, '0')));

/** A text cell as UTF-8 bytes, memoized by its text (policy, destination, nodes, reason and segment repeat on every row). */
function memo(): (s: string) => Uint8Array {
  const seen = new Map<string, Uint8Array>();
  return (s) => {
    let c = seen.get(s);
    if (c === undefined) seen.set(s, (c = encodeCell(sheetText(s))));
    return c;
  };
}

/**
 * Writes `placed_at` of an epoch millisecond: ISO 8601 UTC without milliseconds when they are 0
 * (`2026-03-02T14:05:00Z`), the date part computed once per day.
 */
function placedAtCells(): (w: CsvBytes, ms: number) => void {
  const days = new Map<number, Uint8Array | null>();
  return (w, ms) => {
    const day = Math.floor(ms / MS_PER_DAY);
    const inDay = ms - day * MS_PER_DAY;
    let date = days.get(day);
    if (date === undefined) {
      const iso = new Date(day * MS_PER_DAY).toISOString();
      // a year outside 0000–9999 (±YYYYYY) keeps the general form below
      date = iso.length === 24 ? encodeCell(iso.slice(0, 11)) : null;
      days.set(day, date);
    }
    if (date === null || !Number.isInteger(inDay) || inDay % 1000 !== 0)
      return w.cell(csvCell(new Date(ms).toISOString().replace('.000Z', 'Z')));
    const s = inDay / 1000;
    w.bytes(date);
    w.bytes(TWO[Math.floor(s / 3600)]!);
    w.byte(COLON);
    w.bytes(TWO[Math.floor(s / 60) % 60]!);
    w.byte(COLON);
    w.bytes(TWO[s % 60]!);
    w.cell('Z');
  };
}

/** `YYYY-MM-DD` of a day index (`''` when negative), each day formatted once. */
function dayCells(r: ScenarioRun): (day: number) => Uint8Array {
  const labels: Uint8Array[] = [];
  return (day) => {
    if (day < 0) return NONE;
    let s = labels[day];
    if (s === undefined) labels[day] = s = encodeCell(sheetText(dayLabel(r.model, day)));
    return s;
  };
}

/** Writes `sheetText(v.toFixed(digits))` and a comma: dollars to the cent, miles to a tenth. */
function fixedCell(w: CsvBytes, v: number, digits: number): void {
  if (Number.isFinite(v)) w.fixed(v, digits);
  else w.text(sheetText(v.toFixed(digits)));
  w.endCell();
}

/**
 * outcomes.csv as chunks of UTF-8 bytes: the header line, then `rowsPerChunk` rows at a time
 * (each line ends with `\n`). Decoded and joined, the chunks are `outcomesCsv(r)`.
 * @example for (const chunk of outcomesChunks(run)) writeSync(fd, chunk);
 */
export function* outcomesChunks(r: ScenarioRun, rowsPerChunk = 4096): Generator<Uint8Array> {
  const m = r.model;
  const { orders } = m;
  const text = memo();
  const day = dayCells(r);
  const placed = placedAtCells();
  const dests = m.dests.labels.map(text);
  const w = new CsvBytes();
  w.lastCell(OUTCOME_COLUMNS.join(','));
  yield w.take();
  for (const p of r.runs) {
    const policy = text(p.policy);
    let rows = 0;
    for (let o = 0; o < orders.count; o++) {
      let units = 0;
      const l0 = orders.lineStart[o]!;
      const l1 = orders.lineStart[o + 1]!;
      for (let l = l0; l < l1; l++) units += orders.lineQty[l]!;
      const x = policyOrderRecord(p, o);
      const pk = x.packages;
      w.bytesCell(policy);
      w.cell(sheetText(orders.ids[o]!));
      placed(w, orders.placedUtc[o]!);
      w.bytesCell(dests[orders.dest[o]!]!);
      w.intCell(l1 - l0);
      w.intCell(units);
      w.intCell(x.unitsShipped);
      w.intCell(x.unitsCancelled);
      w.intCell(pk);
      w.bytesCell(text(x.nodes.join('|')));
      fixedCell(w, x.shipCost, 2);
      fixedCell(w, x.pickCost, 2);
      fixedCell(w, x.touchCost, 2);
      fixedCell(w, x.cancelCost, 2);
      fixedCell(w, x.totalCost, 2);
      w.bytesCell(day(x.firstShipDay));
      w.bytesCell(day(x.lastShipDay));
      w.bytesCell(day(x.deliveredDay));
      w.bytesCell(day(orders.shipByDay[o]!));
      w.bytesCell(day(orders.promiseDay[o]!));
      w.cell(pk ? (x.onTimeShip ? '1' : '0') : '');
      w.cell(pk ? (x.onTimeDelivery ? '1' : '0') : '');
      w.intCell(x.touches);
      w.intCell(x.reviews);
      w.intCell(x.alerts);
      w.intCell(x.notices);
      if (pk) fixedCell(w, x.miles, 1);
      else w.endCell();
      w.bytesCell(text(x.reason.code));
      w.bytes(text(p.segments?.[o] ?? ''));
      w.endRow();
      if (++rows === rowsPerChunk) {
        yield w.take();
        rows = 0;
      }
    }
    if (rows) yield w.take();
  }
}

/** One row per order per policy as one string (small runs and tests; a report streams `outcomesChunks`). */
export function outcomesCsv(r: ScenarioRun): string {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let s = '';
  for (const c of outcomesChunks(r)) s += utf8.decode(c, { stream: true });
  return s + utf8.decode();
}
