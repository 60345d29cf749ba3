/** The replayed period's length, and its scale to a quarter. */
import type { ScenarioRun } from './runs.ts';

/** Days in a quarter (365.25 / 4). */
export const QUARTER_DAYS = 91.3125;

/** Calendar days in the replayed period. */
export function periodDays(r: ScenarioRun): number {
  return r.model.calendar.endDay + 1;
}

/** Orders a quarter at the replayed pace. */
export function ordersPerQuarter(r: ScenarioRun): number {
  return (r.model.orders.count / periodDays(r)) * QUARTER_DAYS;
}
