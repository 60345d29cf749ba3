/** `least-loaded` on three nodes, worked by hand: shares of daily capacity used 50%, 25%, 75%. */
import { describe, expect, it } from 'vitest';
import { leastLoaded } from '../../../../sim/policies/rules/criteria/least-loaded.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

const spec = {
  miles: [10, 20, 30],
  load: [0.5, 0.25, 0.75],
  lines: [{ sku: 0, need: 1 }],
  weightLb: [1],
  avail: [[1, 1, 1]],
};

describe('least-loaded', () => {
  it('ranks nodes and lines by the share of capacity taken on their ship day', () => {
    const { req, st } = rankCase(spec);
    expect(rankBy([0, 1, 2], (n) => leastLoaded.nodeKey(req, st, n))).toEqual([1, 0, 2]);
    expect(rankBy([0, 1, 2], (n) => leastLoaded.lineKey(req, st, n, 0, 1))).toEqual([1, 0, 2]);
  });
  it('an allocation counts its most loaded node', () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 1], pkgWeight: [1, 0, 1] });
    expect(setKey(st, req, leastLoaded)).toBe(0.75); // max(0.5, 0.75)
  });
  it('shows a percentage', () => {
    expect([leastLoaded.set.label, leastLoaded.set.value(0.75, String)]).toEqual(['capacity used', '75%']);
  });
});
