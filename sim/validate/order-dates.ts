/**
 * Order placement dates against a period, in the business time zone, read the way
 * compileModel reads them: an order's time is its first line's `placed_at`, with its own
 * offset or else as local time in the zone; the period runs from local midnight of its
 * first day to local midnight after its last.
 */
import { timestampInZone } from '../parse/fields.ts';
import type { OrderLineRow } from '../parse/types.ts';
import { orderGroups } from '../parse/order-groups.ts';
import { localEpochDay, localTimeToUtc } from '../time/zone.ts';

export { localEpochDay };

/** Days replayed, as epoch days, both inclusive. */
export interface Period {
  start: number;
  end: number;
}

/**
 * The span of the orders' placement dates in `tz`: the first and the last day an order
 * was placed, or `null` when there are no orders. Used as the period of a bare data folder.
 */
export function orderSpan(orders: OrderLineRow[], tz: string): Period | null {
  let start = Infinity,
    end = -Infinity;
  for (const i of orderGroups(orders).first) {
    const day = localEpochDay(timestampInZone(orders[i]!.placedAt, tz), tz);
    if (day < start) start = day;
    if (day > end) end = day;
  }
  return start === Infinity ? null : { start, end };
}

/**
 * Row indexes of every line of the orders placed outside the period (before local midnight
 * of `period.start` or from local midnight after `period.end` in `tz`), in file order.
 */
export function linesOutsidePeriod(orders: OrderLineRow[], period: Period, tz: string): number[] {
  const from = localTimeToUtc(period.start, 0, tz);
  const until = localTimeToUtc(period.end + 1, 0, tz);
  const { count, first, of } = orderGroups(orders);
  const outside = new Uint8Array(count);
  for (let g = 0; g < count; g++) {
    const t = timestampInZone(orders[first[g]!]!.placedAt, tz);
    if (t < from || t >= until) outside[g] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < orders.length; i++) if (outside[of[i]!]) out.push(i);
  return out;
}
