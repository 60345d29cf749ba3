/**
 * The DLP's cost coefficients per class, from the product's own pricing (`quotePackage`,
 * `pickCost`), averaged over the class's training orders (their destinations and promises):
 *
 * - box cost of node n: the lightest package from n (the carrier's minimum: no units, no
 *   weight; the linear model's per-package and per-package-mile terms) plus the pick cost per
 *   order less one extra unit, so a one-unit package costs its pick cost exactly; times the
 *   class's `boxShare` (a line planned on its own carries its share of its order's package);
 * - unit cost of item i at n: what one unit of the sku adds to that package's carrier price,
 *   plus the pick cost per extra unit, times the expected units per line;
 * - penalty of leaving item i unfilled: the cancellation costs (per order and per unit,
 *   charged as if the line were cancelled alone) plus twice the package and unit cost of its
 *   costliest node ("unfilled units at twice the package and unit cost", Jasin & Sinha 2015).
 */
import { newQuote, quotePackage } from '../model/pricing.ts';
import type { Model } from '../model/types.ts';
import type { DemandClass } from './demand.ts';

/** Cost tables of the DLP, per class and per class item ("row"). */
export interface ClassCosts {
  /** Rows of class c are rowStart[c] … rowStart[c + 1] − 1 (one per item, in `skus` order). */
  rowStart: Int32Array;
  /** Per class × node: cost of opening a package (dollars). */
  box: Float64Array;
  /** Per row × node: cost of the line's expected units in that package (dollars). */
  unit: Float64Array;
  /** Per row: cost of leaving the line unfilled (dollars). */
  penalty: Float64Array;
}

/** Row offsets of `classes`: one row per class item. */
export function rowStarts(classes: readonly DemandClass[]): Int32Array {
  const rs = new Int32Array(classes.length + 1);
  classes.forEach((c, k) => (rs[k + 1] = rs[k]! + c.skus.length));
  return rs;
}

/**
 * Box, unit and penalty costs of every class, averaged over the class's orders.
 * @example
 * // linear shipping $8.759/package + $0.423/unit + $0.000541/unit-mile, no pick costs, 1000 mi:
 * classCosts(model, classes).unit[0 * N + n] // 0.423 + 0.541 = 0.964 per unit
 */
export function classCosts(model: Model, classes: readonly DemandClass[]): ClassCosts {
  const N = model.nodes.count;
  const { skus, nodes, costs } = model;
  const rowStart = rowStarts(classes);
  const rows = rowStart[classes.length]!;
  const box = new Float64Array(classes.length * N),
    unit = new Float64Array(rows * N),
    penalty = new Float64Array(rows);
  const q = newQuote();
  const full = new Float64Array(N); // a class's box costs before its box share
  classes.forEach((c, k) => {
    const os = c.orders;
    if (os.length === 0) throw new Error('classCosts: a class without orders has no destination to price');
    for (let n = 0; n < N; n++) {
      let b = 0;
      const perUnit = new Float64Array(c.skus.length);
      for (let j = 0; j < os.length; j++) {
        const o = os[j]!,
          day = model.orders.placedDay[o]!;
        const base = quotePackage(model, o, n, day, 0, 0, 0, q).cost;
        b += base;
        for (let i = 0; i < c.skus.length; i++) {
          const s = c.skus[i]!;
          perUnit[i]! += quotePackage(model, o, n, day, 1, skus.weightLb[s]!, skus.volumeIn3[s]!, q).cost - base;
        }
      }
      full[n] = b / os.length + nodes.pickPerOrder[n]! - nodes.pickPerExtraUnit[n]!;
      box[k * N + n] = full[n]! * c.boxShare;
      for (let i = 0; i < c.skus.length; i++)
        unit[(rowStart[k]! + i) * N + n] = (perUnit[i]! / os.length + nodes.pickPerExtraUnit[n]!) * c.qty[i]!;
    }
    for (let i = 0; i < c.skus.length; i++) {
      const r = rowStart[k]! + i;
      let worst = 0;
      for (let n = 0; n < N; n++) worst = Math.max(worst, full[n]! + unit[r * N + n]!);
      penalty[r] = costs.cancellationPerOrder + costs.cancellationPerUnit * c.qty[i]! + 2 * worst;
    }
  });
  return { rowStart, box, unit, penalty };
}
