/** Day tables: business days and, per node, ship days, cutoffs and local midnights. */
import type { Calendar } from './types.ts';
import { BusinessCalendar, MS_PER_DAY, weekday } from '../time/calendar.ts';
import { localTimeRow } from './local-times.ts';

/** Extra days after the period end the tables cover (backlogs, backorders, transit). */
export const HORIZON_DAYS = 150;
/** Extra business-day ranks beyond the tables, so transit after the last ship day resolves. */
const RANK_SLACK = 60;

export interface NodeCalendarSpec {
  timezone: string;
  /** Local cutoff, minutes after midnight. */
  cutoff: number;
  /** Weekday mask, bit 0 = Sunday. */
  shipDays: number;
}

/**
 * Builds the calendar for a period [startEpochDay, endEpochDay] in the business time zone
 * `tz`, with holidays (epoch days) excluded from business days and ship days.
 */
export function buildCalendar(
  startEpochDay: number,
  endEpochDay: number,
  tz: string,
  holidays: number[],
  nodes: NodeCalendarSpec[],
): Calendar {
  const endDay = endEpochDay - startEpochDay;
  const days = endDay + 1 + HORIZON_DAYS;
  const cal = new BusinessCalendar(holidays);
  const span = days + RANK_SLACK;
  const business = new Uint8Array(span);
  const businessRank = new Int32Array(span);
  const businessDayByRank = new Int32Array(span + 1);
  let rank = 0;
  for (let i = 0; i < span; i++) {
    if (cal.isBusinessDay(startEpochDay + i)) {
      business[i] = 1;
      rank++;
      businessDayByRank[rank] = i;
    }
    businessRank[i] = rank;
  }
  // local times through Intl are the slow part: each (zone, time of day) row is worked out once (local-times.ts)
  const businessMidnight = Float64Array.from(localTimeRow(startEpochDay, 0, tz, days + 1));

  const n = nodes.length;
  const holiday = new Set(holidays);
  const shipDay = new Uint8Array(n * days);
  const cutoffUtc = new Float64Array(n * days);
  const nodeMidnight = new Float64Array(n * (days + 1));
  nodes.forEach((node, k) => {
    nodeMidnight.set(localTimeRow(startEpochDay, 0, node.timezone, days + 1), k * (days + 1));
    cutoffUtc.set(localTimeRow(startEpochDay, node.cutoff, node.timezone, days), k * days);
    for (let i = 0; i < days; i++) {
      const d = startEpochDay + i;
      shipDay[k * days + i] = (node.shipDays >> weekday(d)) & 1 && !holiday.has(d) ? 1 : 0;
    }
  });
  return {
    startEpochDay,
    endDay,
    days,
    startUtc: businessMidnight[0]!,
    business,
    businessRank,
    businessDayByRank,
    businessMidnight,
    shipDay,
    cutoffUtc,
    nodeMidnight,
  };
}

/**
 * Day index of a UTC instant in a table of local midnights (`midnights[base + i]` is the
 * start of day i, `count` days + 1 entries). Before day 0 gives -1; after the table, `count`.
 */
export function dayIndexOf(midnights: Float64Array, base: number, count: number, utcMs: number): number {
  if (utcMs < midnights[base]!) return -1;
  let i = Math.floor((utcMs - midnights[base]!) / MS_PER_DAY);
  if (i >= count) i = count;
  while (i > 0 && utcMs < midnights[base + i]!) i--;
  while (i < count && utcMs >= midnights[base + i + 1]!) i++;
  return i;
}

/**
 * The day index `n` business days after day `day` (n = 0 gives `day`).
 * @example addBusinessDays(cal, fridayIndex, 1) // the following Monday's index
 */
export function addBusinessDays(cal: Calendar, day: number, n: number): number {
  if (n <= 0) return day;
  const d = day < 0 ? 0 : day;
  const target = cal.businessRank[d]! + n;
  if (target > cal.businessRank[cal.businessRank.length - 1]!)
    throw new RangeError(`business day ${n} after day ${day} is past the calendar`);
  return cal.businessDayByRank[target]!;
}
