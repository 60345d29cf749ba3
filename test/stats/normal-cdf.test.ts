/** Normal CDF: known values (scipy.stats.norm.cdf), symmetry, ends. */
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../sim/stats/normal-cdf.ts';
import { normalQuantile } from '../../sim/stats/normal-quantile.ts';

describe('normalCdf', () => {
  it('known values to 1e-7', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 7);
  });
  it('inverts normalQuantile and is symmetric', () => {
    for (const p of [0.001, 0.05, 0.3, 0.5, 0.8, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 7);
    for (const z of [0.3, 1, 2.5]) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 12);
  });
  it('ends and NaN', () => {
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(() => normalCdf(Number.NaN)).toThrow(RangeError);
  });
});
