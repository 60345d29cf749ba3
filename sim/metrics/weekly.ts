/** The contract metrics week by week: 7-day weeks from the period start, by placement day. */
import { computeMetricsBy, type MetricName } from './metrics.ts';
import { periodDays } from './period.ts';
import { dayLabel } from '../time/day-label.ts';
import type { ScenarioRun } from './runs.ts';

/** One metric of one policy in one week (7-day weeks from the period start, by placement day). */
export interface WeekRow {
  policy: string;
  /** First day of the week, YYYY-MM-DD. */
  week: string;
  metric: MetricName;
  value: number | null;
  orders: number;
  /** Days of the period in the week (7 except perhaps the last). */
  days: number;
}

/**
 * Rows for `metrics`, policy by policy, weeks in order, metrics in the order asked; a week
 * with no orders has no rows.
 * @example weeklyMetrics(run, ['fill_rate'])[0] // { policy: 'warehouse-only', week: '2026-07-06', metric: 'fill_rate', value: 0.98, orders: 7, days: 7 }
 */
export function weeklyMetrics(r: ScenarioRun, metrics: readonly MetricName[]): WeekRow[] {
  const m = r.model;
  const rows: WeekRow[] = [];
  const weeks = Math.ceil(periodDays(r) / 7);
  // each week's key made once, not once per order
  const keys = Array.from({ length: weeks }, (_, w) => String(w));
  const weekOf = (o: number) => {
    const w = Math.floor(m.orders.placedDay[o]! / 7);
    return keys[w] ?? String(w);
  };
  for (const p of r.runs) {
    const by = computeMetricsBy(m, p.run.outcomes, weekOf);
    for (let w = 0; w < weeks; w++) {
      const v = by.get(keys[w]!);
      if (!v) continue;
      const days = Math.min(7, periodDays(r) - 7 * w);
      for (const metric of metrics)
        rows.push({
          policy: p.policy,
          week: dayLabel(m, 7 * w),
          metric,
          value: v[metric],
          orders: v.orders ?? 0,
          days,
        });
    }
  }
  return rows;
}
