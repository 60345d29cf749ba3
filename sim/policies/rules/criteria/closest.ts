/** `closest`: the shortest distance from node to customer (an allocation sums its nodes' miles). */
import { defineCriterion, type RankState } from './criterion.ts';
import type { RouteRequest } from '../../types.ts';

/** Miles from node `n` to the request's customer. */
const miles = (req: RouteRequest, st: RankState, n: number): number => st.model.dests.miles[req.dest * st.N + n]!;

export const closest = defineCriterion({
  name: 'closest',
  nodeKey: miles,
  lineKey: miles,
  nodesInOrder: (model) => model.dests.nodesByDistance,
  setKey: miles,
  fold: 'sum',
  shown: { label: 'miles', value: (v) => Math.round(v) },
});
