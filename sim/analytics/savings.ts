/**
 * What a policy saves per order against the baseline, by component: carrier, pick/pack
 * (extra packages show up in both), manual touches, cancellations (support cost) and the
 * margin of cancelled units. Positive = the policy is cheaper.
 */
import type { OrderOutcomes } from '../engine/outcomes.ts';
import type { Model } from '../model/types.ts';

export interface Savings {
  shipping: number;
  pickPack: number;
  touches: number;
  cancellations: number;
  lostMargin: number;
  /** Sum of the components (lostMargin only when counted). */
  total: number;
}

/** Margin of one unit of order `o`: the quantity-weighted (price − cost) of its lines. */
export function unitMargin(model: Model, o: number): number {
  const { orders, skus } = model;
  let units = 0, margin = 0;
  for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
    const sku = orders.lineSku[l]!;
    const price = Number.isNaN(orders.linePrice[l]!) ? skus.unitPrice[sku]! : orders.linePrice[l]!;
    units += orders.lineQty[l]!;
    margin += orders.lineQty[l]! * Math.max(0, price - skus.unitCost[sku]!);
  }
  return units ? margin / units : 0;
}

/** Per-order cost components of a run (dollars per order, over every order). */
export function costPerOrder(model: Model, out: OrderOutcomes): Omit<Savings, 'total'> {
  const n = Math.max(1, out.count);
  let shipping = 0, pickPack = 0, touches = 0, cancellations = 0, lostMargin = 0;
  for (let o = 0; o < out.count; o++) {
    shipping += out.shipCost[o]!;
    pickPack += out.pickCost[o]!;
    touches += out.touchCost[o]!;
    cancellations += out.cancelCost[o]!;
    if (out.unitsCancelled[o]) lostMargin += out.unitsCancelled[o]! * unitMargin(model, o);
  }
  return { shipping: shipping / n, pickPack: pickPack / n, touches: touches / n, cancellations: cancellations / n, lostMargin: lostMargin / n };
}

/**
 * Baseline cost minus policy cost per order, by component.
 * @example savingsPerOrder(base, policy, true).total // 0.84 dollars an order
 */
export function savingsPerOrder(baseline: Omit<Savings, 'total'>, policy: Omit<Savings, 'total'>, countMargin: boolean): Savings {
  const s = {
    shipping: baseline.shipping - policy.shipping,
    pickPack: baseline.pickPack - policy.pickPack,
    touches: baseline.touches - policy.touches,
    cancellations: baseline.cancellations - policy.cancellations,
    lostMargin: countMargin ? baseline.lostMargin - policy.lostMargin : 0,
  };
  return { ...s, total: s.shipping + s.pickPack + s.touches + s.cancellations + s.lostMargin };
}
