/**
 * `fastest` on three nodes, worked by hand. The test planner delivers on ship day + the node's
 * transit days, one day later for a package over 10 lb; sku 0 weighs 2 lb.
 */
import { describe, expect, it } from 'vitest';
import { fastest } from '../../../../sim/policies/rules/criteria/fastest.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

const spec = {
  miles: [10, 20, 30],
  shipDay: [1, 0, 1],
  transit: [1, 3, 1],
  lines: [{ sku: 0, need: 3 }],
  weightLb: [2],
  avail: [[3, 3, 3]],
};

describe('fastest', () => {
  it('ranks nodes by the day the whole request would arrive', () => {
    const { req, st } = rankCase(spec);
    // ship day + transit: 1 + 1, 0 + 3, 1 + 1
    expect([0, 1, 2].map((n) => fastest.nodeKey(req, st, n))).toEqual([2, 3, 2]);
    expect(rankBy([0, 1, 2], (n) => fastest.nodeKey(req, st, n))).toEqual([0, 2, 1]);
  });
  it("ranks a line by when the node's package would arrive with it", () => {
    // node 2 already ships 6 lb: with the line's 6 lb it is over 10 lb, a day later
    const { req, st } = rankCase({ ...spec, pkgUnits: [0, 0, 3], pkgWeight: [0, 0, 6] });
    expect([0, 1, 2].map((n) => fastest.lineKey(req, st, n, 0, 3))).toEqual([2, 3, 3]);
  });
  it('an allocation arrives with its last package', () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 1, 0], pkgWeight: [2, 2, 0] });
    expect(setKey(st, req, fastest)).toBe(3); // max(2, 3), not the sum
  });
  it('shows the delivery date', () => {
    expect([fastest.set.label, fastest.set.value(3, (d) => `day ${d}`)]).toEqual(['delivered', 'day 3']);
  });
});
