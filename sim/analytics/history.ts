/**
 * Pre/post cohorts on real history: the orders' own outcome columns (status, shipping_cost,
 * fulfilled_from, delivered_at) before and after the day routing changed, over the same
 * product mix and geography (standardized to the pre period's mix, with a rate/mix split),
 * and, when a pilot region is named, a difference in differences against the other regions
 * on weekly cells.
 */
import { regionOf, sizeBand } from './cells.ts';
import { stateOfZip } from '../geo/zip.ts';
import type { DataRows, OrderLineRow } from '../parse/types.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { BusinessCalendar, formatEpochDay, parseIsoDate } from '../time/calendar.ts';
import {
  differenceInDifferences,
  kitagawa,
  standardizeToPre,
  type DidCell,
  type DifferenceInDifferences,
  type KitagawaDecomposition,
  type RateCell,
  type StandardizedChange,
} from '../stats/index.ts';

export const HISTORY_MEASURES = ['cancel_rate', 'split_rate', 'ship_cost_per_order', 'on_time_delivery_rate'] as const;
export type HistoryMeasure = (typeof HISTORY_MEASURES)[number];

export interface HistoryResult {
  measure: HistoryMeasure;
  /** Orders (of the pilot states, when named) with a value for the measure, before and after. */
  preOrders: number;
  postOrders: number;
  standardized: StandardizedChange;
  decomposition: KitagawaDecomposition | null;
  did: DifferenceInDifferences | null;
}

export interface HistoryComparison {
  switchDate: string;
  pilotStates: string[] | null;
  /** Orders (of the pilot states, when named) before and after the switch, with history or not. */
  preOrders: number;
  postOrders: number;
  /** Orders of any state with at least one outcome column filled in (0: nothing to compare). */
  ordersWithHistory: number;
  /** The first and last days orders were placed (YYYY-MM-DD), or null without orders. */
  firstDate: string | null;
  lastDate: string | null;
  results: HistoryResult[];
}

interface HistOrder {
  day: number;
  cell: string;
  treated: boolean;
  values: Partial<Record<HistoryMeasure, number>>;
}

function ordersOf(data: DataRows, sc: ScenarioFile, pilotStates: Set<string> | null): HistOrder[] {
  const category = new Map(data.skus.map((s) => [s.sku, s.category || 'uncategorized']));
  const cal = new BusinessCalendar(sc.holidays.map((h) => parseIsoDate(h)!));
  const groups = new Map<string, OrderLineRow[]>();
  for (const l of data.orders) {
    const g = groups.get(l.orderId);
    if (g) g.push(l);
    else groups.set(l.orderId, [l]);
  }
  const out: HistOrder[] = [];
  for (const lines of groups.values()) {
    const head = lines[0]!;
    const placed = head.placedAt.day; // the date as written (local to the export)
    const state = (head.state || (head.zip5 ? stateOfZip(head.zip5) : '')).toUpperCase();
    let cat: string | null = null,
      units = 0;
    const from = new Set<string>();
    let cost: number | undefined, delivered: number | undefined;
    for (const l of lines) {
      const c = category.get(l.sku) ?? 'uncategorized';
      cat = cat === null || cat === c ? c : 'mixed';
      units += l.quantity;
      if (l.fulfilledFrom) from.add(l.fulfilledFrom);
      cost ??= l.shippingCost;
      if (l.deliveredAt) delivered = Math.max(delivered ?? -Infinity, l.deliveredAt.day);
    }
    // an order is known not cancelled when its status says so or something of it shipped
    const shipped = from.size > 0 || cost !== undefined || delivered !== undefined || lines.some((l) => l.shippedAt);
    const values: HistOrder['values'] =
      head.status || shipped ? { cancel_rate: head.status === 'cancelled' ? 1 : 0 } : {};
    if (head.status !== 'cancelled') {
      if (from.size) values.split_rate = from.size > 1 ? 1 : 0;
      if (cost !== undefined) values.ship_cost_per_order = cost;
      if (delivered !== undefined) {
        const days = sc.promise.delivery_business_days[head.shipService];
        const promise = head.promisedBy ?? (days === undefined ? undefined : cal.addBusinessDays(placed, days));
        if (promise !== undefined) values.on_time_delivery_rate = delivered <= promise ? 1 : 0;
      }
    }
    out.push({
      day: placed,
      cell: `${cat}|${regionOf(state)}|${sizeBand(units)}`,
      treated: pilotStates ? pilotStates.has(state) : true,
      values,
    });
  }
  return out;
}

/**
 * Compares the orders placed before `switchDate` with those placed on or after it.
 * @example compareHistory(rows, scenario.config, '2026-08-01', ['NY', 'NJ']).results[0].standardized.adjustedChange
 */
export function compareHistory(
  data: DataRows,
  sc: ScenarioFile,
  switchDate: string,
  pilotStates?: string[],
): HistoryComparison {
  const day0 = parseIsoDate(switchDate);
  if (day0 === null) throw new RangeError(`switch date must be YYYY-MM-DD, got ${switchDate}`);
  const pilot = pilotStates?.length ? new Set(pilotStates.map((s) => s.toUpperCase())) : null;
  const orders = ordersOf(data, sc, pilot);
  const results = HISTORY_MEASURES.map((measure): HistoryResult => {
    const cells = new Map<string, { pn: number; ps: number; qn: number; qs: number }>();
    const weeks = new Map<string, DidCell & { sum: number; sq: number }>();
    let preOrders = 0,
      postOrders = 0;
    for (const o of orders) {
      const v = o.values[measure];
      if (v === undefined) continue;
      const post = o.day >= day0;
      if (o.treated) {
        if (post) postOrders++;
        else preOrders++;
        let c = cells.get(o.cell);
        if (!c) cells.set(o.cell, (c = { pn: 0, ps: 0, qn: 0, qs: 0 }));
        if (post) {
          c.qn++;
          c.qs += v;
        } else {
          c.pn++;
          c.ps += v;
        }
      }
      if (pilot) {
        const key = `${o.treated}|${post}|${Math.floor((o.day - day0) / 7)}`;
        let w = weeks.get(key);
        if (!w)
          weeks.set(
            key,
            (w = {
              group: o.treated ? 'treated' : 'control',
              period: post ? 'post' : 'pre',
              count: 0,
              value: 0,
              sum: 0,
              sq: 0,
            }),
          );
        w.count++;
        w.sum += v;
        w.sq += v * v;
      }
    }
    const rc: RateCell[] = [...cells]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, c]) => ({
        key,
        preCount: c.pn,
        preRate: c.pn ? c.ps / c.pn : null,
        postCount: c.qn,
        postRate: c.qn ? c.qs / c.qn : null,
      }));
    let did: DifferenceInDifferences | null = null;
    if (pilot) {
      const list = [...weeks.values()].map(({ sum, sq, ...w }) => {
        const mean = sum / w.count;
        return {
          ...w,
          value: mean,
          sd: w.count > 1 ? Math.sqrt(Math.max(0, (sq - w.count * mean * mean) / (w.count - 1))) : 0,
        };
      });
      if (new Set(list.map((w) => `${w.group}|${w.period}`)).size === 4) did = differenceInDifferences(list);
    }
    return { measure, preOrders, postOrders, standardized: standardizeToPre(rc), decomposition: kitagawa(rc), did };
  });
  const treated = orders.filter((o) => o.treated);
  let first = Infinity,
    last = -Infinity;
  for (const o of orders) {
    first = Math.min(first, o.day);
    last = Math.max(last, o.day);
  }
  return {
    switchDate,
    pilotStates: pilot ? [...pilot] : null,
    preOrders: treated.filter((o) => o.day < day0).length,
    postOrders: treated.filter((o) => o.day >= day0).length,
    ordersWithHistory: orders.filter((o) => Object.keys(o.values).length > 0).length,
    firstDate: orders.length ? formatEpochDay(first) : null,
    lastDate: orders.length ? formatEpochDay(last) : null,
    results,
  };
}
