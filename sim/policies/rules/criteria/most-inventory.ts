/**
 * `most-inventory`: the node holding the most of the order's skus (units free to ship at the
 * start of the order, over its stock groups). A line ranks by what the node has left of its sku.
 */
import { defineCriterion, type RankState } from './criterion.ts';

/** Units node `n` holds of the request's skus at the start of the order. */
function depth(st: RankState, n: number): number {
  let d = 0;
  for (let g = 0; g < st.groups; g++) d += st.availInit[g * st.N + n]!;
  return d;
}

export const mostInventory = defineCriterion({
  name: 'most-inventory',
  nodeKey: (_req, st, n) => -depth(st, n),
  lineKey: (_req, st, n, k) => -st.work[st.group[k]! * st.N + n]!,
  setKey: (_req, st, n) => -depth(st, n),
  fold: 'sum',
  shown: { label: 'units in stock', value: (v) => -v },
});
