/**
 * Pilot sizing for a real pilot: how many calendar days a pilot of a policy must run before
 * its effect on fulfillment cost per order shows, measured the way a pilot is measured.
 *
 * A pilot never sees the same orders routed both ways. It switches a cohort and compares it
 * with the orders that stayed as they were, before and during: a difference in differences
 * of daily cells (`sim/stats/did-power.ts`). So the noise that matters is the day-to-day
 * spread of the real order stream at the cohort's real volume, not the paired spread of one
 * replay's two routings of the same orders.
 *
 * - The cohort: a pilot entry's own cohort (its geography and SKUs, on the days it is
 *   active); for any other policy the pilot region it implies: every customer state in
 *   which the policy ships at least `REGION_SHARE` of the state's orders from another node
 *   set than the reference does.
 * - The effect δ: the replay's mean difference (policy − reference) per cohort order, over
 *   the days analysed, in the decision's own measure: fulfillment cost per order, plus the
 *   margin of cancelled units when the saving counts it (`roi.cancellation_margin`), so δ is
 *   the saving per cohort order with its sign turned.
 * - The cells: per calendar day, the cohort's mean cost minus the rest's (difference in
 *   differences); when the rest has orders on fewer than half the days the cohort has, or
 *   the cohort is (nearly) every order, the cohort's own daily mean (before and after).
 *   Before: both under the reference; during: the cohort under the policy.
 */
import { sampleStandardDeviation } from 'simple-statistics';
import { unitMargin } from './savings.ts';
import { cohortMembers } from '../policies/composite.ts';
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';
import {
  didDays,
  didMinimumEffect,
  didPower,
  normalQuantile,
  type DidPowerOptions,
  type PowerPoint,
} from '../stats/index.ts';
import { parseIsoDate } from '../time/calendar.ts';

/** A state joins the implied pilot region when the policy reroutes at least this share of its orders. */
export const REGION_SHARE = 0.1;
/** Pilot lengths whose minimum detectable effect is reported. */
export const MDE_DAYS = [30, 60, 90] as const;
/** Target power and two-sided level. */
const POWER = 0.8,
  ALPHA = 0.05;

export interface PilotPlan {
  policy: string;
  /** The policy the pilot is measured against (the rest keeps it). */
  against: string;
  design: 'difference in differences' | 'before and after';
  /** What the cohort is, in words: "orders to CA, NY" or "brooklyn-pilot's cohort". */
  cohort: string;
  /** States of an implied pilot region (null for a pilot entry's own cohort). */
  states: string[] | null;
  /** Cohort orders over the days analysed, and per calendar day. */
  cohortOrders: number;
  cohortOrdersPerDay: number;
  /** Calendar days analysed (the period, or the pilot entry's active days). */
  calendarDays: number;
  /** Days that gave a cell, and their share of the calendar days. */
  cellDays: number;
  coverage: number;
  /** δ: policy − reference, dollars per cohort order (negative: the policy saves; margin of cancelled units in when the saving counts it). */
  effect: number;
  /** Between-day standard deviation of the cells before and during, dollars. */
  sdBefore: number;
  sdDuring: number;
  /** Calendar days needed at 80% power, α 5% (two-sided), with a before period as long; null: never. */
  days: number | null;
  /** Cohort orders in that time. */
  orders: number | null;
  /** Smallest effect (dollars per cohort order) a pilot of 30, 60 and 90 days detects at 80% power. */
  mde: { days: number; effect: number }[];
  /** Power by calendar days. */
  curve: PowerPoint[];
  zAlpha: number;
  zPower: number;
  /** Why no size could be given (too few days with orders), else null. */
  unsized: string | null;
}

/** Order o's cost under a run: fulfillment cost, plus the margin of its cancelled units when counted. */
function costOf(p: PolicyRun, o: number, countMargin: boolean): number {
  const out = p.run.outcomes;
  const cost = out.shipCost[o]! + out.pickCost[o]! + out.touchCost[o]! + out.cancelCost[o]!;
  return countMargin && out.unitsCancelled[o] ? cost + out.unitsCancelled[o]! * unitMargin(p.model, o) : cost;
}

interface Cohort {
  members: Uint8Array;
  firstDay: number;
  lastDay: number;
  cohort: string;
  states: string[] | null;
}

/** The ids of the nodes that shipped order `o` ("STORE-LA+WH"): comparable between runs on different networks. */
function servingNodes(p: PolicyRun, o: number): string {
  const out = p.run.outcomes,
    ids = p.model.nodes.ids;
  let key = '';
  for (let k = 0; k < ids.length; k++) if (out.shippedFrom(o, k)) key += key ? `+${ids[k]}` : ids[k];
  return key;
}

/** The states where `policy` ships at least REGION_SHARE of the orders from other nodes than `against`. */
function impliedRegion(run: ScenarioRun, policy: PolicyRun, against: PolicyRun): Cohort {
  const { orders, dests, calendar } = run.model;
  const byState = new Map<string, { n: number; moved: number }>();
  for (let o = 0; o < orders.count; o++) {
    const s = dests.state[orders.dest[o]!]!;
    let e = byState.get(s);
    if (!e) byState.set(s, (e = { n: 0, moved: 0 }));
    e.n++;
    if (servingNodes(policy, o) !== servingNodes(against, o)) e.moved++;
  }
  const states = [...byState]
    .filter(([, e]) => e.moved >= REGION_SHARE * e.n)
    .map(([s]) => s)
    .sort();
  const chosen = new Set(states);
  const members = new Uint8Array(orders.count);
  for (let o = 0; o < orders.count; o++) if (chosen.has(dests.state[orders.dest[o]!]!)) members[o] = 1;
  const cohort = states.length
    ? `orders to ${states.join(', ')}`
    : 'no orders (the policy routes no state differently)';
  return { members, firstDay: 0, lastDay: calendar.endDay, cohort, states };
}

/** A pilot entry's own cohort, on the days it is active. */
function pilotCohort(
  run: ScenarioRun,
  policy: PolicyRun,
  settings: { cohort: { from?: string; to?: string } },
): Cohort {
  const c = settings.cohort,
    start = run.model.calendar.startEpochDay,
    end = run.model.calendar.endDay;
  const from = c.from === undefined ? 0 : Math.max(0, parseIsoDate(c.from)! - start);
  const to = c.to === undefined ? end : Math.min(end, parseIsoDate(c.to)! - start);
  const members = cohortMembers(policy.model, { ...c, from: undefined, to: undefined });
  return { members, firstDay: from, lastDay: to, cohort: `${policy.policy}'s cohort`, states: null };
}

interface DayCells {
  before: number[];
  during: number[];
  orders: number;
  effectSum: number;
}

/** Daily cells over [first, last]: cohort mean minus rest mean (or the cohort mean alone). */
function dayCells(run: ScenarioRun, c: Cohort, policy: PolicyRun, against: PolicyRun, withControl: boolean): DayCells {
  const margin = run.scenario.config.roi.cancellation_margin;
  const { orders } = run.model;
  const days = c.lastDay - c.firstDay + 1;
  const n = new Float64Array(days),
    pre = new Float64Array(days),
    post = new Float64Array(days);
  const rn = new Float64Array(days),
    rest = new Float64Array(days);
  let cohortOrders = 0,
    effectSum = 0;
  for (let o = 0; o < orders.count; o++) {
    const d = orders.placedDay[o]! - c.firstDay;
    if (d < 0 || d >= days) continue;
    const a = costOf(against, o, margin);
    if (c.members[o]) {
      const b = costOf(policy, o, margin);
      n[d]++;
      pre[d] += a;
      post[d] += b;
      cohortOrders++;
      effectSum += b - a;
    } else {
      rn[d]++;
      rest[d] += a;
    }
  }
  const before: number[] = [],
    during: number[] = [];
  for (let d = 0; d < days; d++) {
    if (!n[d] || (withControl && !rn[d])) continue;
    const control = withControl ? rest[d]! / rn[d]! : 0;
    before.push(pre[d]! / n[d]! - control);
    during.push(post[d]! / n[d]! - control);
  }
  return { before, during, orders: cohortOrders, effectSum };
}

/**
 * Sizes a pilot of `policy` measured against `against` (default: the baseline) on the
 * replayed order stream of `run`.
 * @example planPilot(run, 'store-for-local').days // e.g. 240 calendar days
 */
export function planPilot(run: ScenarioRun, policy: string, against = run.baseline): PilotPlan {
  const find = (name: string) => {
    const p = run.runs.find((x) => x.policy === name);
    if (!p) throw new Error(`no policy ${name} in the run`);
    return p;
  };
  const pol = find(policy),
    ref = find(against);
  const spec = run.scenario.policies.find((s) => s.name === policy);
  const c =
    spec?.use === 'pilot'
      ? pilotCohort(run, pol, spec.settings as { cohort: { from?: string; to?: string } })
      : impliedRegion(run, pol, ref);
  const calendarDays = Math.max(0, c.lastDay - c.firstDay + 1);
  let cohortShare = 0;
  for (let o = 0; o < c.members.length; o++) cohortShare += c.members[o]!;
  cohortShare /= Math.max(1, c.members.length);
  let design: PilotPlan['design'] = 'difference in differences';
  let cells = dayCells(run, c, pol, ref, true);
  const alone = dayCells(run, c, pol, ref, false);
  if (cohortShare > 0.95 || cells.before.length < alone.before.length / 2) {
    design = 'before and after';
    cells = alone;
  }
  const zAlpha = normalQuantile(1 - ALPHA / 2),
    zPower = normalQuantile(POWER);
  const effect = alone.orders ? alone.effectSum / alone.orders : 0;
  const plan: PilotPlan = {
    policy,
    against,
    design,
    cohort: c.cohort,
    states: c.states,
    cohortOrders: alone.orders,
    cohortOrdersPerDay: calendarDays ? alone.orders / calendarDays : 0,
    calendarDays,
    cellDays: cells.before.length,
    coverage: calendarDays ? cells.before.length / calendarDays : 0,
    effect,
    sdBefore: 0,
    sdDuring: 0,
    days: null,
    orders: null,
    mde: [],
    curve: [],
    zAlpha,
    zPower,
    unsized: null,
  };
  if (cells.before.length < 3) {
    plan.unsized = `only ${cells.before.length} day(s) with orders in the cohort${design === 'difference in differences' ? ' and the rest' : ''}: too few to measure the day-to-day spread`;
    return plan;
  }
  plan.sdBefore = sampleStandardDeviation(cells.before);
  plan.sdDuring = sampleStandardDeviation(cells.during);
  const opts: DidPowerOptions = {
    sdBefore: plan.sdBefore,
    sdDuring: plan.sdDuring,
    coverage: plan.coverage,
    alpha: ALPHA,
  };
  plan.days = didDays(effect, { ...opts, power: POWER });
  plan.orders = plan.days === null ? null : Math.ceil(plan.days * plan.cohortOrdersPerDay);
  plan.mde = MDE_DAYS.map((days) => ({ days, effect: didMinimumEffect(days, { ...opts, power: POWER }) }));
  const maxDays = Math.min(730, Math.max(120, 2 * (plan.days ?? 60)));
  const step = Math.ceil(maxDays / 200);
  for (let d = step; d <= maxDays; d += step) plan.curve.push({ days: d, power: didPower(d, effect, opts) });
  return plan;
}

/** How the pilot would be measured, in words: "orders to NY (41.2 a day), measured against the rest by difference in differences". */
export function pilotDesign(p: PilotPlan): string {
  const how =
    p.design === 'difference in differences'
      ? 'measured against the rest by difference in differences'
      : 'measured before and after, without a control group';
  return `${p.cohort} (${p.cohortOrdersPerDay.toFixed(1)} a day), ${how}`;
}
