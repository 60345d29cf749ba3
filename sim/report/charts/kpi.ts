/** KPI bars: each policy's change against the baseline on the key metrics, with interval whiskers when known. */
import type { MetricName } from '../../metrics/metrics.ts';
import { deltaInterval, levelLabel, type ReportInput } from '../input.ts';
import type { ReportChart } from './common.ts';
import { deltaPanels, type DeltaBar } from './delta-bars.ts';

/** The metrics the KPI bars show, most important first. */
export const KPI_METRICS: readonly MetricName[] = [
  'fulfillment_cost_per_order',
  'on_time_delivery_rate',
  'cancel_rate',
  'ship_cost_per_order',
  'split_rate',
  'click_to_door_days',
  'manual_touches_per_order',
  'order_defect_rate',
];

export function kpiChart(input: ReportInput): ReportChart | null {
  const r = input.run;
  const base = r.runs.find((p) => p.policy === r.baseline)!;
  const others = r.runs.filter((p) => p.policy !== r.baseline);
  const bars: DeltaBar[] = others.flatMap((p) =>
    KPI_METRICS.map((metric) => {
      const i = deltaInterval(input, p.policy, metric);
      return {
        group: p.policy,
        metric,
        value: p.metrics[metric],
        baseline: base.metrics[metric],
        interval: i ? { low: i.low, high: i.high, label: `${levelLabel(i)} CI, ${i.method}` } : null,
      };
    }),
  );
  const withIntervals = (input.analytics?.intervals?.length ?? 0) > 0;
  const spec = deltaPanels(bars, {
    groups: others.map((p) => p.policy),
    metrics: KPI_METRICS,
    baseline: r.baseline,
    title: `Change against ${r.baseline} on the key metrics`,
    subtitle: `green: better, red: worse${withIntervals ? '; black whiskers: confidence intervals' : ''}`,
  });
  if (!spec) return null;
  return {
    id: 'kpi-bars',
    title: 'Key metrics against the baseline',
    caption:
      `Each bar is a policy's change from ${r.baseline} on one metric, on the same orders with the same random draws. Green is better, red is worse, whatever the direction of the number.` +
      (withIntervals
        ? ' Whiskers show the confidence interval of the change; a whisker crossing zero means the replay cannot tell the policy from the baseline on that metric.'
        : ''),
    spec,
  };
}
