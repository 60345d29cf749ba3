/**
 * A resampled order stream: the order lines of a replayed period rebuilt so that each day
 * of the period holds the orders of the day a plan names (see stats/week-blocks.ts).
 *
 * Only orders the model replays are copied (those compile dropped stay out). A copied
 * order keeps its lines, destination, service and tags; it moves by whole days in the
 * business time zone: the same local time of day on the target day (the last minute of
 * the day when a short daylight-saving day has no such time), its `promised_by` date moved
 * by the same days. Its id gets `~<target day index>`, so two copies of one day are two
 * orders with their own random draws (draws are keyed by the order id); ids stay unique
 * because the suffix after the last `~` is a number.
 */
import type { Model } from './types.ts';
import type { OrderLineRow } from '../parse/types.ts';
import { MS_PER_DAY } from '../time/calendar.ts';

/**
 * The order rows of the resampled period: `plan[t]` is the day index whose orders day t
 * holds. `rows` are the rows the model was compiled from; they are not modified.
 */
export function resampleOrderRows(rows: readonly OrderLineRow[], model: Model, plan: Int32Array): OrderLineRow[] {
  const orders = model.orders;
  const midnight = model.calendar.businessMidnight;
  const index = new Map<string, number>();
  for (let o = 0; o < orders.count; o++) index.set(orders.ids[o]!, o);
  // each replayed order's rows, and each day's orders (in routing order)
  const rowsOf: OrderLineRow[][] = Array.from({ length: orders.count }, () => []);
  for (const r of rows) {
    const o = index.get(r.orderId);
    if (o !== undefined) rowsOf[o]!.push(r);
  }
  const byDay: number[][] = Array.from({ length: plan.length }, () => []);
  for (let o = 0; o < orders.count; o++) byDay[orders.placedDay[o]!]?.push(o);

  const out: OrderLineRow[] = [];
  for (let t = 0; t < plan.length; t++) {
    const s = plan[t]!;
    if (s < 0 || s >= plan.length) throw new RangeError(`plan[${t}] = ${s} is not a day of the period`);
    const shift = t - s;
    for (const o of byDay[s]!) {
      const utc = Math.min(midnight[t]! + (orders.placedUtc[o]! - midnight[s]!), midnight[t + 1]! - 60_000);
      const day = Math.floor(utc / MS_PER_DAY);
      const placedAt = { day, minutes: (utc - day * MS_PER_DAY) / 60_000, offset: 0 };
      const orderId = `${orders.ids[o]}~${t}`;
      for (const r of rowsOf[o]!) {
        out.push({
          ...r,
          orderId,
          placedAt,
          ...(r.promisedBy !== undefined ? { promisedBy: r.promisedBy + shift } : {}),
        });
      }
    }
  }
  return out;
}
