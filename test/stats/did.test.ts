/**
 * Difference-in-differences on collapsed cells: a worked example, the naive per-order SE
 * beside it, input handling, and coverage of both intervals over seeded synthetic pilots
 * with week-level shocks (where the naive one overstates significance).
 */
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/random/rng.ts';
import { differenceInDifferences, type DidCell } from '../../sim/stats/did.ts';
import { contains } from '../../sim/stats/interval.ts';
import { normal, noNaN } from './draws.ts';

const cell = (
  group: DidCell['group'],
  period: DidCell['period'],
  count: number,
  value: number,
  label?: string,
): DidCell => ({ group, period, count, value, ...(label ? { label } : {}) });

describe('differenceInDifferences, worked example', () => {
  // Two weeks per group and period, 1000 orders a week, late-delivery rates:
  //   treated pre 0.10, 0.12 → 0.11; post 0.06, 0.08 → 0.07 (change −0.04)
  //   control pre 0.10, 0.10 → 0.10; post 0.09, 0.11 → 0.10 (change 0)
  // DiD = −0.04 − 0 = −0.04.
  // Collapsed-cell variance per group-period (m = 2, deviations ±0.01):
  //   V = 2/(2−1) · (1000²·0.01² + 1000²·0.01²)/2000² = 2·200/4 000 000 = 1e-4
  //   (control pre: 0). SE = √(3e-4) = 0.0173205; ν = (3e-4)²/(3·(1e-4)²/1) = 3;
  //   t*(3) = 3.182446 → interval −0.04 ± 0.0551216 = [−0.0951216, 0.0151216]: includes 0.
  // Naive per-order: Σ ȳ(1−ȳ)/(N−1) with N = 2000 per group-period:
  //   (0.11·0.89 + 0.07·0.93 + 0.10·0.90 + 0.10·0.90)/1999 = 0.343/1999 = 1.715858e-4
  //   → SE 0.0130991, interval −0.04 ± 1.959964·0.0130991 = [−0.0656738, −0.0143262]:
  //   excludes 0. Design effect (0.0173205/0.0130991)² = 3e-4/1.715858e-4 = 1.748397.
  const cells = Object.freeze([
    cell('treated', 'pre', 1000, 0.1, 'w1'),
    cell('treated', 'pre', 1000, 0.12, 'w2'),
    cell('treated', 'post', 1000, 0.06, 'w3'),
    cell('treated', 'post', 1000, 0.08, 'w4'),
    cell('control', 'pre', 1000, 0.1, 'w1'),
    cell('control', 'pre', 1000, 0.1, 'w2'),
    cell('control', 'post', 1000, 0.09, 'w3'),
    cell('control', 'post', 1000, 0.11, 'w4'),
  ]);
  const r = differenceInDifferences(cells);

  it('group-period means and the estimate', () => {
    expect(r.treatedPre).toMatchObject({ cells: 2, orders: 2000 });
    expect(r.treatedPre.mean).toBeCloseTo(0.11, 15);
    expect(r.treatedPost.mean).toBeCloseTo(0.07, 15);
    expect(r.controlPre.mean).toBeCloseTo(0.1, 15);
    expect(r.controlPost.mean).toBeCloseTo(0.1, 15);
    expect(r.estimate).toBeCloseTo(-0.04, 15);
  });

  it('collapsed-cell SE, degrees of freedom and interval', () => {
    expect(r.treatedPre.variance).toBeCloseTo(1e-4, 15);
    expect(r.controlPre.variance).toBe(0);
    expect(r.standardError).toBeCloseTo(Math.sqrt(3e-4), 14);
    expect(r.df).toBeCloseTo(3, 12);
    expect(r.interval!.low).toBeCloseTo(-0.04 - 3.1824463052837078 * Math.sqrt(3e-4), 12);
    expect(r.interval!.high).toBeCloseTo(-0.04 + 3.1824463052837078 * Math.sqrt(3e-4), 12);
    expect(r.excludesZero).toBe(false);
  });

  it('the naive per-order SE is smaller and calls the same data significant', () => {
    expect(r.naive!.standardError).toBeCloseTo(Math.sqrt(0.343 / 1999), 14);
    expect(r.naive!.interval.high).toBeCloseTo(-0.04 + 1.959963984540054 * Math.sqrt(0.343 / 1999), 12);
    expect(r.naive!.excludesZero).toBe(true);
    expect(r.designEffect).toBeCloseTo(3e-4 / (0.343 / 1999), 12);
  });
});

describe('differenceInDifferences, inputs', () => {
  it('weights cells by orders', () => {
    // treated pre: 100 orders at 0.2 and 300 at 0.1 → (20 + 30)/400 = 0.125
    const r = differenceInDifferences([
      cell('treated', 'pre', 100, 0.2),
      cell('treated', 'pre', 300, 0.1),
      cell('treated', 'post', 10, 0.1),
      cell('control', 'pre', 10, 0.1),
      cell('control', 'post', 10, 0.1),
    ]);
    expect(r.treatedPre.mean).toBeCloseTo(0.125, 15);
    expect(r.estimate).toBeCloseTo(0.1 - 0.125, 15);
  });

  it('one cell in a group-period: estimate but no interval (null, not NaN)', () => {
    const r = differenceInDifferences([
      cell('treated', 'pre', 100, 0.2),
      cell('treated', 'post', 100, 0.1),
      cell('control', 'pre', 100, 0.2),
      cell('control', 'post', 100, 0.2),
    ]);
    expect(r.estimate).toBeCloseTo(-0.1, 15);
    expect(r.standardError).toBeNull();
    expect(r.interval).toBeNull();
    expect(r.excludesZero).toBeNull();
    expect(r.naive).not.toBeNull();
    expect(noNaN(r)).toBe(true);
  });

  it('per-order means with within-cell SDs: naive variance from the total sum of squares', () => {
    // Each group-period: cells (500 orders, $8.00, sd 3) and (500, $8.40, sd 3): mean 8.20,
    // order variance (2·499·9 + 500·0.2² + 500·0.2²)/999 = (8982 + 40)/999 = 9.031031
    // naive SE = √(4·9.031031/1000) = 0.190063
    const gp = (g: DidCell['group'], p: DidCell['period']): DidCell[] => [
      { group: g, period: p, count: 500, value: 8, sd: 3 },
      { group: g, period: p, count: 500, value: 8.4, sd: 3 },
    ];
    const r = differenceInDifferences([
      ...gp('treated', 'pre'),
      ...gp('treated', 'post'),
      ...gp('control', 'pre'),
      ...gp('control', 'post'),
    ]);
    expect(r.estimate).toBeCloseTo(0, 14);
    expect(r.naive!.standardError).toBeCloseTo(Math.sqrt((4 * 9022) / 999 / 1000), 13);
  });

  it('values outside [0, 1] without SDs: no naive SE', () => {
    const r = differenceInDifferences([
      cell('treated', 'pre', 10, 8),
      cell('treated', 'pre', 10, 9),
      cell('treated', 'post', 10, 7),
      cell('treated', 'post', 10, 8),
      cell('control', 'pre', 10, 8),
      cell('control', 'pre', 10, 9),
      cell('control', 'post', 10, 8),
      cell('control', 'post', 10, 9),
    ]);
    expect(r.naive).toBeNull();
    expect(r.designEffect).toBeNull();
    expect(r.estimate).toBeCloseTo(-1, 14);
    expect(r.interval).not.toBeNull();
  });

  it('rejects a missing group-period, empty cells and non-finite values', () => {
    expect(() =>
      differenceInDifferences([
        cell('treated', 'pre', 1, 0.1),
        cell('treated', 'post', 1, 0.1),
        cell('control', 'pre', 1, 0.1),
      ]),
    ).toThrow(/control post/);
    expect(() => differenceInDifferences([cell('treated', 'pre', 0, 0.1)])).toThrow(RangeError);
    expect(() => differenceInDifferences([cell('treated', 'pre', 5, Number.NaN, 'week 3')])).toThrow(/week 3/);
  });
});

describe('differenceInDifferences, coverage with week-level shocks', () => {
  // Seed 'stats/did-coverage'. 400 synthetic pilots: 8 pre and 8 post weeks, 200 orders per
  // group-week. Late probability = base (treated 0.10, control 0.12) + 0.01 after the switch
  // (a common trend) − 0.03 for treated post weeks (the true effect) + a week shock
  // N(0, 0.02²) per group-week that all the week's orders share. Each order is late with
  // that probability. Week shocks (variance 4e-4) are about as large as the binomial noise
  // of a week's rate (0.1·0.9/200 = 4.5e-4), so the per-order SE is too small by about √1.9.
  const rng = makeRng('stats/did-coverage');
  const truth = -0.03,
    cases = 400,
    weeks = 8,
    orders = 200;
  let covered = 0,
    naiveCovered = 0;
  for (let c = 0; c < cases; c++) {
    const cells: DidCell[] = [];
    for (const group of ['treated', 'control'] as const) {
      for (const period of ['pre', 'post'] as const) {
        for (let w = 0; w < weeks; w++) {
          const p =
            (group === 'treated' ? 0.1 : 0.12) +
            (period === 'post' ? 0.01 : 0) +
            (group === 'treated' && period === 'post' ? truth : 0) +
            0.02 * normal(rng);
          let late = 0;
          for (let i = 0; i < orders; i++) if (rng.next() < p) late++;
          cells.push({ group, period, count: orders, value: late / orders });
        }
      }
    }
    const r = differenceInDifferences(cells);
    if (contains(r.interval!, truth)) covered++;
    if (contains(r.naive!.interval, truth)) naiveCovered++;
  }
  const coverage = covered / cases,
    naiveCoverage = naiveCovered / cases;

  it(`the collapsed-cell interval covers the truth 93–97% of the time (measured ${(100 * coverage).toFixed(1)}%)`, () => {
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });

  it(`the naive per-order interval undercovers (measured ${(100 * naiveCoverage).toFixed(1)}%)`, () => {
    expect(naiveCoverage).toBeLessThan(0.9);
  });
});
