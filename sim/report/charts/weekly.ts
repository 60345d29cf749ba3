/** Weekly trends of the key metrics, one line per policy. */
import type { MetricName } from '../../metrics/metrics.ts';
import type { ScenarioRun } from '../../metrics/runs.ts';
import { periodDays } from '../../metrics/period.ts';
import { weeklyMetrics } from '../../metrics/weekly.ts';
import { formatMetric } from '../../format/metric-value.ts';
import {
  axisUnit,
  CONFIG,
  metricDef,
  policyScale,
  round,
  shortLabel,
  symbolLegend,
  VEGA_LITE_SCHEMA,
  type NonNormalizedSpec,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-06-29" → "Jun 29" (no Date, so no time zone). */
const weekLabel = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;

export const WEEKLY_METRICS: readonly MetricName[] = [
  'fulfillment_cost_per_order',
  'on_time_delivery_rate',
  'cancel_rate',
  'split_rate',
];

export function weeklyChart(r: ScenarioRun, focus: string): ReportChart | null {
  const rows = weeklyMetrics(r, WEEKLY_METRICS);
  const weeks = new Set(rows.map((w) => w.week)).size;
  if (weeks < 2) return null;
  const policies = r.runs.map((p) => p.policy);
  const weekLabels = [...new Set(rows.map((w) => w.week))].map(weekLabel);
  const role = (p: string) => (p === r.baseline ? 'baseline' : p === focus ? 'focus' : 'other');
  // a metric with no value in any week (e.g. on-time delivery when nothing shipped) gets no
  // panel, and a panel only the layers of roles it has: an empty layer makes vega warn
  const drawn = WEEKLY_METRICS.filter((metric) => rows.some((w) => w.metric === metric && w.value !== null));
  if (drawn.length === 0) return null;
  const missing = WEEKLY_METRICS.filter((m) => !drawn.includes(m));
  const panels: NonNormalizedSpec[] = drawn.map((metric, i) => {
    const def = metricDef(metric),
      unit = axisUnit(def);
    const values = rows
      .filter((w) => w.metric === metric && w.value !== null)
      .map((w) => ({
        policy: w.policy,
        week: w.week,
        label: weekLabel(w.week),
        value: round(w.value! * unit.scale, unit.digits),
        shown: formatMetric(def, w.value),
        orders: w.orders,
        role: role(w.policy),
      }));
    const x = {
      field: 'label',
      type: 'ordinal' as const,
      sort: weekLabels,
      title: i === drawn.length - 1 ? 'week starting' : null,
      axis: { labelAngle: 0 },
    };
    const encoding = {
      x,
      y: {
        field: 'value',
        type: 'quantitative' as const,
        title: def.unit === 'share' ? 'percent' : def.unit === 'usd' ? 'dollars per order' : unit.deltaUnit || null,
        scale: { zero: false },
        axis: { format: unit.format, tickCount: 4 },
      },
      color: {
        field: 'policy',
        type: 'nominal' as const,
        scale: policyScale(policies, r.baseline),
        legend: { title: 'policy', orient: 'right' as const, ...symbolLegend(policies.length) },
      },
      tooltip: [
        { field: 'policy' },
        { field: 'week', title: 'week starting' },
        { field: 'shown', title: shortLabel(metric) },
        { field: 'orders', title: 'orders' },
      ],
    };
    const line = (role: string, strokeWidth: number, strokeDash?: number[]) => ({
      transform: [{ filter: { field: 'role', equal: role } }],
      mark: {
        type: 'line' as const,
        strokeWidth,
        ...(strokeDash ? { strokeDash } : {}),
        point: { size: role === 'other' ? 10 : 22 },
      },
      encoding,
    });
    const layers = [line('other', 1.3), line('baseline', 2.5, [6, 3]), line('focus', 3.2)];
    // the last week's value of the baseline and the focus policy beside the line ends, the higher above
    const lastWeek = weekLabels[weekLabels.length - 1];
    const ends = values
      .filter((v) => v.label === lastWeek && v.role !== 'other')
      .sort((a, b) => b.value - a.value || (a.role < b.role ? -1 : 1));
    const endLabels = ends.map((v, k) => ({
      data: { values: [v] },
      mark: {
        type: 'text' as const,
        align: 'left' as const,
        dx: 6,
        dy: ends.length > 1 ? (k === 0 ? -7 : 8) : 0,
        fontSize: 10,
        fontWeight: 'bold' as const,
      },
      encoding: { x, y: encoding.y, text: { field: 'shown' }, color: encoding.color },
    }));
    return {
      title: { text: shortLabel(metric), fontSize: 12 },
      width: 620,
      height: 130,
      data: { values },
      layer: [...layers.filter((l) => values.some((v) => v.role === l.transform[0]!.filter.equal)), ...endLabels],
    };
  });
  const partial = periodDays(r) % 7;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Week by week',
      subtitle: `dashed: ${r.baseline} (baseline)${focus !== r.baseline ? `; thick: ${focus}` : ''}`,
    },
    vconcat: panels,
    spacing: 18,
    resolve: { scale: { color: 'shared' } },
    config: CONFIG,
  };
  return {
    id: 'weekly-trends',
    title: 'Weekly trends',
    caption:
      `The key metrics per 7-day week from the period start (orders by the day they were placed), one line per policy. Rollouts and pilots show when they switch.` +
      (partial ? ` The last week has only ${partial} day${partial === 1 ? '' : 's'}.` : '') +
      (missing.length ? ` Not drawn, as no week has a value: ${missing.map(shortLabel).join(', ')}.` : ''),
    spec,
  };
}
