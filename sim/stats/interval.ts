/**
 * A two-sided confidence interval, and whether it contains a value.
 */

/** A closed interval `[low, high]` in the units of the quantity it bounds. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Whether the closed interval `[low, high]` contains `x` (ends included).
 * @example contains({ low: -0.2, high: 0.5 }, 0) // true
 */
export function contains(interval: Interval, x: number): boolean {
  return interval.low <= x && x <= interval.high;
}

/**
 * Whether the interval lies entirely above or entirely below zero: the difference it
 * bounds is statistically distinguishable from zero at the interval's level. An interval
 * that touches zero (`[0, 0.3]`) does not exclude it.
 * @example excludesZero({ low: 0.1, high: 0.4 }) // true
 */
export function excludesZero(interval: Interval): boolean {
  return !contains(interval, 0);
}

/**
 * Width `high − low` of an interval.
 * @example width({ low: 1, high: 3.5 }) // 2.5
 */
export function width(interval: Interval): number {
  return interval.high - interval.low;
}
