/**
 * Paired differences across replicates: a hand-worked case, a policy against itself,
 * small n, bad input, and the coverage of the 95% interval over seeded synthetic cases.
 */
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/random/rng.ts';
import { contains } from '../../sim/stats/interval.ts';
import { pairedDifference } from '../../sim/stats/paired.ts';
import { noNaN, normal } from './draws.ts';

describe('pairedDifference, hand-worked', () => {
  // A = 10, 12, 11, 13; B = 9, 11.5, 10, 12.5 → d = B − A = −1, −0.5, −1, −0.5
  // d̄ = −3/4 = −0.75; deviations ±0.25 → Σ = 4·0.0625 = 0.25; s_d² = 0.25/3; s_d = 0.288675
  // SE = 0.288675/√4 = 0.144338; t*(3) = 3.182446 → half-width 0.459347
  // interval [−1.209347, −0.290653]; t = −0.75/0.144338 = −5.196 → p = 0.013847 (scipy ttest_rel)
  // Unpaired: s_A² = 5/3 (devs ∓1.5, ±0.5 about 11.5), s_B² = 7.25/3 (devs ∓1.75, ±0.75 about 10.75)
  // SE_u = √((5/3 + 7.25/3)/4) = √1.020833 = 1.010363; Welch ν = 5.804190, t* = 2.467062
  // half-width 2.492628; width ratio 0.459347/2.492628 = 0.184282
  const a = Object.freeze([10, 12, 11, 13]);
  const b = Object.freeze([9, 11.5, 10, 12.5]);
  const r = pairedDifference(a, b);

  it('mean difference, SE, interval, p-value', () => {
    expect(r.n).toBe(4);
    expect(r.dropped).toBe(0);
    expect(r.meanA).toBe(11.5);
    expect(r.meanB).toBe(10.75);
    expect(r.difference).toBe(-0.75);
    expect(r.sdDifference).toBeCloseTo(Math.sqrt(0.25 / 3), 14);
    expect(r.standardError).toBeCloseTo(0.1443375672974064, 14);
    expect(r.df).toBe(3);
    expect(r.interval!.low).toBeCloseTo(-0.75 - 0.45934655775926964, 12);
    expect(r.interval!.high).toBeCloseTo(-0.75 + 0.45934655775926964, 12);
    expect(r.excludesZero).toBe(true);
    expect(r.pValue).toBeCloseTo(0.013846832988859045, 12);
  });

  it('the unpaired comparison and how much pairing narrowed the interval', () => {
    expect(r.unpaired!.standardError).toBeCloseTo(1.0103629710818451, 13);
    expect(r.unpaired!.df).toBeCloseTo(5.804190169218371, 12);
    expect(r.unpaired!.interval.high - -0.75).toBeCloseTo(2.4926279981620203, 11);
    expect(r.widthRatio).toBeCloseTo(0.18428203410134858, 11);
  });
});

describe('pairedDifference of resampled replicates, hand-worked', () => {
  // The same A and B as resamples of one data set: SE = s_d·√(1 + 1/n) = 0.288675·√1.25 = 0.322749
  // half-width 3.182446·0.322749 = 1.027130 → interval [−1.777130, 0.277130], which holds 0
  // Unpaired: SE_u = √((5/3 + 7.25/3)·1.25) = √5.104167 = 2.259240 (ν unchanged: both variances scale alike)
  const r = pairedDifference([10, 12, 11, 13], [9, 11.5, 10, 12.5], { resampled: true });

  it('a standard error for one period of demand, not for a mean of n replicates', () => {
    expect(r.resampled).toBe(true);
    expect(r.difference).toBe(-0.75);
    expect(r.standardError).toBeCloseTo(0.3227486121839514, 14);
    expect(r.interval!.low).toBeCloseTo(-0.75 - 1.0271301284, 9);
    expect(r.interval!.high).toBeCloseTo(-0.75 + 1.0271301284, 9);
    expect(r.excludesZero).toBe(false);
    expect(r.unpaired!.standardError).toBeCloseTo(2.2592402852, 9);
    expect(r.unpaired!.df).toBeCloseTo(5.804190169218371, 12);
    expect(r.widthRatio).toBeCloseTo(0.18428203410134858, 11);
  });

  it('is off by default', () => {
    expect(pairedDifference([1, 2], [2, 2]).resampled).toBe(false);
  });
});

describe('pairedDifference, edge cases', () => {
  it('a policy against itself: difference exactly 0, interval [0, 0] containing 0', () => {
    const x = [3.2, 4.1, 3.9, 5.0, 4.4];
    const r = pairedDifference(x, x);
    expect(r.difference).toBe(0);
    expect(r.interval).toEqual({ low: 0, high: 0 });
    expect(contains(r.interval!, 0)).toBe(true);
    expect(r.excludesZero).toBe(false);
    expect(r.pValue).toBe(1);
    expect(contains(r.unpaired!.interval, 0)).toBe(true);
    expect(r.widthRatio).toBe(0);
  });

  it('n = 1 gives the difference but no interval (null, not NaN); n = 0 gives nulls', () => {
    const one = pairedDifference([2], [2.5]);
    expect(one.difference).toBe(0.5);
    expect(one.interval).toBeNull();
    expect(one.excludesZero).toBeNull();
    expect(one.standardError).toBeNull();
    expect(noNaN(one)).toBe(true);
    const none = pairedDifference([], []);
    expect(none.n).toBe(0);
    expect(none.difference).toBeNull();
    expect(noNaN(none)).toBe(true);
  });

  it('leaves out pairs with a null side and counts them', () => {
    const r = pairedDifference([1, null, 3, 4], [2, 5, null, 6]);
    // pairs (1, 2) and (4, 6): d = 1, 2 → d̄ = 1.5, s_d = 0.7071, SE = 0.5, t*(1) = 12.706
    expect(r.n).toBe(2);
    expect(r.dropped).toBe(2);
    expect(r.difference).toBe(1.5);
    expect(r.standardError).toBeCloseTo(0.5, 14);
    expect(r.interval!.low).toBeCloseTo(1.5 - 12.706204736174694 * 0.5, 12);
  });

  it('a constant non-zero difference gives a zero-width interval that excludes zero', () => {
    const r = pairedDifference([1, 2, 3], [1.5, 2.5, 3.5]);
    expect(r.interval).toEqual({ low: 0.5, high: 0.5 });
    expect(r.excludesZero).toBe(true);
    expect(r.pValue).toBe(0);
  });

  it('rejects unequal lengths, NaN and infinities; leaves inputs alone', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedDifference([1, Number.NaN], [1, 2])).toThrow(RangeError);
    expect(() => pairedDifference([1, 2], [1, Infinity])).toThrow(RangeError);
    expect(() => pairedDifference([1, 2], [1, 2], { confidence: 95 })).toThrow(RangeError);
    const a = [1, 2, 3],
      b = [2, 2, 5];
    pairedDifference(a, b);
    expect(a).toEqual([1, 2, 3]);
    expect(b).toEqual([2, 2, 5]);
  });

  it('honours the confidence level', () => {
    const r90 = pairedDifference([10, 12, 11, 13], [9, 11.5, 10, 12.5], { confidence: 0.9 });
    const r95 = pairedDifference([10, 12, 11, 13], [9, 11.5, 10, 12.5]);
    expect(r90.interval!.high - r90.interval!.low).toBeLessThan(r95.interval!.high - r95.interval!.low);
  });
});

describe('pairedDifference, coverage over seeded synthetic replicates', () => {
  // Seed 'stats/paired-coverage'. 2000 cases of 10 replicates. Replicate i shares a draw
  // uᵢ ~ N(0, 1) between policies (common random numbers) plus independent N(0, 0.3²) noise:
  // Aᵢ = 5 + uᵢ + 0.3·εᵢ, Bᵢ = 5 + δ + uᵢ + 0.3·ηᵢ, true δ = 0.2. dᵢ ~ N(δ, 2·0.09) exactly,
  // so the t interval's coverage is exactly 95% in theory.
  const rng = makeRng('stats/paired-coverage');
  const delta = 0.2,
    cases = 2000,
    n = 10;
  let covered = 0,
    unpairedCovered = 0,
    ratioSum = 0;
  for (let c = 0; c < cases; c++) {
    const a: number[] = [],
      b: number[] = [];
    for (let i = 0; i < n; i++) {
      const u = normal(rng);
      a.push(5 + u + 0.3 * normal(rng));
      b.push(5 + delta + u + 0.3 * normal(rng));
    }
    const r = pairedDifference(a, b);
    if (contains(r.interval!, delta)) covered++;
    if (contains(r.unpaired!.interval, delta)) unpairedCovered++;
    ratioSum += r.widthRatio!;
  }
  const coverage = covered / cases;

  it(`covers the true difference 93–97% of the time (measured ${(100 * coverage).toFixed(1)}%)`, () => {
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });

  it('common random numbers narrow the interval (here to about 30% of the unpaired width)', () => {
    // Theory: s_d/√(s_A² + s_B²) = √0.18/√(2·1.09) = 0.287; the t* differ a little.
    const meanRatio = ratioSum / cases;
    expect(meanRatio).toBeGreaterThan(0.2);
    expect(meanRatio).toBeLessThan(0.4);
    // The unpaired interval is valid too, just much wider: it covers at least as often.
    expect(unpairedCovered / cases).toBeGreaterThanOrEqual(0.95);
  });
});
