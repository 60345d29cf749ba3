/** One order's outcome under one policy as a plain record (outcomes.csv, `routelab explain`). */
import type { OrderOutcomes } from '../engine/outcomes.ts';
import { REASONS } from '../engine/reasons.ts';
import type { Model } from '../model/types.ts';
import type { PolicyRun } from './runs.ts';

/** What happened to one order under one policy. Days are day indexes, -1 when nothing shipped. */
export interface OrderRecord {
  unitsShipped: number;
  unitsCancelled: number;
  packages: number;
  /** Ids of the nodes that shipped a package, in model order. */
  nodes: string[];
  shipCost: number;
  pickCost: number;
  touchCost: number;
  cancelCost: number;
  /** ship + pick + touch + cancel cost, added in that order. */
  totalCost: number;
  firstShipDay: number;
  lastShipDay: number;
  deliveredDay: number;
  /** Every package shipped by the ship-by day (meaningful only with packages). */
  onTimeShip: boolean;
  /** The last package arrived by the promise (meaningful only with packages). */
  onTimeDelivery: boolean;
  touches: number;
  /** Reviews among the touches. */
  reviews: number;
  alerts: number;
  notices: number;
  /** Miles summed over the order's packages. */
  miles: number;
  reason: (typeof REASONS)[number];
}

/**
 * Order `o`'s record from a run's outcomes on `model` (the model the policy ran on: node
 * ids come from it).
 * @example orderRecord(p.model, p.run.outcomes, 0).reason.code // 'single'
 */
export function orderRecord(model: Model, out: OrderOutcomes, o: number): OrderRecord {
  const nodes = model.nodes;
  const used: string[] = [];
  for (let k = 0; k < nodes.count; k++) if (out.shippedFrom(o, k)) used.push(nodes.ids[k]!);
  return {
    unitsShipped: out.unitsShipped[o]!,
    unitsCancelled: out.unitsCancelled[o]!,
    packages: out.packages[o]!,
    nodes: used,
    shipCost: out.shipCost[o]!,
    pickCost: out.pickCost[o]!,
    touchCost: out.touchCost[o]!,
    cancelCost: out.cancelCost[o]!,
    totalCost: out.shipCost[o]! + out.pickCost[o]! + out.touchCost[o]! + out.cancelCost[o]!,
    firstShipDay: out.firstShipDay[o]!,
    lastShipDay: out.lastShipDay[o]!,
    deliveredDay: out.deliveredDay[o]!,
    onTimeShip: out.onTimeShip[o] === 1,
    onTimeDelivery: out.onTimeDelivery[o] === 1,
    touches: out.touches[o]!,
    reviews: out.reviews[o]!,
    alerts: out.alerts[o]!,
    notices: out.notices[o]!,
    miles: out.milesSum[o]!,
    reason: REASONS[out.reason[o]!]!,
  };
}

/** Order `o`'s record under policy run `p` (one at a time, for a caller that streams them). */
export const policyOrderRecord = (p: PolicyRun, o: number): OrderRecord => orderRecord(p.model, p.run.outcomes, o);

/** Every order's record under a policy, in order index. */
export function orderRecords(p: PolicyRun): OrderRecord[] {
  const out = p.run.outcomes;
  return Array.from({ length: out.count }, (_, o) => orderRecord(p.model, out, o));
}
