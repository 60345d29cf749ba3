/**
 * The DLP solved once per exact input (lp/dlp-shared.ts), on dlp.test.ts's hand-solved
 * instance: class A fills n1 up to its 15 units of A (u = 0.25 at n0, 0.75 at n1). An input
 * equal to it (other arrays, same numbers) takes the solution solved; one number changed
 * (n1's A supply 15 → 10: u = 0.5, 0.5) is solved on its own.
 */
import { describe, expect, it } from 'vitest';
import { demandClass } from '../helpers/demand-class.ts';
import { rowStarts } from '../../sim/lp/costs.ts';
import type { DlpInput } from '../../sim/lp/dlp.ts';
import { dlpKey, sameKey, sharedDlp } from '../../sim/lp/dlp-shared.ts';

const cls = demandClass;
/** A fresh input (new arrays every call): n1 holds `a1` units of A. */
const input = (a1: number): DlpInput => {
  const classes = [cls([0, 1], 10), cls([0], 20)];
  return {
    nodes: 2,
    skus: 2,
    classes,
    costs: {
      rowStart: rowStarts(classes),
      box: Float64Array.of(5, 3, 5, 3),
      unit: Float64Array.of(1, 1, 1, 1, 1, 1),
      penalty: Float64Array.of(100, 100, 100),
    },
    carried: Uint8Array.of(1, 1, 1, 0),
    supply: Float64Array.of(Infinity, Infinity, a1, Infinity),
    capacity: Float64Array.of(Infinity, Infinity),
  };
};
const round = (a: Float64Array) => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

describe('sharedDlp', () => {
  it('an equal input takes the solution already solved', () => {
    const s = sharedDlp(input(15));
    expect(round(s.u).slice(4)).toEqual([0.25, 0.75]);
    expect(sharedDlp(input(15))).toBe(s);
  });

  it('an input differing in one number is solved on its own', () => {
    const s = sharedDlp(input(10));
    expect(s).not.toBe(sharedDlp(input(15)));
    expect(round(s.u).slice(4)).toEqual([0.5, 0.5]);
  });

  it('the key is every number the DLP reads: a class’s λ, an item’s quantity, a cost, or the expected orders tell inputs apart', () => {
    const base = dlpKey(input(15));
    expect(sameKey(base, dlpKey(input(15)))).toBe(true);
    const changed = [
      (i: DlpInput) => (i.classes[1]!.lambda = 21),
      (i: DlpInput) => (i.classes[0]!.qty[1] = 2),
      (i: DlpInput) => (i.costs.unit[5] = 1.5),
      (i: DlpInput) => (i.carried[3] = 1),
      (i: DlpInput) => (i.capacity[1] = 10),
      (i: DlpInput) => (i.orders = 29),
    ];
    for (const change of changed) {
      const i = input(15);
      change(i);
      expect(sameKey(base, dlpKey(i))).toBe(false);
    }
  });
});
