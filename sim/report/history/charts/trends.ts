/** Weekly trends of each history measure with the switch marked. */
import type { HistoryComparison } from '../../../analytics/history.ts';
import { CONFIG, VEGA_LITE_SCHEMA, type ReportChart } from '../../charts/common.ts';
import { weekPanel } from './week-panels.ts';

/** One panel per measure with a drawn week; null when no week has MIN_ORDERS orders. */
export function trendsChart(h: HistoryComparison): ReportChart | null {
  const drawn = h.results.filter((r) => h.weeks.some((w) => w.measure === r.measure && w.value !== null));
  if (drawn.length === 0) return null;
  const order = [...new Set(h.weeks.map((w) => w.start))].sort();
  const panels = drawn.map((r, i) =>
    weekPanel(
      h.weeks.filter((w) => w.measure === r.measure),
      order,
      h.switchDate,
      'switch',
      i === drawn.length - 1,
    ),
  );
  const left = h.results.filter((r) => !drawn.includes(r)).map((r) => r.measure);
  return {
    id: 'history-trends',
    title: 'Each measure week by week',
    caption:
      `Each measure per 7-day week counted from the switch (${h.switchDate}, dashed line)${h.pilotStates ? `, the pilot states (${h.pilotStates.join(', ')}) against the other states` : ''}. Weeks with fewer than ${h.minOrders} orders are not drawn.` +
      (left.length ? ` No week has enough orders for: ${left.join(', ')}.` : ''),
    spec: {
      $schema: VEGA_LITE_SCHEMA,
      title: { text: 'Week by week', subtitle: `dashed line: the switch on ${h.switchDate}` },
      vconcat: panels,
      spacing: 16,
      resolve: { scale: { color: 'shared' } },
      config: CONFIG,
    },
  };
}
