/** Pilot sizing by difference in differences: known answers and a simulation with a known effect. */
import { describe, expect, it } from 'vitest';
import { normal } from './draws.ts';
import { makeRng } from '../../sim/random/rng.ts';
import { didDays, didMinimumEffect, didPower, didStandardError } from '../../sim/stats/did-power.ts';

const Z = 1.959963984540054 + 0.8416212335729143; // z.975 + z.8 = 2.801585

describe('didDays', () => {
  it('σ = 1 before and during, δ = 0.5, every day a cell: the two-sample 2·(z.975 + z.8)²·σ²/δ² = 2·7.84888·4 = 62.79 → 63 days', () => {
    expect(didDays(0.5, { sdBefore: 1, sdDuring: 1, coverage: 1 })).toBe(Math.ceil((2 * Z * Z) / 0.25));
    expect(didDays(0.5, { sdBefore: 1, sdDuring: 1, coverage: 1 })).toBe(63);
  });
  it('days with no cell stretch the calendar: coverage ½ → 125.58 → 126 days; the sign of δ does not matter', () => {
    expect(didDays(-0.5, { sdBefore: 1, sdDuring: 1, coverage: 0.5 })).toBe(126);
  });
  it('unequal spreads add: σ² = 1 + 4 → (z + z)²·5/0.25 = 156.98 → 157 days', () => {
    expect(didDays(0.5, { sdBefore: 1, sdDuring: 2, coverage: 1 })).toBe(157);
  });
  it('no difference: never; a tiny spread still needs two cells on each side', () => {
    expect(didDays(0, { sdBefore: 1, sdDuring: 1, coverage: 1 })).toBeNull();
    expect(didDays(5, { sdBefore: 0.01, sdDuring: 0.01, coverage: 0.25 })).toBe(8);
  });
  it('refuses a coverage outside (0, 1]', () => {
    expect(() => didDays(1, { sdBefore: 1, sdDuring: 1, coverage: 0 })).toThrow(RangeError);
    expect(() => didDays(1, { sdBefore: 1, sdDuring: 1, coverage: 1.5 })).toThrow(RangeError);
  });
});

describe('didPower, didMinimumEffect', () => {
  const o = { sdBefore: 1, sdDuring: 1, coverage: 1 };
  it('at the sized length the power is 80% and the smallest detectable effect is δ', () => {
    // se(62.79) = √(2/62.79) = 0.17847; δ/se = 2.8016 → Φ(0.8416) + Φ(−4.76) = 0.8000
    expect(didStandardError((2 * Z * Z) / 0.25, o)).toBeCloseTo(Math.sqrt(2 / ((2 * Z * Z) / 0.25)), 12);
    expect(didPower((2 * Z * Z) / 0.25, 0.5, o)).toBeCloseTo(0.8, 4);
    expect(didMinimumEffect((2 * Z * Z) / 0.25, o)).toBeCloseTo(0.5, 10);
    // 90 days: (z + z)·√(2/90) = 2.801585·0.149071 = 0.41764
    expect(didMinimumEffect(90, o)).toBeCloseTo(0.41764, 4);
  });
  it('no effect: power is α', () => {
    expect(didPower(30, 0, o)).toBeCloseTo(0.05, 12);
  });
});

describe('a simulated pilot with a known effect', () => {
  it('detects it about 80% of the time at the computed length (1,000 pilots of daily order-level data)', () => {
    // each day: the cohort gets 3 orders with probability 0.7 (else none), the rest 20; a
    // per-order cost of N(10, 4²) plus a day effect N(0, 1) shared by both groups. The
    // cohort's own day effect is N(0, 0.5²). During the pilot the cohort's cost falls by δ.
    const rng = makeRng('did-power-simulation');
    const p = 0.7,
      delta = 1.5;
    const day = (effect: number): number | null => {
      const shared = normal(rng);
      const own = 0.5 * normal(rng);
      const cohortToday = rng.next() < p;
      let c = 0,
        r = 0;
      for (let i = 0; i < 3; i++) c += 10 + shared + own - effect + 4 * normal(rng);
      for (let i = 0; i < 20; i++) r += 10 + shared + 4 * normal(rng);
      return cohortToday ? c / 3 - r / 20 : null;
    };
    // the spread of the cells: per-order noise 16/3 + 16/20, the cohort's own 0.25 (shared cancels)
    const sigma = Math.sqrt(16 / 3 + 16 / 20 + 0.25);
    const days = didDays(delta, { sdBefore: sigma, sdDuring: sigma, coverage: p })!;
    // 2·7.84888·6.38333/2.25 = 44.54 cells / 0.7 = 63.6 → 64 days
    expect(days).toBe(64);
    let detected = 0;
    const runs = 1000;
    for (let k = 0; k < runs; k++) {
      const before: number[] = [],
        during: number[] = [];
      for (let d = 0; d < days; d++) {
        const b = day(0),
          a = day(delta);
        if (b !== null) before.push(b);
        if (a !== null) during.push(a);
      }
      const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
      const variance = (x: number[]) => {
        const m = mean(x);
        return x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1);
      };
      const se = Math.sqrt(variance(before) / before.length + variance(during) / during.length);
      if (Math.abs(mean(during) - mean(before)) / se > 1.959963984540054) detected++;
    }
    // binomial standard error √(0.8·0.2/1000) = 0.0126: within about 3 of them
    expect(detected / runs).toBeGreaterThan(0.76);
    expect(detected / runs).toBeLessThan(0.84);
  });
});
