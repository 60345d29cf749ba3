/** Each policy's metrics against the baseline's: plain differences, and whether each is better. */
import { METRICS, type MetricName, type MetricValues } from '../metrics/metrics.ts';

export interface MetricDelta {
  metric: MetricName;
  baseline: number | null;
  value: number | null;
  /** value − baseline; `null` when either is null. */
  delta: number | null;
  /** 'better', 'worse', 'same', or null when direction does not apply. */
  verdict: 'better' | 'worse' | 'same' | null;
}

/** Tolerance under which a difference counts as the same (floating-point noise). */
const EPS = 1e-12;

/**
 * Differences of `values` from `baseline` for every metric.
 * @example deltas(base, alt).find(d => d.metric === 'split_rate')?.delta // -0.04
 */
export function deltas(baseline: MetricValues, values: MetricValues): MetricDelta[] {
  return METRICS.map((m) => {
    const b = baseline[m.name], v = values[m.name];
    const delta = b === null || v === null ? null : v - b;
    let verdict: MetricDelta['verdict'] = null;
    if (delta !== null && m.better) verdict = Math.abs(delta) <= EPS ? 'same' : (delta > 0) === (m.better === 'higher') ? 'better' : 'worse';
    return { metric: m.name, baseline: b, value: v, delta, verdict };
  });
}
