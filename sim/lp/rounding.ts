/**
 * Dilated rounding in its exponential-clocks form (Ma 2022, "Order-optimal correlated
 * rounding for fulfilling multi-item e-commerce orders", arXiv 2207.04774; after Jasin &
 * Sinha 2015's correlated rounding): each order draws one Exp(1) clock E_n per node, plus
 * one clock E_0 for "unfilled"; item i goes to argmin over n of E_n / u[i,n], or is left to
 * the fallback when E_0 / w[i] is smaller still.
 *
 * E_n / u[i,n] is exponential with rate u[i,n], so each item lands at n with probability
 * exactly u[i,n] (and is unassigned with probability w[i] = 1 − Σ_n u[i,n]): the LP's
 * marginals. Because the clocks are shared by the order's items, items whose marginals
 * overlap tend to pick the same node, so the order splits less than independent draws would.
 */
import type { KeyedDraw } from '../random/rng.ts';

/** Fills `clocks[0..N]` with the order's Exp(1) clocks: index n < N for node n (keyed by the node's key), N for "unfilled". */
export function drawClocks(draw: KeyedDraw, orderKey: number, nodeKeys: ArrayLike<number>, clocks: Float64Array): void {
  const N = nodeKeys.length;
  for (let n = 0; n < N; n++) clocks[n] = -Math.log(1 - draw(orderKey, nodeKeys[n]!, 1));
  clocks[N] = -Math.log(1 - draw(orderKey, 0, 2));
}

/**
 * The node an item goes to: argmin_n clocks[n] / u[base + n] over nodes with u > 0, or −1
 * when the "unfilled" clock clocks[N] / w is smaller (or no node has a share). Ties go to the
 * lower node index.
 * @example roundItem(Float64Array.of(0.5, 0.5), 0, 0, Float64Array.of(1, 0.2, 5), 2) // 1 (0.2/0.5 < 1/0.5)
 */
export function roundItem(u: Float64Array, base: number, w: number, clocks: Float64Array, N: number): number {
  let best = -1,
    bestT = w > 0 ? clocks[N]! / w : Infinity;
  for (let n = 0; n < N; n++) {
    const share = u[base + n]!;
    if (share <= 0) continue;
    const t = clocks[n]! / share;
    if (t < bestT) {
      bestT = t;
      best = n;
    }
  }
  return best;
}
