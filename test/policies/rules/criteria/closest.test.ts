/** `closest` on three nodes, worked by hand. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../../../sim/policies/rules/criteria/closest.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

const spec = { miles: [80, 30.4, 55], lines: [{ sku: 0, need: 1 }], weightLb: [1], avail: [[1, 1, 1]] };

describe('closest', () => {
  it('ranks nodes and lines by miles to the customer', () => {
    const { req, st } = rankCase(spec);
    expect(rankBy([0, 1, 2], (n) => closest.nodeKey(req, st, n))).toEqual([1, 2, 0]);
    expect(rankBy([0, 1, 2], (n) => closest.lineKey(req, st, n, 0, 1))).toEqual([1, 2, 0]);
  });
  it('sums the miles of the nodes an allocation uses', () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 1], pkgWeight: [1, 0, 1] });
    expect(setKey(st, req, closest)).toBe(135); // 80 + 55; node 1 ships nothing
    expect(closest.growsWithPackages).toBe(false);
  });
  it('shows whole miles', () => {
    expect([closest.node.label, closest.node.value(30.4, String), closest.set.value(135.6, String)]).toEqual([
      'miles',
      30,
      136,
    ]);
  });
});
