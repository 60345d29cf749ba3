/**
 * A history's measures week by week, counted from the switch: week 0 starts on the switch
 * day, week −1 the 7 days before it. One row per measure × group × week with orders; the
 * value is `null` when the week has fewer than MIN_ORDERS orders with the measure.
 */
import { MIN_ORDERS, type HistoryMeasure, type HistoryOrder } from './history-orders.ts';
import { formatEpochDay } from '../time/calendar.ts';

export interface HistoryWeek {
  measure: HistoryMeasure;
  /** `pilot` and `control` when pilot states are named, else `all`. */
  group: 'pilot' | 'control' | 'all';
  /** Weeks from the switch (negative: before it). */
  offset: number;
  /** The week's first day, YYYY-MM-DD. */
  start: string;
  period: 'pre' | 'post';
  /** Orders with a value for the measure. */
  orders: number;
  /** The week's rate or mean; `null` under MIN_ORDERS orders. */
  value: number | null;
}

/**
 * Weekly rows for `measures`, in measure, group, week order.
 * @example historyWeeks(orders, ['split_rate'], day0, false)[0] // { measure: 'split_rate', group: 'all', offset: -2, … }
 */
export function historyWeeks(
  orders: readonly (HistoryOrder & { treated: boolean })[],
  measures: readonly HistoryMeasure[],
  day0: number,
  withControl: boolean,
): HistoryWeek[] {
  const out: HistoryWeek[] = [];
  const groups = withControl ? (['pilot', 'control'] as const) : (['all'] as const);
  for (const measure of measures) {
    for (const group of groups) {
      const by = new Map<number, { n: number; sum: number }>();
      for (const o of orders) {
        const v = o.values[measure];
        if (v === undefined || (group === 'pilot' && !o.treated) || (group === 'control' && o.treated)) continue;
        const k = Math.floor((o.day - day0) / 7);
        const w = by.get(k) ?? { n: 0, sum: 0 };
        w.n++;
        w.sum += v;
        by.set(k, w);
      }
      for (const k of [...by.keys()].sort((a, b) => a - b)) {
        const w = by.get(k)!;
        out.push({
          measure,
          group,
          offset: k,
          start: formatEpochDay(day0 + 7 * k),
          period: k < 0 ? 'pre' : 'post',
          orders: w.n,
          value: w.n < MIN_ORDERS ? null : w.sum / w.n,
        });
      }
    }
  }
  return out;
}
