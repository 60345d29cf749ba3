/**
 * `ranked`: the order of the policy's `node_order` list, first = most preferred; nodes not
 * listed come after the listed ones. An allocation sums its nodes' places.
 */
import { defineCriterion, type RankState } from './criterion.ts';
import { PolicySettingError } from '../../types.ts';
import { settingText } from '../../../messages.ts';

/** Node `n`'s place in node_order. */
const place = (_req: unknown, st: RankState, n: number): number => st.position[n]!;

export const ranked = defineCriterion({
  name: 'ranked',
  nodeKey: place,
  lineKey: place,
  setKey: place,
  fold: 'sum',
  check(rules) {
    if (rules.nodeOrder.length === 0) throw new PolicySettingError(settingText.rankedWithoutOrder, 'node_order');
  },
  shown: {
    node: { label: 'rank', value: (v) => (v >= 1000 ? 'unlisted' : v + 1) },
    set: { label: 'rank', value: (v) => v },
  },
});
