/**
 * Sampling helpers, driven by a scripted Rng whose `next()` returns chosen uniforms, so every
 * draw has a hand-worked answer.
 */
import { describe, expect, it } from 'vitest';
import { cumulative, logNormal, normal, pickWeighted, poisson } from '../../sim/generate/sampling.ts';
import { makeRng, type Rng } from '../../sim/random/rng.ts';

/** An Rng whose next() returns `draws` in order (and throws when they run out). */
function scripted(...draws: number[]): Rng {
  let i = 0;
  return {
    seed: 'scripted',
    next: () => {
      if (i >= draws.length) throw new Error('scripted rng ran out of draws');
      return draws[i++]!;
    },
    int: () => {
      throw new Error('not used');
    },
    fork: () => {
      throw new Error('not used');
    },
    keyed: () => {
      throw new Error('not used');
    },
  };
}

/** The uniform u whose exponential gap −ln(1 − u) is `t`. */
const gap = (t: number) => 1 - Math.exp(-t);

describe('cumulative', () => {
  it('gives running sums', () => {
    expect([...cumulative([1, 2, 3, 0, 4])]).toEqual([1, 3, 6, 6, 10]);
    expect([...cumulative([5])]).toEqual([5]);
    expect([...cumulative([])]).toEqual([]);
  });
});

describe('pickWeighted', () => {
  const cum = cumulative([1, 2, 0, 1]); // [1, 3, 3, 4]: index 0 takes [0,1), 1 takes [1,3), 3 takes [3,4)
  it('picks the first index whose cumulative weight exceeds u × total', () => {
    expect(pickWeighted(scripted(0), cum)).toBe(0); // u·4 = 0
    expect(pickWeighted(scripted(0.2499), cum)).toBe(0); // 0.9996 < 1
    expect(pickWeighted(scripted(0.25), cum)).toBe(1); // exactly 1: not > 1, so index 1
    expect(pickWeighted(scripted(0.7499), cum)).toBe(1); // 2.9996 < 3
    expect(pickWeighted(scripted(0.75), cum)).toBe(3); // 3: skips the zero-weight index 2
    expect(pickWeighted(scripted(0.9999), cum)).toBe(3);
  });

  it('always picks the only index of one weight', () => {
    expect(pickWeighted(scripted(0.5), cumulative([7]))).toBe(0);
  });

  it('over many seeded draws matches the weights', () => {
    const rng = makeRng(11);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pickWeighted(rng, cum)]!++;
    // expected 10 000, 20 000, 0, 10 000; sd of a count ≈ √(40 000 · 0.25 · 0.75) ≈ 87
    expect(counts[2]).toBe(0);
    expect(Math.abs(counts[0]! - 10_000)).toBeLessThan(500);
    expect(Math.abs(counts[1]! - 20_000)).toBeLessThan(600);
  });
});

describe('poisson', () => {
  it('counts the exponential gaps that fit before lambda', () => {
    // gaps 0.5, 0.5 (t = 1.0), 0.6 (t = 1.6 ≥ 1.5): two arrivals
    expect(poisson(scripted(gap(0.5), gap(0.5), gap(0.6)), 1.5)).toBe(2);
    // first gap 2 ≥ lambda 1.5: none
    expect(poisson(scripted(gap(2)), 1.5)).toBe(0);
    // u = 0: gap 0, t = 0 < 0.1 counts; then gap 1 ends it
    expect(poisson(scripted(0, gap(1)), 0.1)).toBe(1);
  });

  it('is 0 for lambda 0', () => {
    expect(poisson(scripted(0.3), 0)).toBe(0);
  });

  it('has mean lambda over many seeded draws', () => {
    const rng = makeRng(3);
    let s = 0;
    for (let i = 0; i < 20_000; i++) s += poisson(rng, 4);
    // sd of the mean = √(4 / 20 000) ≈ 0.014
    expect(Math.abs(s / 20_000 - 4)).toBeLessThan(0.07);
  });
});

describe('normal and logNormal', () => {
  it('Box–Muller: √(−2 ln(1 − u₁)) · cos(2π u₂)', () => {
    // u₁ with −ln(1 − u₁) = 0.5: radius √1 = 1; u₂ = 0: cos 0 = 1
    expect(normal(scripted(gap(0.5), 0))).toBeCloseTo(1, 12);
    // u₂ = 0.5: cos π = −1
    expect(normal(scripted(gap(0.5), 0.5))).toBeCloseTo(-1, 12);
    // −ln(1 − u₁) = 2: radius 2; u₂ = 0.25: cos(π/2) = 0
    expect(normal(scripted(gap(2), 0.25))).toBeCloseTo(0, 12);
    // u₁ = 0: radius 0
    expect(normal(scripted(0, 0.7))).toBe(0);
  });

  it('logNormal is median · e^(σ z)', () => {
    expect(logNormal(scripted(gap(0.5), 0), 10, 0.5)).toBeCloseTo(10 * Math.exp(0.5), 12); // z = 1
    expect(logNormal(scripted(0, 0), 10, 0.5)).toBe(10); // z = 0: the median
    expect(logNormal(scripted(gap(0.5), 0), 10, 0)).toBe(10); // no spread
  });

  it('seeded normal draws have mean 0 and variance 1', () => {
    const rng = makeRng(5);
    let s = 0,
      s2 = 0;
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const z = normal(rng);
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.04); // sd of the mean 0.007
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.05); // sd ≈ √(2/n) = 0.01
  });
});
