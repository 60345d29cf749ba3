/**
 * Quantile function (inverse CDF) of Student's t distribution, and two-sided critical
 * values.
 *
 * Algorithm (as in R's `qt`): G. W. Hill's approximation (Algorithm 396, Comm. ACM 13(10),
 * 1970) for a starting value, refined by safeguarded Newton steps on the exact CDF (the
 * incomplete beta function, see `t-cdf.ts`) to a relative error of about 10⁻¹³. Closed
 * forms for ν = 1 (Cauchy: t = cot(πq)) and ν = 2 (t = (1 − 2q)/√(2q(1 − q))); for
 * ν > 10⁵ the Cornish–Fisher expansion in 1/ν to the fourth order (Abramowitz & Stegun
 * 26.7.5, error far below 10⁻¹⁵ there); ν = ∞ is the normal quantile.
 */
import { level } from './check.ts';
import { normalQuantile } from './normal-quantile.ts';
import { tPdf, tTail } from './t-cdf.ts';

const LARGE_DF = 1e4;

function checkDf(df: number): void {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
}

/** Hill (1970): approximate t > 0 with two-sided tail probability P = 2q, for ν ≥ 1. */
function hill(q: number, df: number): number {
  const P = 2 * q;
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = (((20700 * a) / b - 98) * a - 16) * a + 96.36;
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let y = Math.pow(d * P, 2 / df);
  if ((df < 2.1 && P > 0.5) || y > 0.05 + a) {
    const x = normalQuantile(0.5 * P);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = Math.expm1(a * y * y);
  } else {
    y =
      (((1 / (((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3) + 0.5 / (df + 4)) * y - 1) * (df + 1)) /
        (df + 2) +
      1 / y;
  }
  return Math.sqrt(df * y);
}

/** Cornish–Fisher expansion of the upper t quantile about the normal one z (A&S 26.7.5). */
function cornishFisher(z: number, df: number): number {
  const z2 = z * z,
    z3 = z2 * z,
    z5 = z3 * z2,
    z7 = z5 * z2,
    z9 = z7 * z2;
  const g1 = (z3 + z) / 4;
  const g2 = (5 * z5 + 16 * z3 + 3 * z) / 96;
  const g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384;
  const g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/** The t > 0 with P(T > t) = q, 0 < q < ½. */
function upperQuantile(q: number, df: number): number {
  if (!Number.isFinite(df)) return -normalQuantile(q);
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  if (df > LARGE_DF) return cornishFisher(-normalQuantile(q), df);
  let t = df >= 1 ? hill(q, df) : 1;
  if (!(t > 0 && Number.isFinite(t))) t = 1;
  // Bracket [lo, hi] with tTail(lo) ≥ q ≥ tTail(hi); tTail decreases in t.
  let lo = 0,
    hi = t;
  while (tTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (!Number.isFinite(hi)) return Infinity;
  }
  for (let i = 0; i < 200; i++) {
    const f = tTail(t, df) - q;
    if (f === 0) return t;
    if (f > 0) lo = Math.max(lo, t);
    else hi = Math.min(hi, t);
    const next = t + f / tPdf(t, df);
    const inside = next > lo && next < hi && Number.isFinite(next);
    const candidate = inside ? next : lo > 0 && hi / lo > 4 ? Math.sqrt(lo * hi) : (lo + hi) / 2;
    if (Math.abs(candidate - t) <= 1e-14 * Math.abs(t)) return candidate;
    t = candidate;
    if (hi - lo <= 1e-15 * hi) return t;
  }
  return t;
}

/**
 * The p-quantile of Student's t distribution with `df` degrees of freedom: the t with
 * P(T ≤ t) = p. `df` > 0 may be fractional or `Infinity` (normal). −∞ at p = 0, +∞ at 1.
 * @example tQuantile(0.975, 10)       // 2.228138852
 * @example tQuantile(0.025, 10)       // -2.228138852
 * @example tQuantile(0.975, Infinity) // 1.959963985
 */
export function tQuantile(p: number, df: number): number {
  checkDf(df);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  level(p, 'p');
  if (p === 0.5) return 0;
  const q = p < 0.5 ? p : 1 - p;
  const t = upperQuantile(q, df);
  return p < 0.5 ? -t : t;
}

/**
 * The two-sided critical value t* for a confidence level: P(|T| ≤ t*) = confidence, i.e.
 * the (1 + confidence)/2 quantile. A confidence interval is estimate ± t*·SE.
 * Textbook 95% values: ν = 1 → 12.706, 2 → 4.303, 5 → 2.571, 10 → 2.228, 30 → 2.042,
 * 120 → 1.980, ∞ → 1.960.
 * @example tCritical(5)        // 2.570581836 (95%)
 * @example tCritical(10, 0.99) // 3.169272673
 */
export function tCritical(df: number, confidence = 0.95): number {
  checkDf(df);
  level(confidence, 'confidence');
  return upperQuantile((1 - confidence) / 2, df);
}
