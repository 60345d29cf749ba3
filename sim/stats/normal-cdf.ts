/**
 * Cumulative distribution function of the standard normal distribution.
 *
 * Φ(z) = ½·(1 + erf(z/√2)), with simple-statistics' `errorFunction` (a Chebyshev fit with
 * absolute error below 1.2·10⁻⁷). simple-statistics' `cumulativeStdNormalProbability`
 * reads a 4-digit table and is too coarse for power curves.
 */
import { errorFunction } from 'simple-statistics';

/**
 * P(Z ≤ z) for a standard normal Z (z in standard deviations; result a probability).
 * @example normalCdf(1.959963984540054) // 0.975 (to 1e-7)
 * @example normalCdf(0)                 // 0.5
 */
export function normalCdf(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  if (Number.isNaN(z)) throw new RangeError('z must be a number, got NaN');
  return 0.5 * (1 + errorFunction(z / Math.SQRT2));
}
