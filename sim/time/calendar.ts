/**
 * Calendar arithmetic on epoch days (whole days since 1970-01-01, a plain calendar date
 * with no time zone). Weekdays: 0 = Sunday … 6 = Saturday.
 */

const MS_PER_DAY = 86_400_000;
export { MS_PER_DAY };

/**
 * Parses `YYYY-MM-DD` to an epoch day; `null` when the text is not a real date.
 * @example parseIsoDate('1970-01-02') // 1
 */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/** Epoch day from a year, month (1–12) and day of month. */
export function epochDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/**
 * Formats an epoch day as `YYYY-MM-DD`.
 * @example formatEpochDay(0) // '1970-01-01'
 */
export function formatEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of week of an epoch day: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** A set of weekdays as a 7-bit mask (bit 0 = Sunday). Mon–Fri is 0b0111110. */
export const MON_TO_FRI = 0b0111110;

/**
 * Parses a `ship_days` value: `Mon-Fri`, `Mon,Tue,Sat`, `Mon-Sat`, `daily`; case-insensitive.
 * Returns the weekday mask, or `null` when it cannot be read.
 * @example parseWeekdays('Mon-Fri') // 0b0111110
 */
export function parseWeekdays(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === 'daily' || t === 'all' || t === 'every day') return 0b1111111;
  const FULL = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
  // a day is its three-letter name or any longer prefix of its full name (tue, tues, tuesday)
  const idx = (name: string) => {
    const n = name.trim();
    return n.length < 3 ? -1 : FULL.findIndex((f) => f.startsWith(n));
  };
  let mask = 0;
  for (const part of t.split(/[,;| ]+/).filter(Boolean)) {
    const range = part.split('-');
    if (range.length === 1) {
      const i = idx(range[0]!);
      if (i < 0) return null;
      mask |= 1 << i;
    } else if (range.length === 2) {
      const a = idx(range[0]!),
        b = idx(range[1]!);
      if (a < 0 || b < 0) return null;
      for (let i = a; ; i = (i + 1) % 7) {
        mask |= 1 << i;
        if (i === b) break;
      }
    } else return null;
  }
  return mask === 0 ? null : mask;
}

/**
 * Business-day calendar: Monday–Friday minus listed holidays (epoch days).
 * `addBusinessDays(d, n)` steps forward day by day counting business days until n are
 * counted, so Saturday + 1 = Monday and Monday + 3 = Thursday; n = 0 returns d itself.
 */
export class BusinessCalendar {
  private readonly holidays: Set<number>;
  constructor(holidays: Iterable<number> = []) {
    this.holidays = new Set(holidays);
  }
  /** Whether `day` is a business day (Mon–Fri and not a holiday). */
  isBusinessDay(day: number): boolean {
    const w = weekday(day);
    return w !== 0 && w !== 6 && !this.holidays.has(day);
  }
  /** The epoch day n business days after `day`. */
  addBusinessDays(day: number, n: number): number {
    let d = day;
    let left = n;
    while (left > 0) {
      d++;
      if (this.isBusinessDay(d)) left--;
    }
    return d;
  }
  /** Whole business days from `from` to `to` (business days in (from, to]); negative when to < from. */
  businessDaysBetween(from: number, to: number): number {
    if (to < from) return -this.businessDaysBetween(to, from);
    let n = 0;
    for (let d = from + 1; d <= to; d++) if (this.isBusinessDay(d)) n++;
    return n;
  }
}
