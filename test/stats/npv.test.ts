/** NPV of monthly cash flows and the annual ↔ monthly rate conversion. */
import { describe, expect, it } from 'vitest';
import { annualRate, monthlyRate, npv, npvAtMonthlyRate } from '../../sim/stats/npv.ts';

const flows = Object.freeze([-1000, ...Array<number>(12).fill(100)]);

describe('monthlyRate / annualRate', () => {
  it('(1 + r)^(1/12) − 1: 10% a year → 0.797414% a month; 1% a month ↔ 12.6825% a year', () => {
    expect(monthlyRate(0.1)).toBeCloseTo(0.007974140428903764, 15);
    expect(annualRate(0.01)).toBeCloseTo(1.01 ** 12 - 1, 15);
    expect(monthlyRate(annualRate(0.01))).toBeCloseTo(0.01, 15);
    expect(monthlyRate(0)).toBe(0);
  });
  it('twelve months at the monthly rate give back the annual rate', () => {
    for (const r of [-0.5, 0.03, 0.1, 2]) expect((1 + monthlyRate(r)) ** 12 - 1).toBeCloseTo(r, 13);
  });
  it('rejects rates ≤ −100%', () => {
    expect(() => monthlyRate(-1)).toThrow(RangeError);
    expect(() => annualRate(-1.5)).toThrow(RangeError);
  });
});

describe('npv', () => {
  it('−1000 now then +100 a month for 12 months, undiscounted: −1000 + 1200 = 200', () => {
    expect(npv(flows, 0)).toBeCloseTo(200, 12);
  });

  it('the same at 10% a year: −1000 + 100·(1 − (1+m)^−12)/m = −1000 + 100·(1 − 1/1.1)/0.00797414 = 140.0488', () => {
    const m = monthlyRate(0.1);
    const annuity = (1 - 1 / 1.1) / m; // (1+m)^12 = 1.1 exactly by construction
    expect(npv(flows, 0.1)).toBeCloseTo(-1000 + 100 * annuity, 10);
    expect(npv(flows, 0.1)).toBeCloseTo(140.04878293306865, 9);
  });

  it('month 0 is not discounted; month 12 is discounted by a full year', () => {
    expect(npv([500], 0.25)).toBe(500);
    const at12 = [0, ...Array<number>(11).fill(0), 1100];
    expect(npv(at12, 0.1)).toBeCloseTo(1000, 10);
  });

  it('a monthly rate of 1%: 101 at month 1 is worth 100', () => {
    expect(npvAtMonthlyRate([0, 101], 0.01)).toBeCloseTo(100, 12);
  });

  it('empty flows are worth 0; non-finite flows throw; inputs are not modified', () => {
    expect(npv([], 0.1)).toBe(0);
    expect(() => npv([1, Number.NaN], 0.1)).toThrow(RangeError);
    expect(flows).toHaveLength(13);
  });
});
