/** Student t CDF, tail and density against scipy.stats.t (scipy 1.17.1). */
import { describe, expect, it } from 'vitest';
import { tCdf, tPdf, tTail } from '../../sim/stats/t-cdf.ts';

describe('tCdf', () => {
  it.each([
    [2, 5, 0.9490302605850708],
    [-1.5, 12.5, 0.07922129349482493],
    [0.3, 1, 0.5927735790777423], // Cauchy: ½ + atan(0.3)/π
    [-3, 4, 0.019970984035859413],
    [0.7, 2.5, 0.728297528405226],
  ])('P(T ≤ %s | ν = %s) = %s', (t, df, p) => {
    expect(tCdf(t, df)).toBeCloseTo(p, 13);
  });

  it('Cauchy closed form ½ + atan(t)/π', () => {
    for (const t of [-4, -0.5, 0.2, 9]) expect(tCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 14);
  });

  it('small tails keep their digits', () => {
    expect(tTail(10, 7) / 1.0697101445386401e-5).toBeCloseTo(1, 11);
    expect(tTail(40, 30) / 6.863022597203209e-28).toBeCloseTo(1, 9);
  });

  it('is ½ at 0, symmetric, the normal at ν = ∞', () => {
    expect(tCdf(0, 3)).toBe(0.5);
    expect(tCdf(1.3, 6) + tCdf(-1.3, 6)).toBeCloseTo(1, 14);
    expect(tCdf(1.959963984540054, Infinity)).toBeCloseTo(0.975, 7);
  });

  it('density: 1/π at 0 for ν = 1, standard normal at ν = ∞', () => {
    expect(tPdf(0, 1)).toBeCloseTo(1 / Math.PI, 14);
    expect(tPdf(1, Infinity)).toBeCloseTo(Math.exp(-0.5) / Math.sqrt(2 * Math.PI), 14);
  });

  it('rejects df ≤ 0', () => {
    expect(() => tCdf(1, 0)).toThrow(RangeError);
    expect(() => tCdf(1, Number.NaN)).toThrow(RangeError);
  });
});
