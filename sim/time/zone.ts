/**
 * Time-zone arithmetic with the platform's IANA database (Intl). Used only while compiling
 * a model; the engine reads the precomputed day tables.
 */

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

/** Epoch day of a UTC instant on the calendar of `tz`. */
export function localEpochDay(utcMs: number, tz: string): number {
  return Math.floor((utcMs + tzOffsetMinutes(utcMs, tz) * 60_000) / 86_400_000);
}

/**
 * The UTC instant of a local wall-clock time: `minutes` after local midnight of an epoch
 * day in `tz`. A time repeated by a DST fall-back maps to its first occurrence; a time
 * skipped by a spring-forward jump maps to the instant after the jump (02:30 → 03:30).
 * @example localTimeToUtc(epochDay(2026, 7, 1), 14 * 60, 'America/Chicago') // 19:00Z
 */
export function localTimeToUtc(day: number, minutes: number, tz: string): number {
  const naive = day * 86_400_000 + minutes * 60_000;
  // the offsets in force half a day either side cover any transition near this time
  const before = tzOffsetMinutes(naive - 43_200_000, tz);
  const after = tzOffsetMinutes(naive + 43_200_000, tz);
  let best = Infinity;
  for (const off of before === after ? [before] : [before, after]) {
    const t = naive - off * 60_000;
    if (tzOffsetMinutes(t, tz) === off && t < best) best = t;
  }
  return best === Infinity ? naive - before * 60_000 : best;
}
