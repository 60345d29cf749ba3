/** Payback month with interpolation inside the month; discounted payback. */
import { describe, expect, it } from 'vitest';
import { payback } from '../../sim/stats/payback.ts';

describe('payback', () => {
  it('−1000 then +100 a month: cumulative −900, …, 0 at month 10 → exactly 10', () => {
    expect(payback([-1000, ...Array<number>(12).fill(100)])).toEqual({
      month: 10,
      fractionalMonth: 10,
      staysPaidBack: true,
    });
  });

  it('−1000 then +300 a month: cumulative −700, −400, −100, +200 → month 4, 3 + 100/300 = 3.333', () => {
    const p = payback([-1000, 300, 300, 300, 300])!;
    expect(p.month).toBe(4);
    expect(p.fractionalMonth).toBeCloseTo(3 + 1 / 3, 14);
  });

  it('costs spread over months: −500, −500, +400, +400, +400 → cumulative −500, −1000, −600, −200, +200 → 3.5', () => {
    const p = payback([-500, -500, 400, 400, 400])!;
    expect(p.month).toBe(4);
    expect(p.fractionalMonth).toBeCloseTo(3.5, 14);
  });

  it('null when the horizon ends first; 0 when nothing is owed', () => {
    expect(payback([-1000, 50, 50])).toBeNull();
    expect(payback([])).toBeNull();
    expect(payback([0, 10])).toEqual({ month: 0, fractionalMonth: 0, staysPaidBack: true });
  });

  it('a later dip below zero is reported', () => {
    expect(payback([-100, 150, -200, 10])).toEqual({ month: 1, fractionalMonth: 100 / 150, staysPaidBack: false });
  });

  it('discounted at 10% a year: −1000 then +100 a month pays back in month 11 (10.4637)', () => {
    // Σ_{t≤10} 100·v^t = 957.51 < 1000 ≤ Σ_{t≤11} = 1049.14 with v = 1/1.0079741;
    // 10 + (1000 − 957.51)/(100·v^11) = 10 + 42.49/91.63 = 10.4637
    const p = payback([-1000, ...Array<number>(12).fill(100)], { annualDiscountRate: 0.1 })!;
    expect(p.month).toBe(11);
    expect(p.fractionalMonth).toBeCloseTo(10.463739603444832, 10);
  });
});
