/**
 * Break-even monthly order volume: the orders a month at which the savings pay for the
 * costs.
 *
 * With saving s per order and fixed monthly cost F, the monthly net is V·s − F, zero at
 * V = F/s. With a one-time cost K (at month 0, as in `npv.ts`) recovered over a horizon of
 * H months at an annual discount rate r (monthly m = (1 + r)^(1/12) − 1), NPV =
 * −K + (V·s − F)·A = 0 with the annuity factor A = Σₜ₌₁..H (1 + m)^−t (= H at r = 0), so
 *
 *   V = (F + K/A) / s.
 *
 * `null` when s ≤ 0 (no volume breaks even). Costs must be ≥ 0.
 */
import { finite } from './check.ts';
import { monthlyRate } from './npv.ts';

export interface BreakEvenOptions {
  /** Dollars saved per order (the simulated per-order cost delta, sign flipped). */
  savingPerOrder: number;
  /** Recurring dollars per month (subscription, store labor). */
  fixedMonthlyCost: number;
  /** One-time dollars at month 0 (setup, training); needs `horizonMonths`. Default 0. */
  oneTimeCost?: number;
  /** Months over which the one-time cost must be recovered. */
  horizonMonths?: number;
  /** Annual discount rate for recovering the one-time cost (fraction). Default 0. */
  annualDiscountRate?: number;
}

/**
 * Orders per month (not rounded) at which savings cover the costs; `null` when the saving
 * per order is ≤ 0.
 * @example breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: 300 }) // 600
 * @example breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: 300, oneTimeCost: 1200, horizonMonths: 12 })
 * // (300 + 1200/12)/0.5 = 800
 */
export function breakEvenVolume(options: BreakEvenOptions): number | null {
  const s = finite(options.savingPerOrder, 'saving per order');
  const F = finite(options.fixedMonthlyCost, 'fixed monthly cost');
  const K = finite(options.oneTimeCost ?? 0, 'one-time cost');
  if (F < 0 || K < 0) throw new RangeError(`costs must be ≥ 0, got fixed ${F} and one-time ${K}`);
  let perMonthOneTime = 0;
  if (K !== 0) {
    const H = options.horizonMonths;
    if (H === undefined || !Number.isInteger(H) || H < 1)
      throw new RangeError(`a one-time cost needs horizonMonths (an integer ≥ 1), got ${H}`);
    const m = monthlyRate(options.annualDiscountRate ?? 0);
    const annuity = m === 0 ? H : -Math.expm1(-H * Math.log1p(m)) / m;
    perMonthOneTime = K / annuity;
  }
  if (s <= 0) return null;
  return (F + perMonthOneTime) / s;
}
