/**
 * Shared pieces of the report's charts: the chart record, colors, metric units on axes,
 * rounding. Every chart is a typed Vega-Lite spec with its data inline, so the same spec
 * renders in the browser (vega-embed) and headless (SVG, PNG).
 *
 * User-supplied names (policies, nodes, SKUs, segments) only ever go into data values,
 * titles and labels, never into expression strings: filters use field predicates.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { NonNormalizedSpec } from 'vega-lite/types_unstable/spec/index.js';
import type { MetricDefinition, MetricName } from '../../metrics/metrics.ts';
import { METRICS } from '../../metrics/metrics.ts';
import { nodeColors } from './node-colors.ts';

/** A whole chart, and a view inside a concatenation. */
export type { TopLevelSpec, NonNormalizedSpec };

/** One chart of the report. */
export interface ReportChart {
  /** File stem under charts/ and the element id in the page. */
  id: string;
  title: string;
  /** How to read it, in a sentence or two. */
  caption: string;
  spec: TopLevelSpec;
}

export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Colors of a change: better, worse, no change. */
export const VERDICT_COLORS = { better: '#1a7f45', worse: '#c0392b', same: '#9e9e9e' } as const;
/** A step bar's colour in the waterfall and the effect ladder: grey for totals, the verdict colour for a change. */
export const STEP_COLOR = {
  field: 'kind',
  type: 'nominal',
  scale: {
    domain: ['total', 'better', 'worse', 'same'],
    range: ['#5b6770', VERDICT_COLORS.better, VERDICT_COLORS.worse, VERDICT_COLORS.same],
  },
  legend: null,
} as const;
/** A step bar's tooltip in the waterfall and the effect ladder. */
export const STEP_TOOLTIP = [
  { field: 'step', title: 'step' },
  { field: 'label', title: 'change' },
  { field: 'detail', title: 'detail' },
];
export const VERDICT_SCALE = {
  domain: ['better', 'worse', 'same'],
  range: [VERDICT_COLORS.better, VERDICT_COLORS.worse, VERDICT_COLORS.same],
};

/** Categorical palette (Tableau 10). */
export const PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
export const BASELINE_COLOR = '#444444';

/** Most entries a symbol legend lists; a network with more nodes lists its busiest this many. */
export const LEGEND_MAX_ENTRIES = 32;

/**
 * Legend settings for a legend of `entries` symbols: every entry shown (vega drops those past
 * 30 with a warning), in two columns past 16 so it stays short. Past LEGEND_MAX_ENTRIES, only
 * the first LEGEND_MAX_ENTRIES of `ranked` (busiest first, see `busiestNodes`) are listed, under
 * a title with room to say so (`legendTitle`).
 */
export function symbolLegend(
  entries: number,
  ranked: readonly string[] = [],
): { symbolLimit: number; columns?: number; values?: string[]; titleLimit?: number } {
  return {
    symbolLimit: 0,
    ...(entries > 16 ? { columns: 2 } : {}),
    ...(entries > LEGEND_MAX_ENTRIES ? { values: ranked.slice(0, LEGEND_MAX_ENTRIES), titleLimit: 300 } : {}),
  };
}

/**
 * A legend's title, saying when the legend lists only some of `entries`: the busiest
 * LEGEND_MAX_ENTRIES, or every one of `ranked` when fewer ship.
 * @example legendTitle('node', 200, busiest) // 'node (busiest 32 of 200)', or 'node (20 of 200 ship)'
 */
export function legendTitle(title: string, entries: number, ranked: readonly string[]): string {
  if (entries <= LEGEND_MAX_ENTRIES) return title;
  return ranked.length > LEGEND_MAX_ENTRIES
    ? `${title} (busiest ${LEGEND_MAX_ENTRIES} of ${entries})`
    : `${title} (${ranked.length} of ${entries} ship)`;
}

/** Node ids by packages summed over `rows`, most first; ties in the order of `nodes`. */
export function busiestNodes(nodes: readonly string[], rows: readonly { node: string; packages: number }[]): string[] {
  const total = new Map<string, number>();
  for (const r of rows) total.set(r.node, (total.get(r.node) ?? 0) + r.packages);
  return nodes
    .filter((n) => total.has(n))
    .sort((a, b) => total.get(b)! - total.get(a)! || nodes.indexOf(a) - nodes.indexOf(b));
}

/**
 * A fixed color per node, the same in every chart and in every report (chosen by the node id,
 * see `nodeColors`); the domain keeps the order given (the legend's order).
 */
export function nodeScale(nodes: readonly string[]): { domain: string[]; range: string[] } {
  const colors = nodeColors(nodes);
  return { domain: [...nodes], range: nodes.map((n) => colors.get(n)!) };
}

/** Policy colors: the palette with its pale yellow and grey last (thin lines in them are hard to see). */
const POLICY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#edc948',
  '#bab0ac',
];

/** A fixed color per policy, the baseline dark grey. */
export function policyScale(policies: readonly string[], baseline: string): { domain: string[]; range: string[] } {
  let k = 0;
  return {
    domain: [...policies],
    range: policies.map((p) => (p === baseline ? BASELINE_COLOR : POLICY_PALETTE[k++ % POLICY_PALETTE.length]!)),
  };
}

/** Rounds to `digits` decimals (and turns −0 into 0), for stable, small chart data. */
export function round(v: number, digits = 4): number {
  const f = 10 ** digits;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export const metricDef = (name: MetricName): MetricDefinition => METRICS.find((m) => m.name === name)!;

/** How a metric is shown on an axis: shares as percent, the rest in their unit. */
export interface AxisUnit {
  /** Multiply the metric's value by this for display. */
  scale: number;
  /** d3 format of a value. */
  format: string;
  /** d3 format of a change (with a sign). */
  deltaFormat: string;
  /** Unit of a change, for axis titles. */
  deltaUnit: string;
  digits: number;
}

export function axisUnit(m: Pick<MetricDefinition, 'unit'>): AxisUnit {
  switch (m.unit) {
    case 'share':
      return { scale: 100, format: '.1f', deltaFormat: '+.1f', deltaUnit: 'percentage points', digits: 3 };
    case 'usd':
      return { scale: 1, format: '$.2f', deltaFormat: '+$.2f', deltaUnit: 'dollars', digits: 4 };
    case 'days':
      return { scale: 1, format: '.2f', deltaFormat: '+.2f', deltaUnit: 'days', digits: 4 };
    case 'miles':
      return { scale: 1, format: ',.0f', deltaFormat: '+,.0f', deltaUnit: 'miles', digits: 1 };
    case 'count':
      return { scale: 1, format: ',.0f', deltaFormat: '+,.0f', deltaUnit: '', digits: 0 };
    case 'number':
      return { scale: 1, format: '.3f', deltaFormat: '+.3f', deltaUnit: '', digits: 5 };
  }
}

/** Short labels for chart panels (the full ones are in the KPI table). */
export const SHORT_LABEL: Partial<Record<MetricName, string>> = {
  fulfillment_cost_per_order: 'Fulfillment cost per order',
  ship_cost_per_order: 'Carrier cost per shipped order',
  on_time_delivery_rate: 'On-time delivery',
  on_time_ship_rate: 'Shipped within SLA',
  cancel_rate: 'Orders with a cancelled unit',
  split_rate: 'Split shipments',
  manual_touches_per_order: 'Manual touches per order',
  click_to_door_days: 'Days from order to delivery',
  order_defect_rate: 'Defective orders',
  fill_rate: 'Fill rate',
  packages_per_order: 'Packages per shipped order',
  miles_per_package: 'Miles per package',
  store_share: 'Packages from stores',
  staff_alerts_per_day: 'Staff alerts per day',
  customer_notices_per_order: 'Customer notices per order',
};

export const shortLabel = (name: MetricName): string => SHORT_LABEL[name] ?? metricDef(name).label;

/** Chart-wide settings: font sizes, no border, a title style. */
export const CONFIG = {
  view: { stroke: null },
  font: 'DejaVu Sans, Verdana, sans-serif',
  title: { fontSize: 14, anchor: 'start', subtitleColor: '#555', subtitleFontSize: 11 },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', labelLimit: 300 },
  legend: { labelFontSize: 11, titleFontSize: 11, labelLimit: 300 },
  header: { labelFontSize: 12, titleFontSize: 12 },
} as const;
