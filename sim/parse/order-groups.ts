/**
 * The orders of a list of order line rows: which lines share an order id, as typed arrays,
 * worked out once per list. Compiling, cross-checks and validate's findings all group a
 * million lines by order; grouping them with one object and one array per order (or one
 * string key per line) held hundreds of MB at the load's peak. Pure.
 */
import type { OrderLineRow } from './types.ts';

/** Orders numbered in the order their first line comes, and their lines in file order. */
export interface OrderGroups {
  /** Number of distinct order ids. */
  count: number;
  /** Order number of each row. */
  of: Int32Array;
  /** Row index of each order's first line (ascending). */
  first: Int32Array;
  /** Rows of order g are `lines[start[g] .. start[g + 1]]`, in file order. */
  start: Int32Array;
  lines: Int32Array;
}

const cache = new WeakMap<readonly OrderLineRow[], OrderGroups>();

/**
 * The orders of `rows` (kept for the list, worked out again if its length changed).
 * @example orderGroups([{ orderId: 'A' }, { orderId: 'B' }, { orderId: 'A' }]) // of [0, 1, 0], first [0, 1], lines [0, 2, 1]
 */
export function orderGroups(rows: readonly OrderLineRow[]): OrderGroups {
  const seen = cache.get(rows);
  if (seen && seen.of.length === rows.length) return seen;
  const n = rows.length;
  const of = new Int32Array(n);
  const number = new Map<string, number>();
  const firsts: number[] = [];
  let lastId: string | undefined;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const id = rows[i]!.orderId;
    // an order's lines usually come together: no look-up for the lines after its first
    if (id !== lastId) {
      lastId = id;
      last = number.get(id) ?? -1;
      if (last === -1) {
        last = firsts.length;
        number.set(id, last);
        firsts.push(i);
      }
    }
    of[i] = last;
  }
  const count = firsts.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[of[i]! + 1]!++;
  for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, count);
  const lines = new Int32Array(n);
  for (let i = 0; i < n; i++) lines[fill[of[i]!]!++] = i;
  const groups = { count, of, first: Int32Array.from(firsts), start, lines };
  cache.set(rows, groups);
  return groups;
}
