/**
 * A look-ahead plan for a model: the demand of a horizon (demand.ts), its costs (costs.ts),
 * the network's supply and capacity over the horizon, the DLP's optimum (dlp.ts), and each
 * order line's row in it, so a policy finds a line's marginals with one array read.
 *
 * Supply over the horizon = stock on hand at its start + receipts arriving within it + for a
 * node under periodic replenishment, its starting stock once per review whose delivery
 * falls inside the horizon (each review refills the node up to that level). Capacity over
 * the horizon = daily order capacity × the node's ship days in it (unlimited when the node
 * has none; nothing when it ships no day of the horizon).
 */
import type { Model } from '../model/types.ts';
import { accuracyOrigin } from '../model/with-accuracy.ts';
import { classCosts, type ClassCosts } from './costs.ts';
import { classKey, estimateDemand, orderSkus, typeKey, type Demand, type DemandWindow } from './demand.ts';
import type { DlpSolution } from './dlp.ts';
import { sharedDlp } from './dlp-shared.ts';

/** Where the demand model learns from: orders placed before the horizon, or the horizon's own orders (hindsight). */
export type Training = 'previous-period' | 'same-period';

export interface PlanOptions {
  training: Training;
  /** First day index of the horizon (the horizon runs to the period's end). Default 0. */
  fromDay?: number;
  /** Live stock per node × sku at the start of the horizon (default: the model's starting stock). */
  onHand?: Int32Array;
  /** UTC ms of the plan: receipts after it count as supply (default: all receipts). */
  now?: number;
}

export interface LpPlan {
  demand: Demand;
  costs: ClassCosts;
  solution: DlpSolution;
  /** The training window actually used (previous-period falls back to the horizon when no earlier order exists). */
  window: DemandWindow;
  /** Per order line: its row in `solution` (class item), or −1 when its class was not seen in training. */
  lineRow: Int32Array;
}

/** The training and horizon windows for a plan starting on `fromDay`. */
export function planWindow(model: Model, training: Training, fromDay: number): DemandWindow {
  const end = model.calendar.endDay;
  const { placedDay, count } = model.orders;
  const earlier = training === 'previous-period' && count > 0 && placedDay[0]! < fromDay;
  return earlier
    ? { trainFrom: Math.min(placedDay[0]!, fromDay - 1), trainTo: fromDay - 1, horizonFrom: fromDay, horizonTo: end }
    : { trainFrom: fromDay, trainTo: end, horizonFrom: fromDay, horizonTo: end };
}

/** Per node × sku: units that can ship in [from, to] (see the file comment). */
export function horizonSupply(model: Model, from: number, to: number, onHand: Int32Array, now: number): Float64Array {
  const N = model.nodes.count,
    S = model.skus.count,
    cal = model.calendar;
  const supply = Float64Array.from(onHand, (x) => Math.max(0, x));
  const endUtc = cal.businessMidnight[Math.min(to + 1, cal.days)]!;
  const r = model.receipts;
  for (let k = 0; k < r.count; k++)
    if (r.time[k]! > now && r.time[k]! < endUtc) supply[r.node[k]! * S + r.sku[k]!]! += r.qty[k]!;
  const rp = model.replenishment;
  if (rp) {
    let reviews = 0;
    for (let day = rp.everyDays; day <= cal.endDay; day += rp.everyDays)
      if (day >= from && day + rp.leadDays <= to) reviews++;
    for (let n = 0; n < N; n++)
      if (rp.nodes[n]) for (let s = 0; s < S; s++) supply[n * S + s]! += reviews * model.startOnHand[n * S + s]!;
  }
  return supply;
}

/** Per node: packages it can ship in [from, to]. */
export function horizonCapacity(model: Model, from: number, to: number): Float64Array {
  const { nodes, calendar: cal } = model;
  return Float64Array.from({ length: nodes.count }, (_, n) => {
    let days = 0;
    for (let d = Math.max(from, nodes.activeFrom[n]!); d <= Math.min(to, nodes.activeTo[n]!, cal.days - 1); d++)
      days += cal.shipDay[n * cal.days + d]!;
    if (days === 0) return 0;
    return nodes.capacity[n]! > 0 ? nodes.capacity[n]! * days : Infinity;
  });
}

/**
 * Per order line: its row in the plan. An order of a type planned whole uses its class's
 * item rows; any other order uses, line by line, the single-sku class of its sku and region.
 */
export function lineRows(model: Model, demand: Demand, rowStart: Int32Array): Int32Array {
  const { orders } = model;
  const out = new Int32Array(orders.lineStart[orders.count]!).fill(-1);
  for (let o = 0; o < orders.count; o++) {
    const region = demand.destRegion[orders.dest[o]!]!;
    const skus = orderSkus(model, o);
    const type = typeKey(skus);
    const whole = demand.wholeTypes.has(type) ? demand.index.get(classKey(type, region)) : undefined;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
      const sku = orders.lineSku[l]!;
      if (whole !== undefined) out[l] = rowStart[whole]! + skus.indexOf(sku);
      else {
        const k = demand.index.get(classKey(String(sku), region));
        if (k !== undefined) out[l] = rowStart[k]!;
      }
    }
  }
  return out;
}

/**
 * Estimates demand, prices it and solves the DLP for the horizon from `fromDay` to the end
 * of the period (a DLP equal bit for bit to one solved before takes its solution: dlp-shared.ts).
 * @throws LpError when the solver finds no optimum (it always has one: w = 1 is feasible)
 */
export function planLp(model: Model, opts: PlanOptions): LpPlan {
  const from = opts.fromDay ?? 0;
  const window = planWindow(model, opts.training, from);
  const demand = estimateDemand(model, window);
  const costs = classCosts(model, demand.classes);
  const solution = sharedDlp({
    nodes: model.nodes.count,
    skus: model.skus.count,
    classes: demand.classes,
    costs,
    carried: model.carried,
    supply: horizonSupply(model, from, window.horizonTo, opts.onHand ?? model.startOnHand, opts.now ?? -Infinity),
    capacity: horizonCapacity(model, from, window.horizonTo),
    orders: demand.expectedOrders,
  });
  return { demand, costs, solution, window, lineRow: lineRows(model, demand, costs.rowStart) };
}

const firstPlans = new WeakMap<Model, Map<Training, LpPlan>>();

/**
 * The plan of the whole period from the model's starting stock (`planLp(model, { training })`),
 * solved once per model: a copy of the model that differs only in inventory accuracy
 * (`withNodeAccuracy`) shares its original's plan, since no part of a plan reads accuracy.
 * The plan is shared: read it, never change it.
 */
export function firstPlan(model: Model, training: Training): LpPlan {
  const origin = accuracyOrigin(model);
  let byTraining = firstPlans.get(origin);
  if (!byTraining) firstPlans.set(origin, (byTraining = new Map()));
  let plan = byTraining.get(training);
  if (!plan) byTraining.set(training, (plan = planLp(origin, { training })));
  return plan;
}
