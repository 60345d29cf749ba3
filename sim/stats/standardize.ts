/**
 * Direct standardization: a rate recomputed with another population's mix.
 *
 * The overall (crude) rate of a period is Σ wᵢ·rᵢ with wᵢ the period's share of orders in
 * cell i. If the product mix or geography shifted between periods, the crude rates differ
 * even when no cell's rate changed. Direct standardization to the pre period's mix holds
 * the mix fixed: post standardized = Σ w_pre,i · r_post,i / Σ w_pre,i. The difference from
 * the pre rate then measures the change within cells only (the "same product mix and
 * geography" comparison).
 *
 * Cells with pre orders but no post orders have no post rate; they are left out of the
 * standard (both rates are recomputed over the cells seen in both periods, so the
 * comparison stays like-for-like) and reported, with the share of pre orders kept
 * (`coverage`). Cells with post orders only carry no pre weight and do not count.
 */
import { checkCells, crudeRate, type RateCell } from './rate-cells.ts';

/**
 * Σ wᵢ·rᵢ / Σ wᵢ over the cells whose rate is not `null` and whose weight is > 0: `rates`
 * standardized to the mix `weights` (counts or shares). `null` when no cell qualifies.
 * @example directStandardize([0.10, 0.20], [300, 100]) // (30 + 20)/400 = 0.125
 */
export function directStandardize(rates: readonly (number | null)[], weights: readonly number[]): number | null {
  if (rates.length !== weights.length)
    throw new RangeError(`rates and weights need equal lengths, got ${rates.length} and ${weights.length}`);
  let w = 0,
    s = 0;
  for (let i = 0; i < rates.length; i++) {
    const r = rates[i],
      wi = weights[i]!;
    if (!(Number.isFinite(wi) && wi >= 0)) throw new RangeError(`weights[${i}] must be a finite number ≥ 0, got ${wi}`);
    if (r === null || r === undefined || wi === 0) continue;
    if (!Number.isFinite(r)) throw new RangeError(`rates[${i}] must be finite or null, got ${r}`);
    w += wi;
    s += wi * r;
  }
  return w > 0 ? s / w : null;
}

export interface StandardizedChange {
  /** Crude rate of the pre period over all its cells; `null` without pre orders. */
  preRate: number | null;
  /** Crude rate of the post period over all its cells; `null` without post orders. */
  postRate: number | null;
  /** postRate − preRate, mix shift included; `null` if either is null. */
  rawChange: number | null;
  /** Pre rate over the cells seen in both periods, with the pre mix (= preRate when coverage is 1). */
  standardizedPreRate: number | null;
  /** Post rates weighted by the pre mix over the cells seen in both periods. */
  standardizedPostRate: number | null;
  /** standardizedPostRate − standardizedPreRate: the change at the pre period's mix. */
  adjustedChange: number | null;
  /** Share of pre orders in cells seen in both periods (1 = every pre cell kept). */
  coverage: number | null;
  /** Keys of cells with pre orders but no post orders (left out of the standard). */
  cellsWithoutPost: string[];
}

/**
 * The post period's rate standardized to the pre period's mix, beside the crude rates.
 * Inputs are not modified.
 * @example
 * standardizeToPre([
 *   { key: 'small', preCount: 80, preRate: 0.05, postCount: 40, postRate: 0.04 },
 *   { key: 'large', preCount: 20, preRate: 0.30, postCount: 60, postRate: 0.25 },
 * ])
 * // preRate (4 + 6)/100 = 0.10, postRate (1.6 + 15)/100 = 0.166 (raw change +0.066: more
 * // large orders), standardizedPostRate 0.8·0.04 + 0.2·0.25 = 0.082, adjustedChange −0.018
 */
export function standardizeToPre(cells: readonly RateCell[]): StandardizedChange {
  checkCells(cells);
  const preRate = crudeRate(cells, 'pre'),
    postRate = crudeRate(cells, 'post');
  const shared = cells.filter((c) => c.preCount > 0 && c.postCount > 0);
  const weights = shared.map((c) => c.preCount);
  const standardizedPreRate = directStandardize(
    shared.map((c) => c.preRate),
    weights,
  );
  const standardizedPostRate = directStandardize(
    shared.map((c) => c.postRate),
    weights,
  );
  const preTotal = cells.reduce((s, c) => s + c.preCount, 0);
  const sharedTotal = weights.reduce((s, w) => s + w, 0);
  return {
    preRate,
    postRate,
    rawChange: preRate === null || postRate === null ? null : postRate - preRate,
    standardizedPreRate,
    standardizedPostRate,
    adjustedChange:
      standardizedPreRate === null || standardizedPostRate === null ? null : standardizedPostRate - standardizedPreRate,
    coverage: preTotal > 0 ? sharedTotal / preTotal : null,
    cellsWithoutPost: cells.filter((c) => c.preCount > 0 && c.postCount === 0).map((c) => c.key),
  };
}
