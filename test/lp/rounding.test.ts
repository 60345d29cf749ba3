/** Dilated rounding with exponential clocks: exact marginals, and shared clocks keep an order together. */
import { describe, expect, it } from 'vitest';
import { drawClocks, roundItem } from '../../sim/lp/rounding.ts';
import { makeRng } from '../../sim/random/rng.ts';

const NODE_KEYS = Uint32Array.of(11, 22, 33);
const DRAWS = 20_000;

describe('roundItem', () => {
  it('picks the smallest clock ÷ share, skipping nodes without a share', () => {
    // 1/0.5 = 2 and 0.2/0.5 = 0.4: node 1; node 2 has no share though its clock is smallest
    expect(roundItem(Float64Array.of(0.5, 0.5, 0), 0, 0, Float64Array.of(1, 0.2, 0.01, 5), 3)).toBe(1);
    // the unfilled clock 0.1 / w 0.2 = 0.5 beats 1/0.4 and 2/0.4
    expect(roundItem(Float64Array.of(0.4, 0.4, 0), 0, 0.2, Float64Array.of(1, 2, 3, 0.1), 3)).toBe(-1);
    expect(roundItem(Float64Array.of(0, 0, 0), 0, 0, Float64Array.of(1, 1, 1, 1), 3)).toBe(-1);
  });

  it('sends an item to each node with the LP share as its probability (seeded, within 4 binomial sd)', () => {
    const u = Float64Array.of(0.5, 0.3, 0.1),
      w = 0.1;
    const draw = makeRng(1).keyed('policy');
    const clocks = new Float64Array(4);
    const hits = [0, 0, 0, 0];
    for (let k = 0; k < DRAWS; k++) {
      drawClocks(draw, k, NODE_KEYS, clocks);
      const n = roundItem(u, 0, w, clocks, 3);
      hits[n < 0 ? 3 : n]!++;
    }
    [0.5, 0.3, 0.1, 0.1].forEach((p, n) => {
      const sd = Math.sqrt(DRAWS * p * (1 - p)); // 0.5: 70.7; 0.3: 64.8; 0.1: 42.4
      expect(Math.abs(hits[n]! - DRAWS * p), `node ${n}: ${hits[n]} of ${DRAWS}`).toBeLessThan(4 * sd);
    });
  });

  it('keeps items with the same shares together, and the split rate below independent draws', () => {
    const a = Float64Array.of(0.5, 0.5, 0),
      b = Float64Array.of(0.5, 0, 0.5);
    const draw = makeRng(2).keyed('policy');
    const clocks = new Float64Array(4);
    let together = 0;
    for (let k = 0; k < DRAWS; k++) {
      drawClocks(draw, k, NODE_KEYS, clocks);
      expect(roundItem(a, 0, 0, clocks, 3)).toBe(roundItem(a, 0, 0, clocks, 3));
      if (roundItem(a, 0, 0, clocks, 3) === roundItem(b, 0, 0, clocks, 3)) together++;
    }
    // both at node 0 when E0 is below E1 and E2: P = 1/3 (independent draws: 1/4); sd 66.7
    expect(Math.abs(together - DRAWS / 3)).toBeLessThan(4 * Math.sqrt((DRAWS * 2) / 9));
  });

  it('draws the same clocks for the same order key, whatever came before', () => {
    const draw = makeRng(3).keyed('policy');
    const one = new Float64Array(4),
      two = new Float64Array(4);
    drawClocks(draw, 7, NODE_KEYS, one);
    drawClocks(draw, 8, NODE_KEYS, two);
    drawClocks(draw, 7, NODE_KEYS, two);
    expect(two).toEqual(one);
  });
});
