/**
 * How the history report words its figures: values and changes in the measure's unit
 * (shares as % and points, dollars, days), and n with "too few orders" instead of a rate
 * from fewer than MIN_ORDERS orders. One wording for the terminal, the page and summary.md.
 */
import type { HistoryComparison, HistoryDid, HistoryMeasure, HistoryResult } from '../../analytics/history.ts';
import { formatDelta, formatMetric } from '../../format/metric-value.ts';
import { groupThousands } from '../../format/number.ts';
import { historyWords } from '../../messages.ts';
import { METRICS, type MetricDefinition } from '../../metrics/metrics.ts';
import type { Interval } from '../../stats/index.ts';

/** The contract definition (label, unit) of a measure. */
export const measureDef = (m: string): MetricDefinition => METRICS.find((d) => d.name === m)!;

/** A value, or "too few orders (n = 4)" under the threshold. */
export function shownValue(h: HistoryComparison, m: HistoryMeasure, v: number | null, n: number): string {
  return n < h.minOrders ? historyWords.tooFew(n) : formatMetric(measureDef(m), v);
}

/** A change, or "too few" when it rests on a thin period. */
export function shownChange(m: HistoryMeasure, d: number | null, tooFew: boolean): string {
  return tooFew ? historyWords.tooFewShort : formatDelta(measureDef(m), d);
}

/** "−$1.20 (95% CI −$2.00 to −$0.40)". */
export function withInterval(m: HistoryMeasure, d: number, i: Interval | null, confidence: number): string {
  const def = measureDef(m);
  return `${formatDelta(def, d)}${i ? ` (${Math.round(confidence * 100)}% CI ${formatDelta(def, i.low)} to ${formatDelta(def, i.high)})` : ` (${historyWords.noInterval})`}`;
}

/** A DiD for people: the estimate with its interval, or n and "too few orders". */
export function shownDid(m: HistoryMeasure, d: HistoryDid | null): string {
  if (!d) return '—';
  const r = d.result;
  if (d.tooFew) {
    const n = Math.min(r.treatedPre.orders, r.treatedPost.orders, r.controlPre.orders, r.controlPost.orders);
    return historyWords.tooFew(n);
  }
  return withInterval(m, r.estimate, r.interval, r.confidence);
}

/** "412 / 380". */
export const counts = (r: HistoryResult): string => `${groupThousands(r.preOrders)} / ${groupThousands(r.postOrders)}`;

/** Who is compared: "orders to NY, NJ" or "all orders". */
export const cohortName = (h: HistoryComparison): string =>
  h.pilotStates ? `orders to ${h.pilotStates.join(', ')}` : 'all orders';
