/**
 * The calendar date of a day index: day indexes count from a model's first calendar day.
 */
import { formatEpochDay } from './calendar.ts';

/** What `dayLabel` needs of a model: the epoch day its day index 0 stands for. */
export interface DayOrigin {
  calendar: { startEpochDay: number };
}

/**
 * `YYYY-MM-DD` of a day index of a model; `''` for a negative index (no such day, e.g. never shipped).
 * @example dayLabel({ calendar: { startEpochDay: 0 } }, 1) // '1970-01-02'
 */
export function dayLabel(model: DayOrigin, day: number): string {
  return day < 0 ? '' : formatEpochDay(model.calendar.startEpochDay + day);
}
