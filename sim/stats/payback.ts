/**
 * Payback period of monthly cash flows: the first month in which the cumulative cash flow
 * reaches zero or more (timing as in `npv.ts`: `flows[0]` now, `flows[t]` during/at the end
 * of month t).
 *
 * With Cₜ = flows[0] + … + flows[t], the payback month is the first t with Cₜ ≥ 0. Inside
 * that month cash is assumed to arrive evenly, so the fractional payback is
 * (t − 1) + (−Cₜ₋₁)/flows[t]: −1000 then +300 a month pays back at 3 + 100/300 = 3.33
 * months. When C₀ ≥ 0 the payback is 0. `null` when the cumulative flow never reaches 0
 * within the horizon. With `annualDiscountRate` the cumulative flow is of discounted
 * flows (discounted payback). A later dip below zero (e.g. a second investment) does not
 * undo the payback; `staysPaidBack` says whether the cumulative flow stays ≥ 0 afterwards.
 */
import { finite } from './check.ts';
import { monthlyRate } from './npv.ts';

export interface PaybackOptions {
  /** Discount the flows at this annual rate first (discounted payback). Default: none. */
  annualDiscountRate?: number;
}

export interface Payback {
  /** First month (integer index) with cumulative flow ≥ 0. */
  month: number;
  /** Payback in months, interpolated linearly inside `month` (≤ `month`). */
  fractionalMonth: number;
  /** Whether the cumulative flow stays ≥ 0 from `month` to the end of the horizon. */
  staysPaidBack: boolean;
}

/**
 * When the cumulative (optionally discounted) cash flow first turns ≥ 0, or `null`.
 * Inputs are not modified.
 * @example payback([-1000, ...Array(12).fill(100)])  // { month: 10, fractionalMonth: 10, staysPaidBack: true }
 * @example payback([-1000, 300, 300, 300, 300])        // { month: 4, fractionalMonth: 3.333…, staysPaidBack: true }
 * @example payback([-1000, 50, 50])                    // null
 */
export function payback(flows: readonly number[], options: PaybackOptions = {}): Payback | null {
  flows.forEach((f, t) => finite(f, `flows[${t}]`));
  const v = options.annualDiscountRate === undefined ? 1 : 1 / (1 + monthlyRate(options.annualDiscountRate));
  let cumulative = 0,
    factor = 1;
  for (let t = 0; t < flows.length; t++) {
    const flow = flows[t]! * factor;
    const before = cumulative;
    cumulative += flow;
    factor *= v;
    if (cumulative >= 0) {
      const fractionalMonth = t === 0 ? 0 : t - 1 + -before / flow;
      let stays = true;
      for (let s = t + 1, c = cumulative, g = factor; s < flows.length; s++, g *= v) {
        c += flows[s]! * g;
        if (c < 0) {
          stays = false;
          break;
        }
      }
      return { month: t, fractionalMonth, staysPaidBack: stays };
    }
  }
  return null;
}
