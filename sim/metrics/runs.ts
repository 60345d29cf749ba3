/**
 * The run's vocabulary: a prepared policy, one policy's run, the scenario's runs (types),
 * and the baseline's run of them. The pipeline (sim/pipeline/) makes them; analytics and
 * report read them, so they live below all three and none of those imports the pipeline.
 * They sit with the metrics: a run is what was replayed and what was measured on it, and
 * the reductions in metrics/ read it.
 */
import type { HindsightBound } from '../lp/hindsight.ts';
import type { MetricDelta } from './deltas.ts';
import type { RunResult } from '../engine/outcomes.ts';
import type { CompiledReview } from '../engine/review.ts';
import type { MetricSums, MetricValues } from './metrics.ts';
import type { Model } from '../model/types.ts';
import type { PolicyFn } from '../policies/types.ts';
import type { PolicySpec, Scenario } from '../scenario/parse.ts';

/** One scenario entry ready to run: its model (its own when it changes the network), policy, review and cadence. */
export interface PreparedPolicy {
  spec: PolicySpec;
  model: Model;
  fn: PolicyFn;
  review: CompiledReview | null;
  /** Batch length in ms (0: each order as it arrives). */
  batchMs: number;
}

export interface PolicyRun {
  policy: string;
  /** Registered policy it used. */
  use: string;
  /** The model it ran on (differs from the scenario's when the entry changes the network). */
  model: Model;
  run: RunResult;
  /** Each order's group (pilot or rest, rollout period) when the policy labels them. */
  segments: string[] | null;
  metrics: MetricValues;
  /** The sums over all its orders the metrics come from (`computeSums`), when the replay kept them. */
  sums?: MetricSums;
  /** Against the baseline (all `same`/0 for the baseline itself). */
  deltas: MetricDelta[];
}

export interface ScenarioRun {
  /** The scenario's own model (orders and dates are the same in every run). */
  model: Model;
  scenario: Scenario;
  seed: string;
  baseline: string;
  runs: PolicyRun[];
  /** The hindsight bound of the scenario's network, when it was solved (run and the report; not compare or sweep). */
  bound?: HindsightBound;
}

/** The baseline's run of a scenario run. */
export function baselineRun(r: ScenarioRun): PolicyRun {
  const b = r.runs.find((p) => p.policy === r.baseline);
  if (!b) throw new Error(`the baseline ${r.baseline} has no run`);
  return b;
}
