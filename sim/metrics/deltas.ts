/** Each policy's metrics against the baseline's: plain differences, and whether each is better. */
import { direction, type Direction } from './direction.ts';
import { METRICS, type MetricName, type MetricValues } from './metrics.ts';

export interface MetricDelta {
  metric: MetricName;
  baseline: number | null;
  value: number | null;
  /** value − baseline; `null` when either is null. */
  delta: number | null;
  /** 'better', 'worse', 'same' (the difference shows as zero at the metric's precision), or null when direction does not apply. */
  verdict: Direction | null;
}

/**
 * Differences of `values` from `baseline` for every metric.
 * @example deltas(base, alt).find(d => d.metric === 'split_rate')?.delta // -0.04
 */
export function deltas(baseline: MetricValues, values: MetricValues): MetricDelta[] {
  return METRICS.map((m) => {
    const b = baseline[m.name],
      v = values[m.name];
    const delta = b === null || v === null ? null : v - b;
    return { metric: m.name, baseline: b, value: v, delta, verdict: direction(m, delta, 'shown') };
  });
}
