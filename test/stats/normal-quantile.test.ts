/** Normal quantile (AS 241) against scipy.stats.norm.ppf (scipy 1.17.1). */
import { probit } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../sim/stats/normal-quantile.ts';

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.8, 0.8416212335729143],
    [0.3, -0.5244005127080409],
    [1e-10, -6.361340902404056],
    [0.999999, 4.753424308817087],
    [1e-300, -37.0470962993612],
  ])('Φ⁻¹(%s) = %s', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 13);
  });

  it('is 0 at ½, ±∞ at the ends, and antisymmetric', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    for (const p of [0.01, 0.2, 0.4, 0.49]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 14);
  });

  it('is more precise than simple-statistics probit, which is why it exists', () => {
    expect(Math.abs(probit(0.975) - 1.959963984540054)).toBeGreaterThan(1e-3);
    expect(normalQuantile(0.975).toFixed(3)).toBe('1.960');
  });

  it('rejects probabilities outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
