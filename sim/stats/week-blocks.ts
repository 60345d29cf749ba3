/**
 * Which day of a period each day of a resampled period copies: a bootstrap of the period's
 * days in blocks of whole weeks.
 *
 * Demand has a weekly shape (weekends differ, ships wait over the weekend) and neighbouring
 * days share stock and backlogs, so days are not resampled one by one: the target period is
 * cut into 7-day blocks from its first day, and each block copies one of the period's full
 * weeks (7-day blocks from the first day, drawn uniformly with replacement). A copied day
 * therefore lands on the same weekday it had. A last, partial block copies the first days
 * of a drawn week. Periods with fewer than two full weeks have too few weeks to draw from;
 * there each day copies a day drawn uniformly from the whole period.
 *
 * Randomness comes only from `rng` (one `rng.int` per block, or per day for short periods).
 */
import type { Rng } from '../random/rng.ts';

/** Days in a block. */
export const BLOCK_DAYS = 7;

/**
 * The source day (0 … days − 1) of every target day of a resampled period of `days` days.
 * @example weekBlockPlan(21, makeRng(1)) // e.g. [7..13, 0..6, 7..13]: three full weeks drawn
 */
export function weekBlockPlan(days: number, rng: Rng): Int32Array {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}`);
  const plan = new Int32Array(days);
  const weeks = Math.floor(days / BLOCK_DAYS);
  if (weeks < 2) {
    for (let t = 0; t < days; t++) plan[t] = rng.int(days);
    return plan;
  }
  for (let t = 0; t < days; t += BLOCK_DAYS) {
    const source = rng.int(weeks) * BLOCK_DAYS;
    for (let k = 0; k < BLOCK_DAYS && t + k < days; k++) plan[t + k] = source + k;
  }
  return plan;
}
