/**
 * The one better/worse rule: whether a change of a metric is better, worse or the same,
 * by the direction that is good for the metric (lower cost, higher on-time delivery, …).
 * Every verdict in the tables, the charts and the analytics comes from `direction`.
 */
import type { MetricDefinition } from './metrics.ts';

/** A change judged by its metric's direction. */
export type Direction = 'better' | 'worse' | 'same';

/**
 * What counts as no change: `shown`, a difference that shows as zero at the metric's
 * precision (see `roundsToZero`); `exact`, floating-point dust (|d| ≤ 1e-12).
 */
export type SameWhen = 'shown' | 'exact';

/** Differences this small are floating-point dust, not a change. */
export const DUST = 1e-12;

/**
 * The digits a difference is shown with, by unit (without a sign): shares in percentage
 * points with one decimal, dollars and days with two, and so on. The report's formatDelta
 * uses it, so "rounds to zero" here means the same as "shows as ±0" there.
 */
export function deltaDigits(unit: MetricDefinition['unit'], magnitude: number): string {
  const a = Math.abs(magnitude);
  switch (unit) {
    case 'count':
      return Math.round(a).toFixed(0);
    case 'share':
      return (a * 100).toFixed(1);
    case 'usd':
      return a.toFixed(2);
    case 'days':
      return a.toFixed(2);
    case 'miles':
      return a.toFixed(0);
    case 'number':
      return a.toFixed(3);
  }
}

/** Whether a difference shows as zero at its unit's precision (then it is neither better nor worse). */
export function roundsToZero(unit: MetricDefinition['unit'], d: number): boolean {
  return !/[1-9]/.test(deltaDigits(unit, d));
}

/**
 * Whether the change `delta` (new − old) of metric `m` is better, worse or the same;
 * `null` when there is no change to judge (`delta` is null) or the metric has no good
 * direction (plain counts, store share).
 * @example direction(fulfillmentCost, -0.42, 'shown') // 'better'
 */
export function direction(
  m: Pick<MetricDefinition, 'unit' | 'better'>,
  delta: number | null,
  same: SameWhen,
): Direction | null {
  if (delta === null || !m.better) return null;
  if (same === 'shown' ? roundsToZero(m.unit, delta) : Math.abs(delta) <= DUST) return 'same';
  return delta > 0 === (m.better === 'higher') ? 'better' : 'worse';
}
