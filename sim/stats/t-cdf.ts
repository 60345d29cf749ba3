/**
 * Cumulative distribution function of Student's t distribution with ν degrees of freedom.
 *
 * For t > 0, P(T > t) = ½·I_x(ν/2, ½) with x = ν/(ν + t²) (Abramowitz & Stegun 26.7.1 with
 * 26.5.27); the distribution is symmetric about 0. ν may be fractional (Welch–Satterthwaite
 * degrees of freedom) or `Infinity` (the standard normal).
 */
import { gammaln } from 'simple-statistics';
import { betaTails } from './incomplete-beta.ts';
import { normalCdf } from './normal-cdf.ts';

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
}

/**
 * One tail of Student's t: P(T > |t|), computed without cancellation (so tiny tails keep
 * their digits). A probability in [0, ½].
 * @example tTail(2.228138851986274, 10) // 0.025
 */
export function tTail(t: number, df: number): number {
  checkDf(df);
  if (Number.isNaN(t)) throw new RangeError('t must be a number, got NaN');
  if (!Number.isFinite(df)) return normalCdf(-Math.abs(t));
  if (!Number.isFinite(t)) return 0;
  const t2 = t * t;
  return 0.5 * betaTails(df / (df + t2), t2 / (df + t2), df / 2, 0.5).lower;
}

/**
 * P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0, fractional allowed,
 * `Infinity` for the normal). Unitless.
 * @example tCdf(2, 5)   // 0.9490302605850709
 * @example tCdf(0, 3)   // 0.5
 */
export function tCdf(t: number, df: number): number {
  const tail = tTail(t, df);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Density of Student's t with `df` degrees of freedom at t:
 * Γ((ν+1)/2) / (Γ(ν/2)·√(νπ)) · (1 + t²/ν)^(−(ν+1)/2).
 * @example tPdf(0, 1) // 0.3183098861837907 (= 1/π)
 */
export function tPdf(t: number, df: number): number {
  checkDf(df);
  if (!Number.isFinite(df)) return Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const logC = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}
