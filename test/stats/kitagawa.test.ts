/**
 * Kitagawa decomposition: a hand-worked case, exact additivity on seeded random tables,
 * symmetry, one-sided cells and the pure-rate and pure-mix cases.
 */
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/random/rng.ts';
import { kitagawa } from '../../sim/stats/kitagawa.ts';
import type { RateCell } from '../../sim/stats/rate-cells.ts';

describe('kitagawa, hand-worked', () => {
  // Shares: small 0.8 → 0.4, large 0.2 → 0.6. Rates: small 0.05 → 0.04, large 0.30 → 0.25.
  // R₁ = 0.8·0.05 + 0.2·0.30 = 0.10; R₂ = 0.4·0.04 + 0.6·0.25 = 0.166; raw +0.066.
  // Rate effect: small (0.04 − 0.05)(0.8 + 0.4)/2 = −0.006; large (0.25 − 0.30)(0.2 + 0.6)/2 = −0.020
  //   → −0.026.
  // Mix effect: small (0.4 − 0.8)(0.05 + 0.04)/2 = −0.018; large (0.6 − 0.2)(0.30 + 0.25)/2 = +0.110
  //   → +0.092.   Check: −0.026 + 0.092 = 0.066.
  const cells: RateCell[] = [
    { key: 'small', preCount: 80, preRate: 0.05, postCount: 40, postRate: 0.04 },
    { key: 'large', preCount: 20, preRate: 0.3, postCount: 60, postRate: 0.25 },
  ];
  const k = kitagawa(cells)!;

  it('rates, effects and per-cell terms', () => {
    expect(k.preRate).toBeCloseTo(0.1, 15);
    expect(k.postRate).toBeCloseTo(0.166, 15);
    expect(k.rawChange).toBeCloseTo(0.066, 15);
    expect(k.rateEffect).toBeCloseTo(-0.026, 15);
    expect(k.mixEffect).toBeCloseTo(0.092, 15);
    expect(k.cells.map((c) => [c.key, c.preShare, c.postShare])).toEqual([
      ['small', 0.8, 0.4],
      ['large', 0.2, 0.6],
    ]);
    expect(k.cells[0]!.rateEffect).toBeCloseTo(-0.006, 15);
    expect(k.cells[1]!.mixEffect).toBeCloseTo(0.11, 15);
    expect(k.oneSided).toEqual([]);
  });

  it('rate + mix = raw change', () => {
    expect(Math.abs(k.rateEffect + k.mixEffect - k.rawChange)).toBeLessThanOrEqual(1e-16);
  });

  it('swapping the periods negates both effects (the symmetric form has no reference period)', () => {
    const swapped = kitagawa(
      cells.map((c) => ({
        key: c.key,
        preCount: c.postCount,
        preRate: c.postRate,
        postCount: c.preCount,
        postRate: c.preRate,
      })),
    )!;
    expect(swapped.rateEffect).toBeCloseTo(-k.rateEffect, 15);
    expect(swapped.mixEffect).toBeCloseTo(-k.mixEffect, 15);
  });
});

describe('kitagawa, properties', () => {
  it('rate + mix add up to the raw change on 2000 seeded random tables (seed stats/kitagawa)', () => {
    const rng = makeRng('stats/kitagawa');
    let worst = 0;
    for (let t = 0; t < 2000; t++) {
      const nCells = 1 + rng.int(30);
      const cells: RateCell[] = Array.from({ length: nCells }, (_, i) => {
        const preCount = rng.next() < 0.1 ? 0 : 1 + rng.int(500);
        const postCount = rng.next() < 0.1 ? 0 : 1 + rng.int(500);
        // rates: shares for some tables, dollars per order for others
        const scale = t % 2 === 0 ? 1 : 40;
        return {
          key: `c${i}`,
          preCount,
          preRate: preCount > 0 ? rng.next() * scale : null,
          postCount,
          postRate: postCount > 0 ? rng.next() * scale : null,
        };
      });
      const k = kitagawa(cells);
      if (k === null) continue;
      const scale = Math.max(1, Math.abs(k.preRate), Math.abs(k.postRate));
      worst = Math.max(worst, Math.abs(k.rateEffect + k.mixEffect - k.rawChange) / scale);
      const cellSum = k.cells.reduce((s, c) => s + c.rateEffect + c.mixEffect, 0);
      expect(Math.abs(cellSum - k.rawChange) / scale).toBeLessThan(1e-13);
    }
    expect(worst).toBeLessThan(1e-13);
  });

  it('same mix ⇒ mix effect 0; same rates ⇒ rate effect 0', () => {
    const sameMix = kitagawa([
      { key: 'a', preCount: 30, preRate: 0.1, postCount: 60, postRate: 0.2 },
      { key: 'b', preCount: 70, preRate: 0.3, postCount: 140, postRate: 0.1 },
    ])!;
    expect(sameMix.mixEffect).toBeCloseTo(0, 15);
    expect(sameMix.rateEffect).toBeCloseTo(sameMix.rawChange, 15);
    const sameRates = kitagawa([
      { key: 'a', preCount: 30, preRate: 0.1, postCount: 90, postRate: 0.1 },
      { key: 'b', preCount: 70, preRate: 0.3, postCount: 10, postRate: 0.3 },
    ])!;
    expect(sameRates.rateEffect).toBeCloseTo(0, 15);
    expect(sameRates.mixEffect).toBeCloseTo(sameRates.rawChange, 15);
  });

  it('a cell seen in one period only counts entirely as mix', () => {
    // 'new' (a new region) has only post orders: 50 of 150 post orders at rate 0.4.
    // Its rate effect is 0 and its mix effect (1/3 − 0)(0.4 + 0.4)/2 = 0.1333 = w₂r₂.
    const k = kitagawa([
      { key: 'old', preCount: 100, preRate: 0.1, postCount: 100, postRate: 0.1 },
      { key: 'new', preCount: 0, preRate: null, postCount: 50, postRate: 0.4 },
    ])!;
    // R₁ = 0.1; R₂ = (10 + 20)/150 = 0.2; raw +0.1.
    // old: rate 0; mix (2/3 − 1)(0.2)/2 = −0.0333. new: mix +0.1333. Total mix +0.1.
    expect(k.oneSided).toEqual(['new']);
    expect(k.cells[1]!.rateEffect).toBe(0);
    expect(k.cells[1]!.mixEffect).toBeCloseTo(0.4 / 3, 15);
    expect(k.rateEffect).toBeCloseTo(0, 15);
    expect(k.mixEffect).toBeCloseTo(0.1, 15);
    expect(k.rawChange).toBeCloseTo(0.1, 15);
  });

  it('null when a period has no orders; cells empty in both periods are dropped', () => {
    expect(kitagawa([{ key: 'a', preCount: 0, preRate: null, postCount: 5, postRate: 0.1 }])).toBeNull();
    const k = kitagawa([
      { key: 'a', preCount: 5, preRate: 0.1, postCount: 5, postRate: 0.2 },
      { key: 'z', preCount: 0, preRate: null, postCount: 0, postRate: null },
    ])!;
    expect(k.cells.map((c) => c.key)).toEqual(['a']);
  });
});
