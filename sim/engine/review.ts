/**
 * Exception review: the rules that send an order to a person before it is released
 * (a manual touch and a delay). Order-level rules are decided once per order; the
 * store-stock rule looks at what the allocation leaves on the shelf.
 */
import type { Model } from '../model/types.ts';
import { REVIEW_RULE_KINDS, type ReviewSettings } from '../scenario/review-schema.ts';

export interface CompiledReview {
  /** Per order: 1 + index of the first order-level rule it meets, or 0. */
  orderRule: Uint8Array;
  /** Per order: 1 when it is worth less than skip_under, so no rule (not even store stock) sends it to review. */
  exempt: Uint8Array;
  /** Units of slack over safety stock that trigger the store-stock rule; -1 when that rule is off. */
  storeStockWithin: number;
  /** Index of the store-stock rule (for explain). */
  storeStockRule: number;
  delayMs: number;
  touchCost: number;
  /** Human text of each rule, for explain and reports. */
  labels: string[];
}

/** Dollar value of order `o`: quantity × the line's unit_price, or the sku's when the line has none. */
export function orderValue(model: Model, o: number): number {
  const { orders, skus } = model;
  let v = 0;
  for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
    const p = orders.linePrice[l]!;
    v += orders.lineQty[l]! * (Number.isNaN(p) ? skus.unitPrice[orders.lineSku[l]!]! : p);
  }
  return v;
}

/** Decides the order-level rules for every order of the model. */
export function compileReview(model: Model, s: ReviewSettings, manualTouch: number): CompiledReview {
  const { orders, skus } = model;
  const orderRule = new Uint8Array(orders.count);
  const exempt = new Uint8Array(orders.count);
  const labels = s.rules.map((r) => {
    const k = REVIEW_RULE_KINDS.find((x) => r[x] !== undefined)!;
    const v = r[k];
    return k === 'fragile' || k === 'oversize' ? `${k} sku` : `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`;
  });
  let storeStockWithin = -1,
    storeStockRule = -1;
  s.rules.forEach((r, i) => {
    if (r.store_stock_within !== undefined && storeStockWithin < 0) {
      storeStockWithin = r.store_stock_within;
      storeStockRule = i;
    }
  });
  for (let o = 0; o < orders.count; o++) {
    const value = orderValue(model, o);
    if (value < s.skip_under) {
      exempt[o] = 1;
      continue;
    }
    let cost = 0,
      fragile = false,
      oversize = false;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
      const sku = orders.lineSku[l]!;
      cost += orders.lineQty[l]! * skus.unitCost[sku]!;
      fragile ||= skus.fragile[sku] === 1;
      oversize ||= skus.oversize[sku] === 1;
    }
    const tags = orders.tags[o]!;
    for (let i = 0; i < s.rules.length && !orderRule[o]; i++) {
      const r = s.rules[i]!;
      const hit =
        (r.order_value_over !== undefined && value > r.order_value_over) ||
        (r.fragile === true && fragile) ||
        (r.oversize === true && oversize) ||
        (r.tags !== undefined && r.tags.some((t) => tags.includes(t))) ||
        (r.margin_below !== undefined && value > 0 && cost > 0 && (value - cost) / value < r.margin_below);
      if (hit) orderRule[o] = i + 1;
    }
  }
  return {
    orderRule,
    exempt,
    storeStockWithin,
    storeStockRule,
    delayMs: s.delay_hours * 3_600_000,
    touchCost: s.touch_cost ?? manualTouch,
    labels,
  };
}
