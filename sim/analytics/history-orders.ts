/**
 * The orders of a recorded history, one record per order: the day it was placed, its cell
 * (category × census region × order size), its state, and the value of every history
 * measure its outcome columns allow (a measure is left out when a column it needs is empty).
 * Also which outcome columns the history fills at all.
 */
import { regionOf, sizeBand } from './cells.ts';
import { stateOfZip } from '../geo/zip.ts';
import type { DataRows, OrderLineRow } from '../parse/types.ts';
import type { Timestamp } from '../parse/fields.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { BusinessCalendar, parseIsoDate } from '../time/calendar.ts';

/** Fewer orders than this in a period, a cell or a week: no rate is shown, only n and "too few orders". */
export const MIN_ORDERS = 30;

/** The measures a history can give, in the order reports show them (contract metric names). */
export const HISTORY_MEASURES = [
  'ship_cost_per_order',
  'split_rate',
  'on_time_ship_rate',
  'on_time_delivery_rate',
  'click_to_door_days',
  'cancel_rate',
] as const;
export type HistoryMeasure = (typeof HISTORY_MEASURES)[number];

/** Contract metrics no history column can give (they are the replay's: see README "compare --history"). */
export const NOT_IN_HISTORY = ['fulfillment_cost_per_order', 'manual_touches_per_order'] as const;

/** The outcome columns of orders.csv a history reads. */
export const HISTORY_COLUMNS = [
  'status',
  'fulfilled_from',
  'shipped_at',
  'delivered_at',
  'shipping_cost',
  'promised_by',
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

/** The columns each measure needs (any one of them fills `cancel_rate`). */
export const MEASURE_COLUMNS: Record<HistoryMeasure, readonly HistoryColumn[]> = {
  ship_cost_per_order: ['shipping_cost'],
  split_rate: ['fulfilled_from'],
  on_time_ship_rate: ['shipped_at'],
  on_time_delivery_rate: ['delivered_at'],
  click_to_door_days: ['delivered_at'],
  cancel_rate: ['status'],
};

export interface HistoryOrder {
  orderId: string;
  day: number;
  category: string;
  region: string;
  size: string;
  state: string;
  values: Partial<Record<HistoryMeasure, number>>;
}

/** Minutes since the epoch in UTC when the offset is known, else local minutes. */
const minutesOf = (t: Timestamp) => t.day * 1440 + t.minutes - (t.offset ?? 0);

/**
 * One record per order of `data.orders` (lines grouped by order id, in first-seen order).
 * Cancelled orders count only toward `cancel_rate`; an order without a status counts as not
 * cancelled when anything of it shipped. On time: shipped by the ship SLA's business day,
 * delivered by `promised_by` or the service's promise in business days (dates as written).
 * @example historyOrders(rows, scenario.config)[0].values.ship_cost_per_order // 9
 */
export function historyOrders(data: DataRows, sc: ScenarioFile): HistoryOrder[] {
  const category = new Map(data.skus.map((s) => [s.sku, s.category || 'uncategorized']));
  const cal = new BusinessCalendar(sc.holidays.map((h) => parseIsoDate(h)!));
  const groups = new Map<string, OrderLineRow[]>();
  for (const l of data.orders) {
    const g = groups.get(l.orderId);
    if (g) g.push(l);
    else groups.set(l.orderId, [l]);
  }
  const out: HistoryOrder[] = [];
  for (const lines of groups.values()) {
    const head = lines[0]!;
    const placed = head.placedAt.day; // the date as written (local to the export)
    const state = (head.state || (head.zip5 ? stateOfZip(head.zip5) : '')).toUpperCase();
    let cat: string | null = null,
      units = 0;
    const from = new Set<string>();
    let cost: number | undefined, delivered: Timestamp | undefined, shipped: Timestamp | undefined;
    for (const l of lines) {
      const c = category.get(l.sku) ?? 'uncategorized';
      cat = cat === null || cat === c ? c : 'mixed';
      units += l.quantity;
      if (l.fulfilledFrom) from.add(l.fulfilledFrom);
      cost ??= l.shippingCost;
      if (l.deliveredAt && (!delivered || minutesOf(l.deliveredAt) > minutesOf(delivered))) delivered = l.deliveredAt;
      if (l.shippedAt && (!shipped || minutesOf(l.shippedAt) > minutesOf(shipped))) shipped = l.shippedAt;
    }
    // an order is known not cancelled when its status says so or something of it shipped
    const anyShipped = from.size > 0 || cost !== undefined || delivered !== undefined || shipped !== undefined;
    const values: HistoryOrder['values'] =
      head.status || anyShipped ? { cancel_rate: head.status === 'cancelled' ? 1 : 0 } : {};
    if (head.status !== 'cancelled') {
      if (from.size) values.split_rate = from.size > 1 ? 1 : 0;
      if (cost !== undefined) values.ship_cost_per_order = cost;
      if (shipped)
        values.on_time_ship_rate =
          shipped.day <= cal.addBusinessDays(placed, sc.promise.ship_sla_business_days) ? 1 : 0;
      if (delivered) {
        const days = sc.promise.delivery_business_days[head.shipService];
        const promise = head.promisedBy ?? (days === undefined ? undefined : cal.addBusinessDays(placed, days));
        if (promise !== undefined) values.on_time_delivery_rate = delivered.day <= promise ? 1 : 0;
        const sameClock = (delivered.offset === null) === (head.placedAt.offset === null);
        if (sameClock) values.click_to_door_days = Math.max(0, minutesOf(delivered) - minutesOf(head.placedAt)) / 1440;
      }
    }
    out.push({
      orderId: head.orderId,
      day: placed,
      category: cat ?? 'uncategorized',
      region: regionOf(state),
      size: sizeBand(units),
      state,
      values,
    });
  }
  return out;
}

/** Orders with a value in each outcome column (0: the column is missing or empty). */
export function historyColumnCounts(data: DataRows): Record<HistoryColumn, number> {
  const seen: Record<HistoryColumn, Set<string>> = Object.fromEntries(
    HISTORY_COLUMNS.map((c) => [c, new Set<string>()]),
  ) as Record<HistoryColumn, Set<string>>;
  for (const l of data.orders) {
    if (l.status) seen.status.add(l.orderId);
    if (l.fulfilledFrom) seen.fulfilled_from.add(l.orderId);
    if (l.shippedAt) seen.shipped_at.add(l.orderId);
    if (l.deliveredAt) seen.delivered_at.add(l.orderId);
    if (l.shippingCost !== undefined) seen.shipping_cost.add(l.orderId);
    if (l.promisedBy !== undefined) seen.promised_by.add(l.orderId);
  }
  return Object.fromEntries(HISTORY_COLUMNS.map((c) => [c, seen[c].size])) as Record<HistoryColumn, number>;
}
