/** Top exception and cancellation reasons: orders per outcome reason per policy. */
import type { ScenarioRun } from '../../metrics/runs.ts';
import { reasonCounts } from '../../metrics/reasons.ts';
import { groupThousands } from '../../format/number.ts';
import { CONFIG, round, VEGA_LITE_SCHEMA, type ReportChart, type TopLevelSpec } from './common.ts';

export function reasonsChart(r: ScenarioRun): ReportChart | null {
  const rows = reasonCounts(r).filter((x) => x.reason !== 'single');
  const totals = new Map<string, number>();
  for (const x of rows) totals.set(x.reason, (totals.get(x.reason) ?? 0) + x.orders);
  const reasons = [...totals]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k]) => k);
  if (reasons.length === 0) return null;
  const values = rows
    .filter((x) => reasons.includes(x.reason))
    .map((x) => ({
      policy: x.policy,
      reason: x.reason,
      text: x.text,
      orders: x.orders,
      share: round(x.share, 4),
      label: x.orders ? groupThousands(x.orders) : '·',
    }));
  const max = Math.max(...values.map((v) => v.share));
  const x = {
    field: 'policy',
    type: 'nominal' as const,
    sort: r.runs.map((p) => p.policy),
    title: null,
    axis: {
      labelAngle: -30,
      labelAlign: 'right' as const,
      labelBaseline: 'top' as const,
      orient: 'bottom' as const,
      labelLimit: 240,
    },
  };
  const y = { field: 'reason', type: 'nominal' as const, sort: reasons, title: null };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Exceptions and cancellations',
      subtitle: 'orders by the main thing that happened to them (orders shipped complete in one package left out)',
    },
    width: { step: 78 },
    height: { step: 26 },
    data: { values },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff' },
        encoding: {
          x,
          y,
          color: {
            condition: { test: { field: 'orders', equal: 0 }, value: '#f4f4f4' },
            field: 'share',
            type: 'quantitative',
            scale: { scheme: 'oranges', domain: [0, round(Math.max(max, 1e-4), 4)] },
            title: 'share of orders',
            legend: { format: '.1%' },
          },
          tooltip: [
            { field: 'policy' },
            { field: 'reason' },
            { field: 'text', title: 'meaning' },
            { field: 'orders', format: ',' },
            { field: 'share', type: 'quantitative', format: '.2%', title: 'share of orders' },
          ],
        },
      },
      {
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          x,
          y,
          text: { field: 'label' },
          color: { condition: { test: { field: 'share', gt: max * 0.6 }, value: '#ffffff' }, value: '#222222' },
        },
      },
    ],
    config: CONFIG,
  };
  return {
    id: 'reasons',
    title: 'Top exception and cancellation reasons',
    caption:
      "Each order counts once, under the first reason that applies: cancelled, partly cancelled, rerouted after a failed pick, reviewed, backordered, waited for capacity, split because no node had everything, split by choice. Darker cells are a larger share of the policy's orders.",
    spec,
  };
}
