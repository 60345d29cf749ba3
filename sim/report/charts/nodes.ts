/** Node mix (where each policy's packages ship from) and utilization against daily capacity. */
import type { ScenarioRun } from '../../metrics/runs.ts';
import { allNodes, nodeMix } from '../../metrics/by-node.ts';
import { utilization } from '../../metrics/capacity.ts';
import { groupThousands } from '../../format/number.ts';
import {
  busiestNodes,
  CONFIG,
  legendTitle,
  nodeScale,
  round,
  symbolLegend,
  VEGA_LITE_SCHEMA,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';

export function nodeMixChart(r: ScenarioRun): ReportChart {
  const nodes = allNodes(r);
  const mix = nodeMix(r);
  const busiest = busiestNodes(nodes, mix);
  const values = mix.map((m) => ({
    policy: m.policy,
    node: m.node,
    packages: m.packages,
    share: round(m.share, 4),
    shown: `${(m.share * 100).toFixed(1)}%`,
  }));
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: 'Where packages ship from', subtitle: "share of each policy's packages by node" },
    width: 560,
    height: { step: 22 },
    data: { values },
    mark: { type: 'bar', height: { band: 0.75 } },
    encoding: {
      y: { field: 'policy', type: 'nominal', sort: r.runs.map((p) => p.policy), title: null },
      x: {
        field: 'share',
        type: 'quantitative',
        stack: 'normalize',
        title: 'share of packages',
        axis: { format: '.0%' },
      },
      color: {
        field: 'node',
        type: 'nominal',
        scale: nodeScale(nodes),
        title: legendTitle('node', nodes.length, busiest),
        legend: symbolLegend(nodes.length, busiest),
      },
      order: { field: 'node', sort: 'ascending' },
      tooltip: [
        { field: 'policy' },
        { field: 'node' },
        { field: 'packages', format: ',' },
        { field: 'shown', title: 'share' },
      ],
    },
    config: CONFIG,
  };
  return {
    id: 'node-mix',
    title: 'Node mix',
    caption: "Each policy's packages by the node that shipped them (rerouted and backordered packages included).",
    spec,
  };
}

/** Most capacity panels in one row of the utilization chart. */
const UTILIZATION_ROW = 6;

export function utilizationChart(r: ScenarioRun): ReportChart | null {
  const rows = utilization(r);
  if (rows.length === 0) return null;
  const nodes = allNodes(r);
  const limited = nodes.filter((n) => rows.some((u) => u.node === n));
  const top = Math.max(1, ...rows.map((u) => u.peak));
  const column = (u: { node: string; capacity: number }) => `${u.node} (${groupThousands(u.capacity)} a day)`;
  const values = rows.map((u) => ({
    policy: u.policy,
    node: u.node,
    column: column(u),
    mean: round(u.mean, 4),
    peak: round(u.peak, 4),
    fullDays: u.fullDays,
    shipDays: u.shipDays,
    capacity: u.capacity,
    packages: u.packages,
    label: u.fullDays > 0 ? `${u.fullDays} full day${u.fullDays === 1 ? '' : 's'}` : '',
  }));
  const columns = limited.map((n) => column(rows.find((u) => u.node === n)!));
  const facet = {
    field: 'column',
    type: 'nominal' as const,
    sort: columns,
    title: null,
    header: { labelFontWeight: 'bold' as const, labelFontSize: 12 },
  };
  const y = { field: 'policy', type: 'nominal' as const, sort: r.runs.map((p) => p.policy), title: null };
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [0, round(top * 1.05, 3)] },
    axis: { format: '.0%', tickCount: 4 },
  };
  const tooltip = [
    { field: 'policy' },
    { field: 'node' },
    { field: 'capacity', title: 'capacity (packages a day)' },
    { field: 'mean', type: 'quantitative' as const, format: '.0%', title: 'mean use per ship day' },
    { field: 'peak', type: 'quantitative' as const, format: '.0%', title: 'busiest day' },
    { field: 'fullDays', title: 'days at capacity' },
    { field: 'shipDays', title: 'ship days open' },
  ];
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Use of daily capacity',
      subtitle: 'bar: mean packages per ship day ÷ capacity; black tick: the busiest day; red line: full',
    },
    data: { values },
    // one panel per node in a row; past UTILIZATION_ROW nodes, the panels wrap into rows of that many
    ...(columns.length > UTILIZATION_ROW ? { facet, columns: UTILIZATION_ROW } : { facet: { column: facet } }),
    spec: {
      width: 190,
      height: { step: 22 },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.7 }, opacity: 0.85 },
          encoding: {
            y,
            x: { ...x, field: 'mean', title: 'share of capacity' },
            color: { field: 'node', type: 'nominal', scale: nodeScale(nodes), legend: null },
            tooltip,
          },
        },
        {
          mark: { type: 'tick', color: '#111111', thickness: 2, height: 14 },
          encoding: { y, x: { ...x, field: 'peak' }, tooltip },
        },
        { mark: { type: 'rule', color: '#c0392b', strokeDash: [4, 3] }, encoding: { x: { datum: 1 } } },
        {
          mark: { type: 'text', align: 'left', dx: 4, fontSize: 10, color: '#c0392b' },
          encoding: { y, x: { ...x, field: 'peak' }, text: { field: 'label' } },
        },
      ],
    },
    spacing: 16,
    config: CONFIG,
  };
  const unlimited = nodes.filter((n) => !limited.includes(n));
  return {
    id: 'node-utilization',
    title: 'Utilization against daily capacity',
    caption:
      `For each node with a daily capacity, how much of it each policy used over the node's ship days in the period, and on how many days it was full (packages then wait for the next ship day).` +
      (unlimited.length
        ? ` ${unlimited.join(', ')} ha${unlimited.length === 1 ? 's' : 've'} no capacity limit and ${unlimited.length === 1 ? 'is' : 'are'} not shown.`
        : ''),
    spec,
  };
}
