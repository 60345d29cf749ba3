/** Break-even monthly order volume. */
import { describe, expect, it } from 'vitest';
import { breakEvenVolume } from '../../sim/stats/break-even.ts';
import { npv } from '../../sim/stats/npv.ts';

describe('breakEvenVolume', () => {
  it('$300 a month at $0.50 saved per order: 300/0.5 = 600 orders a month', () => {
    expect(breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: 300 })).toBeCloseTo(600, 12);
  });

  it('plus $1200 one-time over 12 months undiscounted: (300 + 1200/12)/0.5 = 800', () => {
    expect(
      breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: 300, oneTimeCost: 1200, horizonMonths: 12 }),
    ).toBeCloseTo(800, 12);
  });

  it('discounted at 10% a year: annuity factor (1 − 1/1.1)/m = 11.400488 → (300 + 1200/11.400488)/0.5 = 810.517, where NPV = 0', () => {
    const v = breakEvenVolume({
      savingPerOrder: 0.5,
      fixedMonthlyCost: 300,
      oneTimeCost: 1200,
      horizonMonths: 12,
      annualDiscountRate: 0.1,
    })!;
    expect(v).toBeCloseTo(810.5173073230593, 9);
    const flows = [-1200, ...Array<number>(12).fill(v * 0.5 - 300)];
    expect(npv(flows, 0.1)).toBeCloseTo(0, 9);
  });

  it('null when nothing is saved per order; bad arguments throw', () => {
    expect(breakEvenVolume({ savingPerOrder: 0, fixedMonthlyCost: 300 })).toBeNull();
    expect(breakEvenVolume({ savingPerOrder: -0.2, fixedMonthlyCost: 300 })).toBeNull();
    expect(breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: 0 })).toBe(0);
    expect(() => breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: 300, oneTimeCost: 100 })).toThrow(
      /horizonMonths/,
    );
    expect(() => breakEvenVolume({ savingPerOrder: 0.5, fixedMonthlyCost: -1 })).toThrow(RangeError);
    expect(() => breakEvenVolume({ savingPerOrder: Number.NaN, fixedMonthlyCost: 1 })).toThrow(RangeError);
  });
});
