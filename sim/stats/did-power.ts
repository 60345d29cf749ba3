/**
 * Pilot sizing as a pilot is really measured: a cohort (a region, a store's orders) switches
 * policy while the rest does not, and the effect is read as a difference in differences of
 * daily cells, against a before period of the same length.
 *
 * Design: each calendar day of the pilot yields, with probability c (the coverage: the share
 * of days on which both the cohort and the rest have orders), one cell
 * gₜ = ȳ(cohort, t) − ȳ(rest, t). A pilot of D calendar days gives n = c·D cells, and the
 * before period n more. The estimate mean(g during) − mean(g before) has variance
 *
 *   Var = σ²_before / n + σ²_during / n,
 *
 * with σ the between-day standard deviation of the cells (it holds the day-to-day noise of
 * the real order stream at the cohort's real volume). A two-sided test at level α with power
 * 1 − β needs
 *
 *   n = (z₁₋α/₂ + z₁₋β)² (σ²_before + σ²_during) / δ²  cells,   D = ⌈n / c⌉ calendar days,
 *
 * which for σ_before = σ_during = σ is the textbook two-sample size 2(z₁₋α/₂ + z₁₋β)²σ²/δ²
 * (63 days for σ = 1, δ = 0.5 at α 5%, power 80%, every day covered). The same formulas size
 * a before/after comparison without a control group: then gₜ is the cohort's own daily mean.
 *
 *   power(D) = Φ(|δ|/se(D) − z₁₋α/₂) + Φ(−|δ|/se(D) − z₁₋α/₂),  se(D) = √((σ²_b + σ²_d)/(c·D)),
 *   minimum detectable effect (80% power) MDE(D) = (z₁₋α/₂ + z₁₋β) · se(D).
 */
import { finite, level } from './check.ts';
import { normalCdf } from './normal-cdf.ts';
import { normalQuantile } from './normal-quantile.ts';

export interface DidPowerOptions {
  /** Between-day standard deviation of the daily cells before the switch (metric units). */
  sdBefore: number;
  /** Between-day standard deviation of the daily cells during the pilot. */
  sdDuring: number;
  /** Share of calendar days that yield a cell (0 < c ≤ 1). */
  coverage: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
}

function checked(o: DidPowerOptions): { variance: number; coverage: number; alpha: number } {
  const a = finite(o.sdBefore, 'sdBefore'),
    b = finite(o.sdDuring, 'sdDuring');
  if (a < 0 || b < 0) throw new RangeError(`standard deviations must be ≥ 0, got ${a} and ${b}`);
  const c = finite(o.coverage, 'coverage');
  if (!(c > 0 && c <= 1)) throw new RangeError(`coverage must be in (0, 1], got ${c}`);
  return { variance: a * a + b * b, coverage: c, alpha: level(o.alpha ?? 0.05, 'alpha') };
}

/**
 * Standard error of the difference in differences after a pilot of `days` calendar days
 * (and a before period as long): √((σ²_before + σ²_during) / (coverage · days)).
 * @example didStandardError(63, { sdBefore: 1, sdDuring: 1, coverage: 1 }) // √(2/63) = 0.178
 */
export function didStandardError(days: number, options: DidPowerOptions): number {
  const { variance, coverage } = checked(options);
  if (!(days > 0)) throw new RangeError(`days must be > 0, got ${days}`);
  return Math.sqrt(variance / (coverage * days));
}

/**
 * Power (a probability) of the two-sided test of a difference `effect` after `days` calendar
 * days, normal approximation.
 * @example didPower(63, 0.5, { sdBefore: 1, sdDuring: 1, coverage: 1 }) // 0.803
 */
export function didPower(days: number, effect: number, options: DidPowerOptions): number {
  const { alpha } = checked(options);
  const delta = Math.abs(finite(effect, 'effect'));
  const z = normalQuantile(1 - alpha / 2);
  if (delta === 0) return alpha;
  const se = didStandardError(days, options);
  if (se === 0) return 1;
  const shift = delta / se;
  return normalCdf(shift - z) + normalCdf(-shift - z);
}

/**
 * Calendar days a pilot needs to detect `effect` with the given power (default 0.8); `null`
 * when the effect is zero (no length would show it).
 * @example didDays(0.5, { sdBefore: 1, sdDuring: 1, coverage: 1 }) // ⌈2·(1.95996 + 0.84162)²/0.25⌉ = 63
 */
export function didDays(effect: number, options: DidPowerOptions & { power?: number }): number | null {
  const { variance, coverage, alpha } = checked(options);
  const delta = Math.abs(finite(effect, 'effect'));
  if (delta === 0) return null;
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(level(options.power ?? 0.8, 'power'));
  const cells = (z * z * variance) / (delta * delta);
  // at least 2 cells on each side, so the spread can be estimated at all
  return Math.max(Math.ceil(2 / coverage), Math.ceil((cells / coverage) * (1 - 1e-12)));
}

/**
 * The smallest difference a pilot of `days` calendar days detects with the given power
 * (default 0.8): (z₁₋α/₂ + z₁₋β) · se(days).
 * @example didMinimumEffect(63, { sdBefore: 1, sdDuring: 1, coverage: 1 }) // 2.8016 · 0.178 = 0.499
 */
export function didMinimumEffect(days: number, options: DidPowerOptions & { power?: number }): number {
  const { alpha } = checked(options);
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(level(options.power ?? 0.8, 'power'));
  return z * didStandardError(days, options);
}
