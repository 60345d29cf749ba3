/**
 * Problems → readiness findings: every problem (the pipeline's and the readiness checks')
 * grouped into findings, each with a count, the orders, lines and units it touches and
 * their share of the data, its first locations and what to do; ranked so that what blocks
 * a run comes first, then what touches the most orders or units; and the verdict.
 */
import { linesOutsidePeriod, type Period } from './order-dates.ts';
import { FINDINGS } from '../messages.ts';
import type { DataRows } from '../parse/types.ts';
import { orderGroups } from '../parse/order-groups.ts';
import { problemLocation, type Problem, type Severity } from '../problems.ts';

export type Verdict = 'ready' | 'ready with warnings' | 'not ready';

/** Orders, order lines and units. */
export interface Touch {
  orders: number;
  lines: number;
  units: number;
}

/** A touch as a share of the data's totals (`null` when the total is 0). */
export interface Share {
  orders: number | null;
  lines: number | null;
  units: number | null;
}

export interface Finding {
  /** A name of its own (see FINDINGS in messages.ts), or `severity:file:code` for any other problem. */
  key: string;
  /** Problem code of its problems. */
  code: string;
  /** The most severe of its problems. */
  severity: Severity;
  /** True when a run would stop on it (an error). */
  blocking: boolean;
  title: string;
  /** How many of `unit` it is about. */
  count: number;
  unit: string;
  /** Orders, lines and units it touches; `null` where that does not apply. */
  touches: Touch | null;
  share: Share | null;
  /** A warning that touches `SERIOUS_SHARE` or more of the orders or units. */
  serious: boolean;
  /** First few `file:line:column` locations. */
  locations: string[];
  /** Locations not listed. */
  more: number;
  /** The first problem's message, as an example. */
  example: string;
  /** What to do. */
  fix: string;
  problems: Problem[];
}

export interface ReadinessSummary {
  verdict: Verdict;
  totals: Touch;
  /** Problems by severity. */
  counts: { errors: number; warnings: number; notes: number };
  /** Most important first. */
  findings: Finding[];
}

/** A warning touching this share of orders or units is called out in the verdict. */
export const SERIOUS_SHARE = 0.1;
/** Locations kept per finding. */
export const LOCATIONS_KEPT = 5;

/** How a finding's problems reach order lines. */
type Reach = 'line' | 'order' | 'zip' | 'sku' | 'none';

const REACH: Record<string, Reach> = {
  'unknown-sku-in-orders': 'line',
  'duplicate-line': 'line',
  'zip-unknown': 'order',
  'zip3-fallback': 'zip',
  'weight-missing': 'sku',
  'dims-missing': 'sku',
  'sku-not-stocked': 'sku',
  'negative-on-hand': 'sku',
  'inventory-stale': 'sku',
  'inventory-after-start': 'sku',
  'inventory-date-unknown': 'sku',
  'start-stock-implausible': 'sku',
  'node-location-unknown': 'none',
  'store-accuracy-unknown': 'none',
};

/** Order-level problem codes in orders.csv: they touch every line of the order. */
const ORDER_LEVEL = new Set(['non-us', 'order-conflict', 'unknown-ship-service', 'zip-unknown', 'zip3-fallback']);
/** Codes reported once for many rows (the message has the count): no touch from their line. */
const ONE_FOR_MANY = new Set(['timestamp-no-offset', 'cancelled-left-out', 'receipt-before-period', 'extra-columns']);

/** Lookups from problem lines to order lines, each built the first time a problem needs it (a clean million-line file builds none). */
class OrderIndex {
  readonly totals: Touch;
  private maps: {
    byLine: Map<number, number>;
    byOrder: Map<string, number[]>;
    bySku: Map<string, number[]>;
    byZip: Map<string, number[]>;
  } | null = null;
  private skus: Map<string, Map<number, string>> | null = null;

  constructor(readonly data: DataRows) {
    let units = 0;
    for (const o of data.orders) units += o.quantity;
    this.totals = { orders: orderGroups(data.orders).count, lines: data.orders.length, units };
  }

  /** Order line indexes by file line, order id, sku and ZIP. */
  private get lookups(): NonNullable<OrderIndex['maps']> {
    if (this.maps) return this.maps;
    const m = { byLine: new Map(), byOrder: new Map(), bySku: new Map(), byZip: new Map() };
    const push = (into: Map<string, number[]>, k: string, i: number) => {
      const a = into.get(k);
      if (a) a.push(i);
      else into.set(k, [i]);
    };
    this.data.orders.forEach((o, i) => {
      m.byLine.set(o.line, i);
      push(m.byOrder, o.orderId, i);
      push(m.bySku, o.sku, i);
      if (o.zip5 !== undefined) push(m.byZip, o.zip5, i);
    });
    return (this.maps = m);
  }

  /** The sku named on each line of the files whose problems reach orders through their sku. */
  private get skuAt(): Map<string, Map<number, string>> {
    const { data } = this;
    return (this.skus ??= new Map([
      [data.files.skus, new Map(data.skus.map((r) => [r.line, r.sku]))],
      [data.files.inventory, new Map(data.inventory.map((r) => [r.line, r.sku]))],
      [data.files.receipts, new Map(data.receipts.map((r) => [r.line, r.sku]))],
      [data.files.orders, new Map(data.orders.map((r) => [r.line, r.sku]))],
    ]));
  }

  /** Order lines (row indexes) a group of problems reaches. */
  reach(problems: Problem[], how: Reach): Set<number> | null {
    if (how === 'none') return null;
    const rows = new Set<number>();
    let located = false;
    for (const p of problems) {
      if (p.line === undefined) continue;
      if (how === 'sku') {
        const sku = this.skuAt.get(p.file)?.get(p.line);
        if (sku === undefined) continue;
        located = true;
        for (const i of this.lookups.bySku.get(sku) ?? []) rows.add(i);
        continue;
      }
      if (p.file !== this.data.files.orders) continue;
      const { byLine, byZip, byOrder } = this.lookups;
      const i = byLine.get(p.line);
      if (i === undefined) continue;
      located = true;
      const o = this.data.orders[i]!;
      const more =
        how === 'line' ? [i] : how === 'zip' && o.zip5 !== undefined ? byZip.get(o.zip5)! : byOrder.get(o.orderId)!;
      for (const j of more) rows.add(j);
    }
    return located ? rows : null;
  }

  /** Orders, lines and units of a set of order lines. */
  touch(rows: Iterable<number>): Touch {
    const orders = new Set<string>();
    let lines = 0,
      units = 0;
    for (const i of rows) {
      const o = this.data.orders[i]!;
      orders.add(o.orderId);
      lines++;
      units += o.quantity;
    }
    return { orders: orders.size, lines, units };
  }
}

/** The finding a problem belongs to. */
function keyOf(p: Problem, data: DataRows, storeLines: Set<number>): string {
  if (p.code === 'unknown-sku' && p.file === data.files.orders) return 'unknown-sku-in-orders';
  if (p.code === 'weight-defaulted') return 'weight-missing';
  if (
    p.code === 'node-defaulted' &&
    p.field === 'inventory_accuracy' &&
    p.file === data.files.nodes &&
    p.line !== undefined &&
    storeLines.has(p.line)
  )
    return 'store-accuracy-unknown';
  if (Object.hasOwn(FINDINGS, p.code)) return p.code;
  return `${p.severity}:${p.file}:${p.code}`;
}

/** How a finding without a name of its own reaches order lines. */
function genericReach(code: string, file: string, data: DataRows): Reach {
  if (ONE_FOR_MANY.has(code)) return 'none';
  if (file === data.files.orders) return ORDER_LEVEL.has(code) ? 'order' : 'line';
  if (file === data.files.skus || file === data.files.inventory || file === data.files.receipts) return 'sku';
  return 'none';
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** Problems in file, line, column order. */
function byPlace(a: Problem, b: Problem): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

/** The share of the totals a touch is (a rate with an empty denominator is null). */
function shareOf(t: Touch, totals: Touch): Share {
  const r = (n: number, d: number) => (d === 0 ? null : n / d);
  return { orders: r(t.orders, totals.orders), lines: r(t.lines, totals.lines), units: r(t.units, totals.units) };
}

/** The larger of a finding's order and unit shares (how much of the business it touches). */
export function weightOf(f: Pick<Finding, 'share' | 'blocking'>): number {
  if (!f.share) return f.blocking ? 1 : 0;
  return Math.max(f.share.orders ?? 0, f.share.units ?? 0);
}

/** Findings about the stock the replay starts from: serious ones are ranked first among warnings. */
export const INVENTORY_FINDINGS: ReadonlySet<string> = new Set([
  'inventory-after-start',
  'inventory-stale',
  'negative-on-hand',
  'sku-not-stocked',
  'start-stock-implausible',
]);

/**
 * Orders findings most important first: what blocks a run, then warnings, then notes.
 * Among warnings, serious inventory findings come first (inventory visibility first:
 * wrong starting stock distorts every fill and cancellation figure). Then the larger share
 * of orders or units (a blocking finding without a share counts as touching everything:
 * the run cannot start), then the larger count.
 */
export function rankFindings(findings: Finding[]): Finding[] {
  const inventoryFirst = (f: Finding) => (f.serious && INVENTORY_FINDINGS.has(f.key) ? 0 : 1);
  return [...findings].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      inventoryFirst(a) - inventoryFirst(b) ||
      weightOf(b) - weightOf(a) ||
      b.count - a.count ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The verdict: not ready with any error, ready with warnings with any warning, else ready (notes do not count). */
export function verdictOf(counts: ReadinessSummary['counts']): Verdict {
  return counts.errors > 0 ? 'not ready' : counts.warnings > 0 ? 'ready with warnings' : 'ready';
}

/**
 * Groups problems into ranked findings with their reach into the orders, and gives the
 * verdict. `period` and `timezone` locate the orders outside the period (the pipeline
 * reports them as one count).
 */
export function summarizeReadiness(
  problems: Problem[],
  data: DataRows,
  ctx: { period: Period | null; timezone: string },
): ReadinessSummary {
  const index = new OrderIndex(data);
  const storeLines = new Set(data.nodes.filter((n) => n.type === 'store').map((n) => n.line));
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const k = keyOf(p, data, storeLines);
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  const findings: Finding[] = [];
  for (const [key, ps] of groups) {
    // worded by its first problem in file, line, column order: the first location listed
    const head = ps.filter((p) => p.line !== undefined).sort(byPlace)[0] ?? ps[0]!;
    const named = FINDINGS[key];
    const severity = ps.reduce<Severity>(
      (s, p) => (SEVERITY_RANK[p.severity] < SEVERITY_RANK[s] ? p.severity : s),
      'note',
    );
    let count = ps.length;
    let rows: Set<number> | null;
    let locations = ps
      .filter((p) => p.line !== undefined)
      .sort(byPlace)
      .map(problemLocation);
    if (key === 'outside-period' && ctx.period) {
      const outside = linesOutsidePeriod(data.orders, ctx.period, ctx.timezone);
      rows = new Set(outside);
      const seen = new Set<string>();
      const orderFirst = outside.filter((i) => !seen.has(data.orders[i]!.orderId) && seen.add(data.orders[i]!.orderId));
      count = orderFirst.length;
      const col = data.columns.orders.placed_at;
      locations = orderFirst.map(
        (i) => `${data.files.orders}:${data.orders[i]!.line}${col === undefined ? '' : `:${col}`}`,
      );
    } else {
      rows = index.reach(ps, REACH[key] ?? genericReach(head.code, head.file, data));
    }
    const touches = rows ? index.touch(rows) : null;
    const share = touches ? shareOf(touches, index.totals) : null;
    const unitWords = named?.unit ?? ['problem', 'problems'];
    const f: Finding = {
      key,
      code: head.code,
      severity,
      blocking: severity === 'error',
      title: named?.title ?? head.message,
      count,
      unit: count === 1 ? unitWords[0] : unitWords[1],
      touches,
      share,
      serious: false,
      locations: locations.slice(0, LOCATIONS_KEPT),
      more: Math.max(0, locations.length - LOCATIONS_KEPT),
      example: named ? head.message : '',
      fix: named?.fix ?? head.hint,
      problems: ps,
    };
    f.serious = severity === 'warning' && weightOf(f) >= SERIOUS_SHARE;
    findings.push(f);
  }
  const counts = {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    notes: problems.filter((p) => p.severity === 'note').length,
  };
  return { verdict: verdictOf(counts), totals: index.totals, counts, findings: rankFindings(findings) };
}

/**
 * Problems that are not about the data rows (the guards on the replay's outcomes, what
 * only the replay finds) as findings of their own: one per severity, file and code, in the
 * order first seen, each worded by its first problem; they reach no order lines.
 * @example problemFindings([backlog]).map((f) => f.title) // ['node "WH" cannot keep up …']
 */
export function problemFindings(problems: Problem[]): Finding[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const k = `${p.severity}:${p.file}:${p.code}`;
    const g = groups.get(k);
    if (g) g.push(p);
    else groups.set(k, [p]);
  }
  return [...groups].map(([key, ps]) => {
    const head = ps[0]!;
    const locations = ps.filter((p) => p.line !== undefined).map(problemLocation);
    return {
      key,
      code: head.code,
      severity: head.severity,
      blocking: head.severity === 'error',
      title: head.message,
      count: ps.length,
      unit: ps.length === 1 ? 'problem' : 'problems',
      touches: null,
      share: null,
      serious: false,
      locations: locations.slice(0, LOCATIONS_KEPT),
      more: Math.max(0, locations.length - LOCATIONS_KEPT),
      example: '',
      fix: head.hint,
      problems: ps,
    };
  });
}

/** The readiness report of a data set (what `routelab validate` prints and writes; made by sim/pipeline/check.ts). */
export interface DataCheck extends ReadinessSummary {
  /** The period checked against, and where it came from; `null` when there was none. */
  period: { start: string; end: string; from: 'scenario' | 'orders' } | null;
  /** How shipping is priced; `null` when the data was not reached. */
  shipping: 'rate-card' | 'linear' | null;
  /** Rows read from the other tables. */
  tables: { skus: number; nodes: number; inventory: number };
  /** Every problem found, in the order found. */
  problems: Problem[];
  /** What could not be checked, and why. */
  notChecked: string[];
}
