/**
 * The effect-ladder waterfall: fulfillment cost per order from the baseline, rung by rung to
 * a policy, each step a bar from one rung's cost to the next with its 95% interval as a
 * whisker. It charts the decided policy's ladder, then every other ladder of two or more steps
 * (a what-if built on another entry), one under another.
 */
import type { Ladder } from '../../analytics/ladder.ts';
import { groupThousands } from '../../format/number.ts';
import type { ReportInput } from '../input.ts';
import {
  CONFIG,
  round,
  VEGA_LITE_SCHEMA,
  STEP_COLOR,
  STEP_TOOLTIP,
  type NonNormalizedSpec,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';

const money = (v: number) => `$${groupThousands(Math.abs(v), 2)}`;
const signed = (v: number) => (Math.abs(v) < 0.005 ? '±$0.00' : `${v > 0 ? '+' : '−'}${money(v)}`);

/** The ladders the chart shows: the decided policy's first, then every other ladder of two or more steps, in scenario order. */
export function chartedLadders(input: Pick<ReportInput, 'analytics'>): Ladder[] {
  const lad = input.analytics?.ladder;
  if (!lad) return [];
  const focus = lad.ladders.ladders.find((l) => l.policy === lad.focus);
  return [...(focus ? [focus] : []), ...lad.ladders.ladders.filter((l) => l !== focus && l.steps.length > 1)];
}

/** One ladder's waterfall (null when a rung has no cost). */
function ladderView(ladder: Ladder, decided: boolean): NonNormalizedSpec | null {
  const first = ladder.steps[0]!;
  if (first.costFrom === null || ladder.steps.some((s) => s.costTo === null)) return null;
  const rows: {
    step: string;
    start: number;
    end: number;
    kind: string;
    label: string;
    low: number | null;
    high: number | null;
    detail: string;
  }[] = [];
  rows.push({
    step: `${ladder.rungs[0]} (baseline)`,
    start: 0,
    end: round(first.costFrom),
    kind: 'total',
    label: money(first.costFrom),
    low: null,
    high: null,
    detail: 'fulfillment cost per order',
  });
  for (const s of ladder.steps) {
    const d = s.costTo! - s.costFrom!;
    rows.push({
      step: `+ ${s.to}${s.added.length ? ` (adds ${s.added.join(', ')})` : ''}`,
      start: round(s.costFrom!),
      end: round(s.costTo!),
      kind: Math.abs(d) < 1e-9 ? 'same' : d < 0 ? 'better' : 'worse',
      label: signed(d),
      low: s.costInterval ? round(s.costFrom! + s.costInterval.low) : null,
      high: s.costInterval ? round(s.costFrom! + s.costInterval.high) : null,
      detail: `against ${s.from}: ${money(s.costFrom!)} → ${money(s.costTo!)} per order`,
    });
  }
  const last = ladder.steps[ladder.steps.length - 1]!;
  rows.push({
    step: ladder.policy,
    start: 0,
    end: round(last.costTo!),
    kind: 'total',
    label: money(last.costTo!),
    low: null,
    high: null,
    detail: 'fulfillment cost per order',
  });
  const levels = rows.flatMap((r) =>
    r.kind === 'total' ? [r.end] : [r.start, r.end, ...(r.low === null ? [] : [r.low, r.high!])],
  );
  const lo = Math.min(...levels),
    hi = Math.max(...levels);
  const pad = Math.max((hi - lo) * 0.6, 0.05);
  const floor = Math.max(0, Math.floor((lo - pad) * 10) / 10);
  const ceil = Math.ceil((hi + pad) * 10) / 10;
  const values = rows.map((r) => ({
    ...r,
    start: r.kind === 'total' ? floor : r.start,
    right: round(Math.max(r.start, r.end, r.high ?? -Infinity)),
  }));
  const y = {
    field: 'step',
    type: 'nominal' as const,
    sort: rows.map((r) => r.step),
    title: null,
    axis: { labelLimit: 440, labelFontSize: 12 },
  };
  return {
    title: {
      text: `${ladder.rungs.join(' → ')}${decided ? ' (the policy decided on)' : ''}`,
      subtitle: `the axis starts at $${floor.toFixed(2)}`,
      anchor: 'start',
      fontSize: 13,
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
        transform: [{ filter: { field: 'low', valid: true } }],
        mark: { type: 'rule', color: '#1d232a', strokeWidth: 1.5 },
        encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' } },
      },
      {
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 12 },
        encoding: { y, x: { field: 'right', type: 'quantitative' }, text: { field: 'label' } },
      },
    ],
  };
}

/** The ladders' waterfalls, one under another (null without analytics). */
export function ladderChart(input: Pick<ReportInput, 'analytics'>): ReportChart | null {
  const focus = input.analytics?.ladder?.focus;
  const ladders = chartedLadders(input);
  const views = ladders.map((l) => ladderView(l, l.policy === focus)).filter((v): v is NonNormalizedSpec => v !== null);
  if (views.length === 0) return null;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Effect ladders: fulfillment cost per order, step by step',
      subtitle: 'each step against the rung before, on the same orders and draws; whiskers: 95% intervals of the step',
    },
    vconcat: views,
    resolve: { scale: { x: 'independent', y: 'independent', color: 'shared' } },
    config: CONFIG,
  } as TopLevelSpec;
  return {
    id: 'effect-ladder',
    title: 'What each change adds',
    caption:
      `The ladders of ${ladders.map((l) => l.policy).join(', ')}: from the baseline's fulfillment cost per order, each step is what one entry changes in the entry it modifies (compare_to), ` +
      'measured on the same orders with the same random draws; green lowers the cost, red raises it, and a whisker crossing the end of the previous bar means the step cannot be told from no change.',
    spec,
  };
}
