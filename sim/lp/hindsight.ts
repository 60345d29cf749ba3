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
import { INF, LpBuilder, solveLp, type LpSolution } from './solver.ts';

export interface HindsightBound {
  /** The bound's total over all orders (dollars; unshipped units at the cancellation costs, not the LP's penalty). */
  total: number;
  /** Each order's share of the bound (dollars; sums to `total`). */
  perOrder: Float64Array;
  /** Orders folded into groups the LP treats as one, and the LP's size. */
  groups: number;
  columns: number;
  rows: number;
  /** When the orders were too many for one LP: the groups whose LP priced stock and capacity, and the LPs then solved (see `hindsightBound`); null when exact. */
  pricedBy: { sampled: number; chunks: number } | null;
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

/** Prices on the rows that couple orders (dollars): a unit of node n × sku k's stock at n·S + k, a package of node n's capacity. */
interface Prices {
  stock: Float64Array;
  capacity: Float64Array;
}

/**
 * How an LP treats the rows that couple orders: as rows, their limits × `scale` (1 for every
 * order; a sample's share of the orders), or dropped with each unit used charged at its price
 * instead (a Lagrangian relaxation: every group is then an LP of its own).
 */
type Coupling = { rows: number } | { prices: Prices };

interface BoundLp {
  lp: LpBuilder;
  /** Per group: the columns its orders' cost is read from, each column's cost per order (with its charge) and its charge alone. */
  parts: { cols: number[]; coef: number[]; charge: number[] }[];
  /** The coupling rows made: a node × sku's stock row by n·S + k, and each node's capacity row (−1: none). */
  stockRows: Map<number, number>;
  capRows: Int32Array;
}

/** Package-days node n can ship over the replay: its daily capacity × its ship days (Infinity: no limit). */
function capacityOver(model: Model, n: number): number {
  const { calendar, nodes } = model;
  if (!(nodes.capacity[n]! > 0)) return Infinity;
  let shipDays = 0;
  for (let d = 0; d < calendar.days; d++) shipDays += calendar.shipDay[n * calendar.days + d]!;
  return nodes.capacity[n]! * shipDays;
}

/** The bound's LP over `groups`, coupled as `coupling` says (see the file's comment for each term). */
function boundLp(model: Model, groups: Group[], avail: Float64Array, coupling: Coupling): BoundLp {
  const { orders, nodes, skus, costs } = model;
  const N = nodes.count,
    S = skus.count;
  const linear = model.shipping.model === 'linear';
  const prices = 'prices' in coupling ? coupling.prices : null;
  const lp = new LpBuilder();
  // presolve costs more than it saves on these LPs (the demo's exact bound 4.1 → 2.6 s; a priced chunk, each group a block of its own, 1.5×)
  lp.presolve = false;
  // stock rows and capacity rows collect their terms as columns are made
  const stockCols = new Map<number, number[]>(),
    stockCoef = new Map<number, number[]>();
  const capCols: number[][] = Array.from({ length: N }, () => []),
    capCoef: number[][] = Array.from({ length: N }, () => []);
  const parts: BoundLp['parts'] = [];

  for (const g of groups) {
    const o = g.order,
      m = g.count;
    const ls = orders.lineStart[o]!,
      le = orders.lineStart[o + 1]!;
    const single = le - ls === 1;
    const cols: number[] = [],
      coef: number[] = [],
      charge: number[] = [];
    // a column's cost, the cost the bound counts for it (they differ only for unshipped units), its coupling charge
    const add = (cost: number, lo = 0, hi = INF, lpCost = cost, priced = 0): number => {
      const c = lp.column(m * (lpCost + priced), lo, hi);
      cols.push(c);
      coef.push(cost + priced);
      charge.push(priced);
      return c;
    };
    // uses of node n's capacity (a package) and of node n × sku k's stock (qty units): rows, or their price
    const usesCapacity = (n: number, c: number) => {
      if (!(nodes.capacity[n]! > 0) || prices) return;
      capCols[n]!.push(c);
      capCoef[n]!.push(m);
    };
    const usesStock = (si: number, qty: number, c: number) => {
      if (!Number.isFinite(avail[si]!) || prices) return;
      if (!stockCols.has(si)) {
        stockCols.set(si, []);
        stockCoef.set(si, []);
      }
      stockCols.get(si)!.push(c);
      stockCoef.get(si)!.push(m * qty);
    };
    const capPrice = (n: number) => (prices && nodes.capacity[n]! > 0 ? prices.capacity[n]! : 0);
    const stockPrice = (si: number, qty: number) =>
      prices && Number.isFinite(avail[si]!) ? prices.stock[si]! * qty : 0;
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
        const si = n * S + k;
        const cost = unitCost(model, o, n, qty) + (single ? boxCost(model, o, n) + lineShipCost(model, o, n, k) : 0);
        const x = add(cost, 0, 1, cost, stockPrice(si, qty) + (single ? capPrice(n) : 0));
        xs.push(x);
        usesStock(si, qty, x);
        if (single) usesCapacity(n, x);
      }
      const open = xs.filter((x) => x >= 0);
      lp.row(1, 1, [unfilled, ...open], [1, ...open.map(() => 1)]);
      lineX.push(xs);
    }
    if (!single)
      for (let n = 0; n < N; n++) {
        const used = lineX.map((xs) => xs[n]!).filter((x) => x >= 0);
        if (!used.length) continue;
        const boxCostN = boxCost(model, o, n);
        const box = add(boxCostN, 0, 1, boxCostN, capPrice(n));
        for (const x of used) lp.row(0, INF, [box, x], [1, -1]);
        usesCapacity(n, box);
        if (linear) continue;
        const ship = add(1);
        lineX.forEach((xs, i) => {
          if (xs[n]! >= 0) lp.row(0, INF, [ship, xs[n]!], [1, -lineShipCost(model, o, n, orders.lineSku[ls + i]!)]);
        });
      }
    parts.push({ cols, coef, charge });
  }
  const scale = 'rows' in coupling ? coupling.rows : 1;
  const stockRows = new Map<number, number>();
  for (const [si, cs] of stockCols) stockRows.set(si, lp.row(-INF, avail[si]! * scale, cs, stockCoef.get(si)!));
  const capRows = new Int32Array(N).fill(-1);
  for (let n = 0; n < N; n++)
    if (capCols[n]!.length) capRows[n] = lp.row(-INF, capacityOver(model, n) * scale, capCols[n]!, capCoef[n]!);
  return { lp, parts, stockRows, capRows };
}

/** Each group's cost per order and its coupling charge per order, read from a solved LP. */
function groupValues(built: BoundLp, values: Float64Array): { cost: Float64Array; charge: Float64Array } {
  const cost = new Float64Array(built.parts.length),
    charge = new Float64Array(built.parts.length);
  built.parts.forEach(({ cols, coef, charge: ch }, i) => {
    for (let j = 0; j < cols.length; j++) {
      cost[i] += coef[j]! * values[cols[j]!]!;
      charge[i] += ch[j]! * values[cols[j]!]!;
    }
  });
  return { cost, charge };
}

/** The coupling rows' prices in a solved LP: what one more unit of each limit would save (≥ 0). */
function pricesOf(model: Model, built: BoundLp, duals: Float64Array): Prices {
  const stock = new Float64Array(model.nodes.count * model.skus.count);
  for (const [si, r] of built.stockRows) stock[si] = Math.max(0, -duals[r]!);
  const capacity = new Float64Array(model.nodes.count);
  built.capRows.forEach((r, n) => {
    if (r >= 0) capacity[n] = Math.max(0, -duals[r]!);
  });
  return { stock, capacity };
}

/** The groups solved as one LP at most (about 3 s here); more are bounded by prices (see `hindsightBound`). */
export const EXACT_BOUND_GROUPS = 12_000;
/** Groups in the LP that prices stock and capacity when there are more than EXACT_BOUND_GROUPS (4,000 of 55,000: 0.013% below the exact bound, 3 s). */
const PRICING_SAMPLE_GROUPS = 4_000;
/** Groups per LP when the bound is priced: they share no row then, so this only batches the solver's work (250 solve fastest here). */
const PRICED_CHUNK_GROUPS = 250;

/**
 * Solves the hindsight bound for the model's orders. Up to `exactGroups` groups of orders the
 * LP tells apart, it is that one LP's optimum. Past it, one LP's time grows with the square of
 * its orders (10,000 groups 2 s, 55,000 groups 90 s here), so the bound is priced instead: an
 * LP over every k-th group (about 4,000), its stock and capacity limits cut to their share,
 * prices each unit of stock and capacity (its dual); every group then routes on its own with
 * those units charged at their price (LPs of 250 groups sharing no row), and the prices times
 * the limits are taken back.
 * By weak duality that is a lower bound for any prices ≥ 0 (Lagrangian relaxation): the same
 * as the exact bound when no limit binds, otherwise lower by how far the sample's prices are
 * from the best. `exactGroups` and `sampleGroups` change the two sizes (tests).
 * @example hindsightBound(model).total / model.orders.count // the least cost per order any policy could reach
 */
export function hindsightBound(model: Model, sizes: BoundSizes = {}): HindsightBound {
  const steps = boundSteps(model, sizes);
  let step = steps.next();
  while (!step.done) step = steps.next(step.value.map((lp) => solveLp(lp)));
  return step.value;
}

/** The sizes `hindsightBound` switches and batches at (tests change them). */
export interface BoundSizes {
  exactGroups?: number;
  sampleGroups?: number;
}

/** Priced chunks handed out at a time by `boundSteps` (16 × 250 groups), so a caller can spread them over threads without holding them all. */
const PRICED_CHUNKS_PER_STEP = 16;

/**
 * `hindsightBound` as steps: each yield is a batch of LPs to solve (in any order, anywhere:
 * this thread, or worker threads), answered with their solutions in the same order; the
 * return value is the bound. The same LPs and the same arithmetic as `hindsightBound`, so the
 * result is identical however the LPs were solved.
 * @example const s = boundSteps(model); let x = s.next(); while (!x.done) x = s.next(x.value.map((lp) => solveLp(lp)));
 */
export function* boundSteps(
  model: Model,
  { exactGroups = EXACT_BOUND_GROUPS, sampleGroups = PRICING_SAMPLE_GROUPS }: BoundSizes = {},
): Generator<LpBuilder[], HindsightBound, LpSolution[]> {
  const { orders, nodes } = model;
  const avail = available(model);
  const groups = groupOrders(model);
  const perGroup = new Float64Array(groups.length);
  let columns = 0,
    rows = 0,
    pricedBy: HindsightBound['pricedBy'] = null;
  if (groups.length <= exactGroups) {
    const built = boundLp(model, groups, avail, { rows: 1 });
    built.lp.valuesOnly = true; // only the values make the bound (groupValues)
    const [sol] = yield [built.lp];
    perGroup.set(groupValues(built, sol!.values).cost);
    columns = built.lp.columns;
    rows = built.lp.rows;
  } else {
    const k = Math.ceil(groups.length / sampleGroups);
    const sample = groups.filter((_, i) => i % k === 0);
    const share = sample.reduce((a, g) => a + g.count, 0) / orders.count;
    const sampled = boundLp(model, sample, avail, { rows: share });
    const [sampleSol] = yield [sampled.lp];
    const prices = pricesOf(model, sampled, sampleSol!.duals);
    const charge = new Float64Array(groups.length);
    const step = PRICED_CHUNK_GROUPS * PRICED_CHUNKS_PER_STEP;
    for (let first = 0; first < groups.length; first += step) {
      const starts: number[] = [];
      for (let c = first; c < Math.min(groups.length, first + step); c += PRICED_CHUNK_GROUPS) starts.push(c);
      const built = starts.map((c) => boundLp(model, groups.slice(c, c + PRICED_CHUNK_GROUPS), avail, { prices }));
      for (const b of built) b.lp.valuesOnly = true; // their values, not their duals
      const sols = yield built.map((b) => b.lp);
      built.forEach((b, i) => {
        const v = groupValues(b, sols[i]!.values);
        perGroup.set(v.cost, starts[i]);
        charge.set(v.charge, starts[i]);
        columns += b.lp.columns;
        rows += b.lp.rows;
      });
    }
    // the prices times the limits, taken back from the orders in proportion to what they were
    // charged (to their cost when none was: every order then routed around the priced units)
    let limits = 0;
    for (let si = 0; si < prices.stock.length; si++)
      if (prices.stock[si]! > 0) limits += prices.stock[si]! * avail[si]!;
    for (let n = 0; n < nodes.count; n++)
      if (prices.capacity[n]! > 0) limits += prices.capacity[n]! * capacityOver(model, n);
    const weight = groups.some((_, i) => charge[i]! > 0) ? charge : Float64Array.from(perGroup);
    let weights = 0;
    groups.forEach((g, i) => (weights += g.count * weight[i]!));
    if (limits > 0 && weights > 0)
      for (let i = 0; i < groups.length; i++) perGroup[i] -= (limits * weight[i]!) / weights;
    pricedBy = { sampled: sample.length, chunks: Math.ceil(groups.length / PRICED_CHUNK_GROUPS) };
  }
  const perOrder = new Float64Array(orders.count);
  groups.forEach((g, i) => {
    for (const o of g.members) perOrder[o] = perGroup[i]!;
  });
  const rep = model.replenishment;
  let total = 0;
  for (let o = 0; o < orders.count; o++) total += perOrder[o]!;
  return {
    total,
    perOrder,
    groups: groups.length,
    columns,
    rows,
    pricedBy,
    unlimitedNodes: rep ? nodes.ids.filter((_, n) => rep.nodes[n]) : [],
  };
}
