/**
 * Pilot sizing: how many days (and orders) a pilot needs before an expected difference δ
 * in a metric is detectable, for a paired day-level comparison.
 *
 * Design: each pilot day yields one paired difference dₖ = B − A of the day's metric (the
 * same day's orders under both policies, as in a replay, or matched days), with standard
 * deviation σ_d. A two-sided test at level α with power 1 − β needs
 *
 *   n = ⌈((z₁₋α/₂ + z₁₋β) · σ_d / δ)²⌉ days      (at least 2),
 *
 * with z the standard normal quantiles (1.95996 and 0.84162 for α = 5%, power 80%). This
 * is the one-sample (paired) formula: for σ_d = 1 and δ = 0.5 it gives 32 days. (A
 * two-sample test of two independent groups with per-group SD σ has σ_d² = 2σ², so needs
 * 2·((z + z)σ/δ)² per group: 63 for σ = 1, δ = 0.5, the textbook 63–64 per group.) σ_d is
 * the standard deviation of the simulated day-level differences, e.g.
 * `pairedDifference(dailyA, dailyB).sdDifference`; it already reflects the positive
 * correlation of the two policies on the same day.
 *
 * The normal approximation is a little optimistic for small n; `daysTCorrected` iterates
 * n = ⌈((t₁₋α/₂(n−1) + t₁₋β(n−1))·σ_d/δ)²⌉ to a fixed point (34 days in the example).
 * The power curve uses the normal approximation
 *
 *   power(n) = Φ(|δ|√n/σ_d − z₁₋α/₂) + Φ(−|δ|√n/σ_d − z₁₋α/₂).
 */
import { finite, level } from './check.ts';
import { normalCdf } from './normal-cdf.ts';
import { normalQuantile } from './normal-quantile.ts';
import { tQuantile } from './t-quantile.ts';

export interface PowerOptions {
  /** Standard deviation σ_d of the day-level paired difference B − A (metric units). */
  sdDailyDifference: number;
  /** The difference δ to detect (metric units; the sign does not matter). */
  difference: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
}

export interface PilotSizeOptions extends PowerOptions {
  /** Target power (default 0.80). */
  power?: number;
  /** Orders per pilot day, to turn days into orders. */
  ordersPerDay?: number;
  /** Last day of the power curve (default max(30, 2·days), at most 730). */
  maxDays?: number;
}

export interface PowerPoint {
  days: number;
  power: number;
}

export interface PilotSize {
  /** Days needed (normal formula, ≥ 2); `null` when δ = 0 (never detectable). */
  days: number | null;
  /** days × ordersPerDay, rounded up; `null` without ordersPerDay or days. */
  orders: number | null;
  /** Days with the t-quantile correction; `null` when δ = 0. */
  daysTCorrected: number | null;
  /** z₁₋α/₂ and z₁₋β used. */
  zAlpha: number;
  zPower: number;
  /** Power against days, for a chart: every day from 1 (thinned to ≤ 400 points). */
  curve: PowerPoint[];
}

function checked(o: PowerOptions): { sigma: number; delta: number; alpha: number } {
  const sigma = finite(o.sdDailyDifference, 'sdDailyDifference');
  if (sigma < 0) throw new RangeError(`sdDailyDifference must be ≥ 0, got ${sigma}`);
  return { sigma, delta: Math.abs(finite(o.difference, 'difference')), alpha: level(o.alpha ?? 0.05, 'alpha') };
}

/**
 * Power (a probability) of the two-sided paired test after `days` days, normal
 * approximation: Φ(|δ|√n/σ − z₁₋α/₂) + Φ(−|δ|√n/σ − z₁₋α/₂).
 * @example pairedPower(32, { sdDailyDifference: 1, difference: 0.5 }) // 0.807
 */
export function pairedPower(days: number, options: PowerOptions): number {
  const { sigma, delta, alpha } = checked(options);
  if (!(days >= 0)) throw new RangeError(`days must be ≥ 0, got ${days}`);
  const z = normalQuantile(1 - alpha / 2);
  if (delta === 0) return alpha;
  if (sigma === 0) return days > 0 ? 1 : alpha;
  const shift = (delta * Math.sqrt(days)) / sigma;
  return normalCdf(shift - z) + normalCdf(-shift - z);
}

/**
 * Days (and orders) a paired pilot needs to detect δ with a two-sided test, and the power
 * curve. Inputs are not modified.
 * @example pilotSize({ sdDailyDifference: 1, difference: 0.5, ordersPerDay: 160 })
 * // ((1.95996 + 0.84162)·1/0.5)² = 31.40 → days 32, orders 5120, daysTCorrected 34
 */
export function pilotSize(options: PilotSizeOptions): PilotSize {
  const { sigma, delta, alpha } = checked(options);
  const target = level(options.power ?? 0.8, 'power');
  const zAlpha = normalQuantile(1 - alpha / 2),
    zPower = normalQuantile(target);
  let days: number | null = null,
    daysT: number | null = null;
  if (delta > 0) {
    const raw = (((zAlpha + zPower) * sigma) / delta) ** 2;
    days = Math.max(2, Math.ceil(raw * (1 - 1e-12)));
    if (Number.isFinite(days) && days < 1e7) {
      let n = days;
      for (let i = 0; i < 100; i++) {
        const next = Math.max(
          2,
          Math.ceil(
            (((tQuantile(1 - alpha / 2, n - 1) + tQuantile(target, n - 1)) * sigma) / delta) ** 2 * (1 - 1e-12),
          ),
        );
        if (next === n) break;
        n = next;
      }
      daysT = n;
    }
  }
  const perDay = options.ordersPerDay;
  if (perDay !== undefined && !(finite(perDay, 'ordersPerDay') >= 0))
    throw new RangeError(`ordersPerDay must be ≥ 0, got ${perDay}`);
  const orders = days === null || perDay === undefined ? null : Math.ceil(days * perDay);
  const maxDays = options.maxDays ?? Math.min(730, Math.max(30, 2 * (days ?? 15)));
  if (!(Number.isInteger(maxDays) && maxDays >= 1))
    throw new RangeError(`maxDays must be an integer ≥ 1, got ${maxDays}`);
  const step = Math.ceil(maxDays / 400);
  const curve: PowerPoint[] = [];
  for (let n = 1; n <= maxDays; n += step) curve.push({ days: n, power: pairedPower(n, options) });
  if (curve[curve.length - 1]!.days !== maxDays) curve.push({ days: maxDays, power: pairedPower(maxDays, options) });
  return { days, orders, daysTCorrected: daysT, zAlpha, zPower, curve };
}
