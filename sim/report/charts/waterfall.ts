/** The cost-per-order waterfall: from the baseline's fulfillment cost to a policy's, part by part. */
import type { PolicyRun } from '../../metrics/runs.ts';
import { COST_PARTS, costParts } from '../../metrics/cost-parts.ts';
import { groupThousands } from '../../format/number.ts';
import {
  CONFIG,
  round,
  VEGA_LITE_SCHEMA,
  STEP_COLOR,
  STEP_TOOLTIP,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';

interface Step {
  step: string;
  order: number;
  start: number;
  end: number;
  kind: 'total' | 'better' | 'worse' | 'same';
  label: string;
  detail: string;
}

const money = (v: number) => `$${groupThousands(Math.abs(v), 2)}`;
const signed = (v: number) => (Math.abs(v) < 0.005 ? '±$0.00' : `${v > 0 ? '+' : '-'}${money(v)}`);

export function waterfallSteps(base: PolicyRun, to: PolicyRun): Step[] {
  const a = costParts(base),
    b = costParts(to);
  const steps: Step[] = [
    {
      step: `${base.policy} (baseline)`,
      order: 0,
      start: 0,
      end: round(a.total),
      kind: 'total',
      label: money(a.total),
      detail: 'fulfillment cost per order',
    },
  ];
  let level = a.total;
  COST_PARTS.forEach((part, i) => {
    const d = b[part.key] - a[part.key];
    steps.push({
      step: part.label,
      order: i + 1,
      start: round(level),
      end: round(level + d),
      kind: Math.abs(d) < 1e-9 ? 'same' : d < 0 ? 'better' : 'worse',
      label: signed(d),
      detail: `${money(a[part.key])} → ${money(b[part.key])} per order`,
    });
    level += d;
  });
  steps.push({
    step: to.policy,
    order: COST_PARTS.length + 1,
    start: 0,
    end: round(b.total),
    kind: 'total',
    label: money(b.total),
    detail: 'fulfillment cost per order',
  });
  return steps;
}

export function waterfallChart(base: PolicyRun, to: PolicyRun, why: string): ReportChart | null {
  if (base === to) return null;
  const steps = waterfallSteps(base, to);
  // the changes are small beside the totals: the axis starts near the lowest level, and says so
  const levels = steps.flatMap((s) => (s.kind === 'total' ? [s.end] : [s.start, s.end]));
  const lo = Math.min(...levels),
    hi = Math.max(...levels);
  const pad = Math.max((hi - lo) * 0.6, 0.05);
  const floor = Math.max(0, Math.floor((lo - pad) * 10) / 10);
  const ceil = Math.ceil((hi + pad) * 10) / 10;
  const values = steps.map((s) => ({
    ...s,
    start: s.kind === 'total' ? floor : s.start,
    right: round(Math.max(s.start, s.end)),
  }));
  const y = {
    field: 'step',
    type: 'nominal' as const,
    sort: steps.map((s) => s.step),
    title: null,
    axis: { labelLimit: 320, labelFontSize: 12 },
  };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Fulfillment cost per order: ${base.policy} → ${to.policy}`,
      subtitle: `read top to bottom; the axis starts at $${floor.toFixed(2)}, not at zero`,
    },
    width: 560,
    height: { step: 34 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.65 }, clip: true },
        encoding: {
          y,
          x: {
            field: 'start',
            type: 'quantitative',
            title: 'dollars per order',
            scale: { domain: [floor, ceil], nice: false, zero: false },
            axis: { format: '$.2f', tickCount: 6 },
          },
          x2: { field: 'end' },
          color: STEP_COLOR,
          tooltip: STEP_TOOLTIP,
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 12 },
        encoding: { y, x: { field: 'right', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
    config: CONFIG,
  };
  return {
    id: 'cost-waterfall',
    title: 'Where the cost per order changes',
    caption:
      `From ${base.policy}'s fulfillment cost per order to ${to.policy}'s (${why}), part by part: carrier cost and pick/pack of each order's first package, ` +
      'every further package (splits, reroutes after a failed pick, backorders), manual touches (reviews, reroutes) and cancellation costs, all per order replayed. ' +
      'Green parts lower the cost, red parts raise it.',
    spec,
  };
}
