/**
 * Diverging bars of changes against the baseline: one panel per metric, one bar per group
 * (a policy, or a policy's segment), green when better, red when worse, with interval
 * whiskers when the analytics give intervals. Used by the KPI bars and the segment chart.
 */
import { direction, type Direction } from '../../metrics/direction.ts';
import type { MetricName } from '../../metrics/metrics.ts';
import { formatDelta, formatMetric } from '../../format/metric-value.ts';
import {
  axisUnit,
  CONFIG,
  metricDef,
  round,
  shortLabel,
  VEGA_LITE_SCHEMA,
  VERDICT_SCALE,
  type NonNormalizedSpec,
  type TopLevelSpec,
} from './common.ts';

/** One bar: a group's change on a metric. */
export interface DeltaBar {
  group: string;
  metric: MetricName;
  /** The group's value and the baseline's on the same orders; null when undefined (no deliveries, …). */
  value: number | null;
  baseline: number | null;
  /** Interval of the change (same unit as the metric), when known. */
  interval?: { low: number; high: number; label: string } | null;
}

interface Row {
  group: string;
  change: number;
  verdict: Direction;
  value: string;
  baseline: string;
  text: string;
  low?: number;
  high?: number;
  interval?: string;
  /** Where the label goes: the bar's end, or past its whisker. */
  labelAt?: number;
}

function rowOf(b: DeltaBar): Row | null {
  const m = metricDef(b.metric);
  if (b.value === null || b.baseline === null) return null;
  const unit = axisUnit(m);
  const d = b.value - b.baseline;
  const verdict = direction(m, d, 'exact') ?? 'same';
  const row: Row = {
    group: b.group,
    change: round(d * unit.scale, unit.digits),
    verdict,
    value: formatMetric(m, b.value),
    baseline: formatMetric(m, b.baseline),
    text: formatDelta(m, d),
  };
  if (b.interval) {
    row.low = round(b.interval.low * unit.scale, unit.digits);
    row.high = round(b.interval.high * unit.scale, unit.digits);
    row.interval = `${formatDelta(m, b.interval.low)} to ${formatDelta(m, b.interval.high)} (${b.interval.label})`;
  }
  return row;
}

/** A padded domain that includes 0, every bar and whisker, and room for the labels. */
function domainOf(rows: Row[]): [number, number] {
  const xs = rows.flatMap((r) => [r.change, r.low ?? r.change, r.high ?? r.change, 0]);
  let lo = Math.min(...xs),
    hi = Math.max(...xs);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.3;
  return [round(lo < 0 ? lo - pad : lo, 6), round(hi > 0 ? hi + pad : hi, 6)];
}

export interface DeltaPanelsOptions {
  /** Groups top to bottom. */
  groups: string[];
  metrics: readonly MetricName[];
  baseline: string;
  title: string;
  subtitle?: string;
  columns?: number;
  width?: number;
  /** Y-axis title (e.g. "policy"). */
  groupTitle?: string;
  /** Longest group label in pixels (headless rendering estimates text widths generously). */
  labelLimit?: number;
}

/** The panels as one concatenated Vega-Lite spec; `null` when no bar has a value. */
export function deltaPanels(bars: DeltaBar[], o: DeltaPanelsOptions): TopLevelSpec | null {
  const panels: NonNormalizedSpec[] = [];
  for (const metric of o.metrics) {
    const rows = bars
      .filter((b) => b.metric === metric)
      .map(rowOf)
      .filter((r): r is Row => r !== null);
    if (rows.length === 0) continue;
    const unit = axisUnit(metricDef(metric));
    const hasInterval = rows.some((r) => r.low !== undefined);
    // labels sit past the whisker when there is one
    if (hasInterval)
      for (const r of rows)
        r.labelAt = r.change >= 0 ? Math.max(r.change, r.high ?? r.change) : Math.min(r.change, r.low ?? r.change);
    const y = {
      field: 'group',
      type: 'nominal' as const,
      sort: o.groups,
      title: null,
      axis: { labelLimit: o.labelLimit ?? 320 },
    };
    const tooltip = [
      { field: 'group', type: 'nominal' as const, title: o.groupTitle ?? 'policy' },
      { field: 'value', type: 'nominal' as const, title: 'value' },
      { field: 'baseline', type: 'nominal' as const, title: `${o.baseline} (baseline)` },
      { field: 'text', type: 'nominal' as const, title: 'change' },
      ...(hasInterval ? [{ field: 'interval', type: 'nominal' as const, title: 'interval' }] : []),
    ];
    const x = {
      field: 'change',
      type: 'quantitative' as const,
      title: unit.deltaUnit || null,
      scale: { domain: domainOf(rows), nice: false },
      axis: { format: unit.deltaFormat, tickCount: 5 },
    };
    panels.push({
      title: {
        text: shortLabel(metric),
        subtitle: metricDef(metric).better === 'higher' ? 'higher is better' : 'lower is better',
        fontSize: 12,
      },
      width: o.width ?? 250,
      height: { step: 20 },
      data: { values: rows },
      layer: [
        {
          mark: { type: 'bar' as const, height: { band: 0.7 } },
          encoding: {
            y,
            x,
            color: { field: 'verdict', type: 'nominal' as const, scale: VERDICT_SCALE, legend: null },
            tooltip,
          },
        },
        { mark: { type: 'rule' as const, color: '#333333' }, encoding: { x: { datum: 0 } } },
        ...(hasInterval
          ? [
              {
                mark: { type: 'rule' as const, color: '#111111', strokeWidth: 1.5 },
                encoding: { y, x: { field: 'low', type: 'quantitative' as const }, x2: { field: 'high' }, tooltip },
              },
            ]
          : []),
        {
          transform: [{ filter: { field: 'change', gte: 0 } }],
          mark: { type: 'text' as const, align: 'left' as const, dx: 4, fontSize: 10 },
          encoding: {
            y,
            x: hasInterval
              ? { field: 'labelAt', type: 'quantitative' as const }
              : { field: 'change', type: 'quantitative' as const },
            text: { field: 'text', type: 'nominal' as const },
          },
        },
        {
          transform: [{ filter: { field: 'change', lt: 0 } }],
          mark: { type: 'text' as const, align: 'right' as const, dx: -4, fontSize: 10 },
          encoding: {
            y,
            x: hasInterval
              ? { field: 'labelAt', type: 'quantitative' as const }
              : { field: 'change', type: 'quantitative' as const },
            text: { field: 'text', type: 'nominal' as const },
          },
        },
      ],
    });
  }
  if (panels.length === 0) return null;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: o.title, ...(o.subtitle ? { subtitle: o.subtitle } : {}) },
    concat: panels,
    columns: o.columns ?? 2,
    spacing: { row: 24, column: 36 },
    config: CONFIG,
  };
  return spec;
}
