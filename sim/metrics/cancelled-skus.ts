/** The SKUs on orders that had a cancelled unit: what ran short. */
import type { PolicyRun, ScenarioRun } from './runs.ts';

/** A SKU on orders that had a cancelled unit under a policy. */
export interface CancelledSku {
  sku: string;
  name: string;
  /** Orders with a cancelled unit that include the SKU. */
  orders: number;
  /** Units of the SKU on those orders. */
  units: number;
}

/**
 * The `limit` SKUs on the most orders with a cancelled unit under `p` (an order counts for
 * every SKU on it, whichever line was short), then by units, then by SKU id.
 * @example cancelledSkus(run, run.runs[0])[0] // { sku: 'B', name: 'Bolt', orders: 2, units: 3 }
 */
export function cancelledSkus(r: ScenarioRun, p: PolicyRun, limit = 10): CancelledSku[] {
  const { orders, skus } = r.model;
  const byOrders = new Int32Array(skus.count),
    byUnits = new Int32Array(skus.count);
  const out = p.run.outcomes;
  for (let o = 0; o < out.count; o++) {
    if (out.unitsCancelled[o]! === 0) continue;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
      byOrders[orders.lineSku[l]!]!++;
      byUnits[orders.lineSku[l]!]! += orders.lineQty[l]!;
    }
  }
  const idx = [...byOrders.keys()].filter((s) => byOrders[s]! > 0);
  idx.sort(
    (a, b) => byOrders[b]! - byOrders[a]! || byUnits[b]! - byUnits[a]! || (skus.ids[a]! < skus.ids[b]! ? -1 : 1),
  );
  return idx
    .slice(0, limit)
    .map((s) => ({ sku: skus.ids[s]!, name: skus.names[s] ?? '', orders: byOrders[s]!, units: byUnits[s]! }));
}
