/** `most-inventory` on three nodes, worked by hand: two lines of different skus (two stock groups). */
import { describe, expect, it } from 'vitest';
import { mostInventory } from '../../../../sim/policies/rules/criteria/most-inventory.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

const spec = {
  miles: [10, 20, 30],
  lines: [
    { sku: 0, need: 1 },
    { sku: 1, need: 1 },
  ],
  weightLb: [1, 1],
  avail: [
    [3, 9, 4],
    [2, 0, 1],
  ],
};

describe('most-inventory', () => {
  it("ranks nodes by the units they hold of the order's skus", () => {
    const { req, st } = rankCase(spec);
    // 3 + 2 = 5, 9 + 0 = 9, 4 + 1 = 5
    expect([0, 1, 2].map((n) => -mostInventory.nodeKey(req, st, n))).toEqual([5, 9, 5]);
    expect(rankBy([0, 1, 2], (n) => mostInventory.nodeKey(req, st, n))).toEqual([1, 0, 2]);
  });
  it('ranks a line by what each node has left of its sku', () => {
    const { req, st } = rankCase(spec);
    // the second line (sku 1): 2, 0, 1 left
    expect(rankBy([0, 1, 2], (n) => mostInventory.lineKey(req, st, n, 1, 1))).toEqual([0, 2, 1]);
  });
  it("sums the stock of an allocation's nodes", () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 1], pkgWeight: [1, 0, 1] });
    expect(setKey(st, req, mostInventory)).toBe(-10);
    expect([mostInventory.set.label, mostInventory.set.value(-10, String)]).toEqual(['units in stock', 10]);
  });
});
