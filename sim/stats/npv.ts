/**
 * Net present value of monthly cash flows at an annual discount rate.
 *
 * Convention (shared by `irr.ts`, `payback.ts`, `break-even.ts`): `flows[t]` is the net
 * cash flow of month t, in dollars; `flows[0]` happens now (one-time setup costs) and is
 * not discounted; `flows[t]` for t ≥ 1 is at the end of month t. The annual rate r is
 * converted to the equivalent monthly rate m = (1 + r)^(1/12) − 1 (compounding monthly
 * gives back r over 12 months), and NPV = Σₜ flows[t] / (1 + m)^t.
 */
import { finite } from './check.ts';

/**
 * The monthly rate equivalent to an annual rate: (1 + r)^(1/12) − 1. Rates are fractions
 * (0.10 = 10% a year). Requires r > −1.
 * @example monthlyRate(0.10)   // 0.007974140428903741
 * @example monthlyRate(0.1268) // ≈ 0.01 (1% a month compounds to 12.68% a year)
 */
export function monthlyRate(annualRate: number): number {
  if (!(finite(annualRate, 'annual rate') > -1)) throw new RangeError(`annual rate must be > −1, got ${annualRate}`);
  return Math.expm1(Math.log1p(annualRate) / 12);
}

/**
 * The annual rate equivalent to a monthly rate: (1 + m)^12 − 1.
 * @example annualRate(0.01) // 0.12682503013196977
 */
export function annualRate(monthly: number): number {
  if (!(finite(monthly, 'monthly rate') > -1)) throw new RangeError(`monthly rate must be > −1, got ${monthly}`);
  return Math.expm1(12 * Math.log1p(monthly));
}

/**
 * Σ flows[t]/(1 + m)^t in dollars for a monthly rate m > −1 (Horner's rule in 1/(1 + m));
 * no argument checks (the IRR search calls it thousands of times).
 * @example npvAtMonthlyRate([0, 101], 0.01) // 100
 */
export function npvAtMonthlyRate(flows: readonly number[], monthly: number): number {
  const v = 1 / (1 + monthly);
  let s = 0;
  for (let t = flows.length - 1; t >= 0; t--) s = s * v + flows[t]!;
  return s;
}

/**
 * Net present value in dollars of monthly cash flows (`flows[0]` now, `flows[t]` at the
 * end of month t) at an annual discount rate (a fraction, converted to monthly as
 * (1 + r)^(1/12) − 1). Inputs are not modified.
 * @example npv([-1000, ...Array(12).fill(100)], 0)    // 200
 * @example npv([-1000, ...Array(12).fill(100)], 0.10) // −1000 + 100·(1 − 1.1^−1)/m = 140.05 (m = 0.0079741)
 */
export function npv(flows: readonly number[], annualDiscountRate: number): number {
  flows.forEach((f, t) => finite(f, `flows[${t}]`));
  return npvAtMonthlyRate(flows, monthlyRate(annualDiscountRate));
}
