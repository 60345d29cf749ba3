/** cohorts.csv of a history report: one row per measure × cell, with n and the rates before and after. */
import type { HistoryComparison } from '../../analytics/history.ts';
import { toCSV } from '../../format/csv-write.ts';

/**
 * Columns: measure, category, region, order_size, pre_orders, pre_value, post_orders,
 * post_value, too_few (a side under MIN_ORDERS: its value is left empty).
 */
export function cohortsCsv(h: HistoryComparison): string {
  const rows = h.results.flatMap((r) =>
    r.cells.map((c) => {
      const pre = c.preCount >= h.minOrders,
        post = c.postCount >= h.minOrders;
      return [
        r.measure,
        c.category,
        c.region,
        c.size,
        c.preCount,
        pre ? c.preRate : null,
        c.postCount,
        post ? c.postRate : null,
        pre && post ? '' : 'yes',
      ];
    }),
  );
  return toCSV(
    ['measure', 'category', 'region', 'order_size', 'pre_orders', 'pre_value', 'post_orders', 'post_value', 'too_few'],
    rows,
  );
}
