/** Regularized incomplete beta: closed forms, symmetry, scipy.special.betainc values. */
import { describe, expect, it } from 'vitest';
import { betaTails, regularizedIncompleteBeta } from '../../sim/stats/incomplete-beta.ts';

describe('regularizedIncompleteBeta', () => {
  it('I_0.4(2, 3) = P(Binomial(4, 0.4) ≥ 2) = 1 − 0.6⁴ − 4·0.4·0.6³ = 1 − 0.1296 − 0.3456 = 0.5248', () => {
    expect(regularizedIncompleteBeta(0.4, 2, 3)).toBeCloseTo(0.5248, 14);
  });

  it('closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ', () => {
    for (const x of [0.01, 0.3, 0.77, 0.999]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedIncompleteBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regularizedIncompleteBeta(x, 1, 2.5)).toBeCloseTo(1 - (1 - x) ** 2.5, 14);
    }
  });

  it('matches scipy.special.betainc', () => {
    expect(regularizedIncompleteBeta(0.1, 0.5, 0.5)).toBeCloseTo(0.20483276469913345, 13);
    expect(regularizedIncompleteBeta(0.45, 50, 60)).toBeCloseTo(0.4642352914306031, 12);
  });

  it('symmetry I_x(a, b) = 1 − I_{1−x}(b, a); both tails add to 1', () => {
    for (const [x, a, b] of [
      [0.2, 2, 7],
      [0.6, 0.7, 3],
      [0.95, 12, 0.5],
    ] as const) {
      expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(1 - regularizedIncompleteBeta(1 - x, b, a), 13);
      const t = betaTails(x, 1 - x, a, b);
      expect(t.lower + t.upper).toBeCloseTo(1, 14);
    }
  });

  it('ends and bad shapes', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow(RangeError);
  });
});
