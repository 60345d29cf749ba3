/** IRR: known rates, a loan's rate, no IRR, several IRRs. */
import { describe, expect, it } from 'vitest';
import { irr } from '../../sim/stats/irr.ts';
import { npvAtMonthlyRate } from '../../sim/stats/npv.ts';

describe('irr', () => {
  it('−1000 now, +1100 in a month: 10% a month, (1.1)¹² − 1 = 213.84% a year', () => {
    const r = irr([-1000, 1100])!;
    expect(r.monthly).toBeCloseTo(0.1, 13);
    expect(r.annual).toBeCloseTo(1.1 ** 12 - 1, 11);
    expect(r.multiple).toBe(false);
  });

  it('a 24-month loan at 2% a month: −1000 then 24 payments of 1000·0.02/(1 − 1.02^−24) = 52.871', () => {
    const payment = (1000 * 0.02) / (1 - 1.02 ** -24);
    expect(payment).toBeCloseTo(52.87109725324986, 10);
    const r = irr([-1000, ...Array<number>(24).fill(payment)])!;
    expect(r.monthly).toBeCloseTo(0.02, 13);
    expect(r.annual).toBeCloseTo(0.2682417945625455, 12);
  });

  it('−1000 then +100 for 12 months: 2.92285% a month (scipy brentq), NPV there is 0', () => {
    const flows = [-1000, ...Array<number>(12).fill(100)];
    const r = irr(flows)!;
    expect(r.monthly).toBeCloseTo(0.029228540769133678, 13);
    expect(r.annual).toBeCloseTo(0.4129989841496158, 12);
    expect(Math.abs(npvAtMonthlyRate(flows, r.monthly))).toBeLessThan(1e-9);
  });

  it('a losing project has a negative IRR: −1000 then +80 for 12 months', () => {
    const r = irr([-1000, ...Array<number>(12).fill(80)])!;
    expect(r.monthly).toBeLessThan(0);
    expect(Math.abs(npvAtMonthlyRate([-1000, ...Array<number>(12).fill(80)], r.monthly))).toBeLessThan(1e-9);
  });

  it('null when it does not exist', () => {
    expect(irr([100, 100])).toBeNull(); // never negative
    expect(irr([-100, -5])).toBeNull(); // never positive
    expect(irr([0, 0, 0])).toBeNull();
    expect(irr([])).toBeNull();
    // −100 + 50x − 40x² (x = 1/(1+m)) has no real root: discriminant 2500 − 16000 < 0
    expect(irr([-100, 50, -40])).toBeNull();
  });

  it('several IRRs: −100, +230, −132 has roots 10% and 20% (100x² − 230x + 132 = 0, x = 1 + m = 1.1, 1.2)', () => {
    const r = irr([-100, 230, -132])!;
    expect(r.multiple).toBe(true);
    expect(r.roots).toHaveLength(2);
    expect(r.roots[0]).toBeCloseTo(0.1, 12);
    expect(r.roots[1]).toBeCloseTo(0.2, 12);
    expect(r.monthly).toBeCloseTo(0.1, 12);
  });

  it('leading zero months shift nothing but timing; NaN throws', () => {
    expect(irr([0, -1000, 1100])!.monthly).toBeCloseTo(0.1, 13);
    expect(() => irr([-1, Number.NaN])).toThrow(RangeError);
  });
});
