/**
 * Time-zone arithmetic with the platform's IANA database (Intl). Used only while compiling
 * a model; the engine reads the precomputed day tables.
 */
import { MS_PER_DAY } from './calendar.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Whether `tz` is an IANA time zone name this platform knows (e.g. `America/Chicago`). */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * Offset of local time from UTC at an instant, in minutes (Chicago in July: -300).
 */
export function tzOffsetMinutes(utcMs: number, tz: string): number {
  const parts = formatter(tz).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The UTC instant of a local wall-clock time: `minutes` after local midnight of an epoch
 * day in `tz`. A time skipped by a DST jump maps to the instant after the jump.
 * @example localTimeToUtc(epochDay(2026, 7, 1), 14 * 60, 'America/Chicago') // 19:00Z
 */
export function localTimeToUtc(day: number, minutes: number, tz: string): number {
  const naive = day * MS_PER_DAY + minutes * 60_000;
  let guess = naive - tzOffsetMinutes(naive, tz) * 60_000;
  const second = naive - tzOffsetMinutes(guess, tz) * 60_000;
  if (second !== guess) guess = Math.max(guess, second);
  return guess;
}

/**
 * Local midnights of a range of epoch days in one time zone, for turning an instant into
 * the local calendar day without calling Intl in a hot loop.
 */
export class DayTable {
  readonly first: number;
  readonly last: number;
  /** UTC ms of local midnight of day `first + i`. */
  readonly midnight: Float64Array;
  constructor(readonly tz: string, first: number, last: number) {
    this.first = first;
    this.last = last;
    this.midnight = new Float64Array(last - first + 2);
    for (let i = 0; i < this.midnight.length; i++) this.midnight[i] = localTimeToUtc(first + i, 0, tz);
  }
  /** Local epoch day of a UTC instant; throws outside the table (an internal fault). */
  dayOf(utcMs: number): number {
    let i = Math.floor((utcMs - this.midnight[0]!) / MS_PER_DAY);
    if (i < 0 || i >= this.midnight.length - 1) throw new RangeError(`instant ${new Date(utcMs).toISOString()} is outside the ${this.tz} day table`);
    while (i > 0 && utcMs < this.midnight[i]!) i--;
    while (i < this.midnight.length - 2 && utcMs >= this.midnight[i + 1]!) i++;
    return this.first + i;
  }
}
