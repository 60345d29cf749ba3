/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), the CDF of a
 * Beta(a, b) variable, which gives Student's t (and F and binomial) probabilities.
 *
 * Evaluated by its continued fraction with the modified Lentz method (Numerical Recipes
 * §6.4), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) so that the fraction converges
 * quickly; log B(a, b) from simple-statistics' `gammaln` (Lanczos). Relative accuracy is
 * about 10⁻¹⁴ for moderate a and b, and about 10⁻¹⁰ when a or b is near 10⁵.
 */
import { gammaln } from 'simple-statistics';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITERATIONS = 100_000;

/** The continued fraction of the incomplete beta function (NR `betacf`). */
function continuedFraction(a: number, b: number, x: number): number {
  const qab = a + b,
    qap = a + 1,
    qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge (a=${a}, b=${b}, x=${x})`);
}

/**
 * Both tails of the Beta(a, b) distribution at x: `lower` = I_x(a, b) and `upper` =
 * 1 − I_x(a, b), each computed without cancellation. `y` is 1 − x, passed separately so a
 * caller that knows it exactly (e.g. t²/(ν + t²)) loses no digits.
 * @example betaTails(0.4, 0.6, 2, 3) // { lower: 0.5248, upper: 0.4752 }
 */
export function betaTails(x: number, y: number, a: number, b: number): { lower: number; upper: number } {
  if (!(a > 0 && b > 0)) throw new RangeError(`beta shape parameters must be > 0, got a=${a}, b=${b}`);
  if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) throw new RangeError(`x must lie in [0, 1], got ${x}`);
  if (x === 0) return { lower: 0, upper: 1 };
  if (y === 0) return { lower: 1, upper: 0 };
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(y);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * continuedFraction(a, b, x)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (front * continuedFraction(b, a, y)) / b;
  return { lower: 1 - upper, upper };
}

/**
 * The regularized incomplete beta function I_x(a, b) for 0 ≤ x ≤ 1, a > 0, b > 0: the
 * probability that a Beta(a, b) variable is at most x.
 * @example regularizedIncompleteBeta(0.4, 2, 3)   // 0.5248  (= 1 − 0.6⁴ − 4·0.4·0.6³)
 * @example regularizedIncompleteBeta(0.5, 7, 7)   // 0.5 (symmetry)
 */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  return betaTails(x, 1 - x, a, b).lower;
}
