/**
 * `cheapest` on three nodes, worked by hand. The test planner prices a package at the node's
 * base cost plus $1 per lb; sku 0 weighs 2 lb.
 */
import { describe, expect, it } from 'vitest';
import { cheapest } from '../../../../sim/policies/rules/criteria/cheapest.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

const spec = {
  miles: [10, 20, 30],
  baseCost: [10, 6, 8],
  lines: [{ sku: 0, need: 3 }],
  weightLb: [2],
  avail: [[3, 3, 3]],
};

describe('cheapest', () => {
  it('ranks nodes by the cost of shipping the whole request (3 units, 6 lb)', () => {
    const { req, st } = rankCase(spec);
    // 10 + 6 = 16, 6 + 6 = 12, 8 + 6 = 14
    expect([0, 1, 2].map((n) => cheapest.nodeKey(req, st, n))).toEqual([16, 12, 14]);
    expect(rankBy([0, 1, 2], (n) => cheapest.nodeKey(req, st, n))).toEqual([1, 2, 0]);
  });
  it('ranks a line by what it adds to a package already going, else by the whole package', () => {
    // node 0 already ships 4 lb: $14 → $20 with the line, $6 more; nodes 1 and 2 start a package: $12, $14
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 0], pkgWeight: [4, 0, 0] });
    expect([0, 1, 2].map((n) => cheapest.lineKey(req, st, n, 0, 3))).toEqual([6, 12, 14]);
    expect(rankBy([0, 1, 2], (n) => cheapest.lineKey(req, st, n, 0, 3))).toEqual([0, 1, 2]);
  });
  it('sums the cost of every package in an allocation', () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 2], pkgWeight: [4, 0, 3] });
    expect(setKey(st, req, cheapest)).toBe(25); // (10 + 4) + (8 + 3)
  });
  it('shows dollars to the cent', () => {
    expect([cheapest.set.label, cheapest.set.value(12.3456, String), cheapest.node.value(25, String)]).toEqual([
      'cost $',
      12.35,
      25,
    ]);
  });
});
