/**
 * The replay engine: the only code that moves the clock. Orders are routed in
 * (placed_at, order_id) order; receipts, replenishment reviews, backorder deadlines and
 * reroutes after failed picks are events on one queue, run before any order placed at the
 * same instant or later. All of one order's failed picks found at one instant go back to
 * the policy as one request, so lines landing on one node and day share a package. A node
 * is offered an order only when the day it would ship falls inside its active window.
 * Pure and deterministic: the model, a policy and a seeded random source in; outcome
 * records out.
 */
import { EventQueue, EVENT_RECEIPT, EVENT_REROUTE, EVENT_REVIEW } from './queue.ts';
import {
  FLAG_BACKORDERED, FLAG_CAPACITY_WAIT, FLAG_REROUTED, FLAG_REVIEWED, FLAG_SINGLE_POSSIBLE, OrderOutcomes, PackageLog,
  PACKAGE_BACKORDER, PACKAGE_INITIAL, PACKAGE_REROUTE, type RunResult, type RunStats,
} from './outcomes.ts';
import {
  REASON_BACKORDERED, REASON_CANCELLED, REASON_CAPACITY_WAIT, REASON_PARTIAL_CANCEL, REASON_REROUTED, REASON_REVIEWED, REASON_SINGLE,
  REASON_SPLIT_CHOSEN, REASON_SPLIT_NEEDED,
} from './reasons.ts';
import { addBusinessDays, dayIndexOf } from '../model/day-tables.ts';
import { newQuote, pickCost, quotePackage } from './pricing.ts';
import type { CompiledReview } from './review.ts';
import type { ExplainRequest } from './explain.ts';
import type { Model } from '../model/types.ts';
import { Allocation, type Planner, type PolicyFn, type RouteRequest } from '../policies/types.ts';
import type { Rng } from '../random/rng.ts';
import { MS_PER_DAY } from '../time/calendar.ts';

/** Event kind for a backorder deadline (after reroutes at the same instant). */
const EVENT_BACKORDER_DEADLINE = 3;

export interface SimulateOptions {
  /** The seeded source; pick failures and transit delays draw from keyed streams of it. */
  rng: Rng;
  /** Name used in error messages about the policy. */
  policyName?: string;
  /** Exception review rules (compiled with `compileReview`). */
  review?: CompiledReview | null;
  /**
   * Routing cadence: 0 routes each order as it arrives; otherwise orders are routed in
   * batches at the end of each window of this many ms, most constrained order first.
   */
  batchMs?: number;
  /** Record every decision about one order (for `routelab explain`). */
  explain?: ExplainRequest;
}

/** A policy returned an allocation the engine cannot carry out: a bug in the policy. */
export class PolicyContractError extends Error {
  constructor(policy: string, detail: string) {
    super(`policy "${policy}" broke the allocation contract: ${detail}`);
    this.name = 'PolicyContractError';
  }
}

/**
 * Replays every order of `model` under `policy`.
 * @example const { outcomes } = simulate(model, policyFn, { rng: makeRng(42) })
 */
export function simulate(model: Model, policy: PolicyFn, opts: SimulateOptions): RunResult {
  const { nodes, skus, calendar: cal, dests, orders, shipping } = model;
  const N = nodes.count, S = skus.count, D = cal.days;
  const policyName = opts.policyName ?? 'policy';
  const pickDraw = opts.rng.keyed('pick-failure');
  const delayDraw = opts.rng.keyed('transit-delay');

  const onHand = model.startOnHand.slice();
  const onOrder = new Int32Array(N * S);
  const used = new Int32Array(N * D);
  const out = new OrderOutcomes(orders.count);
  const log = new PackageLog();
  const stats: RunStats = { overweightPackages: 0, failedPicks: 0, backorderedUnits: 0, replenishedUnits: 0, reviews: 0, longestCapacityWaitDays: 0, pastHorizonPackages: 0 };
  const review = opts.review ?? null;
  const explain = opts.explain ?? null;
  const STAGES = ['initial', 'reroute', 'backorder'] as const;
  /** Asks the policy; for the explained order, with a trace, and records the decision. */
  const decide = (o: number, t: number, kind: number): void => {
    if (!explain || explain.order !== o) {
      policy(req, alloc);
      return;
    }
    req.trace = { candidates: [], options: [], notes: [] };
    policy(req, alloc);
    explain.events.push({
      type: 'decision', time: t, stage: STAGES[kind]!, trace: req.trace,
      asked: Array.from({ length: req.count }, (_, i) => ({ line: req.lines[i]!, need: req.need[i]! })),
      allocation: Array.from({ length: alloc.count }, (_, e) => ({ line: alloc.line[e]!, node: alloc.node[e]!, qty: alloc.qty[e]! })),
    });
    req.trace = null;
  };
  const queue = new EventQueue();

  let maxLines = 1;
  for (let o = 0; o < orders.count; o++) maxLines = Math.max(maxLines, orders.lineStart[o + 1]! - orders.lineStart[o]!);

  // scratch, reused for every request
  const planQuote = newQuote();
  const planner: Planner = {
    shipDay: (node) => (planDay[node]! >= 0 ? planDay[node]! : (planDay[node] = planShipDay(node, true))),
    firstShipDay: (node) => planShipDay(node, false),
    load: (node, day) => (nodes.capacity[node]! > 0 && day >= 0 && day < D ? used[node * D + day]! / nodes.capacity[node]! : 0),
    packageCost: (node, day, units, weight, volume) => quotePackage(model, req.order, node, day, units, weight, volume, planQuote).cost + pickCost(model, node, units),
    deliveryDay: (node, day, units, weight, volume) => addBusinessDays(cal, day, quotePackage(model, req.order, node, day, units, weight, volume, planQuote).transit),
  };
  const req: RouteRequest = {
    model, order: 0, dest: 0, time: 0, count: 0, reroute: false, minDay: -1, planner, trace: null,
    lines: new Int32Array(maxLines), need: new Int32Array(maxLines), eligible: new Uint8Array(N), onHand,
  };
  const alloc = new Allocation(maxLines * N * 2);
  /** Pick attempt of each requested line (parallel to `req.lines`): 0, or the failures so far. */
  const reqAttempt = new Int32Array(maxLines);
  /** Per node: the day a package handed over now would leave (the planner's `shipDay`), -1 until asked. */
  const planDay = new Int32Array(N);
  const given = new Int32Array(maxLines);
  const failed = new Uint8Array(maxLines * N * 2);
  const entryAttempt = new Int32Array(maxLines * N * 2);
  const pkgUnits = new Int32Array(N), pkgWeight = new Float64Array(N), pkgVolume = new Float64Array(N);
  const pkgFailed = new Uint8Array(N);

  // inbound stock: data receipts, then replenishment orders as they are placed
  let inCount = 0;
  let inNode = new Int32Array(model.receipts.count + 64), inSku = new Int32Array(model.receipts.count + 64), inQty = new Int32Array(model.receipts.count + 64);
  const addInbound = (node: number, sku: number, qty: number): number => {
    if (inCount === inNode.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      inNode = grow(inNode); inSku = grow(inSku); inQty = grow(inQty);
    }
    inNode[inCount] = node; inSku[inCount] = sku; inQty[inCount] = qty;
    return inCount++;
  };
  for (let r = 0; r < model.receipts.count; r++) {
    queue.push(model.receipts.time[r]!, EVENT_RECEIPT, addInbound(model.receipts.node[r]!, model.receipts.sku[r]!, model.receipts.qty[r]!), 0);
  }
  if (model.replenishment) {
    for (let day = model.replenishment.everyDays; day <= cal.endDay; day += model.replenishment.everyDays) queue.push(cal.businessMidnight[day]!, EVENT_REVIEW, day);
  }

  // backorders waiting for stock: FIFO list per sku
  const backorderOn = model.backorderMaxWaitDays > 0;
  let wCount = 0;
  let wOrder = new Int32Array(64), wLine = new Int32Array(64), wQty = new Int32Array(64), wNext = new Int32Array(64);
  const wHead = new Int32Array(S).fill(-1), wTail = new Int32Array(S).fill(-1);

  /** Whether day `day` (a node-local date) is inside `node`'s active window. */
  const activeOn = (node: number, day: number) => day >= nodes.activeFrom[node]! && day <= nodes.activeTo[node]!;
  /** Per node: 1 when its active window leaves out some day of the tables (so eligibility needs its ship day). */
  const windowed = new Uint8Array(N);
  for (let node = 0; node < N; node++) windowed[node] = nodes.activeFrom[node]! > 0 || nodes.activeTo[node]! < D - 1 ? 1 : 0;

  /** First ship day ≥ minDay on which a package handed over at `t` leaves `node`. */
  /** The same, or -1 when the node's backlog runs past the end of the day tables. */
  const findShipDay = (node: number, t: number, minDay: number, withCapacity: boolean): number => {
    let d = dayIndexOf(cal.nodeMidnight, node * (D + 1), D, t);
    if (d < minDay) d = minDay;
    if (d < 0) d = 0;
    const cap = nodes.capacity[node]!;
    const base = node * D;
    for (; d < D; d++) {
      if (cal.shipDay[base + d] && cal.cutoffUtc[base + d]! > t && (!withCapacity || cap === 0 || used[base + d]! < cap)) return d;
    }
    return -1;
  };
  /**
   * The same; a backlog running past the day tables (HORIZON_DAYS after the period end) is
   * valid input: the package is counted as leaving on the node's last ship day in them.
   */
  const shipDayFor = (node: number, t: number, minDay: number, withCapacity: boolean): number => {
    const d = findShipDay(node, t, minDay, withCapacity);
    if (d >= 0) return d;
    if (withCapacity) stats.pastHorizonPackages++;
    let last = D - 1;
    while (last > 0 && !cal.shipDay[node * D + last]) last--;
    return last;
  };
  /** Planning estimates never fail: a node whose backlog runs past the tables looks as late as possible. */
  const planShipDay = (node: number, withCapacity: boolean): number => {
    const d = findShipDay(node, req.time, req.minDay, withCapacity);
    return d < 0 ? D - 1 : d;
  };
  /** Whether a package handed to `node` at `t` would leave inside its active window. */
  const shipsWhileActive = (node: number, t: number, minDay: number): boolean => {
    const d = findShipDay(node, t, minDay, true);
    return activeOn(node, d < 0 ? D - 1 : d);
  };

  /** Prices and logs a package; updates the order's outcome. */
  const quote = newQuote();
  const ship = (o: number, node: number, shipDay: number, units: number, weight: number, volume: number, kind: number): void => {
    const dest = orders.dest[o]!;
    const miles = dests.miles[dest * N + node]!;
    quotePackage(model, o, node, shipDay, units, weight, volume, quote);
    if (quote.overweight) stats.overweightPackages++;
    const cost = quote.cost, service = quote.service, lb = quote.lb, zone = dests.zone[dest * N + node]!;
    let transit = quote.transit;
    if (shipping.delayProbability > 0 && delayDraw(orders.key[o]!, nodes.key[node]!, kind) < shipping.delayProbability) transit += shipping.delayDays;
    const delivered = addBusinessDays(cal, shipDay, transit);
    const pick = pickCost(model, node, units);

    const p = log.reserve();
    log.order[p] = o; log.node[p] = node; log.kind[p] = kind; log.shipDay[p] = shipDay; log.deliveredDay[p] = delivered;
    log.units[p] = units; log.billableLb[p] = lb; log.zone[p] = zone; log.service[p] = service;
    log.shipCost[p] = cost; log.pickCost[p] = pick; log.miles[p] = miles;

    out.packages[o]++;
    out.nodeMask[o] |= 1 << node;
    out.unitsShipped[o] += units;
    out.shipCost[o] += cost;
    out.pickCost[o] += pick;
    out.milesSum[o] += miles;
    if (nodes.types[node] === 'store') out.storePackages[o]++;
    if (out.firstShipDay[o] < 0 || shipDay < out.firstShipDay[o]!) out.firstShipDay[o] = shipDay;
    if (shipDay > out.lastShipDay[o]!) out.lastShipDay[o] = shipDay;
    if (delivered > out.deliveredDay[o]!) out.deliveredDay[o] = delivered;
  };

  /** Units of a line nobody supplied: wait for stock (when backorders are on) or cancel. */
  const unfilled = (o: number, line: number, qty: number, t: number): void => {
    const cancel = !backorderOn || t >= orders.placedUtc[o]! + model.backorderMaxWaitDays * MS_PER_DAY;
    if (explain?.order === o) explain.events.push({ type: 'unfilled', time: t, line, qty, action: cancel ? 'cancelled' : 'backordered' });
    if (cancel) {
      out.unitsCancelled[o] += qty;
      return;
    }
    if (wCount === wOrder.length) {
      const grow = (a: Int32Array) => { const b = new Int32Array(a.length * 2); b.set(a); return b; };
      wOrder = grow(wOrder); wLine = grow(wLine); wQty = grow(wQty); wNext = grow(wNext);
    }
    const w = wCount++;
    wOrder[w] = o; wLine[w] = line; wQty[w] = qty; wNext[w] = -1;
    const sku = orders.lineSku[line]!;
    if (wTail[sku]! >= 0) wNext[wTail[sku]!] = w; else wHead[sku] = w;
    wTail[sku] = w;
    out.flags[o] |= FLAG_BACKORDERED;
    stats.backorderedUnits += qty;
    queue.push(orders.placedUtc[o]! + model.backorderMaxWaitDays * MS_PER_DAY, EVENT_BACKORDER_DEADLINE, w);
  };

  /**
   * Carries out the policy's allocation for `req`: reserves stock, draws pick failures,
   * forms one package per node, schedules reroutes, and passes unfilled units on.
   */
  const apply = (o: number, t: number, minDay: number, excluded: number, kind: number): void => {
    const ls = orders.lineStart[o]!;
    let lowStoreStock = false;
    for (let i = 0; i < req.count; i++) given[i] = 0;
    pkgUnits.fill(0); pkgWeight.fill(0); pkgVolume.fill(0); pkgFailed.fill(0);
    for (let e = 0; e < alloc.count; e++) {
      const line = alloc.line[e]!, node = alloc.node[e]!, qty = alloc.qty[e]!;
      let i = 0;
      while (i < req.count && req.lines[i] !== line) i++;
      if (i === req.count) throw new PolicyContractError(policyName, `allocated line ${line}, which was not asked for`);
      if (qty <= 0 || !Number.isInteger(qty)) throw new PolicyContractError(policyName, `allocated ${qty} units`);
      if (node < 0 || node >= N || !req.eligible[node]) throw new PolicyContractError(policyName, `allocated from node ${nodes.ids[node] ?? node}, which may not ship this order`);
      given[i]! += qty;
      if (given[i]! > req.need[i]!) throw new PolicyContractError(policyName, `allocated ${given[i]} units of a line that needs ${req.need[i]}`);
      const sku = orders.lineSku[line]!;
      const before = onHand[node * S + sku]!;
      onHand[node * S + sku] = before - qty;
      if (before - qty < 0) throw new PolicyContractError(policyName, `took more ${skus.ids[sku]} from ${nodes.ids[node]} than it has`);
      // a staff alert when a node's stock of the sku falls to its safety level
      if (before > nodes.safetyStock[node]! && before - qty <= nodes.safetyStock[node]!) out.alerts[o]++;
      if (review && review.storeStockWithin >= 0 && kind === PACKAGE_INITIAL && nodes.types[node] === 'store' && before - qty <= nodes.safetyStock[node]! + review.storeStockWithin) lowStoreStock = true;
      // a failed pick: the record said the units were there, they were not (the phantom units are written off)
      entryAttempt[e] = reqAttempt[i]!;
      failed[e] = pickDraw(orders.key[o]!, (line - ls) * 64 + reqAttempt[i]!, nodes.key[node]!) >= nodes.accuracy[node]! ? 1 : 0;
      if (failed[e]) pkgFailed[node] = 1;
      else {
        pkgUnits[node]! += qty;
        pkgWeight[node]! += qty * skus.weightLb[sku]!;
        pkgVolume[node]! += qty * skus.volumeIn3[sku]!;
      }
    }
    for (let i = 0; i < req.count; i++) if (given[i]! < req.need[i]!) unfilled(o, req.lines[i]!, req.need[i]! - given[i]!, t);

    // exception review: a manual touch, and the packages are released after the delay
    let release = t;
    if (review && kind === PACKAGE_INITIAL && alloc.count > 0 && !review.exempt[o] && (review.orderRule[o]! > 0 || lowStoreStock)) {
      out.touches[o]++;
      out.reviews[o] = 1;
      out.flags[o] |= FLAG_REVIEWED;
      stats.reviews++;
      release = t + review.delayMs;
      if (explain?.order === o) explain.events.push({ type: 'review', time: t, rule: review.orderRule[o]! > 0 ? review.labels[review.orderRule[o]! - 1]! : review.labels[review.storeStockRule]!, release });
    }

    for (let node = 0; node < N; node++) {
      if (pkgUnits[node] === 0 && !pkgFailed[node]) continue;
      const earliest = shipDayFor(node, release, minDay, false);
      let day = earliest;
      if (pkgUnits[node]! > 0) {
        day = shipDayFor(node, release, minDay, true);
        if (!activeOn(node, day)) throw new Error(`engine: ${nodes.ids[node]} would ship on day ${day}, outside its active window`);
        if (day !== earliest) {
          out.flags[o] |= FLAG_CAPACITY_WAIT;
          if (day - earliest > stats.longestCapacityWaitDays) stats.longestCapacityWaitDays = day - earliest;
        }
        // a staff alert when this package fills the node's day
        if (++used[node * D + day]! === nodes.capacity[node]) out.alerts[o]++;
        ship(o, node, day, pkgUnits[node]!, pkgWeight[node]!, pkgVolume[node]!, kind);
        if (explain?.order === o) {
          const k = log.count - 1;
          explain.events.push({ type: 'package', node, shipDay: day, deliveredDay: log.deliveredDay[k]!, units: log.units[k]!, cost: log.shipCost[k]!, pick: log.pickCost[k]!, stage: kind, capacityWait: day !== earliest });
        }
      }
      if (pkgFailed[node]) {
        const pickTime = cal.cutoffUtc[node * D + day]!;
        for (let e = 0; e < alloc.count; e++) {
          if (!failed[e] || alloc.node[e] !== node) continue;
          queue.push(pickTime, EVENT_REROUTE, o, alloc.line[e]!, alloc.qty[e]!, excluded | (1 << node), day + 1, entryAttempt[e]! + 1);
          if (explain?.order === o) explain.events.push({ type: 'pick-failed', line: alloc.line[e]!, node, qty: alloc.qty[e]!, found: pickTime });
        }
      }
    }
  };

  /**
   * Prepares `req` for some lines of order `o` at time `t`, excluding nodes in `excluded`.
   * A node is eligible when the day it would ship (its own date, after its cutoff, ship days
   * and daily capacity) is inside its active window; when the order may be held by an
   * exception review, also the day it would ship after the review's delay.
   */
  const prepare = (o: number, t: number, excluded: number, kind: number, minDay: number): void => {
    req.order = o;
    req.dest = orders.dest[o]!;
    req.time = t;
    req.reroute = kind === PACKAGE_REROUTE;
    req.minDay = minDay;
    const held = review !== null && kind === PACKAGE_INITIAL && !review.exempt[o] && (review.orderRule[o]! > 0 || review.storeStockWithin >= 0);
    for (let node = 0; node < N; node++) {
      planDay[node] = -1;
      if ((excluded >>> node) & 1) req.eligible[node] = 0;
      else if (!windowed[node]) req.eligible[node] = 1;
      else {
        planDay[node] = planShipDay(node, true);
        req.eligible[node] = activeOn(node, planDay[node]!) && (!held || shipsWhileActive(node, t + review!.delayMs, minDay)) ? 1 : 0;
      }
    }
    alloc.clear();
  };

  const route = (o: number, t: number): void => {
    const ls = orders.lineStart[o]!, le = orders.lineStart[o + 1]!;
    prepare(o, t, 0, PACKAGE_INITIAL, -1);
    req.count = le - ls;
    for (let i = 0; i < req.count; i++) {
      req.lines[i] = ls + i;
      req.need[i] = orders.lineQty[ls + i]!;
      reqAttempt[i] = 0;
    }
    for (let node = 0; node < N; node++) {
      if (!req.eligible[node]) continue;
      let all = true;
      for (let l = ls; l < le && all; l++) if (onHand[node * S + orders.lineSku[l]!]! < orders.lineQty[l]!) all = false;
      if (all) { out.flags[o] |= FLAG_SINGLE_POSSIBLE; break; }
    }
    decide(o, t, PACKAGE_INITIAL);
    apply(o, t, -1, 0, PACKAGE_INITIAL);
  };

  /**
   * Reroutes every failed pick of order `o` found at `t` (the event just popped and the ones
   * right behind it) as one request: each failure is a manual touch; units of one line come
   * back as one line; every node that failed them is excluded; nothing ships before the
   * latest of their next days.
   */
  const reroute = (o: number, t: number): void => {
    let excluded = 0, minDay = -1;
    req.count = 0;
    for (;;) {
      const a = queue.last, line = a[1]!;
      out.touches[o]++;
      stats.failedPicks++;
      excluded |= a[3]!;
      if (a[4]! > minDay) minDay = a[4]!;
      let i = 0;
      while (i < req.count && req.lines[i] !== line) i++;
      if (i === req.count) { req.count++; req.lines[i] = line; req.need[i] = 0; reqAttempt[i] = 0; }
      req.need[i]! += a[2]!;
      if (a[5]! > reqAttempt[i]!) reqAttempt[i] = a[5]!;
      if (queue.peekTime() !== t || queue.peekKind() !== EVENT_REROUTE || queue.peekFirst() !== o) break;
      queue.pop();
    }
    out.flags[o] |= FLAG_REROUTED;
    prepare(o, t, excluded, PACKAGE_REROUTE, minDay);
    decide(o, t, PACKAGE_REROUTE);
    apply(o, t, minDay, excluded, PACKAGE_REROUTE);
  };

  const retryBackorders = (sku: number, t: number): void => {
    let prev = -1;
    for (let w = wHead[sku]!; w >= 0; w = wNext[w]!) {
      if (wQty[w]! > 0) {
        const o = wOrder[w]!, line = wLine[w]!, qty = wQty[w]!;
        prepare(o, t, 0, PACKAGE_BACKORDER, -1);
        req.count = 1; req.lines[0] = line; req.need[0] = qty; reqAttempt[0] = 0;
        decide(o, t, PACKAGE_BACKORDER);
        let got = 0;
        for (let e = 0; e < alloc.count; e++) got += alloc.qty[e]!;
        if (got > 0) {
          wQty[w] = qty - got;
          req.need[0] = got; // ship what arrived; the rest keeps waiting
          apply(o, t, -1, 0, PACKAGE_BACKORDER);
        }
      }
      if (wQty[w]! === 0) {
        // unlink served entries
        if (prev >= 0) wNext[prev] = wNext[w]!; else wHead[sku] = wNext[w]!;
        if (wTail[sku] === w) wTail[sku] = prev;
      } else prev = w;
    }
  };

  const runEvent = (): void => {
    queue.pop();
    const t = queue.lastTime, a = queue.last;
    switch (queue.lastKind) {
      case EVENT_RECEIPT: {
        const i = a[0]!, node = inNode[i]!, sku = inSku[i]!;
        onHand[node * S + sku]! += inQty[i]!;
        if (a[1]) onOrder[node * S + sku]! -= inQty[i]!;
        if (backorderOn && wHead[sku]! >= 0) retryBackorders(sku, t);
        break;
      }
      case EVENT_REVIEW: {
        const rp = model.replenishment!;
        const arrive = cal.businessMidnight[Math.min(a[0]! + rp.leadDays, D)]!;
        for (let node = 0; node < N; node++) {
          if (!rp.nodes[node]) continue;
          for (let sku = 0; sku < S; sku++) {
            const k = node * S + sku;
            if (!model.carried[k]) continue;
            const short = model.startOnHand[k]! - onHand[k]! - onOrder[k]!;
            if (short > 0) {
              onOrder[k]! += short;
              stats.replenishedUnits += short;
              queue.push(arrive, EVENT_RECEIPT, addInbound(node, sku, short), 1);
            }
          }
        }
        break;
      }
      case EVENT_REROUTE:
        reroute(a[0]!, t);
        break;
      case EVENT_BACKORDER_DEADLINE: {
        const w = a[0]!;
        if (wQty[w]! > 0) {
          if (explain?.order === wOrder[w]) explain.events.push({ type: 'backorder-expired', time: t, line: wLine[w]!, qty: wQty[w]! });
          out.unitsCancelled[wOrder[w]!] += wQty[w]!;
          wQty[w] = 0;
        }
        break;
      }
      default:
        throw new Error(`unknown event kind ${queue.lastKind}`);
    }
  };

  const batchMs = opts.batchMs ?? 0;
  if (batchMs <= 0) {
    for (let o = 0; o < orders.count; o++) {
      const t = orders.placedUtc[o]!;
      while (queue.peekTime() <= t) runEvent();
      route(o, t);
    }
  } else {
    // batches: each window's orders are routed together at its end, the most constrained
    // first (fewest nodes able to fill the whole order), so flexible orders do not take
    // the only stock a constrained one could use
    const batch: number[] = [];
    const fillers = new Int32Array(orders.count);
    const open = new Uint8Array(N);
    for (let i = 0; i < orders.count;) {
      const end = cal.startUtc + (Math.floor((orders.placedUtc[i]! - cal.startUtc) / batchMs) + 1) * batchMs;
      batch.length = 0;
      while (i < orders.count && orders.placedUtc[i]! < end) batch.push(i++);
      while (queue.peekTime() <= end) runEvent();
      for (let node = 0; node < N; node++) open[node] = !windowed[node] || shipsWhileActive(node, end, -1) ? 1 : 0;
      for (const o of batch) {
        let c = 0;
        for (let node = 0; node < N; node++) {
          if (!open[node]) continue;
          let all = true;
          for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]! && all; l++) if (onHand[node * S + orders.lineSku[l]!]! < orders.lineQty[l]!) all = false;
          if (all) c++;
        }
        fillers[o] = c === 0 ? N + 1 : c;
      }
      batch.sort((a, b) => fillers[a]! - fillers[b]! || a - b);
      for (const o of batch) route(o, end);
    }
  }
  while (queue.size > 0) runEvent();

  finalize(model, out, review);
  return { outcomes: out, packages: log, stats, finalOnHand: onHand };
}

/** Derives costs, on-time flags, alerts, notices and reason codes once every event has run. */
function finalize(model: Model, out: OrderOutcomes, review: CompiledReview | null): void {
  const { orders, costs } = model;
  for (let o = 0; o < orders.count; o++) {
    let units = 0;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) units += orders.lineQty[l]!;
    const cancelled = out.unitsCancelled[o]!;
    const reviews = out.reviews[o]!;
    const reroutes = out.touches[o]! - reviews;
    out.touchCost[o] = reroutes * costs.manualTouch + reviews * (review?.touchCost ?? 0);
    out.cancelCost[o] = cancelled > 0 ? costs.cancellationPerOrder + costs.cancellationPerUnit * cancelled : 0;
    const shipped = out.packages[o]! > 0;
    out.onTimeShip[o] = shipped && out.lastShipDay[o]! <= orders.shipByDay[o]! ? 1 : 0;
    out.onTimeDelivery[o] = shipped && out.deliveredDay[o]! <= orders.promiseDay[o]! ? 1 : 0;
    const f = out.flags[o]!;
    if (shipped && !out.onTimeShip[o]) out.alerts[o]++; // the ship SLA was missed
    out.notices[o] = (out.packages[o]! > 1 ? 1 : 0) + reroutes + (shipped && !out.onTimeDelivery[o] ? 1 : 0) + (f & FLAG_BACKORDERED ? 1 : 0);
    out.reason[o] =
      cancelled === units ? REASON_CANCELLED
      : cancelled > 0 ? REASON_PARTIAL_CANCEL
      : f & FLAG_REROUTED ? REASON_REROUTED
      : f & FLAG_REVIEWED ? REASON_REVIEWED
      : f & FLAG_BACKORDERED ? REASON_BACKORDERED
      : f & FLAG_CAPACITY_WAIT ? REASON_CAPACITY_WAIT
      : out.packages[o]! > 1 ? (f & FLAG_SINGLE_POSSIBLE ? REASON_SPLIT_CHOSEN : REASON_SPLIT_NEEDED)
      : REASON_SINGLE;
  }
}
