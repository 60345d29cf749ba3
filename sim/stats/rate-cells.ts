/**
 * Cells for pre/post comparisons: one row per cell of a classification (e.g. category ×
 * region × order size), with the number of orders and the rate (or per-order mean) of a
 * metric in each of the two periods. Shared by `standardize.ts` and `kitagawa.ts`.
 */

/**
 * One cell of the pre/post table. `preCount`/`postCount` are the cell's orders in each
 * period (the weights; any non-negative number); `preRate`/`postRate` the metric in that
 * cell and period (a share like 0.12, or a per-order mean like $8.40), `null` when the
 * cell has no orders in that period.
 * @example { key: 'apparel|NE|1 item', preCount: 420, preRate: 0.08, postCount: 510, postRate: 0.05 }
 */
export interface RateCell {
  key: string;
  preCount: number;
  preRate: number | null;
  postCount: number;
  postRate: number | null;
}

/**
 * Throws a RangeError on repeated keys, negative or non-finite counts, or a missing or
 * non-finite rate where the cell has orders.
 * @example checkCells([{ key: 'a', preCount: 5, preRate: null, postCount: 0, postRate: null }]) // throws: pre rate
 */
export function checkCells(cells: readonly RateCell[]): void {
  const seen = new Set<string>();
  for (const c of cells) {
    if (seen.has(c.key)) throw new RangeError(`cell ${c.key} appears twice`);
    seen.add(c.key);
    for (const [count, rate, period] of [
      [c.preCount, c.preRate, 'pre'],
      [c.postCount, c.postRate, 'post'],
    ] as const) {
      if (!(Number.isFinite(count) && count >= 0))
        throw new RangeError(`cell ${c.key}: ${period} count must be a finite number ≥ 0, got ${count}`);
      if (count > 0 && (rate === null || !Number.isFinite(rate)))
        throw new RangeError(
          `cell ${c.key}: ${period} rate must be a finite number when the count is ${count}, got ${rate}`,
        );
    }
  }
}

/**
 * The period's overall rate, Σ count·rate / Σ count over cells with orders in it; `null`
 * when there are none.
 * @example crudeRate([{ key: 'a', preCount: 80, preRate: 0.05, postCount: 0, postRate: null },
 *                    { key: 'b', preCount: 20, preRate: 0.3, postCount: 0, postRate: null }], 'pre') // 0.1
 */
export function crudeRate(cells: readonly RateCell[], period: 'pre' | 'post'): number | null {
  let n = 0,
    s = 0;
  for (const c of cells) {
    const count = period === 'pre' ? c.preCount : c.postCount;
    const rate = period === 'pre' ? c.preRate : c.postRate;
    if (count > 0) {
      n += count;
      s += count * rate!;
    }
  }
  return n > 0 ? s / n : null;
}
