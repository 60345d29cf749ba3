/**
 * Cells for comparing cohorts over the same product mix and geography: category × census
 * region × order size. Orders of several categories form their own `mixed` category.
 */
import type { Model } from '../model/types.ts';

/** US Census regions by state. */
const REGION: Record<string, string> = Object.fromEntries([
  ...['CT', 'ME', 'MA', 'NH', 'RI', 'VT', 'NJ', 'NY', 'PA'].map((s) => [s, 'Northeast']),
  ...['IL', 'IN', 'MI', 'OH', 'WI', 'IA', 'KS', 'MN', 'MO', 'NE', 'ND', 'SD'].map((s) => [s, 'Midwest']),
  ...['DE', 'DC', 'FL', 'GA', 'MD', 'NC', 'SC', 'VA', 'WV', 'AL', 'KY', 'MS', 'TN', 'AR', 'LA', 'OK', 'TX'].map((s) => [
    s,
    'South',
  ]),
  ...['AZ', 'CO', 'ID', 'MT', 'NV', 'NM', 'UT', 'WY', 'AK', 'CA', 'HI', 'OR', 'WA'].map((s) => [s, 'West']),
]);

/** Census region of a two-letter state ('Other' when unknown). */
export function regionOf(state: string): string {
  return REGION[state.toUpperCase()] ?? 'Other';
}

/** Order size band by units: `1`, `2`, `3+`. */
export function sizeBand(units: number): string {
  return units <= 1 ? '1' : units === 2 ? '2' : '3+';
}

/**
 * The cell of every order: `category|region|size`.
 * @example orderCells(model)[0] // 'apparel|West|1'
 */
export function orderCells(model: Model): string[] {
  const { orders, skus, dests } = model;
  const out: string[] = new Array(orders.count);
  for (let o = 0; o < orders.count; o++) {
    let category: string | null = null;
    let units = 0;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
      const c = skus.categories[orders.lineSku[l]!] || 'uncategorized';
      category = category === null || category === c ? c : 'mixed';
      units += orders.lineQty[l]!;
    }
    out[o] = `${category}|${regionOf(dests.state[orders.dest[o]!]!)}|${sizeBand(units)}`;
  }
  return out;
}
