/**
 * Kitagawa decomposition (E. M. Kitagawa, JASA 50, 1955) of the change in an overall rate
 * between two periods into a rate effect and a mix (composition) effect.
 *
 * With cell shares w₁ᵢ, w₂ᵢ (each period's orders in cell i / its total) and cell rates
 * r₁ᵢ, r₂ᵢ, the overall rates are R₁ = Σ w₁ᵢr₁ᵢ and R₂ = Σ w₂ᵢr₂ᵢ, and symmetrically
 *
 *   rate effect = Σ (r₂ᵢ − r₁ᵢ)·(w₁ᵢ + w₂ᵢ)/2   (rates changed, mix held at its average)
 *   mix effect  = Σ (w₂ᵢ − w₁ᵢ)·(r₁ᵢ + r₂ᵢ)/2   (mix changed, rates held at their average)
 *
 * which add up to R₂ − R₁ exactly (expand: each cell gives w₂ᵢr₂ᵢ − w₁ᵢr₁ᵢ); in floating
 * point up to rounding, about 10⁻¹⁶ of the rates. The symmetric form does not depend on
 * which period is taken as the reference.
 *
 * A cell present in only one period has no rate in the other. It is given the rate of the
 * period it was seen in (no rate change in that cell), so its whole contribution
 * (w₂ᵢr₂ᵢ − w₁ᵢr₁ᵢ) counts as mix: a cell appearing or disappearing is a change of
 * composition. Such cells are listed in `oneSided`.
 */
import { checkCells, type RateCell } from './rate-cells.ts';

export interface KitagawaCell {
  key: string;
  /** Share of the pre period's orders in this cell (w₁). */
  preShare: number;
  /** Share of the post period's orders in this cell (w₂). */
  postShare: number;
  /** This cell's term of the rate effect, (r₂ − r₁)(w₁ + w₂)/2. */
  rateEffect: number;
  /** This cell's term of the mix effect, (w₂ − w₁)(r₁ + r₂)/2. */
  mixEffect: number;
}

export interface KitagawaDecomposition {
  /** Overall pre rate R₁ = Σ w₁r₁. */
  preRate: number;
  /** Overall post rate R₂ = Σ w₂r₂. */
  postRate: number;
  /** R₂ − R₁. */
  rawChange: number;
  /** Σ (r₂ − r₁)(w₁ + w₂)/2: the part due to rates changing within cells. */
  rateEffect: number;
  /** Σ (w₂ − w₁)(r₁ + r₂)/2: the part due to the mix of cells changing. */
  mixEffect: number;
  /** Per-cell terms, in input order (cells with no orders in either period left out). */
  cells: KitagawaCell[];
  /** Keys of cells with orders in only one period (their contribution is all mix). */
  oneSided: string[];
}

/**
 * Splits the change of an overall rate into rate and mix effects that add up to it.
 * `null` when either period has no orders. Inputs are not modified.
 * @example
 * kitagawa([
 *   { key: 'small', preCount: 80, preRate: 0.05, postCount: 40, postRate: 0.04 },
 *   { key: 'large', preCount: 20, preRate: 0.30, postCount: 60, postRate: 0.25 },
 * ])
 * // R₁ = 0.10, R₂ = 0.166, raw +0.066
 * // rate effect = (−0.01)(0.8 + 0.4)/2 + (−0.05)(0.2 + 0.6)/2 = −0.006 − 0.020 = −0.026
 * // mix effect  = (−0.4)(0.09)/2 + (0.4)(0.55)/2 = −0.018 + 0.110 = +0.092
 */
export function kitagawa(cells: readonly RateCell[]): KitagawaDecomposition | null {
  checkCells(cells);
  const n1 = cells.reduce((s, c) => s + c.preCount, 0);
  const n2 = cells.reduce((s, c) => s + c.postCount, 0);
  if (n1 === 0 || n2 === 0) return null;
  const out: KitagawaCell[] = [];
  const oneSided: string[] = [];
  let preRate = 0,
    postRate = 0,
    rateEffect = 0,
    mixEffect = 0;
  for (const c of cells) {
    if (c.preCount === 0 && c.postCount === 0) continue;
    const w1 = c.preCount / n1,
      w2 = c.postCount / n2;
    let r1 = c.preCount > 0 ? c.preRate! : null;
    let r2 = c.postCount > 0 ? c.postRate! : null;
    if (r1 === null || r2 === null) oneSided.push(c.key);
    r1 ??= r2!;
    r2 ??= r1;
    const rate = ((r2 - r1) * (w1 + w2)) / 2;
    const mix = ((w2 - w1) * (r1 + r2)) / 2;
    preRate += w1 * r1;
    postRate += w2 * r2;
    rateEffect += rate;
    mixEffect += mix;
    out.push({ key: c.key, preShare: w1, postShare: w2, rateEffect: rate, mixEffect: mix });
  }
  return { preRate, postRate, rawChange: postRate - preRate, rateEffect, mixEffect, cells: out, oneSided };
}
