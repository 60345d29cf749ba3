/** The LP wrapper against problems solved by hand. */
import { describe, expect, it } from 'vitest';
import { INF, LpBuilder, LpError, solveLp } from '../../sim/lp/solver.ts';

describe('solveLp', () => {
  it('solves a transportation problem worked by hand', () => {
    // two depots (supply 20, 30) to two shops (demand 25, 25); cost per unit:
    //   depot 1 → shop 1: 2, → shop 2: 4;  depot 2 → shop 1: 3, → shop 2: 1
    // best: shop 2 all from depot 2 (25 × 1), shop 1: 20 from depot 1 (20 × 2) + 5 from depot 2 (5 × 3)
    //   = 25 + 40 + 15 = 80
    const lp = new LpBuilder();
    const x11 = lp.column(2),
      x12 = lp.column(4),
      x21 = lp.column(3),
      x22 = lp.column(1);
    lp.row(-INF, 20, [x11, x12], [1, 1]);
    lp.row(-INF, 30, [x21, x22], [1, 1]);
    lp.row(25, 25, [x11, x21], [1, 1]);
    lp.row(25, 25, [x12, x22], [1, 1]);
    const s = solveLp(lp);
    expect(s.objective).toBeCloseTo(80, 9);
    expect([...s.values]).toEqual([20, 0, 5, 25]);
    // one more unit of depot 1's supply would replace a depot-2 unit to shop 1: saves 3 − 2 = 1
    expect(s.duals[0]).toBeCloseTo(-1, 9);
  });

  it('respects column bounds and an empty LP costs nothing', () => {
    const lp = new LpBuilder();
    const a = lp.column(-1, 0, 3); // maximize a within [0, 3]
    expect(solveLp(lp).values[a]).toBe(3);
    expect(solveLp(new LpBuilder()).objective).toBe(0);
  });

  it('says why when there is no optimum', () => {
    const lp = new LpBuilder();
    const a = lp.column(1, 0, 1);
    lp.row(2, INF, [a], [1]); // a ≥ 2 with a ≤ 1
    expect(() => solveLp(lp)).toThrow(LpError);
    expect(() => solveLp(lp)).toThrow(/infeasible/);
    const free = new LpBuilder();
    free.column(-1); // minimize −a with a unbounded above
    expect(() => solveLp(free)).toThrow(/unbounded/i);
  });

  it('refuses a row naming a column that does not exist and a cost that is not finite', () => {
    const lp = new LpBuilder();
    expect(() => lp.row(0, 1, [0], [1])).toThrow(/column 0/);
    expect(() => lp.column(Number.NaN)).toThrow(/finite/);
  });
});
