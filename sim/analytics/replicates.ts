/**
 * Replicates: the random parts (pick failures, transit delays) drawn again, N times, and
 * the order stream with them (replayed history: its weeks resampled; generated data: a new
 * stream). Every policy of replicate r sees the same orders and draws (common random
 * numbers); replicate 0 uses the scenario seed and the orders as given, so it is the plain `run`.
 */
import { daySums } from './day-sums.ts';
import { simulate } from '../engine/engine.ts';
import { addOrder, computeSums, emptySums, type MetricSums } from '../metrics/metrics.ts';
import type { PreparedPolicy } from '../metrics/runs.ts';
import { makeRng } from '../random/rng.ts';

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

/**
 * Runs every prepared policy once with replicate `r`'s draws. Pure: the same inputs give
 * the same sums whichever process or thread runs it.
 */
export function runReplicate(
  policies: PreparedPolicy[],
  seed: string | number,
  r: number,
  stream?: ReplicateStream,
): ReplicateResult {
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

/**
 * Replicate 0 taken from a run already made (no second replay): each policy's sums are the
 * run's own (`PolicyRun.sums`) when it kept them and they cover the bound its outcomes
 * carry, else summed again.
 */
export function replicateFromRun(run: {
  runs: {
    policy: string;
    model: Parameters<typeof daySums>[0];
    run: { outcomes: Parameters<typeof daySums>[1] };
    sums?: MetricSums;
  }[];
}): ReplicateResult {
  return {
    replicate: 0,
    policies: run.runs.map((p) => {
      const out = p.run.outcomes;
      const kept = p.sums && p.sums.boundOrders === (out.boundCost ? out.count : 0) ? p.sums : null;
      const total = kept ? { ...kept } : computeSums(p.model, out);
      return { policy: p.policy, total, days: daySums(p.model, out) };
    }),
  };
}
