/**
 * Rows of local wall-clock times as UTC instants: the slow part of building a calendar
 * (each instant goes through Intl). A row is a pure function of its arguments, so rows
 * are kept by those arguments (start day, zone, time of day, length) and shared between
 * calendars: a network variant's, a resampled replicate's or a sweep point's calendar
 * works out only the rows no earlier calendar had. A few hundred rows at most are kept.
 */
import { localTimeToUtc } from '../time/zone.ts';

/** How many rows are kept (the oldest is let go first); a row of a year's days is about 3 kB. */
const KEPT_ROWS = 256;

const rows = new Map<string, Float64Array>();

/**
 * `count` instants: `minutes` after local midnight in `zone` of the epoch days
 * `startEpochDay`, `startEpochDay + 1`, …. The row is shared: read it, never change it.
 * @example localTimeRow(epochDay(2026, 7, 1), 0, 'America/New_York', 2) // [2026-07-01T04:00Z, 2026-07-02T04:00Z]
 */
export function localTimeRow(startEpochDay: number, minutes: number, zone: string, count: number): Float64Array {
  const key = `${startEpochDay}\u0000${minutes}\u0000${count}\u0000${zone}`;
  let row = rows.get(key);
  if (!row) {
    row = new Float64Array(count);
    for (let i = 0; i < count; i++) row[i] = localTimeToUtc(startEpochDay + i, minutes, zone);
    if (rows.size >= KEPT_ROWS) rows.delete(rows.keys().next().value!);
    rows.set(key, row);
  }
  return row;
}
