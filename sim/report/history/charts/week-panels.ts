/**
 * Shared by the history charts: one small line panel per measure, weeks on x (labelled by
 * their first day), a line per group, and a vertical rule with a label at one week (the
 * switch, or the placebo's fake switch).
 */
import type { HistoryWeek } from '../../../analytics/history.ts';
import { formatMetric } from '../../../format/metric-value.ts';
import { axisUnit, round, shortLabel, type NonNormalizedSpec } from '../../charts/common.ts';
import { measureDef } from '../format.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "2026-07-06" → "Jul 6" (no Date, so no time zone). */
export const weekLabel = (day: string): string => `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;

export const GROUP_SCALE = { domain: ['pilot', 'control', 'all'], range: ['#e15759', '#4e79a7', '#4e79a7'] };

/**
 * A panel of `weeks` (one measure; rows with a value only), the rule at `markAt` (a week's
 * first day) labelled `markText`, its x axis titled only when `last`.
 */
export function weekPanel(
  weeks: readonly HistoryWeek[],
  order: readonly string[],
  markAt: string,
  markText: string,
  last: boolean,
): NonNormalizedSpec {
  const m = weeks[0]!.measure;
  const def = measureDef(m),
    unit = axisUnit(def);
  const values = weeks
    .filter((w) => w.value !== null)
    .map((w) => ({
      group: w.group,
      label: weekLabel(w.start),
      start: w.start,
      value: round(w.value! * unit.scale, unit.digits),
      shown: formatMetric(def, w.value),
      orders: w.orders,
    }));
  const x = {
    field: 'label',
    type: 'ordinal' as const,
    sort: order.map(weekLabel),
    scale: { domain: order.map(weekLabel) },
    title: last ? 'week starting' : null,
    axis: { labelAngle: 0 },
  };
  return {
    title: { text: shortLabel(m), fontSize: 12 },
    width: 560,
    height: 120,
    layer: [
      {
        data: { values: [{ label: weekLabel(markAt), text: markText }] },
        layer: [
          { mark: { type: 'rule', color: '#5b6770', strokeDash: [4, 3] }, encoding: { x } },
          {
            mark: { type: 'text', align: 'left', dx: 4, dy: -4, baseline: 'top', color: '#5b6770', fontSize: 10 },
            encoding: { x, y: { value: 0 }, text: { field: 'text' } },
          },
        ],
      },
      {
        data: { values },
        mark: { type: 'line', point: { size: 24 }, strokeWidth: 2.2 },
        encoding: {
          x,
          y: {
            field: 'value',
            type: 'quantitative',
            title: def.unit === 'share' ? 'percent' : unit.deltaUnit || null,
            scale: { zero: false },
            axis: { format: unit.format, tickCount: 4 },
          },
          color: { field: 'group', type: 'nominal', scale: GROUP_SCALE, legend: { title: null, orient: 'top' } },
          tooltip: [
            { field: 'group' },
            { field: 'start', title: 'week starting' },
            { field: 'shown', title: shortLabel(m) },
            { field: 'orders', title: 'orders' },
          ],
        },
      },
    ],
  };
}
