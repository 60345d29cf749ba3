/** The library's `runScenario`: `routelab run`'s replay and decision, without the report folder. */
import type { Analysis } from '../../analytics/analyze.ts';
import type { Decision } from '../../analytics/decision.ts';
import type { ReplicateResult } from '../../analytics/replicates.ts';
import { msg } from '../../messages.ts';
import type { MetricDelta } from '../../metrics/deltas.ts';
import type { MetricValues } from '../../metrics/metrics.ts';
import { runWarnings } from '../../pipeline/assemble.ts';
import { decideRun, needsDecision, readinessOf, type RunDecision } from '../../pipeline/decide.ts';
import { boundProblems, runPolicies, withBound, type PolicyRun, type ScenarioRun } from '../../pipeline/replay.ts';
import { InputError, type Problem } from '../../problems.ts';
import { boundBeside } from '../bound.ts';
import { qualityProblems, withReplayProblems, type DataQuality } from '../../report/data-quality.ts';
import { replicatesOfRun } from '../replicates.ts';
import type { OpenedScenario } from './open.ts';

export interface RunScenarioOptions {
  /** Replicates for the intervals (default 1: intervals over days only). Replicate 0 is the run itself. */
  replicates?: number;
  /** Worker threads for replicates 1 … n−1 (default: one per core, at most n − 1; 1 runs them in this thread, as always under Deno). */
  workers?: number;
  /** Solve the hindsight cost bound, for cost_gap_to_bound (default true, as `run`). */
  bound?: boolean;
}

/** One policy of a run, under the one name it has everywhere (scenario entry, CLI, report, CSVs). */
export interface PolicyResult {
  /** The policy's name (the scenario entry's `name:`). */
  name: string;
  /** The same name (the pipeline's `PolicyRun.policy`). */
  policy: string;
  /** The built-in or custom policy it uses. */
  uses: string;
  isBaseline: boolean;
  metrics: MetricValues;
  /** Against the baseline, replicate 0. */
  deltas: MetricDelta[];
  /** The pipeline's run of it: its model, engine outcomes and segments. */
  run: PolicyRun;
}

/** What `runScenario` returns: everything `routelab run` shows and writes, as data. */
export interface ScenarioResult {
  scenario: OpenedScenario;
  name: string;
  seed: string;
  baseline: string;
  policies: PolicyResult[];
  /** The pipeline's ScenarioRun (what the report and metrics are built from). */
  run: ScenarioRun;
  /** Replicates 0 … n−1 (0 is `run`). */
  replicates: ReplicateResult[];
  /** The decision analytics; null when only the baseline is decided on. */
  decision: RunDecision | null;
  analysis: Analysis | null;
  /** The verdict and every figure behind it (`run --json`'s `decision`). */
  verdict: Decision | null;
  /** The run's warnings and notes, ranked (as the terminal and report show them). */
  quality: DataQuality;
  warnings: Problem[];
}

/**
 * A whole number ≥ 1 for option `name`, or `fallback`; an InputError otherwise.
 * @example count(undefined, 'replicates', 1) // 1; count(0, 'replicates', 1) throws
 */
export function count(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new InputError([{ severity: 'error', file: 'options', field: name, ...msg.notInteger(String(value), 1) }]);
  return value;
}

/**
 * A result's policy by name; an InputError listing the policies otherwise (`field` names the argument).
 * @example policyOf(r, 'store-for-local').metrics.split_rate
 */
export function policyOf(result: ScenarioResult, name: string, field = 'policy'): PolicyResult {
  const p = result.policies.find((x) => x.name === name);
  if (!p)
    throw new InputError([
      {
        severity: 'error',
        file: 'arguments',
        field,
        ...msg.notPolicyOfRun(
          name,
          result.policies.map((x) => x.name),
        ),
      },
    ]);
  return p;
}

/**
 * Replays every policy of an opened scenario over the same orders, runs the replicates,
 * and makes the decision (intervals, ROI, sensitivity, pilot size, verdict) as `routelab run`
 * does; writes nothing (see writeReport).
 * @example
 * const r = await runScenario(await openScenario('three-location'), { replicates: 5 });
 * r.policies.map((p) => [p.name, p.metrics.fulfillment_cost_per_order]);
 * r.verdict?.verdict; // 'go' | 'pilot' | …
 */
export async function runScenario(s: OpenedScenario, opts: RunScenarioOptions = {}): Promise<ScenarioResult> {
  const n = count(opts.replicates, 'replicates', 1);
  const workers = count(opts.workers, 'workers', 1e9);
  const { loaded } = s;
  const bound = opts.bound === false ? null : await boundBeside(loaded.model);
  let replayed: ScenarioRun;
  try {
    replayed = runPolicies(loaded.model, loaded.scenario, loaded.policies, s.seed);
  } catch (e) {
    bound?.stop();
    throw e;
  }
  const solved = bound ? await bound.done() : { bound: null, reason: null };
  const run = withBound(replayed, solved.bound);
  const readiness = readinessOf(loaded);
  const quality = withReplayProblems(runWarnings(run, readiness), boundProblems(solved, loaded.path));
  const replicates = await replicatesOfRun(
    loaded,
    { scenario: s.path, root: s.root, builtins: s.options.builtins ? [...s.options.builtins] : undefined },
    run,
    n,
    opts.workers === undefined ? undefined : workers,
  );
  const decision = needsDecision(run) ? decideRun(loaded, run, replicates, readiness) : null;
  return {
    scenario: s,
    name: s.name,
    seed: run.seed,
    baseline: run.baseline,
    policies: run.runs.map((p) => ({
      name: p.policy,
      policy: p.policy,
      uses: p.use,
      isBaseline: p.policy === run.baseline,
      metrics: p.metrics,
      deltas: p.deltas,
      run: p,
    })),
    run,
    replicates,
    decision,
    analysis: decision?.analysis ?? null,
    verdict: decision?.analysis.decision ?? null,
    quality,
    warnings: qualityProblems(quality),
  };
}
