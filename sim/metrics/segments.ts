/** The contract metrics on a policy's segments (pilot/rest, rollout periods), beside the baseline's on the same orders. */
import { baselineRun } from './runs.ts';
import { computeSumsBy, metricsFromSums, type MetricValues } from './metrics.ts';
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

/** Each run's rows, made once: the report's chart and table and `run`'s charts drawn ahead all show them. */
const made = new WeakMap<ScenarioRun, SegmentRow[]>();

/**
 * One row per segment of every policy that labels its orders (not the baseline), segments
 * in the order first seen. Made once per run (the same array each call: do not change it);
 * a run's outcomes are not changed once it is made (`withBound` makes a new run).
 * @example segmentRows(run).map((s) => s.segment) // ['rest', 'pilot']
 */
export function segmentRows(r: ScenarioRun): SegmentRow[] {
  let rows = made.get(r);
  if (!rows) made.set(r, (rows = segmentRowsOf(r)));
  return rows;
}

/** The rows (see `segmentRows`): one pass over each policy's orders and one over the baseline's, by segment. */
function segmentRowsOf(r: ScenarioRun): SegmentRow[] {
  const base = baselineRun(r);
  const m = r.model;
  const rows: SegmentRow[] = [];
  for (const p of r.runs) {
    const segments = p.segments;
    if (!segments || p.policy === r.baseline) continue;
    const bySegment = (o: number) => segments[o]!;
    const baseline = computeSumsBy(m, base.run.outcomes, bySegment);
    for (const [segment, sums] of computeSumsBy(m, p.run.outcomes, bySegment)) {
      rows.push({
        policy: p.policy,
        segment,
        orders: sums.orders,
        from: dayLabel(m, sums.firstDay),
        to: dayLabel(m, sums.lastDay),
        values: metricsFromSums(sums),
        baseline: metricsFromSums(baseline.get(segment)!),
      });
    }
  }
  return rows;
}
