/** The parallel-trends check: pilot against control states week by week before the switch, the placebo's fake switch marked. */
import type { HistoryComparison } from '../../../analytics/history.ts';
import { CONFIG, VEGA_LITE_SCHEMA, type ReportChart } from '../../charts/common.ts';
import { weekPanel } from './week-panels.ts';

/** Pre-period weeks of each measure with a DiD; null without pilot states or drawable weeks. */
export function parallelTrendsChart(h: HistoryComparison): ReportChart | null {
  if (!h.pilotStates) return null;
  const pre = h.weeks.filter((w) => w.period === 'pre');
  const drawn = h.results.filter(
    (r) =>
      r.did &&
      ['pilot', 'control'].every((g) => pre.some((w) => w.measure === r.measure && w.group === g && w.value !== null)),
  );
  if (drawn.length === 0) return null;
  const order = [...new Set(pre.map((w) => w.start))].sort();
  const placebo = drawn.find((r) => r.placebo)?.placebo?.date;
  // the placebo day falls inside a week counted from the switch: mark that week
  const markAt = placebo ? (order.filter((s) => s <= placebo).at(-1) ?? order[0]!) : order[0]!;
  const panels = drawn.map((r, i) =>
    weekPanel(
      pre.filter((w) => w.measure === r.measure),
      order,
      markAt,
      placebo ? 'placebo' : '',
      i === drawn.length - 1,
    ),
  );
  return {
    id: 'history-parallel-trends',
    title: 'Before the switch: pilot against control',
    caption: `The pilot states (${h.pilotStates.join(', ')}) and the other states week by week before ${h.switchDate}. The difference in differences assumes the two lines would have kept moving in parallel; the dashed line is the placebo's fake switch${placebo ? ` (${placebo})` : ''}. Weeks with fewer than ${h.minOrders} orders are not drawn.`,
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: 'Before the switch', subtitle: 'pilot against control states; dashed line: the placebo switch' },
      vconcat: panels,
      spacing: 16,
      resolve: { scale: { color: 'shared' } },
      config: CONFIG,
    },
  };
}
