/**
 * The hindsight bound: the least any policy could spend fulfilling the replayed orders,
 * knowing every order in advance. It is the optimum of an LP relaxation of routing the
 * realized orders (solved with HiGHS): each line's units are shared among the nodes that
 * carry its sku (x ∈ [0, 1]), a node used by an order opens a package (b ≥ x) whose carrier
 * cost is at least the cheapest allowed price of one unit of each line in it (s ≥ P·x), a
 * line not shipped is cancelled at the scenario's cancellation costs, and no node ships more
 * units of a sku than it starts with plus its receipts, or more packages than its daily
 * capacity allows over the replay's days.
 *
 * Every term is at most what the engine charges for the same routing (the cheapest service
 * whatever the promise; pick/pack as the engine prices it; no failed picks, reviews or
 * safety stock), and constraints are only dropped, never added, so the optimum is a lower
 * bound on any policy's fulfillment cost over these orders: `cost_gap_to_bound` ≥ 0.
 * Dropped (each makes the bound lower, never wrong): stock arriving by replenishment (those
 * nodes get no stock limit), timing of stock and capacity within the period, weight beyond
 * one unit per line in a package.
 *
 * Orders that are identical for the LP (same lines and quantities, ship service and
 * shipping zone or miles to every node, same nodes open to them) share one set of columns
 * weighted by their count: exact, because the LP is convex and symmetric in them.
 */
import { lowestCarrierCost, pickCost } from '../model/pricing.ts';
import type { Model } from '../model/types.ts';
import { INF, LpBuilder, solveLp } from './solver.ts';

export interface HindsightBound {
  /** The bound's total over all orders (dollars; unshipped units at the cancellation costs, not the LP's penalty). */
  total: number;
  /** Each order's share of the bound (dollars; sums to `total`). */
  perOrder: Float64Array;
  /** Orders folded into groups the LP treats as one, and the LP's size. */
  groups: number;
  columns: number;
  rows: number;
  /** Nodes given no stock limit because replenishment restocks them. */
  unlimitedNodes: string[];
}

/**
 * What the LP charges per unit left unshipped, on top of the cancellation costs: more than any
 * package could cost, so units go unshipped only when no node has stock or capacity left for
 * them (a cancellation is cheaper than shipping in the fulfillment cost, but no policy cancels
 * what it can ship). The bound counts them at the scenario's cancellation costs.
 */
const UNSHIPPED_PENALTY = 1000;

interface Group {
  /** A representative order, and how many orders the group holds. */
  order: number;
  count: number;
  members: number[];
}

/** Orders the LP cannot tell apart, grouped (first-seen order, deterministic). */
function groupOrders(model: Model): Group[] {
  const { orders, dests, nodes } = model;
  const N = nodes.count;
  const linear = model.shipping.model === 'linear';
  const byKey = new Map<string, Group>();
  const out: Group[] = [];
  for (let o = 0; o < orders.count; o++) {
    const parts: (string | number)[] = [orders.service[o]!];
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++)
      parts.push(orders.lineSku[l]!, orders.lineQty[l]!);
    parts.push('|');
    const d = orders.dest[o]!;
    for (let n = 0; n < N; n++) {
      parts.push(linear ? dests.miles[d * N + n]! : dests.zone[d * N + n]!);
      parts.push(nodes.activeTo[n]! >= orders.placedDay[o]! ? 1 : 0);
    }
    const key = parts.join(',');
    const g = byKey.get(key);
    if (g) {
      g.count++;
      g.members.push(o);
    } else {
      const ng = { order: o, count: 1, members: [o] };
      byKey.set(key, ng);
      out.push(ng);
    }
  }
  return out;
}

/** Units each node × sku can ship at most over the replay: start + receipts; Infinity when replenished. */
function available(model: Model): Float64Array {
  const { nodes, skus } = model;
  const S = skus.count;
  const avail = Float64Array.from(model.startOnHand);
  const r = model.receipts;
  for (let k = 0; k < r.count; k++) avail[r.node[k]! * S + r.sku[k]!]! += r.qty[k]!;
  const rep = model.replenishment;
  if (rep) for (let n = 0; n < nodes.count; n++) if (rep.nodes[n]) avail.fill(Infinity, n * S, (n + 1) * S);
  return avail;
}

/** Whether node n may ever hold sku k (carried, or stock arrives for it). */
function holds(model: Model, avail: Float64Array, n: number, k: number): boolean {
  const i = n * model.skus.count + k;
  return model.carried[i] === 1 || avail[i]! > 0;
}

/** Per-unit cost of a line of `qty` units from node n: pick/pack beyond a package's first unit, and the linear model's unit terms. */
function unitCost(model: Model, o: number, n: number, qty: number): number {
  const linear = model.shipping.model === 'linear';
  const perUnit = linear ? lowestCarrierCost(model, o, n, 1, 0, 0) - lowestCarrierCost(model, o, n, 0, 0, 0) : 0;
  return (model.nodes.pickPerExtraUnit[n]! + perUnit) * qty;
}

/** A package's own cost from node n: pick/pack's per-order part (its first unit's extra-unit cost taken back), and the linear model's per-package terms. */
function boxCost(model: Model, o: number, n: number): number {
  const linear = model.shipping.model === 'linear';
  return (
    pickCost(model, n, 1) - model.nodes.pickPerExtraUnit[n]! + (linear ? lowestCarrierCost(model, o, n, 0, 0, 0) : 0)
  );
}

/** The least carrier cost of a rate-card package from n holding one unit of sku k (0 under the linear model, priced by unit and package). */
function lineShipCost(model: Model, o: number, n: number, k: number): number {
  if (model.shipping.model === 'linear') return 0;
  return lowestCarrierCost(model, o, n, 1, model.skus.weightLb[k]!, model.skus.volumeIn3[k]!);
}

/**
 * Solves the hindsight bound for the model's orders.
 * @example hindsightBound(model).total / model.orders.count // the least cost per order any policy could reach
 */
export function hindsightBound(model: Model): HindsightBound {
  const { orders, nodes, skus, costs, calendar } = model;
  const N = nodes.count,
    S = skus.count;
  const linear = model.shipping.model === 'linear';
  const avail = available(model);
  const groups = groupOrders(model);
  const lp = new LpBuilder();
  // stock rows and capacity rows collect their terms as columns are made
  const stockCols = new Map<number, number[]>(),
    stockCoef = new Map<number, number[]>();
  const capCols: number[][] = Array.from({ length: N }, () => []),
    capCoef: number[][] = Array.from({ length: N }, () => []);
  const groupCost: { cols: number[]; coef: number[] }[] = [];

  for (const g of groups) {
    const o = g.order,
      m = g.count;
    const ls = orders.lineStart[o]!,
      le = orders.lineStart[o + 1]!;
    const single = le - ls === 1;
    const cols: number[] = [],
      coef: number[] = [];
    // a column's LP cost, and the cost the bound counts for it (they differ only for unshipped units)
    const add = (cost: number, lo = 0, hi = INF, lpCost = cost): number => {
      const c = lp.column(m * lpCost, lo, hi);
      cols.push(c);
      coef.push(cost);
      return c;
    };
    // one line: its order is cancelled exactly when it is, and a node's package holds just it
    const cancelOrder = single ? -1 : add(costs.cancellationPerOrder, 0, 1);
    const lineX: number[][] = [];
    for (let l = ls; l < le; l++) {
      const qty = orders.lineQty[l]!,
        k = orders.lineSku[l]!;
      const cancel = costs.cancellationPerUnit * qty + (single ? costs.cancellationPerOrder : 0);
      const unfilled = add(cancel, 0, 1, cancel + UNSHIPPED_PENALTY * qty);
      if (!single) lp.row(0, INF, [cancelOrder, unfilled], [1, -1]); // the order is cancelled if any line is
      const xs: number[] = [];
      for (let n = 0; n < N; n++) {
        if (!holds(model, avail, n, k) || nodes.activeTo[n]! < orders.placedDay[o]!) {
          xs.push(-1);
          continue;
        }
        const x = add(
          unitCost(model, o, n, qty) + (single ? boxCost(model, o, n) + lineShipCost(model, o, n, k) : 0),
          0,
          1,
        );
        xs.push(x);
        const si = n * S + k;
        if (Number.isFinite(avail[si]!)) {
          if (!stockCols.has(si)) {
            stockCols.set(si, []);
            stockCoef.set(si, []);
          }
          stockCols.get(si)!.push(x);
          stockCoef.get(si)!.push(m * qty);
        }
        if (single && nodes.capacity[n]! > 0) {
          capCols[n]!.push(x);
          capCoef[n]!.push(m);
        }
      }
      const open = xs.filter((x) => x >= 0);
      lp.row(1, 1, [unfilled, ...open], [1, ...open.map(() => 1)]);
      lineX.push(xs);
    }
    if (!single)
      for (let n = 0; n < N; n++) {
        const used = lineX.map((xs) => xs[n]!).filter((x) => x >= 0);
        if (!used.length) continue;
        const box = add(boxCost(model, o, n), 0, 1);
        for (const x of used) lp.row(0, INF, [box, x], [1, -1]);
        if (nodes.capacity[n]! > 0) {
          capCols[n]!.push(box);
          capCoef[n]!.push(m);
        }
        if (linear) continue;
        const ship = add(1);
        lineX.forEach((xs, i) => {
          if (xs[n]! >= 0) lp.row(0, INF, [ship, xs[n]!], [1, -lineShipCost(model, o, n, orders.lineSku[ls + i]!)]);
        });
      }
    groupCost.push({ cols, coef });
  }
  for (const [si, cs] of stockCols) lp.row(-INF, avail[si]!, cs, stockCoef.get(si)!);
  for (let n = 0; n < N; n++) {
    if (!capCols[n]!.length) continue;
    let shipDays = 0;
    for (let d = 0; d < calendar.days; d++) shipDays += calendar.shipDay[n * calendar.days + d]!;
    lp.row(-INF, nodes.capacity[n]! * shipDays, capCols[n]!, capCoef[n]!);
  }

  const sol = solveLp(lp);
  const perOrder = new Float64Array(orders.count);
  groups.forEach((g, i) => {
    const { cols, coef } = groupCost[i]!;
    let c = 0;
    for (let j = 0; j < cols.length; j++) c += coef[j]! * sol.values[cols[j]!]!;
    for (const o of g.members) perOrder[o] = c;
  });
  const rep = model.replenishment;
  let total = 0;
  for (let o = 0; o < orders.count; o++) total += perOrder[o]!;
  return {
    total,
    perOrder,
    groups: groups.length,
    columns: lp.columns,
    rows: lp.rows,
    unlimitedNodes: rep ? nodes.ids.filter((_, n) => rep.nodes[n]) : [],
  };
}
