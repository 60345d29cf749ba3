/** `ranked` on three nodes, worked by hand: node_order [node 2, node 0]; node 1 unlisted. */
import { describe, expect, it } from 'vitest';
import { ranked } from '../../../../sim/policies/rules/criteria/ranked.ts';
import { setKey } from '../../../../sim/policies/rules/keys.ts';
import { normalizeRules } from '../../../../sim/policies/rules/settings.ts';
import { PolicySettingError } from '../../../../sim/policies/types.ts';
import { rankBy, rankCase } from '../../../helpers/rank-state.ts';

const spec = {
  miles: [10, 20, 30],
  position: [1, 1001, 0],
  lines: [{ sku: 0, need: 1 }],
  weightLb: [1],
  avail: [[1, 1, 1]],
};

describe('ranked', () => {
  it('ranks nodes and lines by their place in node_order, unlisted nodes last', () => {
    const { req, st } = rankCase(spec);
    expect(rankBy([0, 1, 2], (n) => ranked.nodeKey(req, st, n))).toEqual([2, 0, 1]);
    expect(rankBy([0, 1, 2], (n) => ranked.lineKey(req, st, n, 0, 1))).toEqual([2, 0, 1]);
  });
  it("sums the places of an allocation's nodes", () => {
    const { req, st } = rankCase({ ...spec, pkgUnits: [1, 0, 1], pkgWeight: [1, 0, 1] });
    expect(setKey(st, req, ranked)).toBe(1); // 1 + 0
  });
  it("shows a node's rank from 1, or unlisted", () => {
    expect([
      ranked.node.label,
      ranked.node.value(0, String),
      ranked.node.value(1001, String),
      ranked.set.value(1, String),
    ]).toEqual(['rank', 1, 'unlisted', 1]);
  });
  it('needs a node_order', () => {
    expect(() => ranked.check(normalizeRules({ rank: ['ranked'] }))).toThrow(
      new PolicySettingError(
        'rank uses "ranked" but node_order is empty: list the nodes, most preferred first',
        'node_order',
      ),
    );
    expect(() => ranked.check(normalizeRules({ rank: ['ranked'], node_order: ['WH'] }))).not.toThrow();
  });
});
