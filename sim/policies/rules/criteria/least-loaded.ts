/**
 * `least-loaded`: the smallest share of the node's daily capacity already taken on its ship
 * day (0 for unlimited nodes). An allocation counts its most loaded node.
 */
import { defineCriterion, type RankState } from './criterion.ts';
import type { RouteRequest } from '../../types.ts';

/** Share of node `n`'s capacity taken on the day it would ship. */
const load = (req: RouteRequest, _st: RankState, n: number): number => req.planner.load(n, req.planner.shipDay(n));

export const leastLoaded = defineCriterion({
  name: 'least-loaded',
  nodeKey: load,
  lineKey: load,
  setKey: load,
  fold: 'max',
  shown: { label: 'capacity used', value: (v) => `${Math.round(v * 100)}%` },
});
