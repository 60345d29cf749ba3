/** Sampling helpers over a seeded `Rng` (never Math.random). */
import type { Rng } from '../random/rng.ts';

/** Cumulative weights, for `pickWeighted`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const c = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => (c[i] = s += w));
  return c;
}

/** Index drawn with probability proportional to its weight (binary search on cumulative weights). */
export function pickWeighted(rng: Rng, cum: Float64Array): number {
  const u = rng.next() * cum[cum.length - 1]!;
  let lo = 0,
    hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A Poisson count with mean `lambda` (exponential gaps; fine for the hundreds used here). */
export function poisson(rng: Rng, lambda: number): number {
  let n = 0;
  for (let t = -Math.log(1 - rng.next()); t < lambda; t += -Math.log(1 - rng.next())) n++;
  return n;
}

/** A standard normal draw (Box–Muller). */
export function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** A log-normal draw with the given median and log-scale spread. */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}
