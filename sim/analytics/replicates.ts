/**
 * Replicates: the random parts (pick failures, transit delays) drawn again, N times, and
 * the order stream with them (replayed history: its weeks resampled; generated data: a new
 * stream). Every policy of replicate r sees the same orders and draws (common random
 * numbers); replicate 0 uses the scenario seed and the orders as given, so it is the plain `run`.
 */
import { daySums } from './day-sums.ts';
import { simulate } from '../engine/engine.ts';
import { emptySums, type MetricSums } from '../metrics/metrics.ts';
import { addOrder } from '../metrics/metrics.ts';
import { compileModel } from '../compile/model.ts';
import { resampleOrderRows } from '../model/resample.ts';
import type { Model } from '../model/types.ts';
import type { DataRows } from '../parse/types.ts';
import { preparePolicies, type PreparedPolicy } from '../pipeline.ts';
import { Problems } from '../problems.ts';
import { makeRng, type Rng } from '../random/rng.ts';
import type { Scenario } from '../scenario/parse.ts';
import { weekBlockPlan } from '../stats/week-blocks.ts';

/** The seed of replicate `r`: the scenario seed for 0, a seed derived from it otherwise. */
export function replicateSeed(seed: string | number, r: number): string {
  return r === 0 ? String(seed) : `${seed}/replicate-${r}`;
}

export interface PolicyReplicate {
  policy: string;
  /** Sums over all orders (metrics come from these). */
  total: MetricSums;
  /** Sums per placement day (for the day-block bootstrap and pilot sizing). */
  days: MetricSums[];
}

/** Where a replicate's orders came from: the orders as given, resampled weeks of them, or a newly generated stream. */
export type ReplicateStream = 'given' | 'resampled' | 'generated';

export interface ReplicateResult {
  replicate: number;
  /** How its order stream was made (absent: `given`). */
  stream?: ReplicateStream;
  policies: PolicyReplicate[];
}

/** A week-block plan holding at least one order (drawn again while it holds none; the period has orders). */
function orderedPlan(model: Model, rng: Rng): Int32Array {
  const days = model.calendar.endDay + 1;
  const busy = new Uint8Array(days);
  for (let o = 0; o < model.orders.count; o++) busy[model.orders.placedDay[o]!] = 1;
  for (;;) {
    const plan = weekBlockPlan(days, rng);
    if (plan.some((s) => busy[s] === 1)) return plan;
  }
}

/**
 * The policies of replicate `r` (≥ 1) of replayed history: the period's weeks resampled
 * with replicate r's seed (`weekBlockPlan`, `resampleOrderRows`), compiled and every entry
 * prepared on the new orders, the same for every policy (common random numbers). Pure.
 */
export function resampledPolicies(base: { scenario: Scenario; data: DataRows; model: Model }, seed: string | number, r: number): PreparedPolicy[] {
  const plan = orderedPlan(base.model, makeRng(replicateSeed(seed, r)).fork('days'));
  const data = { ...base.data, orders: resampleOrderRows(base.data.orders, base.model, plan) };
  const problems = new Problems();
  const model = compileModel({ data, scenario: base.scenario.config, scenarioFile: base.scenario.file }, problems);
  if (!model) throw new Error(`replicate ${r}: the resampled orders did not compile: ${problems.list.map((p) => p.message).join('; ')}`);
  return preparePolicies(model, base.scenario, problems, data);
}

/**
 * Runs every prepared policy once with replicate `r`'s draws. Pure: the same inputs give
 * the same sums whichever process or thread runs it.
 */
export function runReplicate(policies: PreparedPolicy[], seed: string | number, r: number, stream?: ReplicateStream): ReplicateResult {
  const rng = makeRng(replicateSeed(seed, r));
  return {
    replicate: r,
    ...(stream && stream !== 'given' ? { stream } : {}),
    policies: policies.map((p) => {
      const run = simulate(p.model, p.fn, { rng, policyName: p.spec.name, review: p.review, batchMs: p.batchMs });
      const total = emptySums();
      for (let o = 0; o < p.model.orders.count; o++) addOrder(p.model, run.outcomes, o, total);
      return { policy: p.spec.name, total, days: daySums(p.model, run.outcomes) };
    }),
  };
}

/** Replicate 0 taken from a run already made (no second replay). */
export function replicateFromRun(run: { runs: { policy: string; model: Parameters<typeof daySums>[0]; run: { outcomes: Parameters<typeof daySums>[1] } }[] }): ReplicateResult {
  return {
    replicate: 0,
    policies: run.runs.map((p) => {
      const total = emptySums();
      for (let o = 0; o < p.model.orders.count; o++) addOrder(p.model, p.run.outcomes, o, total);
      return { policy: p.policy, total, days: daySums(p.model, p.run.outcomes) };
    }),
  };
}
