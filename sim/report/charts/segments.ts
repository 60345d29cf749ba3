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
  type NonNormalizedSpec,
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

const PARTS = ['raw change', 'rate effect', 'mix effect'] as const;

/** A padded domain around 0 and every value, with room beside the bars for their labels. */
function paddedDomain(xs: number[]): [number, number] {
  let lo = Math.min(0, ...xs),
    hi = Math.max(0, ...xs);
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.25;
  return [round(lo < 0 ? lo - pad : lo, 6), round(hi > 0 ? hi + pad : hi, 6)];
}

export function prePostChart(splits: PrePostSplit[]): ReportChart | null {
  if (splits.length === 0) return null;
  // one panel per policy and metric, each on its own axis in its own unit ($, percentage points, …)
  const panels: NonNormalizedSpec[] = splits.map((s) => {
    const def = metricDef(s.metric),
      unit = axisUnit(def);
    const values = (
      [
        ['raw change', s.raw],
        ['rate effect', s.rateEffect],
        ['mix effect', s.mixEffect],
      ] as const
    ).map(([part, v]) => ({ part, value: round(v * unit.scale, unit.digits), text: formatDelta(def, v) }));
    const y = { field: 'part', type: 'nominal' as const, sort: [...PARTS], title: null };
    const x = {
      field: 'value',
      type: 'quantitative' as const,
      title: `change (${def.unit === 'usd' ? 'dollars per order' : unit.deltaUnit || 'metric unit'})`,
      scale: { domain: paddedDomain(values.map((v) => v.value)), nice: false },
      axis: { format: unit.deltaFormat, tickCount: 5 },
    };
    const label = (side: 'gte' | 'lt') => ({
      transform: [{ filter: { field: 'value', [side]: 0 } as { field: string; gte: number } }],
      mark: {
        type: 'text' as const,
        align: side === 'gte' ? ('left' as const) : ('right' as const),
        dx: side === 'gte' ? 4 : -4,
        fontSize: 11,
      },
      encoding: { y, x: { field: 'value', type: 'quantitative' as const }, text: { field: 'text' } },
    });
    return {
      title: {
        text: `${s.policy} · ${shortLabel(s.metric)}`,
        ...(s.pre && s.post ? { subtitle: `${s.pre} → ${s.post}` } : {}),
        fontSize: 12,
      },
      width: 520,
      height: { step: 22 },
      data: { values },
      layer: [
        {
          mark: { type: 'bar' as const, height: { band: 0.7 } },
          encoding: {
            y,
            x,
            color: {
              field: 'part',
              type: 'nominal' as const,
              scale: { domain: [...PARTS], range: ['#5b6770', '#4e79a7', '#f28e2b'] },
              legend: null,
            },
            tooltip: [{ field: 'part' }, { field: 'text', title: 'change' }],
          },
        },
        { mark: { type: 'rule' as const, color: '#333333' }, encoding: { x: { datum: 0 } } },
        ...(values.some((v) => v.value >= 0) ? [label('gte')] : []),
        ...(values.some((v) => v.value < 0) ? [label('lt')] : []),
      ],
    };
  });
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Before and after: rate and mix',
      subtitle: 'raw change = rate effect (same orders, handled differently) + mix effect (a different mix of orders)',
    },
    vconcat: panels,
    spacing: 22,
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
