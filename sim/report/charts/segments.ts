/** Pilots and rollouts: each segment (pilot/rest, rollout period) against the baseline on the same orders; and the pre/post rate/mix split. */
import type { MetricName } from '../../metrics/metrics.ts';
import type { ScenarioRun } from '../../metrics/runs.ts';
import { segmentRows, type SegmentRow } from '../../metrics/segments.ts';
import { formatDelta } from '../../format/metric-value.ts';
import { groupThousands } from '../../format/number.ts';
import type { PrePostSplit } from '../input.ts';
import {
  axisUnit,
  CONFIG,
  metricDef,
  round,
  shortLabel,
  VEGA_LITE_SCHEMA,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';
import { deltaPanels, type DeltaBar } from './delta-bars.ts';

export const SEGMENT_METRICS: readonly MetricName[] = [
  'fulfillment_cost_per_order',
  'on_time_delivery_rate',
  'cancel_rate',
  'split_rate',
];

/** "brooklyn-pilot · pilot (2,310 orders)" */
export const segmentLabel = (s: SegmentRow) => `${s.policy} · ${s.segment} (${groupThousands(s.orders)} orders)`;
/** The shorter form on chart axes: "brooklyn-pilot · pilot (2,310)". */
const axisLabel = (s: SegmentRow) => `${s.policy} · ${s.segment} (${groupThousands(s.orders)})`;

export function segmentChart(r: ScenarioRun, rows: SegmentRow[] = segmentRows(r)): ReportChart | null {
  if (rows.length === 0) return null;
  const bars: DeltaBar[] = rows.flatMap((s) =>
    SEGMENT_METRICS.map((metric) => ({
      group: axisLabel(s),
      metric,
      value: s.values[metric],
      baseline: s.baseline[metric],
    })),
  );
  const spec = deltaPanels(bars, {
    groups: rows.map(axisLabel),
    labelLimit: 400,
    metrics: SEGMENT_METRICS,
    baseline: r.baseline,
    groupTitle: 'segment',
    width: 220,
    title: `Pilots and rollouts, segment by segment, against ${r.baseline}`,
    subtitle: 'each segment compared with the baseline on the same orders; green: better, red: worse',
  });
  if (!spec) return null;
  return {
    id: 'segments',
    title: 'Outcomes by segment',
    caption: `A pilot's orders fall in "pilot" (its cohort) or "rest"; a rollout's in its periods (orders in brackets). Each bar compares the policy with ${r.baseline} on exactly the orders of that segment, so the periods before and after a switch can be read apart.`,
    spec,
  };
}

export function prePostChart(splits: PrePostSplit[]): ReportChart | null {
  if (splits.length === 0) return null;
  const values = splits.flatMap((s) => {
    const def = metricDef(s.metric),
      unit = axisUnit(def);
    const group = `${s.policy} · ${shortLabel(s.metric)}${s.pre && s.post ? ` (${s.pre} → ${s.post})` : ''}`;
    return (
      [
        ['raw change', s.raw],
        ['rate effect', s.rateEffect],
        ['mix effect', s.mixEffect],
      ] as const
    ).map(([part, v]) => ({
      group,
      part,
      value: round(v * unit.scale, unit.digits),
      text: formatDelta(def, v),
      unit: unit.deltaUnit,
    }));
  });
  // one axis format when every split is in the same unit (e.g. all dollars)
  const units = new Set(splits.map((s) => metricDef(s.metric).unit));
  const unit = units.size === 1 ? axisUnit(metricDef(splits[0]!.metric)) : null;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Before and after: rate and mix',
      subtitle: 'raw change = rate effect (same orders, handled differently) + mix effect (a different mix of orders)',
    },
    data: { values },
    facet: {
      row: {
        field: 'group',
        type: 'nominal',
        title: null,
        header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' },
      },
    },
    spec: {
      width: 520,
      height: { step: 22 },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.7 } },
          encoding: {
            y: { field: 'part', type: 'nominal', sort: ['raw change', 'rate effect', 'mix effect'], title: null },
            x: {
              field: 'value',
              type: 'quantitative',
              title: unit ? `change (${unit.deltaUnit})` : 'change (metric unit; shares in percentage points)',
              ...(unit ? { axis: { format: unit.deltaFormat } } : {}),
            },
            color: {
              field: 'part',
              type: 'nominal',
              scale: { domain: ['raw change', 'rate effect', 'mix effect'], range: ['#5b6770', '#4e79a7', '#f28e2b'] },
              legend: null,
            },
            tooltip: [
              { field: 'group', title: 'policy · metric' },
              { field: 'part' },
              { field: 'text', title: 'change' },
            ],
          },
        },
        { mark: { type: 'rule', color: '#333333' }, encoding: { x: { datum: 0 } } },
      ],
    },
    resolve: { scale: { x: 'independent' } },
    config: CONFIG,
  };
  return {
    id: 'pre-post',
    title: 'Pre/post: rate and mix',
    caption:
      'A before/after comparison mixes two things: orders handled differently (rate) and a different mix of orders in the two periods (mix). Only the rate effect is what the policy did.',
    spec,
  };
}
