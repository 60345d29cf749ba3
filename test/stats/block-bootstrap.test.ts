/**
 * Day-block bootstrap within one replay: a two-day case whose interval can be worked out
 * by hand, a policy against itself, pairing, undefined metrics, determinism, and the
 * coverage of the 95% interval for a ratio metric over seeded synthetic replays.
 */
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/random/rng.ts';
import { BootstrapDraws, dayBlockBootstrap, dayBlockBootstraps } from '../../sim/stats/block-bootstrap.ts';
import type { Rng } from '../../sim/random/rng.ts';
import { contains } from '../../sim/stats/interval.ts';
import { noNaN } from './draws.ts';

const rate = ([events, orders]: readonly number[]) => (orders === 0 ? null : events! / orders!);

describe('dayBlockBootstrap, hand-worked', () => {
  // Two days of 100 orders. A: 10 then 30 late; B: 5 then 27 late.
  // Point estimate: B 32/200 = 0.16, A 40/200 = 0.20 → −0.04.
  // A resample draws 2 days: {1,1} (p = ¼): 0.05 − 0.10 = −0.05; {1,2} (p = ½): −0.04;
  // {2,2} (p = ¼): 0.27 − 0.30 = −0.03. With 2000 resamples each extreme appears ~500
  // times, far more than the 2.5% = 50 needed, so the 95% percentile interval is exactly
  // [−0.05, −0.03].
  const a = [
      [10, 100],
      [30, 100],
    ],
    b = [
      [5, 100],
      [27, 100],
    ];
  const r = dayBlockBootstrap({ a, b, metric: rate, rng: makeRng('stats/two-days') });

  it('point estimate and interval', () => {
    expect(r.days).toBe(2);
    expect(r.estimateA).toBeCloseTo(0.2, 15);
    expect(r.estimateB).toBeCloseTo(0.16, 15);
    expect(r.difference).toBeCloseTo(-0.04, 15);
    expect(r.interval!.low).toBeCloseTo(-0.05, 15);
    expect(r.interval!.high).toBeCloseTo(-0.03, 15);
    expect(r.excludesZero).toBe(true);
    expect(r.resamples).toBe(2000);
    expect(r.skipped).toBe(0);
    // Bootstrap SE: the three values with probabilities ¼, ½, ¼ have SD √(½·0.01²) = 0.00707.
    expect(r.standardError).toBeGreaterThan(0.0065);
    expect(r.standardError).toBeLessThan(0.0076);
  });
});

describe('dayBlockBootstrap, properties', () => {
  const days = (seed: string, n: number) => {
    const g = makeRng(seed);
    return Array.from({ length: n }, () => {
      const orders = 80 + g.int(40);
      return [g.int(Math.round(orders * 0.2)), orders];
    });
  };

  it('a policy against itself: difference exactly 0 and interval exactly [0, 0]', () => {
    const a = days('self', 30);
    const r = dayBlockBootstrap({ a, b: a, metric: rate, rng: makeRng(7) });
    expect(r.difference).toBe(0);
    expect(r.interval).toEqual({ low: 0, high: 0 });
    expect(contains(r.interval!, 0)).toBe(true);
    expect(r.excludesZero).toBe(false);
  });

  it('resamples the same days for A and B (paired): a per-day shift of exactly 2 points stays exact', () => {
    // B's late count = A's + 2% of each day's orders, so every resample's difference is 0.02.
    const a = Array.from({ length: 40 }, (_, d) => [10 + ((d * 7) % 13), 100]);
    const b = a.map(([late, orders]) => [late! + 2, orders!]);
    const r = dayBlockBootstrap({ a, b, metric: rate, rng: makeRng(3) });
    expect(r.interval!.low).toBeCloseTo(0.02, 12);
    expect(r.interval!.high).toBeCloseTo(0.02, 12);
  });

  it('same seed ⇒ identical result; another seed ⇒ a different interval', () => {
    const a = days('a', 60),
      b = days('b', 60);
    const run = (seed: string) => dayBlockBootstrap({ a, b, metric: rate, rng: makeRng(seed).fork('bootstrap/late') });
    expect(run('s1')).toEqual(run('s1'));
    expect(run('s1').interval).not.toEqual(run('s2').interval);
  });

  it('counts resamples where the metric is undefined and leaves them out', () => {
    // Day 2 has no orders: a resample of day 2 only (p = ¼) has an empty denominator.
    const a = [
        [1, 10],
        [0, 0],
      ],
      b = [
        [2, 10],
        [0, 0],
      ];
    const r = dayBlockBootstrap({ a, b, metric: rate, rng: makeRng(11), resamples: 400 });
    expect(r.difference).toBeCloseTo(0.1, 15);
    expect(r.skipped).toBeGreaterThan(60);
    expect(r.skipped).toBeLessThan(140);
    expect(r.interval).toEqual({ low: r.difference, high: r.difference });
  });

  it('no interval (null, not NaN) with fewer than 2 days or an undefined estimate', () => {
    const one = dayBlockBootstrap({ a: [[1, 10]], b: [[2, 10]], metric: rate, rng: makeRng(1) });
    expect(one.difference).toBeCloseTo(0.1, 15);
    expect(one.interval).toBeNull();
    expect(noNaN(one)).toBe(true);
    const empty = dayBlockBootstrap({
      a: [
        [0, 0],
        [0, 0],
      ],
      b: [
        [0, 0],
        [0, 0],
      ],
      metric: rate,
      rng: makeRng(1),
    });
    expect(empty.difference).toBeNull();
    expect(empty.interval).toBeNull();
    const none = dayBlockBootstrap({ a: [], b: [], metric: rate, rng: makeRng(1) });
    expect(none.days).toBe(0);
    expect(none.estimateA).toBeNull();
    expect(noNaN(none)).toBe(true);
  });

  it('rejects mismatched days or components and bad options; leaves inputs alone', () => {
    const rng = makeRng(1);
    expect(() => dayBlockBootstrap({ a: [[1, 2]], b: [], metric: rate, rng })).toThrow(RangeError);
    expect(() =>
      dayBlockBootstrap({
        a: [[1, 2], [1]],
        b: [
          [1, 2],
          [1, 2],
        ],
        metric: rate,
        rng,
      }),
    ).toThrow(RangeError);
    expect(() => dayBlockBootstrap({ a: [[1, Number.NaN]], b: [[1, 2]], metric: rate, rng })).toThrow(RangeError);
    expect(() => dayBlockBootstrap({ a: [[1, 2]], b: [[1, 2]], metric: rate, rng, resamples: 0 })).toThrow(RangeError);
    const a = [
        [1, 10],
        [3, 10],
      ],
      b = [
        [2, 10],
        [1, 10],
      ];
    const copyA = structuredClone(a),
      copyB = structuredClone(b);
    dayBlockBootstrap({ a, b, metric: rate, rng });
    expect(a).toEqual(copyA);
    expect(b).toEqual(copyB);
  });
});

describe('dayBlockBootstrap, coverage for a ratio metric over seeded synthetic replays', () => {
  // Seed 'stats/bootstrap-coverage'. 500 replays of 90 days, 2000 resamples each.
  // Day d has 100–160 orders and a day shock u_d ~ U(−0.05, 0.05) shared by both
  // policies: late probability p_A = 0.10 + u_d, p_B = p_A − 0.02. Each order draws one
  // uniform U (common random numbers): late under A if U < p_A, under B if U < p_B. The
  // metric is late orders / orders (a ratio of day sums). Since orders and shocks are
  // independent, E[late_B − late_A] / E[orders] = −0.02: the true difference.
  // The percentile interval runs slightly narrow for 90 units (≈ 94.5% expected).
  const rng = makeRng('stats/bootstrap-coverage');
  const truth = -0.02,
    cases = 500,
    nDays = 90;
  let covered = 0;
  for (let c = 0; c < cases; c++) {
    const a: number[][] = [],
      b: number[][] = [];
    for (let d = 0; d < nDays; d++) {
      const orders = 100 + rng.int(61);
      const pa = 0.1 + (rng.next() - 0.5) * 0.1,
        pb = pa - 0.02;
      let la = 0,
        lb = 0;
      for (let i = 0; i < orders; i++) {
        const u = rng.next();
        if (u < pa) la++;
        if (u < pb) lb++;
      }
      a.push([la, orders]);
      b.push([lb, orders]);
    }
    const r = dayBlockBootstrap({ a, b, metric: rate, rng: rng.fork(`case-${c}`) });
    if (contains(r.interval!, truth)) covered++;
  }
  const coverage = covered / cases;

  it(`covers the true difference 93–97% of the time (measured ${(100 * coverage).toFixed(1)}%)`, () => {
    expect(coverage).toBeGreaterThanOrEqual(0.93);
    expect(coverage).toBeLessThanOrEqual(0.97);
  });
});

/** An Rng whose `int` returns the scripted day indexes in turn (the bootstrap uses nothing else). */
function scripted(draws: number[]): Rng {
  let i = 0;
  const fail = () => {
    throw new Error('not scripted');
  };
  return {
    seed: 'scripted',
    next: fail,
    int: () => draws[i++]!,
    fork: fail,
    keyed: fail,
  };
}

describe('dayBlockBootstraps, one pass, hand-worked', () => {
  // Three days of [late, orders]. A: [1, 10], [3, 10], [2, 20]; B: [0, 10], [2, 10], [4, 20].
  const a = [
      [1, 10],
      [3, 10],
      [2, 20],
    ],
    b = [
      [0, 10],
      [2, 10],
      [4, 20],
    ];
  const seen: number[] = [];
  const [late, count] = dayBlockBootstraps({
    a,
    b,
    resamples: 2,
    statistics: [
      // late rate; resample 1 draws days 0, 0, 1: A 5/30, B 2/30 → −0.1; resample 2 draws 2, 2, 1: A 7/50, B 10/50 → +0.06
      { metric: rate, rng: scripted([0, 0, 1, 2, 2, 1]) },
      // late orders summed, only component 0 summed; resample 1 draws 1, 1, 1: A 9, B 6 → −3; resample 2 draws 0, 1, 2: 6 − 6 → 0
      {
        metric: (t) => {
          seen.push(t[1]!);
          return t[0]!;
        },
        rng: scripted([1, 1, 1, 0, 1, 2]),
        uses: [0],
      },
    ],
  });

  it('the late rate: estimates on all days, type-7 percentiles of the two differences', () => {
    // totals A 6/40, B 6/40
    expect(late!.estimateA).toBe(0.15);
    expect(late!.difference).toBe(0);
    // sorted −0.1, 0.06: low −0.1 + 0.025·0.16 = −0.096, high −0.1 + 0.975·0.16 = 0.056
    expect(late!.interval!.low).toBeCloseTo(-0.096, 12);
    expect(late!.interval!.high).toBeCloseTo(0.056, 12);
    expect(late!.excludesZero).toBe(false);
    // two values 0.16 apart: SD 0.16/√2
    expect(late!.standardError).toBeCloseTo(0.16 / Math.SQRT2, 12);
    expect(late!.resamples).toBe(2);
  });

  it('a statistic summing one component: its own draws, the unread component left at 0', () => {
    expect(count!.estimateA).toBe(6);
    expect(count!.difference).toBe(0);
    // sorted −3, 0: low −3 + 0.025·3 = −2.925, high −3 + 0.975·3 = −0.075
    expect(count!.interval!.low).toBeCloseTo(-2.925, 12);
    expect(count!.interval!.high).toBeCloseTo(-0.075, 12);
    // the all-days totals carry orders (40, 40), the resampled totals do not
    expect(seen).toEqual([40, 40, 0, 0, 0, 0]);
  });

  it('each statistic as one dayBlockBootstrap call with its own stream gives bit-identical results', () => {
    const g = makeRng('one-pass');
    const days = Array.from({ length: 40 }, () => [g.int(9), g.next() * 50, 20 + g.int(10)]);
    const other = days.map(([l, c, n]) => [l! + g.int(3), c! * (0.8 + 0.4 * g.next()), n!]);
    const cost = ([, c, n]: readonly number[]) => c! / n!;
    const lateRate = ([l, , n]: readonly number[]) => l! / n!;
    const many = dayBlockBootstraps({
      a: days,
      b: other,
      resamples: 300,
      statistics: [
        { metric: cost, rng: makeRng(3).fork('cost'), uses: [1, 2] },
        { metric: lateRate, rng: makeRng(3).fork('late') },
      ],
    });
    expect(many).toEqual([
      dayBlockBootstrap({ a: days, b: other, metric: cost, rng: makeRng(3).fork('cost'), resamples: 300 }),
      dayBlockBootstrap({ a: days, b: other, metric: lateRate, rng: makeRng(3).fork('late'), resamples: 300 }),
    ]);
    expect(many[0]!.interval!.low).toBeLessThan(many[0]!.interval!.high);
  });

  it('refuses a component index the days do not have', () => {
    expect(() => dayBlockBootstraps({ a, b, statistics: [{ metric: rate, rng: makeRng(1), uses: [2] }] })).toThrow(
      /component 2/,
    );
  });
});

describe('BootstrapDraws', () => {
  it('a fresh stream draws its days resample by resample, once per seed, days and resamples', () => {
    const draws = new BootstrapDraws();
    const got = draws.of(makeRng(5).fork('m'), 3, 2);
    const g = makeRng(5).fork('m');
    expect(Array.from(got)).toEqual(Array.from({ length: 6 }, () => g.int(3)));
    // the same seed again: the kept draws, nothing drawn from the stream given
    const again = makeRng(5).fork('m');
    expect(draws.of(again, 3, 2)).toBe(got);
    expect(again.next()).toBe(makeRng(5).fork('m').next());
  });

  it('kept for the same seed, and bootstraps sharing them give the results of their own streams', () => {
    const draws = new BootstrapDraws();
    const first = draws.of(makeRng(5).fork('m'), 3, 2);
    expect(draws.of(makeRng(5).fork('m'), 3, 2)).toBe(first);
    expect(draws.of(makeRng(5).fork('m'), 3, 4)).not.toBe(first);
    const g = makeRng('shared');
    const a = Array.from({ length: 20 }, () => [g.int(5), 30 + g.int(10)]);
    const b1 = a.map(([l, n]) => [l! + g.int(2), n!]),
      b2 = a.map(([l, n]) => [Math.max(0, l! - g.int(2)), n!]);
    const shared = new BootstrapDraws();
    for (const b of [b1, b2]) {
      const own = dayBlockBootstrap({ a, b, metric: rate, rng: makeRng(9).fork('late'), resamples: 200 });
      const kept = dayBlockBootstraps({
        a,
        b,
        statistics: [{ metric: rate, rng: makeRng(9).fork('late') }],
        resamples: 200,
        draws: shared,
      });
      expect(kept).toEqual([own]);
    }
  });
});
