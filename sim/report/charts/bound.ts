/** Each policy's fulfillment cost per order against the hindsight bound (the least any routing of these orders could cost). */
import type { ScenarioRun } from '../../metrics/runs.ts';
import { money } from '../../format/money.ts';
import { CONFIG, round, VEGA_LITE_SCHEMA, type ReportChart, type TopLevelSpec } from './common.ts';

export function boundChart(r: ScenarioRun): ReportChart | null {
  if (!r.bound || r.model.orders.count === 0) return null;
  const bound = r.bound.total / r.model.orders.count;
  const values = r.runs
    .filter((p) => p.metrics.cost_gap_to_bound !== null && p.metrics.fulfillment_cost_per_order !== null)
    .map((p) => ({
      policy: p.policy,
      cost: round(p.metrics.fulfillment_cost_per_order!, 4),
      label: `${money(p.metrics.fulfillment_cost_per_order!)}: ${(p.metrics.cost_gap_to_bound! * 100).toFixed(1)}% above`,
    }));
  if (values.length === 0) return null;
  const y = { field: 'policy', type: 'nominal' as const, sort: values.map((v) => v.policy), title: null };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: 'Fulfillment cost per order against the best possible',
      subtitle: `dashed line: the hindsight bound, ${money(bound)} per order (every order known in advance)`,
    },
    width: 420,
    height: { step: 24 },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', color: '#5b7fa6' },
        encoding: {
          y,
          x: {
            field: 'cost',
            type: 'quantitative',
            title: 'fulfillment cost per order (dollars)',
            axis: { format: '$,.2f' },
            scale: { zero: true },
          },
          tooltip: [
            { field: 'policy', title: 'policy' },
            { field: 'label', title: 'cost, above the bound' },
          ],
        },
      },
      {
        data: { values },
        mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 },
        encoding: { y, x: { field: 'cost', type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        data: { values: [{ bound: round(bound, 4) }] },
        mark: { type: 'rule', strokeDash: [4, 3], color: '#333' },
        encoding: { x: { field: 'bound', type: 'quantitative' } },
      },
    ],
    config: CONFIG,
  };
  return {
    id: 'bound',
    title: 'How far from the best possible',
    caption:
      `The dashed line is the least any routing of these orders could cost per order (${money(bound)}), knowing every order in advance; ` +
      'it leaves out failed picks, reviews, safety stock and day-by-day stock limits, so no policy reaches it. ' +
      'Policies on a network of their own (an added node) have no bound and are left out.',
    spec,
  };
}
