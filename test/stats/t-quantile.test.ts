/**
 * Student t quantiles: the textbook table of two-sided 95% critical values, and precise
 * values from scipy.stats.t.ppf (scipy 1.17.1) for integer, fractional and large df.
 */
import { describe, expect, it } from 'vitest';
import { tCdf } from '../../sim/stats/t-cdf.ts';
import { tCritical, tQuantile } from '../../sim/stats/t-quantile.ts';

describe('tCritical (95%, textbook table)', () => {
  it.each([
    [1, '12.706'],
    [2, '4.303'],
    [5, '2.571'],
    [10, '2.228'],
    [30, '2.042'],
    [120, '1.980'],
    [Infinity, '1.960'],
  ])('ν = %s → %s', (df, table) => {
    expect(tCritical(df).toFixed(3)).toBe(table);
  });

  it('99% values: ν = 10 → 3.169, ν = 30 → 2.750', () => {
    expect(tCritical(10, 0.99).toFixed(3)).toBe('3.169');
    expect(tCritical(30, 0.99).toFixed(3)).toBe('2.750');
  });
});

describe('tQuantile (scipy.stats.t.ppf)', () => {
  // [df, ppf(0.975), ppf(0.995), ppf(0.8), ppf(1e-6)]
  const table: [number, number, number, number, number][] = [
    [1, 12.706204736174694, 63.656741162871526, 1.3763819204711738, -318309.8861827435],
    [2, 4.302652729749462, 9.924843200918287, 1.0606601717798214, -707.1057205259339],
    [3, 3.1824463052837078, 5.840909309733355, 0.9784723123633042, -103.29946778041935],
    [4, 2.7764451051977934, 4.604094871349992, 0.9409645772351816, -41.577854150450975],
    [5, 2.5705818356363146, 4.032142983555228, 0.9195437802408271, -24.771029720515948],
    [10, 2.228138851986274, 3.16927267261695, 0.8790578285505889, -9.751995490940581],
    [30, 2.0422724563012378, 2.7499956535672254, 0.8537672614712979, -5.871117120418882],
    [120, 1.9799304050824402, 2.6174211451068654, 0.8446268377431316, -4.997443829589942],
    [1000, 1.9623390808264083, 2.580754698065951, 0.8419808221624288, -4.781608620458351],
    [1e5, 1.9599877075346095, 2.575878469908375, 0.8416248279969009, -4.753704716391288],
    [2.5, 3.5746548420036817, 7.163728138948783, 1.0101638747222512, -220.17342917823686],
    [0.5, 164.55767348048818, 4113.964588804174, 2.5127179536659203, -102849115631.63399],
    [7.3, 2.345066736547703, 3.451031655622185, 0.8936713571802273, -13.493523060744641],
  ];
  it.each(table)('ν = %s', (df, q975, q995, q80, q1e6) => {
    const rel = (x: number, y: number) => Math.abs(x / y - 1);
    expect(rel(tQuantile(0.975, df), q975)).toBeLessThan(1e-12);
    expect(rel(tQuantile(0.995, df), q995)).toBeLessThan(1e-12);
    expect(rel(tQuantile(0.8, df), q80)).toBeLessThan(1e-12);
    expect(rel(tQuantile(1e-6, df), q1e6)).toBeLessThan(1e-11);
  });

  it('inverts tCdf on a grid of p and fractional ν', () => {
    for (const df of [1.3, 2, 3.7, 9, 26.4, 300, 5000]) {
      for (const p of [0.001, 0.02, 0.3, 0.5, 0.6, 0.9, 0.9999]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });

  it('is antisymmetric, 0 at ½, ±∞ at the ends', () => {
    expect(tQuantile(0.025, 10)).toBe(-tQuantile(0.975, 10));
    expect(tQuantile(0.5, 4)).toBe(0);
    expect(tQuantile(0, 4)).toBe(-Infinity);
    expect(tQuantile(1, 4)).toBe(Infinity);
  });

  it('decreases smoothly in ν across the switch to the Cornish–Fisher expansion at ν = 10⁴', () => {
    const below = tCritical(9999.9),
      above = tCritical(10000.1);
    expect(below).toBeGreaterThan(above);
    expect(below - above).toBeLessThan(1e-8);
    expect(tCritical(1e9)).toBeGreaterThan(tCritical(Infinity));
  });

  it('rejects bad arguments', () => {
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
    expect(() => tQuantile(1.1, 5)).toThrow(RangeError);
    expect(() => tCritical(5, 1)).toThrow(RangeError);
  });
});
