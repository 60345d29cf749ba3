/**
 * The bootstrap's resampling core and what BootstrapDraws keeps: a hand-worked resample of one
 * side, fewer resamples taken from the days drawn for more, sides known by their numbers, and
 * bootstraps sharing kept values (one baseline against several policies, resamples asked in
 * any order) bit-identical to bootstraps without them.
 */
import { describe, expect, it } from 'vitest';
import { makeRng } from '../../sim/random/rng.ts';
import { dayBlockBootstrap, dayBlockBootstraps } from '../../sim/stats/block-bootstrap.ts';
import { BootstrapDraws, drawDays, resampleSide } from '../../sim/stats/bootstrap-draws.ts';

const rate = ([events, orders]: readonly number[]) => (orders === 0 ? null : events! / orders!);

describe('resampleSide, hand-worked', () => {
  // three days of [late, orders] by component: late 1, 3, 2; orders 10, 0, 20
  const side = Float64Array.from([1, 3, 2, 10, 0, 20]);
  // resample 0 draws days 0, 0, 1; resample 1 draws 1, 1, 1; resample 2 draws 2, 1, 0
  const drawn = Int32Array.from([0, 0, 1, 1, 1, 1, 2, 1, 0]);

  it('sums each used component over the drawn days and evaluates the metric, null flagged', () => {
    const out = { values: new Float64Array(3), defined: new Uint8Array(3) };
    resampleSide(side, 2, 3, drawn, Int32Array.from([0, 1]), rate, 0, 3, out);
    // 5/20; 9/0 is undefined; 6/30
    expect(Array.from(out.values)).toEqual([0.25, 0, 0.2]);
    expect(Array.from(out.defined)).toEqual([1, 0, 1]);
  });

  it('fills only the resamples asked for, the unused components left at 0', () => {
    const out = { values: new Float64Array(3).fill(-1), defined: new Uint8Array(3) };
    const seen: number[] = [];
    const late = (t: readonly number[]) => (seen.push(t[1]!), t[0]!);
    resampleSide(side, 2, 3, drawn, Int32Array.from([0]), late, 1, 3, out);
    expect(Array.from(out.values)).toEqual([-1, 9, 6]);
    expect(Array.from(out.defined)).toEqual([0, 1, 1]);
    expect(seen).toEqual([0, 0]);
  });
});

describe('BootstrapDraws', () => {
  it('takes fewer resamples from the days drawn for more, drawing nothing from the stream given', () => {
    const draws = new BootstrapDraws();
    const more = draws.of(makeRng(5).fork('m'), 3, 4);
    expect(Array.from(more)).toEqual(Array.from(drawDays(makeRng(5).fork('m'), 3, 4)));
    const fresh = makeRng(5).fork('m');
    expect(Array.from(draws.of(fresh, 3, 2))).toEqual(Array.from(more.subarray(0, 6)));
    expect(fresh.next()).toBe(makeRng(5).fork('m').next());
  });

  it('numbers a side by its numbers', () => {
    const draws = new BootstrapDraws();
    const x = draws.side(Float64Array.from([1, 2, 3]));
    expect(draws.side(Float64Array.from([1, 2, 3]))).toBe(x);
    expect(draws.side(Float64Array.from([1, 2, 4]))).not.toBe(x);
    expect(draws.side(Float64Array.from([1, 2]))).not.toBe(x);
  });

  it('resamples a side once per stream and metric, giving the values of resampleSide', () => {
    const draws = new BootstrapDraws();
    const side = Float64Array.from([1, 3, 2, 10, 0, 20]);
    const id = draws.side(side);
    let calls = 0;
    const counted = (t: readonly number[]) => (calls++, rate(t));
    const used = Int32Array.from([0, 1]);
    const first = draws.resampled(makeRng(2).fork('r'), id, 2, 3, used, counted, 50);
    const own = { values: new Float64Array(50), defined: new Uint8Array(50) };
    resampleSide(side, 2, 3, drawDays(makeRng(2).fork('r'), 3, 50), used, rate, 0, 50, own);
    expect(first).toEqual(own);
    expect(calls).toBe(50);
    // again, fewer, then more: only the 30 new resamples are evaluated
    expect(draws.resampled(makeRng(2).fork('r'), id, 2, 3, used, counted, 20).values).toEqual(
      own.values.subarray(0, 20),
    );
    const longer = draws.resampled(makeRng(2).fork('r'), id, 2, 3, used, counted, 80);
    expect(calls).toBe(80);
    expect(longer.values.subarray(0, 50)).toEqual(own.values);
  });
});

describe('bootstraps sharing kept values', () => {
  // 30 days of [late, orders]; some days without orders, so a 2-day resample can be undefined
  const g = makeRng('shared-values');
  const base = Array.from({ length: 30 }, () => [g.int(6), g.next() < 0.2 ? 0 : 10 + g.int(20)]);
  const policies = [0, 1, 2].map(() => base.map(([l, n]) => [Math.max(0, l! + g.int(3) - 1), n!]));
  const cost = ([, n]: readonly number[]) => n! / 7;

  it('one baseline against several policies, resamples asked in any order: the results of their own streams', () => {
    const draws = new BootstrapDraws();
    for (const [i, b] of policies.entries())
      for (const resamples of [200, 50, 400]) {
        const kept = dayBlockBootstraps({
          a: base,
          b,
          resamples,
          draws,
          statistics: [
            { metric: rate, rng: makeRng(4).fork('late') },
            { metric: cost, rng: makeRng(4).fork('cost'), uses: [1] },
          ],
        });
        const own = [
          dayBlockBootstrap({ a: base, b, metric: rate, rng: makeRng(4).fork('late'), resamples }),
          dayBlockBootstrap({ a: base, b, metric: cost, rng: makeRng(4).fork('cost'), resamples }),
        ];
        expect(kept, `policy ${i}, ${resamples} resamples`).toEqual(own);
      }
  });

  it('skips resamples where either side is undefined, as without kept values', () => {
    // two days, the second without orders: a resample drawing it twice (p = ¼) is undefined
    const a = [
        [1, 10],
        [0, 0],
      ],
      b = [
        [2, 10],
        [0, 0],
      ];
    const draws = new BootstrapDraws();
    const kept = dayBlockBootstraps({ a, b, resamples: 100, draws, statistics: [{ metric: rate, rng: makeRng(8) }] });
    expect(kept[0]!.skipped).toBeGreaterThan(0);
    expect(kept).toEqual([dayBlockBootstrap({ a, b, metric: rate, rng: makeRng(8), resamples: 100 })]);
  });
});
