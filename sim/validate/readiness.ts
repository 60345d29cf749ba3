/**
 * Readiness checks the run pipeline does not make (it reports everything else): SKUs
 * without dimensions, order lines repeated, ordered SKUs no node stocks, and inventory
 * snapshot dates against the period. Each is recorded as a problem at its
 * file:line:column; none blocks a run.
 */
import { linesOutsidePeriod, type Period } from './order-dates.ts';
import { msg } from '../messages.ts';
import type { DataRows } from '../parse/types.ts';
import { orderGroups } from '../parse/order-groups.ts';
import type { Problems } from '../problems.ts';
import { formatEpochDay } from '../time/calendar.ts';

/** Inventory snapshots older than this many days before the period start are stale. */
export const STALE_AFTER_DAYS = 7;

export interface ReadinessContext {
  /** Days replayed; `null` when unknown (checks against the period are skipped). */
  period: Period | null;
  /** The business time zone, for placement dates without an offset. */
  timezone: string;
  /** Whether packages are priced by a rate card (which bills by dimensional weight). */
  rateCard: boolean;
  /** Tables that could not be read at all; checks that need them are skipped. */
  unreadable: ReadonlySet<string>;
}

const DIMENSIONS = [
  ['lengthIn', 'length_in'],
  ['widthIn', 'width_in'],
  ['heightIn', 'height_in'],
] as const;

/**
 * Records every readiness problem of a parsed data set.
 * @example checkReadiness(data, { period, timezone: 'America/New_York', rateCard: true, unreadable: new Set() }, problems)
 */
export function checkReadiness(data: DataRows, ctx: ReadinessContext, problems: Problems): void {
  checkDimensions(data, ctx.rateCard, problems);
  checkDuplicateLines(data, problems);
  if (!ctx.unreadable.has('inventory') && !ctx.unreadable.has('skus')) checkUnstockedSkus(data, ctx, problems);
  if (ctx.period && !ctx.unreadable.has('inventory')) checkInventoryDates(data, ctx.period, problems);
}

/**
 * SKUs missing any of length, width and height: a warning under a rate card (billable
 * weight cannot include DIM weight), a note under the linear model (which ignores them).
 */
export function checkDimensions(data: DataRows, rateCard: boolean, problems: Problems): void {
  for (const s of data.skus) {
    const missing = DIMENSIONS.filter(([key]) => s[key] === undefined).map(([, col]) => col);
    if (missing.length === 0) continue;
    const p = {
      file: data.files.skus,
      line: s.line,
      column: data.columns.skus[missing[0]!],
      field: missing[0],
      ...msg.dimsMissing(s.sku, missing, rateCard),
    };
    if (rateCard) problems.warning(p);
    else problems.note(p);
  }
}

/** Order lines that repeat an earlier line's order_id and sku: a warning at each repeat. */
export function checkDuplicateLines(data: DataRows, problems: Problems): void {
  const rows = data.orders;
  const { count, start, lines } = orderGroups(rows);
  // each line's earlier line of the same order and sku (as its row index + 1; 0: none), order by order
  const repeats = new Int32Array(rows.length);
  let any = false;
  for (let g = 0; g < count; g++) {
    const from = start[g]!,
      to = start[g + 1]!;
    if (to - from < 2) continue;
    // a few lines: compared with each earlier one; many: a look-up by sku
    const firstOf = to - from > 16 ? new Map<string, number>() : null;
    for (let k = from; k < to; k++) {
      const i = lines[k]!;
      const sku = rows[i]!.sku;
      let at = firstOf?.get(sku);
      if (!firstOf) for (let e = from; e < k && at === undefined; e++) if (rows[lines[e]!]!.sku === sku) at = lines[e]!;
      if (at === undefined) firstOf?.set(sku, i);
      else {
        repeats[i] = at + 1;
        any = true;
      }
    }
  }
  if (!any) return;
  rows.forEach((o, i) => {
    if (repeats[i] === 0) return;
    problems.warning({
      file: data.files.orders,
      line: o.line,
      column: data.columns.orders.sku,
      field: 'sku',
      ...msg.duplicateLine(o.orderId, o.sku, rows[repeats[i]! - 1]!.line),
    });
  });
}

/**
 * SKUs of skus.csv ordered in the period that no node has on hand (no inventory row above
 * 0) and no receipt brings: every unit is cancelled under every policy. One warning per
 * sku, at its first order line in the period.
 */
export function checkUnstockedSkus(
  data: DataRows,
  ctx: Pick<ReadinessContext, 'period' | 'timezone'>,
  problems: Problems,
): void {
  const known = new Set(data.skus.map((s) => s.sku));
  const stocked = new Set<string>();
  for (const r of data.inventory) if (r.onHand > 0) stocked.add(r.sku);
  for (const r of data.receipts) stocked.add(r.sku);
  const outside = new Set(ctx.period ? linesOutsidePeriod(data.orders, ctx.period, ctx.timezone) : []);
  const lines = new Map<string, { first: number; n: number }>();
  data.orders.forEach((o, i) => {
    if (outside.has(i) || stocked.has(o.sku) || !known.has(o.sku)) return;
    const seen = lines.get(o.sku);
    if (seen) seen.n++;
    else lines.set(o.sku, { first: o.line, n: 1 });
  });
  for (const [sku, { first, n }] of lines) {
    problems.warning({
      file: data.files.orders,
      line: first,
      column: data.columns.orders.sku,
      field: 'sku',
      ...msg.skuNotStocked(sku, n),
    });
  }
}

/**
 * Inventory `as_of` against the period start: more than `STALE_AFTER_DAYS` before it is
 * stale, any day after it replays later stock against earlier orders (both warnings, at
 * each row); rows without a date get a note each.
 */
export function checkInventoryDates(data: DataRows, period: Period, problems: Problems): void {
  const file = data.files.inventory;
  const column = data.columns.inventory.as_of;
  const start = formatEpochDay(period.start);
  for (const r of data.inventory) {
    if (r.asOf === undefined) {
      problems.note({ file, line: r.line, column, field: 'as_of', ...msg.inventoryDateUnknown() });
      continue;
    }
    const before = period.start - r.asOf;
    if (before > STALE_AFTER_DAYS)
      problems.warning({
        file,
        line: r.line,
        column,
        field: 'as_of',
        ...msg.inventoryStale(formatEpochDay(r.asOf), start, before),
      });
    else if (before < 0)
      problems.warning({
        file,
        line: r.line,
        column,
        field: 'as_of',
        ...msg.inventoryAfterStart(formatEpochDay(r.asOf), start, -before),
      });
  }
}
