/**
 * Pre/post cohorts on real history: the orders' own outcome columns (status, shipping_cost,
 * fulfilled_from, shipped_at, delivered_at) before and after the day routing changed, over
 * the same product mix and geography (standardized to the pre period's mix, with a rate/mix
 * split), week by week, and, when a pilot region is named, a difference in differences
 * against the other states on weekly cells with a placebo check on the pre period. Computed
 * once here; the terminal, `--json`, index.html, summary.md and cohorts.csv only word it.
 */
import {
  HISTORY_COLUMNS,
  HISTORY_MEASURES,
  historyColumnCounts,
  historyOrders,
  MEASURE_COLUMNS,
  MIN_ORDERS,
  NOT_IN_HISTORY,
  type HistoryColumn,
  type HistoryMeasure,
  type HistoryOrder,
} from './history-orders.ts';
import { historyWeeks, type HistoryWeek } from './history-weeks.ts';
import type { DataRows } from '../parse/types.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { formatEpochDay, parseIsoDate } from '../time/calendar.ts';
import {
  contains,
  differenceInDifferences,
  kitagawa,
  standardizeToPre,
  type DidCell,
  type DifferenceInDifferences,
  type Interval,
  type KitagawaDecomposition,
  type RateCell,
  type StandardizedChange,
} from '../stats/index.ts';

export { HISTORY_MEASURES, MIN_ORDERS, type HistoryMeasure } from './history-orders.ts';
export type { HistoryWeek } from './history-weeks.ts';

/** One cell of the pre/post table (category × census region × order size) of the treated orders. */
export interface HistoryCell extends RateCell {
  category: string;
  region: string;
  size: string;
}

/** A difference in differences, and whether a group-period has fewer than MIN_ORDERS orders. */
export interface HistoryDid {
  result: DifferenceInDifferences;
  /** Some group-period has fewer than MIN_ORDERS orders: show n, not the estimate. */
  tooFew: boolean;
}

/** The DiD of a fake switch at the pre period's midpoint, on pre-period orders only: near zero when trends were parallel. */
export interface HistoryPlacebo {
  /** The fake switch day (YYYY-MM-DD). */
  date: string;
  did: HistoryDid | null;
  /** Whether its interval contains zero (null without an interval). */
  nearZero: boolean | null;
}

/**
 * The observed effect of the switch on the treated cohort, in the measure's units: the DiD
 * against the other states when pilot states are named, else the change at the pre mix. The
 * shape a replay's predicted pilot-cohort effect can be set beside.
 */
export interface ObservedEffect {
  measure: HistoryMeasure;
  basis: 'difference-in-differences' | 'change-at-pre-mix';
  /** `null` when it cannot be computed or rests on fewer than MIN_ORDERS orders in a period. */
  estimate: number | null;
  interval: Interval | null;
  confidence: number | null;
}

export interface HistoryResult {
  measure: HistoryMeasure;
  /** Orders (of the pilot states, when named) with a value for the measure, before and after. */
  preOrders: number;
  postOrders: number;
  /** preOrders or postOrders is under MIN_ORDERS: no rate is shown. */
  tooFew: boolean;
  standardized: StandardizedChange;
  decomposition: KitagawaDecomposition | null;
  did: HistoryDid | null;
  placebo: HistoryPlacebo | null;
  cells: HistoryCell[];
  observed: ObservedEffect;
}

/** A measure the history cannot give: `missing` the empty columns it needs, or `null` when no history column records it. */
export interface UnavailableMeasure {
  measure: HistoryMeasure | (typeof NOT_IN_HISTORY)[number];
  missing: HistoryColumn[] | null;
}

export interface HistoryComparison {
  switchDate: string;
  pilotStates: string[] | null;
  /** The small-sample threshold used (MIN_ORDERS). */
  minOrders: number;
  /** Orders (of the pilot states, when named) before and after the switch, with history or not. */
  preOrders: number;
  postOrders: number;
  /** Orders read, of any state. */
  orders: number;
  /** Orders of any state with at least one outcome column filled in (0: nothing to compare). */
  ordersWithHistory: number;
  /** The first and last days orders were placed (YYYY-MM-DD), or null without orders. */
  firstDate: string | null;
  lastDate: string | null;
  /** Orders with a value in each outcome column. */
  columns: { column: HistoryColumn; orders: number }[];
  /** The measures the columns give (one with no order left out). */
  results: HistoryResult[];
  unavailable: UnavailableMeasure[];
  /** Each measure per week from the switch (week 0 starts on the switch day), per group. */
  weeks: HistoryWeek[];
}

interface Tagged extends HistoryOrder {
  treated: boolean;
}

/** The DiD of `measure` on weekly cells (weeks counted from `day0`), or null without all four group-periods. */
function weeklyDid(orders: readonly Tagged[], measure: HistoryMeasure, day0: number): HistoryDid | null {
  const weeks = new Map<string, DidCell & { sum: number; sq: number }>();
  for (const o of orders) {
    const v = o.values[measure];
    if (v === undefined) continue;
    const post = o.day >= day0;
    const key = `${o.treated}|${post}|${Math.floor((o.day - day0) / 7)}`;
    let w = weeks.get(key);
    if (!w) {
      w = {
        group: o.treated ? 'treated' : 'control',
        period: post ? 'post' : 'pre',
        label: formatEpochDay(day0 + 7 * Math.floor((o.day - day0) / 7)),
        count: 0,
        value: 0,
        sum: 0,
        sq: 0,
      };
      weeks.set(key, w);
    }
    w.count++;
    w.sum += v;
    w.sq += v * v;
  }
  const list = [...weeks.values()].map(({ sum, sq, ...w }) => {
    const mean = sum / w.count;
    return {
      ...w,
      value: mean,
      sd: w.count > 1 ? Math.sqrt(Math.max(0, (sq - w.count * mean * mean) / (w.count - 1))) : 0,
    };
  });
  if (new Set(list.map((w) => `${w.group}|${w.period}`)).size < 4) return null;
  const result = differenceInDifferences(list);
  const parts = [result.treatedPre, result.treatedPost, result.controlPre, result.controlPost];
  return { result, tooFew: parts.some((p) => p.orders < MIN_ORDERS) };
}

function cellsOf(orders: readonly Tagged[], measure: HistoryMeasure, day0: number): HistoryCell[] {
  const cells = new Map<string, { o: HistoryOrder; pn: number; ps: number; qn: number; qs: number }>();
  for (const o of orders) {
    const v = o.values[measure];
    if (v === undefined || !o.treated) continue;
    const key = `${o.category}|${o.region}|${o.size}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { o, pn: 0, ps: 0, qn: 0, qs: 0 }));
    if (o.day >= day0) {
      c.qn++;
      c.qs += v;
    } else {
      c.pn++;
      c.ps += v;
    }
  }
  return [...cells]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, c]) => ({
      key,
      category: c.o.category,
      region: c.o.region,
      size: c.o.size,
      preCount: c.pn,
      preRate: c.pn ? c.ps / c.pn : null,
      postCount: c.qn,
      postRate: c.qn ? c.qs / c.qn : null,
    }));
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
  const orders: Tagged[] = historyOrders(data, sc).map((o) => ({ ...o, treated: pilot ? pilot.has(o.state) : true }));
  let first = Infinity,
    last = -Infinity;
  for (const o of orders) {
    first = Math.min(first, o.day);
    last = Math.max(last, o.day);
  }
  // the placebo: a fake switch halfway through the pre period, on the pre period's orders only
  const placeboDay = pilot && first < day0 ? first + Math.floor((day0 - first) / 2) : null;
  const preOnly = orders.filter((o) => o.day < day0);
  const present = new Set(HISTORY_MEASURES.filter((m) => orders.some((o) => o.values[m] !== undefined)));
  const results = HISTORY_MEASURES.filter((m) => present.has(m)).map((measure): HistoryResult => {
    const cells = cellsOf(orders, measure, day0);
    const preOrders = cells.reduce((s, c) => s + c.preCount, 0);
    const postOrders = cells.reduce((s, c) => s + c.postCount, 0);
    const tooFew = preOrders < MIN_ORDERS || postOrders < MIN_ORDERS;
    const standardized = standardizeToPre(cells);
    const did = pilot ? weeklyDid(orders, measure, day0) : null;
    let placebo: HistoryPlacebo | null = null;
    if (placeboDay !== null && placeboDay > first) {
      const p = weeklyDid(preOnly, measure, placeboDay);
      const i = p?.result.interval;
      placebo = { date: formatEpochDay(placeboDay), did: p, nearZero: i ? contains(i, 0) : null };
    }
    const observed: ObservedEffect = pilot
      ? {
          measure,
          basis: 'difference-in-differences',
          estimate: did && !did.tooFew ? did.result.estimate : null,
          interval: did && !did.tooFew ? did.result.interval : null,
          confidence: did ? did.result.confidence : null,
        }
      : {
          measure,
          basis: 'change-at-pre-mix',
          estimate: tooFew ? null : standardized.adjustedChange,
          interval: null,
          confidence: null,
        };
    return {
      measure,
      preOrders,
      postOrders,
      tooFew,
      standardized,
      decomposition: kitagawa(cells),
      did,
      placebo,
      cells,
      observed,
    };
  });
  const counts = historyColumnCounts(data);
  const unavailable: UnavailableMeasure[] = [
    ...HISTORY_MEASURES.filter((m) => !present.has(m)).map((measure) => ({
      measure,
      missing: MEASURE_COLUMNS[measure].filter((c) => counts[c] === 0),
    })),
    ...NOT_IN_HISTORY.map((measure) => ({ measure, missing: null })),
  ];
  const treated = orders.filter((o) => o.treated);
  return {
    switchDate,
    pilotStates: pilot ? [...pilot] : null,
    minOrders: MIN_ORDERS,
    preOrders: treated.filter((o) => o.day < day0).length,
    postOrders: treated.filter((o) => o.day >= day0).length,
    orders: orders.length,
    ordersWithHistory: orders.filter((o) => Object.keys(o.values).length > 0).length,
    firstDate: orders.length ? formatEpochDay(first) : null,
    lastDate: orders.length ? formatEpochDay(last) : null,
    columns: HISTORY_COLUMNS.map((column) => ({ column, orders: counts[column] })),
    results,
    unavailable,
    weeks: historyWeeks(orders, [...present], day0, pilot !== null),
  };
}
