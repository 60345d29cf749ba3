/**
 * The saving per order, defined once for every decision figure (headline, cards, ROI,
 * summary.md, the terminal, `--json`, `roi`): what a policy saves per order against a
 * reference policy (the baseline unless told otherwise), by component —
 *
 *   carrier         carrier cost, surcharges included (extra packages show here and in pick/pack)
 *   pickPack        pick/pack cost
 *   touches         manual touches (reviews, reroutes after a failed pick)
 *   cancellations   cancellation cost (support contact, goodwill credit)
 *   margin          margin (price − cost) of the units the policy does not cancel that the
 *                   reference does; counted only when `roi.cancellation_margin` is true
 *
 * `fulfillment` = carrier + pickPack + touches + cancellations is exactly the fall in
 * `fulfillment_cost_per_order`; `total` = fulfillment + margin (when counted) is the saving
 * per order. All per order replayed (every order, as the metric); positive = the policy is
 * cheaper.
 */
import type { OrderOutcomes } from '../engine/outcomes.ts';
import type { Model } from '../model/types.ts';
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';

/** Per-order cost components of one run. */
export interface CostComponents {
  carrier: number;
  pickPack: number;
  touches: number;
  cancellations: number;
  /** Margin of the units it cancelled. */
  margin: number;
}

export interface Savings extends CostComponents {
  /** Whether `margin` is in `total` (roi.cancellation_margin); when not, `margin` is 0. */
  marginCounted: boolean;
  /** carrier + pickPack + touches + cancellations: the fall in fulfillment cost per order. */
  fulfillment: number;
  /** fulfillment + margin: the saving per order every decision figure uses. */
  total: number;
}

/** Margin of one unit of order `o`: the quantity-weighted (price − cost) of its lines. */
export function unitMargin(model: Model, o: number): number {
  const { orders, skus } = model;
  let units = 0,
    margin = 0;
  for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
    const sku = orders.lineSku[l]!;
    const price = Number.isNaN(orders.linePrice[l]!) ? skus.unitPrice[sku]! : orders.linePrice[l]!;
    units += orders.lineQty[l]!;
    margin += orders.lineQty[l]! * Math.max(0, price - skus.unitCost[sku]!);
  }
  return units ? margin / units : 0;
}

/** Per-order cost components of a run (dollars per order, over every order). */
export function costPerOrder(model: Model, out: OrderOutcomes): CostComponents {
  const n = Math.max(1, out.count);
  let carrier = 0,
    pickPack = 0,
    touches = 0,
    cancellations = 0,
    margin = 0;
  for (let o = 0; o < out.count; o++) {
    carrier += out.shipCost[o]!;
    pickPack += out.pickCost[o]!;
    touches += out.touchCost[o]!;
    cancellations += out.cancelCost[o]!;
    if (out.unitsCancelled[o]) margin += out.unitsCancelled[o]! * unitMargin(model, o);
  }
  return {
    carrier: carrier / n,
    pickPack: pickPack / n,
    touches: touches / n,
    cancellations: cancellations / n,
    margin: margin / n,
  };
}

/**
 * Reference cost minus policy cost per order, by component.
 * @example savingsPerOrder(base, policy, true).total // 0.22 dollars an order
 */
export function savingsPerOrder(against: CostComponents, policy: CostComponents, countMargin: boolean): Savings {
  const carrier = against.carrier - policy.carrier,
    pickPack = against.pickPack - policy.pickPack;
  const touches = against.touches - policy.touches,
    cancellations = against.cancellations - policy.cancellations;
  const margin = countMargin ? against.margin - policy.margin : 0;
  const fulfillment = carrier + pickPack + touches + cancellations;
  return {
    carrier,
    pickPack,
    touches,
    cancellations,
    margin,
    marginCounted: countMargin,
    fulfillment,
    total: fulfillment + margin,
  };
}

/** The entry `name` of a run; throws when it did not run. */
export function policyRun(run: ScenarioRun, name: string): PolicyRun {
  const p = run.runs.find((x) => x.policy === name);
  if (!p) throw new Error(`no policy ${name} in the run`);
  return p;
}

/** The saving per order of `policy` against `against` in a run, margin counted as the scenario says. */
export function savingOf(run: ScenarioRun, policy: string, against: string): Savings {
  const a = policyRun(run, against),
    p = policyRun(run, policy);
  return savingsPerOrder(
    costPerOrder(a.model, a.run.outcomes),
    costPerOrder(p.model, p.run.outcomes),
    run.scenario.config.roi.cancellation_margin,
  );
}
