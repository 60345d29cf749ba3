/**
 * `fewest-packages`: as few packages (nodes) as possible. A node ranks by how many of the
 * order's units it can fill alone; a line goes to a node already shipping in the order.
 */
import { defineCriterion } from './criterion.ts';

export const fewestPackages = defineCriterion({
  name: 'fewest-packages',
  nodeKey(req, st, n) {
    let fill = 0;
    for (let k = 0; k < req.count; k++) fill += Math.min(req.need[k]!, st.availInit[st.group[k]! * st.N + n]!);
    return -fill;
  },
  lineKey: (_req, st, n) => (st.pkgUnits[n]! > 0 ? 0 : 1),
  setKey: () => 1,
  fold: 'sum',
  growsWithPackages: true,
  shown: {
    node: { label: 'units it can fill', value: (v) => -v },
    set: { label: 'packages', value: (v) => v },
  },
});
