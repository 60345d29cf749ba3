/**
 * The DLP on a hand-solved instance. Nodes n0 (carries A and B) and n1 (carries A only).
 *   class AB: λ = 10, one unit of A and of B; box n0 $5, n1 $3; unit $1 everywhere; penalty $100
 *   class A:  λ = 20, one unit of A; box n0 $5, n1 $3; unit $1
 * B ships only from n0, so AB opens n0 and its A rides along for $1 (at n1 it would cost 3 + 1).
 * Class A costs $4 at n1, $6 at n0: it takes all the A at n1 the limits leave.
 */
import { describe, expect, it } from 'vitest';
import { demandClass } from '../helpers/demand-class.ts';
import { rowStarts, type ClassCosts } from '../../sim/lp/costs.ts';
import { solveDlp, type DlpInput } from '../../sim/lp/dlp.ts';

const cls = demandClass;
const classes = [cls([0, 1], 10), cls([0], 20)];
// rows: AB/A, AB/B, A/A; per row × node (n0, n1)
const costs: ClassCosts = {
  rowStart: rowStarts(classes),
  box: Float64Array.of(5, 3, 5, 3),
  unit: Float64Array.of(1, 1, 1, 1, 1, 1),
  penalty: Float64Array.of(100, 100, 100),
};
// node × sku: n0 carries A, B; n1 carries A
const carried = Uint8Array.of(1, 1, 1, 0);
const input = (supply: number[], capacity = [Infinity, Infinity]): DlpInput => ({
  nodes: 2,
  skus: 2,
  classes,
  costs,
  carried,
  supply: Float64Array.from(supply),
  capacity: Float64Array.from(capacity),
});
const round = (a: Float64Array) => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

describe('solveDlp', () => {
  it('fills class A at n1 up to its 15 units of A, the rest at n0', () => {
    const s = solveDlp(input([Infinity, Infinity, 15, Infinity]));
    // AB: 10 × (5 + 1 + 1) = 70; A: 20 × (0.75 × 4 + 0.25 × 6) = 90
    expect(s.objective).toBeCloseTo(160, 6);
    expect(s.orders).toBe(30);
    expect(s.perOrder).toBeCloseTo(160 / 30, 6);
    expect(round(s.u)).toEqual([1, 0, 1, 0, 0.25, 0.75]);
    expect(round(s.w)).toEqual([0, 0, 0]);
    expect(round(s.v)).toEqual([1, 0, 0.25, 0.75]); // a one-item class opens where its item goes
  });

  it('keeps n1 within 10 packages over the horizon', () => {
    const s = solveDlp(input([Infinity, Infinity, Infinity, Infinity], [Infinity, 10]));
    // A: 20 × (0.5 × 4 + 0.5 × 6) = 100; AB as before 70
    expect(s.objective).toBeCloseTo(170, 6);
    expect(round(s.u).slice(4)).toEqual([0.5, 0.5]);
  });

  it('leaves what stock cannot cover unfilled, at its penalty, and ships the rest of the order elsewhere', () => {
    // 6 units of B at n0 for 10 AB orders: u_B = 0.6, w_B = 0.4 (400). v_n0 = 0.6 covers A's first
    // 0.6 for $1; A's other 0.4 costs 3 + 1 at n1, not 5 + 1 at n0: AB = 10 × (3 + 0.6 + 1.6 + 0.6) + 400 = 458.
    // A at n1 is unlimited: 20 × 4 = 80.
    const s = solveDlp(input([Infinity, 6, Infinity, Infinity]));
    expect(s.objective).toBeCloseTo(538, 6);
    expect(round(s.u)).toEqual([0.6, 0.4, 0.6, 0, 0, 1]);
    expect(round(s.w)).toEqual([0, 0.4, 0]);
  });
});
