/**
 * One cell through a column mapping: the source text → a canonical value (constant,
 * default, case-insensitive map, ZIP repair, luxon date format and time zone, unit factor),
 * checked against what the canonical column accepts. Pure functions; nothing is thrown.
 */
import { DateTime, type TokenParser } from 'luxon';
import { isoTimestamp } from '../canonical.ts';
import { describeZipRepairs, normalizeZip } from '../../geo/zip.ts';
import {
  parseBoolean,
  parseChoice,
  parseDate,
  parseFraction,
  parseInteger,
  parseNumber,
  parseShipDays,
  parseTimeOfDay,
  parseTimestamp,
  parseTimeZone,
  timestampToUtc,
} from '../../parse/fields.ts';
import { epochDay, formatEpochDay, MS_PER_DAY } from '../../time/calendar.ts';
import { importText } from '../../messages.ts';
import { localTimeToUtc, tzOffsetMinutes } from '../../time/zone.ts';

/** What a canonical column accepts. */
export type Kind =
  | { type: 'text' }
  /**
   * A whole number ≥ min; `keepNegative` writes a negative count (oversold stock) as exported,
   * noted as kept, so `validate` and `run` see it (the parser warns and reads it as 0).
   */
  | { type: 'integer'; min: number; keepNegative?: boolean }
  | { type: 'number'; min?: number; max?: number }
  | { type: 'fraction' }
  | { type: 'date' }
  | { type: 'timestamp' }
  | { type: 'time' }
  | { type: 'ship-days' }
  | { type: 'timezone' }
  | { type: 'boolean' }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'zip' };

/** The kind in words, to finish "… is not ": `a whole number ≥ 1`. */
export function describeKind(k: Kind): string {
  switch (k.type) {
    case 'text':
      return 'text';
    case 'integer':
      return `a whole number ≥ ${k.min}`;
    case 'number':
      return k.min !== undefined && k.max !== undefined
        ? `a number between ${k.min} and ${k.max}`
        : k.min !== undefined
          ? `a number ≥ ${k.min}`
          : 'a number';
    case 'fraction':
      return 'a fraction between 0 and 1 (0.92 or 92%)';
    case 'date':
      return 'a date (YYYY-MM-DD, or give format:)';
    case 'timestamp':
      return 'a date-time (ISO 8601, or give format:)';
    case 'time':
      return 'a time of day (HH:MM)';
    case 'ship-days':
      return 'a list of weekdays (Mon-Fri)';
    case 'timezone':
      return 'an IANA time zone';
    case 'boolean':
      return 'yes/no';
    case 'choice':
      return `one of ${k.options.join(', ')}`;
    case 'zip':
      return 'a US ZIP';
  }
}

/** How one canonical column is filled. */
export interface ColumnSpec {
  /** Canonical column name. */
  name: string;
  kind: Kind;
  /** Source column (header name), when the value comes from the file. */
  source?: string;
  /** A constant written on every row. */
  value?: string;
  /** Written when the source cell is empty or (with `map`) not in the map. */
  default?: string;
  /** Source value (lower case, trimmed) → canonical value. */
  map?: Map<string, string>;
  /** Repair ZIPs (ZIP+4, apostrophe, lost leading zeros) and log each repair. */
  zip: boolean;
  /** luxon format of the source date or date-time. */
  format?: string;
  /** IANA time zone of source date-times written without an offset. */
  timezone?: string;
  /** Factor applied to the source number (unit conversion). */
  multiply?: number;
  /** Where the source column name is written in the mapping, as `file:line:column`. */
  where: string;
}

export type Checked = { ok: true; value: string } | { ok: false };

function passed(r: { ok: boolean }, value: string): Checked {
  return r.ok ? { ok: true, value } : { ok: false };
}

/**
 * Checks canonical text against a kind; gives the value as written to the canonical file
 * (choices in their canonical spelling, `2.0` as `2`, Shopify-style date-times as ISO).
 */
export function checkValue(k: Kind, text: string): Checked {
  const t = text.trim();
  switch (k.type) {
    case 'text':
      return { ok: true, value: t };
    case 'integer': {
      if (parseInteger(t, k.min).ok) return { ok: true, value: String(Number(t)) };
      const n = parseNumber(t, k.min);
      return n.ok && Number.isSafeInteger(n.value) ? { ok: true, value: String(n.value) } : { ok: false };
    }
    case 'number':
      return passed(parseNumber(t, k.min, k.max), t);
    case 'fraction':
      return passed(parseFraction(t), t);
    case 'date':
      return passed(parseDate(t), t);
    case 'timestamp':
      return passed(parseTimestamp(t), isoTimestamp(t));
    case 'time':
      return passed(parseTimeOfDay(t), t);
    case 'ship-days':
      return passed(parseShipDays(t), t);
    case 'timezone':
      return passed(parseTimeZone(t), t);
    case 'boolean':
      return passed(parseBoolean(t), t);
    case 'choice': {
      const c = parseChoice(t, k.options);
      return c.ok ? { ok: true, value: c.value } : { ok: false };
    }
    case 'zip':
      return passed({ ok: normalizeZip(t) !== null }, t);
  }
}

/** A value changed to make it usable, for the import log. */
export interface Repair {
  reason: string;
  detail: string;
}

export type Applied =
  | {
      ok: true;
      value: string;
      repair?: Repair;
      /** A value written as exported that the parser will flag (a negative count), for the import log. */
      kept?: Repair;
      /** A date-time written without a UTC offset (no offset in the text and no timezone: in the mapping). */
      naive?: boolean;
    }
  | {
      ok: false;
      /** `map`: a value the map does not list (the row is always left out); `value`: not a valid value. */
      why: 'map' | 'value';
      reason: string;
      detail: string;
    };

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-07-01T14:05:00-05:00` for a UTC instant shown at an offset (minutes). */
export function isoAtOffset(utcMs: number, offset: number): string {
  const local = new Date(utcMs + offset * 60_000).toISOString().slice(0, 19);
  const a = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** Offset of a zone through a whole local day (and half a day either side), or null on a day with a DST change. */
const dayOffsets = new Map<string, number | null>();

/**
 * A local wall-clock time in an IANA zone as ISO 8601 with that zone's offset. DST as the
 * replay reads local times: a time repeated by the fall-back is its first occurrence, a time
 * skipped by the spring-forward jump is read as the same clock time after the jump (02:30 → 03:30).
 */
export function zonedIso(day: number, minutes: number, timezone: string): string {
  // the Intl look-ups are slow: one pair per zone and day, the exact rule only on DST days
  const key = `${timezone}|${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const before = tzOffsetMinutes(day * MS_PER_DAY - 43_200_000, timezone);
    offset = before === tzOffsetMinutes((day + 1) * MS_PER_DAY + 43_200_000, timezone) ? before : null;
    dayOffsets.set(key, offset);
  }
  if (offset !== null) return isoAtOffset(day * MS_PER_DAY + Math.round((minutes - offset) * 60_000), offset);
  const utc = localTimeToUtc(day, minutes, timezone);
  return isoAtOffset(utc, tzOffsetMinutes(utc, timezone));
}

function naiveIso(day: number, minutes: number): string {
  return new Date(day * MS_PER_DAY + Math.floor(minutes * 60) * 1000).toISOString().slice(0, 19);
}

/** Formats are read with English month and day names whatever the machine's locale. */
const LOCALE = 'en-US';
const parsers = new Map<string, { parser: TokenParser; zoned: boolean }>();

/** A luxon parser for a format (built once), and whether the format reads an offset, zone or epoch time. */
function parserOf(format: string): { parser: TokenParser; zoned: boolean } {
  let p = parsers.get(format);
  if (!p) {
    const unquoted = format.replace(/'[^']*'/g, '');
    p = { parser: DateTime.buildFormatParser(format, { locale: LOCALE }), zoned: /[ZzXx]/.test(unquoted) };
    parsers.set(format, p);
  }
  return p;
}

/** A date-time from a luxon format: ISO with the text's offset, or a wall-clock time to place in a zone. */
function fromFormat(text: string, format: string): { iso: string } | { day: number; minutes: number } | null {
  const { parser, zoned } = parserOf(format);
  const a = DateTime.fromFormatParser(text, parser, { zone: 'UTC', setZone: true, locale: LOCALE });
  if (!a.isValid) return null;
  if (zoned) return { iso: isoAtOffset(a.toMillis(), a.offset) };
  return { day: epochDay(a.year, a.month, a.day), minutes: a.hour * 60 + a.minute + a.second / 60 };
}

const sourceOf = (spec: ColumnSpec) => (spec.source === undefined ? '' : ` (column ${JSON.stringify(spec.source)})`);

/** A value that is not what the column needs. */
function invalid(spec: ColumnSpec, text: string, what: string): Applied {
  return { ok: false, why: 'value', reason: `${spec.name}${sourceOf(spec)} is not ${what}`, detail: text };
}

/**
 * The canonical value of one column for a row. `raw` is the source cell (ignored for a
 * constant). Repairs are reported, not logged: the caller logs them once the row is kept.
 */
export function applySpec(spec: ColumnSpec, raw: string): Applied {
  if (spec.value !== undefined) return { ok: true, value: spec.value };
  const t = raw.trim();
  if (t === '') return { ok: true, value: spec.default ?? '' };
  if (spec.map) {
    const hit = spec.map.get(t.toLowerCase());
    if (hit !== undefined) return { ok: true, value: hit };
    if (spec.default !== undefined) return { ok: true, value: spec.default };
    return {
      ok: false,
      why: 'map',
      reason: `${spec.name}${sourceOf(spec)}: value not in the mapping's map (add it there, or give a default)`,
      detail: t,
    };
  }
  const k = spec.kind;
  if (spec.multiply !== undefined) {
    const n = parseNumber(t);
    if (!n.ok) return invalid(spec, t, 'a number');
    const v = String(Math.round(n.value * spec.multiply * 1e6) / 1e6);
    const c = checkValue(k, v);
    return c.ok
      ? { ok: true, value: c.value }
      : {
          ok: false,
          why: 'value',
          reason: `${spec.name}${sourceOf(spec)} × ${spec.multiply} is not ${describeKind(k)}`,
          detail: `${t} → ${v}`,
        };
  }
  if (k.type === 'zip' && spec.zip) {
    const z = normalizeZip(t);
    if (!z) return invalid(spec, t, describeKind(k));
    return z.repairs.length
      ? {
          ok: true,
          value: z.zip5,
          repair: {
            reason: `${spec.name}: ZIP repaired (${describeZipRepairs(z.repairs)})`,
            detail: `${t} → ${z.zip5}`,
          },
        }
      : { ok: true, value: z.zip5 };
  }
  if (k.type === 'date' && spec.format !== undefined) {
    const d = DateTime.fromFormatParser(t, parserOf(spec.format).parser, { zone: 'UTC', locale: LOCALE });
    return d.isValid
      ? { ok: true, value: formatEpochDay(epochDay(d.year, d.month, d.day)) }
      : invalid(spec, t, `a date in the format ${JSON.stringify(spec.format)}`);
  }
  if (k.type === 'timestamp') {
    let wall: { day: number; minutes: number };
    if (spec.format !== undefined) {
      const f = fromFormat(t, spec.format);
      if (!f) return invalid(spec, t, `a date-time in the format ${JSON.stringify(spec.format)}`);
      if ('iso' in f) return { ok: true, value: f.iso };
      wall = f;
    } else {
      const ts = parseTimestamp(t);
      if (!ts.ok) return invalid(spec, t, describeKind(k));
      if (ts.value.offset !== null) return { ok: true, value: isoAtOffset(timestampToUtc(ts.value), ts.value.offset) };
      wall = ts.value;
    }
    if (spec.timezone !== undefined) return { ok: true, value: zonedIso(wall.day, wall.minutes, spec.timezone) };
    return { ok: true, value: naiveIso(wall.day, wall.minutes), naive: true };
  }
  if (k.type === 'integer' && k.keepNegative) {
    const n = parseInteger(t, -Infinity);
    if (n.ok && n.value < 0)
      return { ok: true, value: String(n.value), kept: { reason: importText.negativeKept(spec.name), detail: t } };
  }
  const c = checkValue(k, t);
  return c.ok ? { ok: true, value: c.value } : invalid(spec, t, describeKind(k));
}
