/**
 * Fulfilment: one order's way through the policy and the nodes, for the engine's clock to
 * call. Prepares a routing request (which nodes may ship it now), asks the policy, and
 * carries out its allocation: takes the stock, draws pick failures, forms and ships one
 * package per node, schedules reroutes of failed picks, and passes unfilled units on to
 * backorders or cancellation. The request, allocation and scratch buffers are reused for
 * every request, so nothing is allocated per order (except for the explained order).
 */
import type { Backorders } from './backorders.ts';
import type { Capacity } from './capacity.ts';
import { newEventRecord, type EventQueue, type EventRecord } from './events.ts';
import type { ExplainRequest } from './explain.ts';
import type { Ledger } from './ledger.ts';
import { addNode, hasNode, nodeWords } from './node-set.ts';
import {
  FLAG_BACKORDERED,
  FLAG_CAPACITY_WAIT,
  FLAG_REROUTED,
  FLAG_REVIEWED,
  FLAG_SINGLE_POSSIBLE,
  PACKAGE_BACKORDER,
  PACKAGE_INITIAL,
  PACKAGE_REROUTE,
  type OrderOutcomes,
  type PackageLog,
  type RunStats,
} from './outcomes.ts';
import type { Packages } from './packages.ts';
import { newQuote, pickCost, quotePackage } from '../model/pricing.ts';
import type { CompiledReview } from './review.ts';
import { addBusinessDays } from '../model/day-tables.ts';
import type { Model } from '../model/types.ts';
import { Allocation, type Planner, type PolicyFn, type RouteRequest } from '../policies/types.ts';
import type { KeyedDraw } from '../random/rng.ts';

/** A policy returned an allocation the engine cannot carry out: a bug in the policy. */
export class PolicyContractError extends Error {
  constructor(policy: string, detail: string) {
    super(`policy "${policy}" broke the allocation contract: ${detail}`);
    this.name = 'PolicyContractError';
  }
}

/** The state of one run that fulfilment reads and writes (built by `simulate`). */
export interface RunParts {
  queue: EventQueue;
  ledger: Ledger;
  capacity: Capacity;
  packages: Packages;
  backorders: Backorders;
  out: OrderOutcomes;
  log: PackageLog;
  stats: RunStats;
}

/** How fulfilment asks and answers: the policy, its name for errors, review rules, explain. */
export interface FulfilSettings {
  policy: PolicyFn;
  policyName: string;
  /** Draws pick failures. */
  pickDraw: KeyedDraw;
  /** The draws offered to randomized policies (`RouteRequest.draw`). */
  policyDraw: KeyedDraw;
  review: CompiledReview | null;
  explain: ExplainRequest | null;
}

const STAGES = ['initial', 'reroute', 'backorder'] as const;

export class Fulfilment {
  private readonly req: RouteRequest;
  private readonly alloc: Allocation;
  /** Pick attempt of each requested line (parallel to `req.lines`): 0, or the failures so far. */
  private readonly reqAttempt: Int32Array;
  /** Per node: the day a package handed over now would leave (the planner's `shipDay`), -1 until asked. */
  private readonly planDay: Int32Array;
  /** Per requested line: units the allocation gave it. */
  private readonly given: Int32Array;
  /** Per allocation entry: 1 when its pick failed, and the line's pick attempt. */
  private readonly failed: Uint8Array;
  private readonly entryAttempt: Int32Array;
  /** Scratch for scheduling reroutes. */
  private readonly failure: EventRecord;
  /** The nodes a reroute may not use (a node bitset), and the empty set for first routes and backorders. */
  private readonly excluded: Int32Array;
  private readonly none: Int32Array;
  private readonly planQuote = newQuote();

  /** Fulfilment over the run's state `parts`; sizes its buffers for the model's longest order. */
  constructor(
    private readonly model: Model,
    private readonly parts: RunParts,
    private readonly settings: FulfilSettings,
  ) {
    const { orders, nodes, calendar: cal } = model;
    const N = nodes.count;
    const W = nodeWords(N);
    this.failure = newEventRecord(W);
    this.excluded = new Int32Array(W);
    this.none = new Int32Array(W);
    let maxLines = 1;
    for (let o = 0; o < orders.count; o++)
      maxLines = Math.max(maxLines, orders.lineStart[o + 1]! - orders.lineStart[o]!);
    const { capacity } = parts;
    const planDay = (this.planDay = new Int32Array(N));
    const planner: Planner = {
      shipDay: (node) =>
        planDay[node]! >= 0 ? planDay[node]! : (planDay[node] = capacity.planShipDay(node, req.time, req.minDay, true)),
      firstShipDay: (node) => capacity.planShipDay(node, req.time, req.minDay, false),
      load: (node, day) => capacity.load(node, day),
      packageCost: (node, day, units, weight, volume) =>
        quotePackage(model, req.order, node, day, units, weight, volume, this.planQuote).cost +
        pickCost(model, node, units),
      deliveryDay: (node, day, units, weight, volume) =>
        addBusinessDays(
          cal,
          day,
          quotePackage(model, req.order, node, day, units, weight, volume, this.planQuote).transit,
        ),
    };
    const req: RouteRequest = (this.req = {
      model,
      order: 0,
      dest: 0,
      time: 0,
      count: 0,
      reroute: false,
      minDay: -1,
      planner,
      trace: null,
      draw: settings.policyDraw,
      lines: new Int32Array(maxLines),
      need: new Int32Array(maxLines),
      eligible: new Uint8Array(N),
      onHand: parts.ledger.onHand,
      onHandBySku: parts.ledger.onHandBySku,
    });
    this.alloc = new Allocation(maxLines * N * 2);
    this.reqAttempt = new Int32Array(maxLines);
    this.given = new Int32Array(maxLines);
    this.failed = new Uint8Array(maxLines * N * 2);
    this.entryAttempt = new Int32Array(maxLines * N * 2);
  }

  /** Routes every line of order `o` at `t` (as it arrives, or at the end of its batch window). */
  route(o: number, t: number): void {
    const { req, reqAttempt, model } = this;
    const { orders } = model;
    const ls = orders.lineStart[o]!,
      le = orders.lineStart[o + 1]!;
    this.prepare(o, t, this.none, PACKAGE_INITIAL, -1);
    req.count = le - ls;
    for (let i = 0; i < req.count; i++) {
      req.lines[i] = ls + i;
      req.need[i] = orders.lineQty[ls + i]!;
      reqAttempt[i] = 0;
    }
    for (let node = 0; node < model.nodes.count; node++) {
      if (req.eligible[node] && this.parts.ledger.canFill(node, o)) {
        this.parts.out.flags[o] |= FLAG_SINGLE_POSSIBLE;
        break;
      }
    }
    this.decide(o, t, PACKAGE_INITIAL);
    this.apply(o, t, -1, this.none, PACKAGE_INITIAL);
  }

  /**
   * Reroutes every failed pick of order `o` found at `t` (the event just popped and the ones
   * right behind it) as one request: each failure is a manual touch; units of one line come
   * back as one line; every node that failed them is excluded; nothing ships before the
   * latest of their next days.
   */
  reroute(o: number, t: number): void {
    const { req, reqAttempt, excluded } = this;
    const { queue, out, stats } = this.parts;
    const W = excluded.length;
    let minDay = -1;
    excluded.fill(0);
    req.count = 0;
    for (;;) {
      const e = queue.last,
        line = e.line;
      out.touches[o]++;
      stats.failedPicks++;
      for (let w = 0; w < W; w++) excluded[w]! |= e.excluded[w]!;
      if (e.minDay > minDay) minDay = e.minDay;
      let i = 0;
      while (i < req.count && req.lines[i] !== line) i++;
      if (i === req.count) {
        req.count++;
        req.lines[i] = line;
        req.need[i] = 0;
        reqAttempt[i] = 0;
      }
      req.need[i]! += e.qty;
      if (e.attempt > reqAttempt[i]!) reqAttempt[i] = e.attempt;
      if (!queue.nextIsReroute(t, o)) break;
      queue.pop();
    }
    out.flags[o] |= FLAG_REROUTED;
    this.prepare(o, t, excluded, PACKAGE_REROUTE, minDay);
    this.decide(o, t, PACKAGE_REROUTE);
    this.apply(o, t, minDay, excluded, PACKAGE_REROUTE);
  }

  /** Offers stock of `sku` that arrived at `t` to its backorders, oldest first. */
  retryBackorders(sku: number, t: number): void {
    this.serveTime = t;
    this.parts.backorders.serve(sku, this.serveBackorder);
  }

  private serveTime = 0;
  /** Asks the policy for one waiting line; ships what it allocates (the rest keeps waiting). */
  private readonly serveBackorder = (o: number, line: number, qty: number): number => {
    const { req, alloc } = this;
    const t = this.serveTime;
    this.prepare(o, t, this.none, PACKAGE_BACKORDER, -1);
    req.count = 1;
    req.lines[0] = line;
    req.need[0] = qty;
    this.reqAttempt[0] = 0;
    this.decide(o, t, PACKAGE_BACKORDER);
    let got = 0;
    for (let e = 0; e < alloc.count; e++) got += alloc.qty[e]!;
    if (got > 0) {
      req.need[0] = got; // ship what arrived; the rest keeps waiting
      this.apply(o, t, -1, this.none, PACKAGE_BACKORDER);
    }
    return got;
  };

  /** Cancels what backorder entry `w` still waits for when its deadline passes at `t`. */
  expireBackorder(w: number, t: number): void {
    const { backorders, out } = this.parts;
    if (backorders.qty[w]! <= 0) return;
    const o = backorders.order[w]!;
    const explain = this.settings.explain;
    if (explain?.order === o)
      explain.events.push({ type: 'backorder-expired', time: t, line: backorders.line[w]!, qty: backorders.qty[w]! });
    out.unitsCancelled[o] += backorders.expire(w);
  }

  /** Asks the policy; for the explained order, with a trace, and records the decision. */
  private decide(o: number, t: number, kind: number): void {
    const { req, alloc } = this;
    const { policy, explain } = this.settings;
    if (!explain || explain.order !== o) {
      policy(req, alloc);
      return;
    }
    req.trace = { candidates: [], options: [], notes: [] };
    policy(req, alloc);
    explain.events.push({
      type: 'decision',
      time: t,
      stage: STAGES[kind]!,
      trace: req.trace,
      asked: Array.from({ length: req.count }, (_, i) => ({ line: req.lines[i]!, need: req.need[i]! })),
      allocation: Array.from({ length: alloc.count }, (_, e) => ({
        line: alloc.line[e]!,
        node: alloc.node[e]!,
        qty: alloc.qty[e]!,
      })),
    });
    req.trace = null;
  }

  /**
   * Prepares `req` for some lines of order `o` at time `t`, excluding the nodes in `excluded` (a node bitset).
   * A node is eligible when the day it would ship (its own date, after its cutoff, ship days
   * and daily capacity) is inside its active window; when the order may be held by an
   * exception review, also the day it would ship after the review's delay.
   */
  private prepare(o: number, t: number, excluded: Int32Array, kind: number, minDay: number): void {
    const { req, planDay } = this;
    const { capacity } = this.parts;
    const review = this.settings.review;
    req.order = o;
    req.dest = this.model.orders.dest[o]!;
    req.time = t;
    req.reroute = kind === PACKAGE_REROUTE;
    req.minDay = minDay;
    const held =
      review !== null &&
      kind === PACKAGE_INITIAL &&
      !review.exempt[o] &&
      (review.orderRule[o]! > 0 || review.storeStockWithin >= 0);
    for (let node = 0; node < this.model.nodes.count; node++) {
      planDay[node] = -1;
      if (hasNode(excluded, 0, node)) req.eligible[node] = 0;
      else if (!capacity.windowed[node]) req.eligible[node] = 1;
      else {
        planDay[node] = capacity.planShipDay(node, t, minDay, true);
        req.eligible[node] =
          capacity.activeOn(node, planDay[node]!) &&
          (!held || capacity.shipsWhileActive(node, t + review!.delayMs, minDay))
            ? 1
            : 0;
      }
    }
    this.alloc.clear();
  }

  /**
   * Carries out the policy's allocation for `req`: takes the stock and draws pick failures,
   * passes unfilled units on, holds the order for review when a rule says so, then ships
   * one package per node and schedules the reroutes.
   */
  private apply(o: number, t: number, minDay: number, excluded: Int32Array, kind: number): void {
    const lowStoreStock = this.take(o, kind);
    const { req, given } = this;
    for (let i = 0; i < req.count; i++)
      if (given[i]! < req.need[i]!) this.unfilled(o, req.lines[i]!, req.need[i]! - given[i]!, t);
    const release = this.hold(o, t, kind, lowStoreStock);
    this.shipAll(o, release, minDay, excluded, kind);
  }

  /**
   * Checks the allocation against the contract, takes its units off the shelves (raising
   * safety-stock alerts), draws each entry's pick and adds the units found to their node's
   * package. Returns whether it left a store near its safety stock (the store-stock rule).
   */
  private take(o: number, kind: number): boolean {
    const { req, alloc, given, failed, entryAttempt, reqAttempt, model } = this;
    const { orders, nodes, skus } = model;
    const { ledger, packages, out } = this.parts;
    const { policyName, pickDraw, review } = this.settings;
    const N = nodes.count;
    const ls = orders.lineStart[o]!;
    let lowStoreStock = false;
    for (let i = 0; i < req.count; i++) given[i] = 0;
    packages.reset();
    for (let e = 0; e < alloc.count; e++) {
      const line = alloc.line[e]!,
        node = alloc.node[e]!,
        qty = alloc.qty[e]!;
      let i = 0;
      while (i < req.count && req.lines[i] !== line) i++;
      if (i === req.count) throw new PolicyContractError(policyName, `allocated line ${line}, which was not asked for`);
      if (qty <= 0 || !Number.isInteger(qty)) throw new PolicyContractError(policyName, `allocated ${qty} units`);
      if (node < 0 || node >= N || !req.eligible[node])
        throw new PolicyContractError(
          policyName,
          `allocated from node ${nodes.ids[node] ?? node}, which may not ship this order`,
        );
      given[i]! += qty;
      if (given[i]! > req.need[i]!)
        throw new PolicyContractError(policyName, `allocated ${given[i]} units of a line that needs ${req.need[i]}`);
      const sku = orders.lineSku[line]!;
      const before = ledger.take(node, sku, qty);
      if (before - qty < 0)
        throw new PolicyContractError(policyName, `took more ${skus.ids[sku]} from ${nodes.ids[node]} than it has`);
      // a staff alert when a node's stock of the sku falls to its safety level
      if (before > nodes.safetyStock[node]! && before - qty <= nodes.safetyStock[node]!) out.alerts[o]++;
      if (
        review &&
        review.storeStockWithin >= 0 &&
        kind === PACKAGE_INITIAL &&
        nodes.types[node] === 'store' &&
        before - qty <= nodes.safetyStock[node]! + review.storeStockWithin
      )
        lowStoreStock = true;
      // a failed pick: the record said the units were there, they were not (the phantom units are written off);
      // a draw is below 1, so a node of accuracy 1 never fails and needs none (draws are keyed: skipping one changes no other)
      entryAttempt[e] = reqAttempt[i]!;
      const accuracy = nodes.accuracy[node]!;
      failed[e] =
        accuracy < 1 && pickDraw(orders.key[o]!, (line - ls) * 64 + reqAttempt[i]!, nodes.key[node]!) >= accuracy
          ? 1
          : 0;
      if (failed[e]) packages.markFailed(node);
      else packages.add(node, sku, qty);
    }
    return lowStoreStock;
  }

  /** Units of a line nobody supplied: wait for stock (when backorders are on) or cancel. */
  private unfilled(o: number, line: number, qty: number, t: number): void {
    const { backorders, out, stats, queue } = this.parts;
    const explain = this.settings.explain;
    const cancel = backorders.mustCancel(o, t);
    if (explain?.order === o)
      explain.events.push({ type: 'unfilled', time: t, line, qty, action: cancel ? 'cancelled' : 'backordered' });
    if (cancel) {
      out.unitsCancelled[o] += qty;
      return;
    }
    const w = backorders.wait(o, line, qty);
    out.flags[o] |= FLAG_BACKORDERED;
    stats.backorderedUnits += qty;
    queue.pushBackorderDeadline(backorders.deadline(o), w);
  }

  /** Exception review: a manual touch, and the packages are released after the delay. Returns the release time. */
  private hold(o: number, t: number, kind: number, lowStoreStock: boolean): number {
    const { review, explain } = this.settings;
    if (
      !review ||
      kind !== PACKAGE_INITIAL ||
      this.alloc.count === 0 ||
      review.exempt[o] ||
      !(review.orderRule[o]! > 0 || lowStoreStock)
    )
      return t;
    const { out, stats } = this.parts;
    out.touches[o]++;
    out.reviews[o] = 1;
    out.flags[o] |= FLAG_REVIEWED;
    stats.reviews++;
    const release = t + review.delayMs;
    if (explain?.order === o)
      explain.events.push({
        type: 'review',
        time: t,
        rule:
          review.orderRule[o]! > 0 ? review.labels[review.orderRule[o]! - 1]! : review.labels[review.storeStockRule]!,
        release,
      });
    return release;
  }

  /**
   * Ships each node's package on its first ship day with room (handed over at `release`,
   * not before `minDay`) and schedules a reroute of every pick that failed there, found at
   * the node's cutoff that day; the failing node joins the reroute's `excluded` nodes.
   */
  private shipAll(o: number, release: number, minDay: number, excluded: Int32Array, kind: number): void {
    const { alloc, failed, entryAttempt, failure, model } = this;
    const { nodes, calendar: cal } = model;
    const { capacity, packages, log, out, stats, queue } = this.parts;
    const explain = this.settings.explain;
    const D = cal.days;
    for (let node = 0; node < nodes.count; node++) {
      if (!packages.touched(node)) continue;
      const earliest = capacity.shipDayFor(node, release, minDay, false);
      let day = earliest;
      if (packages.units[node]! > 0) {
        day = capacity.shipDayFor(node, release, minDay, true);
        if (!capacity.activeOn(node, day))
          throw new Error(`engine: ${nodes.ids[node]} would ship on day ${day}, outside its active window`);
        if (day !== earliest) {
          out.flags[o] |= FLAG_CAPACITY_WAIT;
          if (day - earliest > stats.longestCapacityWaitDays) stats.longestCapacityWaitDays = day - earliest;
        }
        // a staff alert when this package fills the node's day
        if (capacity.book(node, day)) out.alerts[o]++;
        const k = packages.ship(o, node, day, kind);
        if (explain?.order === o) {
          explain.events.push({
            type: 'package',
            node,
            shipDay: day,
            deliveredDay: log.deliveredDay[k]!,
            units: log.units[k]!,
            cost: log.shipCost[k]!,
            pick: log.pickCost[k]!,
            stage: kind,
            capacityWait: day !== earliest,
          });
        }
      }
      if (!packages.failed[node]) continue;
      const pickTime = cal.cutoffUtc[node * D + day]!;
      for (let e = 0; e < alloc.count; e++) {
        if (!failed[e] || alloc.node[e] !== node) continue;
        failure.order = o;
        failure.line = alloc.line[e]!;
        failure.qty = alloc.qty[e]!;
        failure.excluded.set(excluded);
        addNode(failure.excluded, 0, node);
        failure.minDay = day + 1;
        failure.attempt = entryAttempt[e]! + 1;
        queue.pushReroute(pickTime, failure);
        if (explain?.order === o)
          explain.events.push({ type: 'pick-failed', line: alloc.line[e]!, node, qty: alloc.qty[e]!, found: pickTime });
      }
    }
  }
}
