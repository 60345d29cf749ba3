/** Direct standardization to the pre period's mix: hand-worked cases and cell handling. */
import { describe, expect, it } from 'vitest';
import type { RateCell } from '../../sim/stats/rate-cells.ts';
import { directStandardize, standardizeToPre } from '../../sim/stats/standardize.ts';

describe('directStandardize', () => {
  it('Σ w·r / Σ w: rates 0.10, 0.20 with weights 300, 100 → (30 + 20)/400 = 0.125', () => {
    expect(directStandardize([0.1, 0.2], [300, 100])).toBeCloseTo(0.125, 15);
  });
  it('skips null rates and zero weights; null when nothing is left', () => {
    expect(directStandardize([0.1, null, 0.4], [1, 5, 0])).toBeCloseTo(0.1, 15);
    expect(directStandardize([null], [3])).toBeNull();
    expect(directStandardize([], [])).toBeNull();
  });
  it('rejects mismatched lengths and negative weights', () => {
    expect(() => directStandardize([0.1], [1, 2])).toThrow(RangeError);
    expect(() => directStandardize([0.1], [-1])).toThrow(RangeError);
  });
});

describe('standardizeToPre', () => {
  // Small orders: pre 80 at 5% late, post 40 at 4%. Large orders: pre 20 at 30%, post 60 at 25%.
  // Crude: pre (80·0.05 + 20·0.30)/100 = (4 + 6)/100 = 0.10;
  //        post (40·0.04 + 60·0.25)/100 = (1.6 + 15)/100 = 0.166 → raw change +0.066.
  // Pre mix 0.8/0.2: post standardized = 0.8·0.04 + 0.2·0.25 = 0.032 + 0.05 = 0.082
  // → adjusted change 0.082 − 0.10 = −0.018: within cells it improved; the raw rise is mix.
  const cells: RateCell[] = [
    { key: 'small', preCount: 80, preRate: 0.05, postCount: 40, postRate: 0.04 },
    { key: 'large', preCount: 20, preRate: 0.3, postCount: 60, postRate: 0.25 },
  ];

  it('hand-worked two-cell case', () => {
    const r = standardizeToPre(Object.freeze(cells.map((c) => Object.freeze({ ...c }))));
    expect(r.preRate).toBeCloseTo(0.1, 15);
    expect(r.postRate).toBeCloseTo(0.166, 15);
    expect(r.rawChange).toBeCloseTo(0.066, 15);
    expect(r.standardizedPreRate).toBeCloseTo(0.1, 15);
    expect(r.standardizedPostRate).toBeCloseTo(0.082, 15);
    expect(r.adjustedChange).toBeCloseTo(-0.018, 15);
    expect(r.coverage).toBe(1);
    expect(r.cellsWithoutPost).toEqual([]);
  });

  it('same rates in every cell: adjusted change 0 however the mix moved', () => {
    const r = standardizeToPre([
      { key: 'x', preCount: 10, preRate: 0.2, postCount: 90, postRate: 0.2 },
      { key: 'y', preCount: 90, preRate: 0.6, postCount: 10, postRate: 0.6 },
    ]);
    // pre: 0.1·0.2 + 0.9·0.6 = 0.56; post: 0.9·0.2 + 0.1·0.6 = 0.24 → raw −0.32, adjusted 0.
    expect(r.rawChange).toBeCloseTo(-0.32, 14);
    expect(r.adjustedChange).toBeCloseTo(0, 15);
  });

  it('a pre cell with no post orders is left out of the standard and reported', () => {
    // Cell 'gone' has 50 pre orders at 0.5 and none post. Over the shared cells:
    // pre standardized = (80·0.05 + 20·0.30)/100 = 0.10, post standardized 0.082 as above;
    // coverage = 100/150 = 2/3. The crude pre rate includes it: (10 + 25)/150 = 0.2333.
    const r = standardizeToPre([...cells, { key: 'gone', preCount: 50, preRate: 0.5, postCount: 0, postRate: null }]);
    expect(r.preRate).toBeCloseTo(35 / 150, 15);
    expect(r.standardizedPreRate).toBeCloseTo(0.1, 15);
    expect(r.standardizedPostRate).toBeCloseTo(0.082, 15);
    expect(r.coverage).toBeCloseTo(2 / 3, 15);
    expect(r.cellsWithoutPost).toEqual(['gone']);
  });

  it('empty periods give nulls', () => {
    const r = standardizeToPre([{ key: 'a', preCount: 0, preRate: null, postCount: 5, postRate: 0.1 }]);
    expect(r.preRate).toBeNull();
    expect(r.rawChange).toBeNull();
    expect(r.standardizedPostRate).toBeNull();
    expect(r.coverage).toBeNull();
  });

  it('rejects repeated keys, negative counts and missing rates where orders exist', () => {
    expect(() => standardizeToPre([cells[0]!, cells[0]!])).toThrow(/twice/);
    expect(() => standardizeToPre([{ ...cells[0]!, preCount: -1 }])).toThrow(RangeError);
    expect(() => standardizeToPre([{ ...cells[0]!, postRate: null }])).toThrow(/post rate/);
  });
});
