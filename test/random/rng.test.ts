/** The seeded random source: sequential streams, forks and keyed (counter-based) draws. */
import { describe, expect, it } from 'vitest';
import { hashString, makeRng, mix32 } from '../../sim/random/rng.ts';

const take = (next: () => number, n: number) => Array.from({ length: n }, next);

describe('sequential streams', () => {
  it('the same seed gives the same sequence', () => {
    const a = makeRng(42),
      b = makeRng(42);
    expect(take(() => a.next(), 20)).toEqual(take(() => b.next(), 20));
  });

  it('a numeric seed and its text give the same sequence', () => {
    const a = makeRng(42),
      b = makeRng('42');
    expect(a.seed).toBe('42');
    expect(take(() => a.next(), 5)).toEqual(take(() => b.next(), 5));
  });

  it('different seeds give different sequences', () => {
    const a = take(() => makeRng(1).next(), 1);
    const s1 = makeRng(1),
      s2 = makeRng(2);
    const x = take(() => s1.next(), 10),
      y = take(() => s2.next(), 10);
    expect(x).not.toEqual(y);
    expect(x.filter((v, i) => v === y[i]).length).toBe(0);
    expect(a[0]).toBe(x[0]);
  });

  it('draws lie in [0, 1) and are not all the same', () => {
    const r = makeRng(7);
    const xs = take(() => r.next(), 1000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBe(1000);
  });

  it('int(n) gives whole numbers in [0, n) covering the range', () => {
    const r = makeRng(3);
    const xs = take(() => r.int(6), 600);
    expect(xs.every((x) => Number.isInteger(x) && x >= 0 && x < 6)).toBe(true);
    expect(new Set(xs)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});

describe('fork', () => {
  it('a fork does not depend on how far the parent has drawn', () => {
    const p1 = makeRng(9);
    const f1 = p1.fork('orders');
    const p2 = makeRng(9);
    take(() => p2.next(), 17);
    const f2 = p2.fork('orders');
    expect(take(() => f1.next(), 10)).toEqual(take(() => f2.next(), 10));
  });

  it('drawing from a fork does not move the parent', () => {
    const p1 = makeRng(9),
      p2 = makeRng(9);
    const f = p1.fork('x');
    take(() => f.next(), 50);
    expect(take(() => p1.next(), 10)).toEqual(take(() => p2.next(), 10));
  });

  it('forks with different labels, and the parent, give different streams', () => {
    const p = makeRng(9);
    const a = take(() => p.fork('a').next(), 1)[0];
    const fa = p.fork('a'),
      fb = p.fork('b');
    const xa = take(() => fa.next(), 10),
      xb = take(() => fb.next(), 10),
      xp = take(() => makeRng(9).next(), 10);
    expect(xa).not.toEqual(xb);
    expect(xa).not.toEqual(xp);
    expect(a).toBe(xa[0]);
    expect(fa.seed).toBe('9/a');
  });
});

describe('keyed draws', () => {
  it('depend only on the keys, not on call order or earlier draws', () => {
    const k1 = makeRng(5).keyed('pick');
    const forward = [
      [1, 0, 0],
      [2, 1, 0],
      [3, 0, 7],
      [123456789, 2, 1],
    ].map(([a, b, c]) => k1(a!, b, c));
    const r = makeRng(5);
    take(() => r.next(), 33); // sequential draws do not matter
    const k2 = r.keyed('pick');
    const backward = [
      [123456789, 2, 1],
      [3, 0, 7],
      [2, 1, 0],
      [1, 0, 0],
    ]
      .map(([a, b, c]) => k2(a!, b, c))
      .reverse();
    expect(backward).toEqual(forward);
    expect(k1(2, 1, 0)).toBe(k1(2, 1, 0));
  });

  it('omitted keys count as 0', () => {
    const k = makeRng(5).keyed('pick');
    expect(k(11)).toBe(k(11, 0, 0));
    expect(k(11, 3)).toBe(k(11, 3, 0));
  });

  it('differ across labels, seeds and key positions', () => {
    const pick = makeRng(5).keyed('pick'),
      delay = makeRng(5).keyed('delay'),
      other = makeRng(6).keyed('pick');
    const keys = Array.from({ length: 50 }, (_, i) => i);
    const p = keys.map((i) => pick(i, 1, 2)),
      d = keys.map((i) => delay(i, 1, 2)),
      o = keys.map((i) => other(i, 1, 2));
    expect(p.filter((v, i) => v === d[i]).length).toBe(0);
    expect(p.filter((v, i) => v === o[i]).length).toBe(0);
    expect(pick(1, 2, 0)).not.toBe(pick(2, 1, 0));
    expect(pick(1, 0, 2)).not.toBe(pick(1, 2, 0));
  });

  it('lie in [0, 1)', () => {
    const k = makeRng(1).keyed('x');
    for (let i = 0; i < 10_000; i++) {
      const v = k(i, i % 7, i % 3);
      expect(v >= 0 && v < 1).toBe(true);
    }
  });

  it('are uniform: 100k draws have mean 0.5 ± 0.01 and every decile within 10% of 10k', () => {
    const k = makeRng(2026).keyed('pick');
    const bins = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < 100_000; i++) {
      const v = k(i, i % 4, 0);
      sum += v;
      bins[Math.floor(v * 10)]!++;
    }
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.01);
    for (const b of bins) {
      expect(b).toBeGreaterThan(9000);
      expect(b).toBeLessThan(11000);
    }
  });
});

describe('hashing', () => {
  it('mix32 is an unsigned 32-bit value, 0 maps to 0 and nearby inputs spread out', () => {
    expect(mix32(0)).toBe(0);
    const a = mix32(1),
      b = mix32(2);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(2 ** 32);
    expect(a).not.toBe(b);
  });

  it('hashString is stable and distinguishes nearby strings', () => {
    expect(hashString('1001')).toBe(hashString('1001'));
    expect(hashString('1001')).not.toBe(hashString('1002'));
    expect(hashString('ab')).not.toBe(hashString('ba'));
    expect(Number.isInteger(hashString(''))).toBe(true);
  });
});
