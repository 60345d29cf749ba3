/**
 * Fulfillment cost per order split into parts that add up to `fulfillment_cost_per_order`,
 * from a run's package log and outcome records. Not rounded (the waterfall chart rounds).
 */
import type { PolicyRun } from './runs.ts';

/**
 * Fulfillment cost per order split into parts that add up to `fulfillment_cost_per_order`:
 * the first package of each order (carrier, pick/pack), every further package (splits,
 * reroutes after failed picks, backorders: carrier + pick/pack), manual touches,
 * cancellations. Per order replayed.
 */
export interface CostParts {
  shipping: number;
  pickPack: number;
  extraPackages: number;
  touches: number;
  cancellations: number;
  total: number;
}

/** The parts in waterfall order, with their labels. */
export const COST_PARTS: readonly { key: Exclude<keyof CostParts, 'total'>; label: string }[] = [
  { key: 'shipping', label: 'Shipping (first package)' },
  { key: 'pickPack', label: 'Pick/pack (first package)' },
  { key: 'extraPackages', label: 'Extra packages' },
  { key: 'touches', label: 'Manual touches' },
  { key: 'cancellations', label: 'Cancellations' },
];

/**
 * A policy's cost parts per order: packages in the order the engine logged them (an
 * order's first logged package is its first), touches and cancellations by order.
 * @example costParts(run.runs[0]).extraPackages // 0.84
 */
export function costParts(p: PolicyRun): CostParts {
  const out = p.run.outcomes,
    log = p.run.packages;
  const seen = new Uint8Array(out.count);
  let shipping = 0,
    pickPack = 0,
    extra = 0,
    touches = 0,
    cancellations = 0;
  for (let k = 0; k < log.count; k++) {
    const o = log.order[k]!;
    if (seen[o]) extra += log.shipCost[k]! + log.pickCost[k]!;
    else {
      seen[o] = 1;
      shipping += log.shipCost[k]!;
      pickPack += log.pickCost[k]!;
    }
  }
  for (let o = 0; o < out.count; o++) {
    touches += out.touchCost[o]!;
    cancellations += out.cancelCost[o]!;
  }
  const n = Math.max(out.count, 1);
  const parts = {
    shipping: shipping / n,
    pickPack: pickPack / n,
    extraPackages: extra / n,
    touches: touches / n,
    cancellations: cancellations / n,
  };
  return {
    ...parts,
    total: parts.shipping + parts.pickPack + parts.extraPackages + parts.touches + parts.cancellations,
  };
}
