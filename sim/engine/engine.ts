/**
 * The replay engine: the only code that moves the clock. Orders are routed in
 * (placed_at, order_id) order; receipts, replenishment reviews, backorder deadlines and
 * reroutes after failed picks are events on one queue, run before any order placed at the
 * same instant or later. All of one order's failed picks found at one instant go back to
 * the policy as one request, so lines landing on one node and day share a package. A node
 * is offered an order only when the day it would ship falls inside its active window.
 * Pure and deterministic: the model, a policy and a seeded random source in; outcome
 * records out.
 *
 * The parts: events.ts (every event kind and the queue), ledger.ts (on hand, on order,
 * inbound), capacity.ts (node ship days and daily capacity), packages.ts (forming, pricing
 * and logging packages), backorders.ts (units waiting for stock), fulfil.ts (asking the
 * policy and carrying out its allocation). This file wires them, runs the clock and the
 * order loop, dispatches events, and derives the outcomes at the end.
 */
import { Backorders } from './backorders.ts';
import { Capacity } from './capacity.ts';
import { EVENT_BACKORDER_DEADLINE, EVENT_RECEIPT, EVENT_REROUTE, EVENT_REVIEW, EventQueue } from './events.ts';
import { Fulfilment, type RunParts } from './fulfil.ts';
import { Ledger } from './ledger.ts';
import { nodeWords } from './node-set.ts';
import {
  FLAG_BACKORDERED,
  FLAG_CAPACITY_WAIT,
  FLAG_REROUTED,
  FLAG_REVIEWED,
  FLAG_SINGLE_POSSIBLE,
  OrderOutcomes,
  PackageLog,
  type RunResult,
  type RunStats,
} from './outcomes.ts';
import { Packages } from './packages.ts';
import {
  REASON_BACKORDERED,
  REASON_CANCELLED,
  REASON_CAPACITY_WAIT,
  REASON_PARTIAL_CANCEL,
  REASON_REROUTED,
  REASON_REVIEWED,
  REASON_SINGLE,
  REASON_SPLIT_CHOSEN,
  REASON_SPLIT_NEEDED,
} from './reasons.ts';
import type { CompiledReview } from './review.ts';
import type { ExplainRequest } from './explain.ts';
import type { Model } from '../model/types.ts';
import type { PolicyFn } from '../policies/types.ts';
import type { Rng } from '../random/rng.ts';

export { PolicyContractError } from './fulfil.ts';

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

/**
 * Replays every order of `model` under `policy`.
 * @example const { outcomes } = simulate(model, policyFn, { rng: makeRng(42) })
 */
export function simulate(model: Model, policy: PolicyFn, opts: SimulateOptions): RunResult {
  const { orders, calendar: cal } = model;
  const review = opts.review ?? null;
  const pickDraw = opts.rng.keyed('pick-failure');
  const parts = newRun(model, opts.rng);
  const { queue, capacity } = parts;
  const fulfil = new Fulfilment(model, parts, {
    policy,
    policyName: opts.policyName ?? 'policy',
    pickDraw,
    policyDraw: opts.rng.keyed('policy'),
    review,
    explain: opts.explain ?? null,
  });

  const batchMs = opts.batchMs ?? 0;
  if (batchMs <= 0) {
    for (let o = 0; o < orders.count; o++) {
      const t = orders.placedUtc[o]!;
      while (queue.peekTime() <= t) runEvent(model, parts, fulfil);
      fulfil.route(o, t);
    }
  } else {
    // batches: each window's orders are routed together at its end, the most constrained
    // first (fewest nodes able to fill the whole order), so flexible orders do not take
    // the only stock a constrained one could use
    const batch: number[] = [];
    const fillers = new Int32Array(orders.count);
    const open = new Uint8Array(model.nodes.count);
    for (let i = 0; i < orders.count;) {
      const end = cal.startUtc + (Math.floor((orders.placedUtc[i]! - cal.startUtc) / batchMs) + 1) * batchMs;
      batch.length = 0;
      while (i < orders.count && orders.placedUtc[i]! < end) batch.push(i++);
      while (queue.peekTime() <= end) runEvent(model, parts, fulfil);
      for (let node = 0; node < open.length; node++)
        open[node] = !capacity.windowed[node] || capacity.shipsWhileActive(node, end, -1) ? 1 : 0;
      countFillers(parts.ledger, batch, open, fillers);
      batch.sort((a, b) => fillers[a]! - fillers[b]! || a - b);
      for (const o of batch) fulfil.route(o, end);
    }
  }
  while (queue.size > 0) runEvent(model, parts, fulfil);

  finalize(model, parts.out, review);
  return { outcomes: parts.out, packages: parts.log, stats: parts.stats, finalOnHand: parts.ledger.onHand };
}

/** The empty state of a run, with the data receipts and the replenishment reviews scheduled. */
function newRun(model: Model, rng: Rng): RunParts {
  const cal = model.calendar;
  const out = new OrderOutcomes(model.orders.count, model.nodes.count);
  const log = new PackageLog(model.orders.count);
  const stats: RunStats = {
    overweightPackages: 0,
    failedPicks: 0,
    backorderedUnits: 0,
    replenishedUnits: 0,
    reviews: 0,
    longestCapacityWaitDays: 0,
    pastHorizonPackages: 0,
  };
  const queue = new EventQueue(1024, nodeWords(model.nodes.count));
  const ledger = new Ledger(model);
  // the ledger's first inbound records are the data receipts, in receipt order
  for (let r = 0; r < model.receipts.count; r++) queue.pushReceipt(model.receipts.time[r]!, r);
  if (model.replenishment) {
    for (let day = model.replenishment.everyDays; day <= cal.endDay; day += model.replenishment.everyDays)
      queue.pushReview(cal.businessMidnight[day]!, day);
  }
  const capacity = new Capacity(model, stats);
  const packages = new Packages(model, log, out, stats, rng.keyed('transit-delay'));
  return { queue, ledger, capacity, packages, backorders: new Backorders(model), out, log, stats };
}

/** Pops the next event and carries it out. */
function runEvent(model: Model, parts: RunParts, fulfil: Fulfilment): void {
  const { queue, ledger, backorders } = parts;
  queue.pop();
  const e = queue.last;
  switch (e.kind) {
    case EVENT_RECEIPT: {
      const sku = ledger.receive(e.inbound);
      if (backorders.on && backorders.waiting(sku)) fulfil.retryBackorders(sku, e.time);
      break;
    }
    case EVENT_REVIEW: {
      const cal = model.calendar;
      const arrive = cal.businessMidnight[Math.min(e.day + model.replenishment!.leadDays, cal.days)]!;
      const first = ledger.inboundCount;
      parts.stats.replenishedUnits += ledger.replenish();
      for (let i = first; i < ledger.inboundCount; i++) queue.pushReceipt(arrive, i);
      break;
    }
    case EVENT_REROUTE:
      fulfil.reroute(e.order, e.time);
      break;
    case EVENT_BACKORDER_DEADLINE:
      fulfil.expireBackorder(e.waiter, e.time);
      break;
    default:
      throw new Error(`unknown event kind ${e.kind}`);
  }
}

/** Per order of `batch`: how many `open` nodes could fill it whole (N + 1 when none can, so it sorts last). */
function countFillers(ledger: Ledger, batch: number[], open: Uint8Array, fillers: Int32Array): void {
  const N = open.length;
  for (const o of batch) {
    let c = 0;
    for (let node = 0; node < N; node++) if (open[node] && ledger.canFill(node, o)) c++;
    fillers[o] = c === 0 ? N + 1 : c;
  }
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
    out.notices[o] =
      (out.packages[o]! > 1 ? 1 : 0) +
      reroutes +
      (shipped && !out.onTimeDelivery[o] ? 1 : 0) +
      (f & FLAG_BACKORDERED ? 1 : 0);
    out.reason[o] =
      cancelled === units
        ? REASON_CANCELLED
        : cancelled > 0
          ? REASON_PARTIAL_CANCEL
          : f & FLAG_REROUTED
            ? REASON_REROUTED
            : f & FLAG_REVIEWED
              ? REASON_REVIEWED
              : f & FLAG_BACKORDERED
                ? REASON_BACKORDERED
                : f & FLAG_CAPACITY_WAIT
                  ? REASON_CAPACITY_WAIT
                  : out.packages[o]! > 1
                    ? f & FLAG_SINGLE_POSSIBLE
                      ? REASON_SPLIT_CHOSEN
                      : REASON_SPLIT_NEEDED
                    : REASON_SINGLE;
  }
}
