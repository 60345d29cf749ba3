/**
 * What the look-ahead policies (lp-dilated, lp-priority) share: their settings, the plan
 * (the DLP's marginals and each line's row in them, solved when the policy is created),
 * re-solving on a cadence, and the fallback for a line the plan cannot place.
 *
 * Re-solving (`resolve_every_days`) happens inside the policy: at the first request on or
 * after each re-solve day, it plans the rest of the period from the live stock it is shown
 * (`req.onHand`) and the receipts still to come. It depends only on the run's requests, so
 * it is deterministic. A request earlier than the one before starts a new run (the policy
 * is reused across runs and replicates) and goes back to the first plan.
 */
import { z } from 'zod';
import { firstPlan, planLp, type LpPlan, type Training } from '../lp/plan.ts';
import type { Model } from '../model/types.ts';
import { lpText } from '../messages.ts';
import type { Allocation, LookAheadPlan, RouteRequest } from './types.ts';

export const lpSettings = z.strictObject({
  /** Re-plan the rest of the period every this many days from the live stock (default: plan once, at the start). */
  resolve_every_days: z.number().int().positive().optional(),
  /**
   * Where demand is learned: `previous-period` (orders placed before the horizon; the
   * default) or `same-period` (the horizon's own orders: hindsight). A plan with no earlier
   * orders to learn from (the first, since the model holds the period's orders only) learns
   * from the period itself and is flagged hindsight-informed.
   */
  training: z.enum(['previous-period', 'same-period']).optional(),
});
export type LpSettings = z.infer<typeof lpSettings>;

/** The plan a policy routes by, with re-solving and per-order scratch. */
export class LpPlanState {
  readonly N: number;
  readonly S: number;
  /** The plan in force: marginals `plan.solution.u` (row × node) and `plan.lineRow`. */
  plan: LpPlan;
  private readonly first: LpPlan;
  private readonly every: number;
  private readonly training: Training;
  private nextSolve: number;
  private lastTime = -Infinity;
  private solves = 1;
  private hindsight: boolean;
  /** Per-order scratch: the clocks (N + 1) or node scores (N). */
  readonly scratch: Float64Array;

  /** Takes the first plan for `model`, solved once per model (or `plan`, e.g. a benchmark's plan of known demand). */
  constructor(
    readonly model: Model,
    settings: LpSettings,
    plan?: LpPlan,
  ) {
    this.N = model.nodes.count;
    this.S = model.skus.count;
    this.training = settings.training ?? 'previous-period';
    this.every = settings.resolve_every_days ?? 0;
    this.first = this.plan = plan ?? firstPlan(model, this.training);
    this.hindsight = this.first.demand.hindsightInformed;
    this.nextSolve = this.every || Infinity;
    this.scratch = new Float64Array(this.N + 1);
  }

  /** Call first in every request: starts over at a new run, re-solves when a re-solve day has come. */
  update(req: RouteRequest): void {
    if (req.time < this.lastTime) {
      this.plan = this.first;
      this.nextSolve = this.every || Infinity;
    }
    this.lastTime = req.time;
    if (this.nextSolve === Infinity) return;
    const day = dayOf(this.model, req.time);
    if (day < this.nextSolve || day > this.model.calendar.endDay) return;
    this.plan = planLp(this.model, { training: this.training, fromDay: day, onHand: req.onHand, now: req.time });
    this.hindsight ||= this.plan.demand.hindsightInformed;
    this.solves++;
    this.nextSolve = day + this.every;
    req.trace?.notes.push(lpText.resolved(day, this.plan.solution.perOrder));
  }

  /** The plan's summary for reports. */
  info(): LookAheadPlan {
    return {
      boundPerOrder: this.first.solution.perOrder,
      hindsightInformed: this.hindsight,
      solves: this.solves,
      classes: this.first.demand.classes.length,
      splitOrders: this.first.demand.splitOrders,
    };
  }

  /** Units of `sku` at `node` not yet taken by this allocation. */
  left(req: RouteRequest, out: Allocation, node: number, sku: number): number {
    return req.onHand[node * this.S + sku]! - out.allocated(this.model, node, sku);
  }

  /**
   * Routes request line `i` to the nearest eligible node holding all it needs; when none
   * does, takes what the nearest nodes hold in turn (the rest is left unfilled). Returns the
   * node of the first units, or −1 when no node had any.
   */
  fallback(req: RouteRequest, out: Allocation, i: number): number {
    const { N, model } = this;
    const l = req.lines[i]!,
      sku = model.orders.lineSku[l]!,
      order = model.dests.nodesByDistance;
    let need = req.need[i]!;
    for (let k = 0; k < N; k++) {
      const n = order[req.dest * N + k]!;
      if (req.eligible[n] && this.left(req, out, n, sku) >= need) {
        out.push(l, n, need);
        return n;
      }
    }
    let first = -1;
    for (let k = 0; k < N && need > 0; k++) {
      const n = order[req.dest * N + k]!;
      const take = req.eligible[n] ? Math.min(need, this.left(req, out, n, sku)) : 0;
      if (take <= 0) continue;
      out.push(l, n, take);
      need -= take;
      if (first < 0) first = n;
    }
    return first;
  }
}

/** Day index (business time zone) of UTC ms `time`; −1 before the period. */
export function dayOf(model: Model, time: number): number {
  const mid = model.calendar.businessMidnight;
  let lo = -1,
    hi = mid.length - 1; // mid[lo] ≤ time < mid[hi] (as if mid[-1] = −∞)
  while (hi - lo > 1) {
    const m = (lo + hi) >> 1;
    if (mid[m]! <= time) lo = m;
    else hi = m;
  }
  return lo;
}
