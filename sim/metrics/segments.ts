/** The contract metrics on a policy's segments (pilot/rest, rollout periods), beside the baseline's on the same orders. */
import { baselineRun } from './runs.ts';
import { computeMetrics, type MetricValues } from './metrics.ts';
import { dayLabel } from '../time/day-label.ts';
import type { ScenarioRun } from './runs.ts';

/** A policy's metrics on one of its segments (pilot/rest, rollout period), beside the baseline's on the same orders. */
export interface SegmentRow {
  policy: string;
  segment: string;
  orders: number;
  /** First and last placement day of its orders, YYYY-MM-DD. */
  from: string;
  to: string;
  values: MetricValues;
  baseline: MetricValues;
}

/**
 * One row per segment of every policy that labels its orders (not the baseline), segments
 * in the order first seen.
 * @example segmentRows(run).map((s) => s.segment) // ['rest', 'pilot']
 */
export function segmentRows(r: ScenarioRun): SegmentRow[] {
  const base = baselineRun(r);
  const m = r.model;
  const rows: SegmentRow[] = [];
  for (const p of r.runs) {
    if (!p.segments || p.policy === r.baseline) continue;
    const labels: string[] = [];
    for (const s of p.segments) if (!labels.includes(s)) labels.push(s);
    for (const label of labels) {
      const include = (o: number) => p.segments![o] === label;
      let first = -1,
        last = -1,
        n = 0;
      for (let o = 0; o < m.orders.count; o++) {
        if (!include(o)) continue;
        n++;
        const d = m.orders.placedDay[o]!;
        if (first < 0 || d < first) first = d;
        if (d > last) last = d;
      }
      rows.push({
        policy: p.policy,
        segment: label,
        orders: n,
        from: dayLabel(m, first),
        to: dayLabel(m, last),
        values: computeMetrics(m, p.run.outcomes, include),
        baseline: computeMetrics(m, base.run.outcomes, include),
      });
    }
  }
  return rows;
}
