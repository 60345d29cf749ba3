/**
 * Internal rate of return of monthly cash flows: the monthly rate m > −1 at which their
 * NPV is zero, Σₜ flows[t]/(1 + m)^t = 0 (timing as in `npv.ts`), and its annual
 * equivalent (1 + m)^12 − 1.
 *
 * Root finding: the NPV is scanned for sign changes over a grid of monthly rates from
 * −99.9% to +10 000% (log-spaced in 1 + m, 2 000 points), and each bracket is solved by
 * Brent's method to 10⁻¹⁵. No sign change means no IRR (e.g. flows that are all ≥ 0, all
 * ≤ 0, or a loss at every rate): `null`. Flows with more than one change of sign can have
 * several IRRs (Descartes' rule); all are returned, `monthly` is the one closest to 0 and
 * `multiple` is true, and such an IRR should not be used to rank options (use NPV).
 */
import { finite } from './check.ts';
import { annualRate, npvAtMonthlyRate } from './npv.ts';

export interface Irr {
  /** The monthly IRR (a fraction: 0.01 = 1% a month); the root closest to 0 if several. */
  monthly: number;
  /** (1 + monthly)^12 − 1. */
  annual: number;
  /** Whether the NPV has more than one root (non-conventional flows). */
  multiple: boolean;
  /** Every monthly root found, ascending. */
  roots: number[];
}

const GRID_POINTS = 2000;
const LOG_MIN = Math.log(0.001); // 1 + m = 0.001 → m = −99.9%
const LOG_MAX = Math.log(101); // 1 + m = 101 → m = +10 000%

/** Brent's method on [a, b] with f(a)·f(b) < 0. */
function brent(f: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
  let c = a,
    fc = fa,
    d = b - a,
    e = d;
  for (let i = 0; i < 200; i++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 1e-15;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number, q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qq = fa / fc,
          r = fb / fc;
        p = s * (2 * m * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = m;
      }
    } else {
      d = m;
      e = m;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
  }
  return b;
}

/**
 * The IRR of monthly cash flows (`flows[0]` now, `flows[t]` at the end of month t), or
 * `null` when none exists. Inputs are not modified.
 * @example irr([-1000, 1100])                        // monthly 0.10
 * @example irr([-1000, ...Array(12).fill(100)])     // monthly 0.0292285 (annual 0.41300)
 * @example irr([100, 100])                           // null (never negative)
 */
export function irr(flows: readonly number[]): Irr | null {
  flows.forEach((f, t) => finite(f, `flows[${t}]`));
  if (!flows.some((f) => f > 0) || !flows.some((f) => f < 0)) return null;
  const f = (m: number) => npvAtMonthlyRate(flows, m);
  const roots: number[] = [];
  let m0 = Math.expm1(LOG_MIN),
    f0 = f(m0);
  for (let i = 1; i <= GRID_POINTS; i++) {
    const m1 = Math.expm1(LOG_MIN + ((LOG_MAX - LOG_MIN) * i) / GRID_POINTS);
    const f1 = f(m1);
    if (f0 === 0) roots.push(m0);
    else if (f0 * f1 < 0) roots.push(brent(f, m0, m1, f0, f1));
    m0 = m1;
    f0 = f1;
  }
  if (f0 === 0) roots.push(m0);
  if (roots.length === 0) return null;
  const monthly = roots.reduce((best, r) => (Math.abs(r) < Math.abs(best) ? r : best));
  return { monthly, annual: annualRate(monthly), multiple: roots.length > 1, roots };
}
