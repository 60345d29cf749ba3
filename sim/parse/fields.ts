/**
 * Parsers for single CSV cells. Each returns the value, or a `MessageText` saying what is
 * wrong with it; they never throw.
 */
import { msg, type MessageText } from '../messages.ts';
import { parseIsoDate, parseWeekdays, MS_PER_DAY } from '../time/calendar.ts';
import { isValidTimeZone, localTimeToUtc } from '../time/zone.ts';

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: MessageText };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const fail = <T>(error: MessageText): FieldResult<T> => ({ ok: false, error });

/** A whole number ≥ `min` (e.g. quantities ≥ 1, on-hand ≥ 0). */
export function parseInteger(text: string, min: number): FieldResult<number> {
  const t = text.trim();
  if (!/^[+-]?\d+$/.test(t)) return fail(msg.notInteger(text, min));
  const v = Number(t);
  return v >= min && Number.isSafeInteger(v) ? ok(v) : fail(msg.notInteger(text, min));
}

/** A finite number, optionally bounded. */
export function parseNumber(text: string, min?: number, max?: number): FieldResult<number> {
  const t = text.trim();
  const v = t === '' ? NaN : Number(t);
  if (!Number.isFinite(v) || (min !== undefined && v < min) || (max !== undefined && v > max))
    return fail(msg.notNumber(text, min, max));
  return ok(v);
}

/** A fraction in 0..1, written as 0.92 or 92%. */
export function parseFraction(text: string): FieldResult<number> {
  const t = text.trim();
  const pct = t.endsWith('%');
  const digits = (pct ? t.slice(0, -1) : t).trim();
  const v = Number(digits) / (pct ? 100 : 1);
  return digits !== '' && Number.isFinite(v) && v >= 0 && v <= 1 ? ok(v) : fail(msg.notFraction(text));
}

/** A calendar date `YYYY-MM-DD`, as an epoch day. */
export function parseDate(text: string): FieldResult<number> {
  const d = parseIsoDate(text.trim());
  return d === null ? fail(msg.notDate(text)) : ok(d);
}

/**
 * A date-time as written, before its time zone is known: the local calendar day, minutes
 * after local midnight, and the UTC offset in minutes (`null` when none was written).
 */
export interface Timestamp {
  day: number;
  minutes: number;
  offset: number | null;
}

const TS = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO 8601 date-times (`2026-07-01T14:05:00-05:00`, `…Z`), Shopify's
 * `2026-07-01 14:05:00 -0500`, and, without an offset, local times or plain dates.
 * @example parseTimestamp('2026-07-01 14:05:00 -0500') // { day: 20635, minutes: 845, offset: -300 }
 */
export function parseTimestamp(text: string): FieldResult<Timestamp> {
  const m = TS.exec(text.trim());
  if (!m) return fail(msg.notTimestamp(text));
  const day = parseIsoDate(m[1]!);
  const hh = m[2] === undefined ? 0 : Number(m[2]);
  const mm = m[3] === undefined ? 0 : Number(m[3]);
  const ss = m[4] === undefined ? 0 : Number(m[4]);
  if (day === null || hh > 23 || mm > 59 || ss > 59) return fail(msg.notTimestamp(text));
  let offset: number | null = null;
  if (m[5] !== undefined) {
    if (m[5].toUpperCase() === 'Z') offset = 0;
    else {
      const sign = m[5][0] === '-' ? -1 : 1;
      const digits = m[5].slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2)),
        om = Number(digits.slice(2));
      if (oh > 14 || om > 59) return fail(msg.notTimestamp(text));
      offset = sign * (oh * 60 + om);
    }
  }
  return ok({ day, minutes: hh * 60 + mm + ss / 60, offset });
}

/** UTC milliseconds of a timestamp that has an offset. */
export function timestampToUtc(ts: Timestamp): number {
  if (ts.offset === null) throw new Error('timestampToUtc needs an offset; resolve local times with a time zone');
  return ts.day * MS_PER_DAY + Math.round((ts.minutes - ts.offset) * 60_000);
}

/**
 * UTC milliseconds of a timestamp: its own offset, else local time in `tz` (how every
 * placement and arrival time is read).
 * @example timestampInZone({ day: 20635, minutes: 600, offset: -240 }, 'UTC') // 2026-07-01T14:00Z
 */
export function timestampInZone(ts: Timestamp, tz: string): number {
  return ts.offset === null ? localTimeToUtc(ts.day, ts.minutes, tz) : timestampToUtc(ts);
}

/** Local time of day `HH:MM` (24 h), as minutes after midnight. */
export function parseTimeOfDay(text: string): FieldResult<number> {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || (Number(m[1]) === 24 && Number(m[2]) !== 0))
    return fail(msg.notTime(text));
  return ok(Number(m[1]) * 60 + Number(m[2]));
}

/** true/false, yes/no, y/n, 1/0 (case-insensitive). */
export function parseBoolean(text: string): FieldResult<boolean> {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(t)) return ok(true);
  if (['false', 'no', 'n', '0'].includes(t)) return ok(false);
  return fail(msg.notBoolean(text));
}

/** Ship days such as `Mon-Fri`, as a weekday bit mask (bit 0 = Sunday). */
export function parseShipDays(text: string): FieldResult<number> {
  const v = parseWeekdays(text);
  return v === null ? fail(msg.notWeekdays(text)) : ok(v);
}

/** An IANA time-zone name. */
export function parseTimeZone(text: string): FieldResult<string> {
  const t = text.trim();
  return isValidTimeZone(t) ? ok(t) : fail(msg.notTimeZone(text));
}

/** One of a fixed set of words (case-insensitive; returned in the set's spelling). */
export function parseChoice<T extends string>(text: string, options: readonly T[]): FieldResult<T> {
  const t = text.trim().toLowerCase();
  const hit = options.find((o) => o.toLowerCase() === t);
  return hit === undefined ? fail(msg.notOneOf(text, options)) : ok(hit);
}

/** A list of tags separated by `,`, `;` or `|`, trimmed, empty ones dropped. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,;|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
