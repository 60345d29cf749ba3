/** Each policy's metrics against the baseline's: plain differences, and whether each is better. */
import { METRICS, type MetricDefinition, type MetricName, type MetricValues } from '../metrics/metrics.ts';

export interface MetricDelta {
  metric: MetricName;
  baseline: number | null;
  value: number | null;
  /** value − baseline; `null` when either is null. */
  delta: number | null;
  /** 'better', 'worse', 'same' (the difference shows as zero at the metric's precision), or null when direction does not apply. */
  verdict: 'better' | 'worse' | 'same' | null;
}

/**
 * The digits a difference is shown with, by unit (without a sign): shares in percentage
 * points with one decimal, dollars and days with two, and so on. The report's formatDelta
 * uses it, so "rounds to zero" here means the same as "shows as ±0" there.
 */
export function deltaDigits(unit: MetricDefinition['unit'], magnitude: number): string {
  const a = Math.abs(magnitude);
  switch (unit) {
    case 'count': return Math.round(a).toFixed(0);
    case 'share': return (a * 100).toFixed(1);
    case 'usd': return a.toFixed(2);
    case 'days': return a.toFixed(2);
    case 'miles': return a.toFixed(0);
    case 'number': return a.toFixed(3);
  }
}

/** Whether a difference shows as zero at its unit's precision (then it is neither better nor worse). */
export function roundsToZero(unit: MetricDefinition['unit'], d: number): boolean {
  return !/[1-9]/.test(deltaDigits(unit, d));
}

/**
 * Differences of `values` from `baseline` for every metric.
 * @example deltas(base, alt).find(d => d.metric === 'split_rate')?.delta // -0.04
 */
export function deltas(baseline: MetricValues, values: MetricValues): MetricDelta[] {
  return METRICS.map((m) => {
    const b = baseline[m.name], v = values[m.name];
    const delta = b === null || v === null ? null : v - b;
    let verdict: MetricDelta['verdict'] = null;
    if (delta !== null && m.better) verdict = roundsToZero(m.unit, delta) ? 'same' : (delta > 0) === (m.better === 'higher') ? 'better' : 'worse';
    return { metric: m.name, baseline: b, value: v, delta, verdict };
  });
}
