/** `fewest-packages` on three nodes, worked by hand. */
import { describe, expect, it } from 'vitest';
import { fewestPackages } from '../../../../sim/policies/rules/criteria/fewest-packages.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

// two lines: 2 units of sku 0 (group 0), 1 unit of sku 1 (group 1)
const spec = {
  miles: [10, 20, 30],
  lines: [
    { sku: 0, need: 2 },
    { sku: 1, need: 1 },
  ],
  weightLb: [1, 1],
  avail: [
    [0, 2, 5],
    [1, 1, 0],
  ],
};

describe('fewest-packages', () => {
  it('ranks nodes by the units they can fill alone, capped at what each line needs', () => {
    const { req, st } = rankCase(spec);
    // node 0: 0 + 1 = 1; node 1: 2 + 1 = 3; node 2: min(2, 5) + 0 = 2 (its 5 units count as 2)
    expect([0, 1, 2].map((n) => fewestPackages.nodeKey(req, st, n))).toEqual([-1, -3, -2]);
    expect(rankBy([0, 1, 2], (n) => fewestPackages.nodeKey(req, st, n))).toEqual([1, 2, 0]);
  });
  it('sends a line to a node already shipping in the order', () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [0, 3, 0], pkgWeight: [0, 3, 0] });
    expect([0, 1, 2].map((n) => fewestPackages.lineKey(req, st, n, 0, 1))).toEqual([1, 0, 1]);
  });
  it("counts an allocation's packages, and says a larger set never wins", () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 2], pkgWeight: [1, 0, 2] });
    expect(setKey(st, req, fewestPackages)).toBe(2);
    expect(fewestPackages.growsWithPackages).toBe(true);
  });
  it('shows units it can fill for a node and packages for a set', () => {
    expect([fewestPackages.node.label, fewestPackages.node.value(-3, String)]).toEqual(['units it can fill', 3]);
    expect([fewestPackages.set.label, fewestPackages.set.value(2, String)]).toEqual(['packages', 2]);
  });
});
