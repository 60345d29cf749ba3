/**
 * Stage 3, decide: runs and their replicates → comparisons of every policy against the
 * baseline, ROI and sensitivity, the effect ladders, cohorts and the verdict. Pure: the
 * replicates come in as results (io runs them, in this thread or on workers).
 */
import { analyze, decidedPolicy, decisionComparisons, type Analysis } from '../analytics/analyze.ts';
import { decidedOn } from '../analytics/recommend.ts';
import { analyzeCohorts, type CohortAnalysis } from '../analytics/cohorts.ts';
import { BOUND_METRICS, comparePolicies, type MetricComparison } from '../analytics/compare.ts';
import type { MetricName } from '../metrics/metrics.ts';
import { decisionReference, effectLadders, type EffectLadders } from '../analytics/ladder.ts';
import type { ReplicateResult } from '../analytics/replicates.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import { BootstrapDraws } from '../stats/block-bootstrap.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { DataFindings } from '../validate/serious.ts';
import type { LoadedScenario } from './load.ts';
import { withStoreAccuracy } from './replay.ts';
import { POLICIES } from '../policies/registry.ts';
import { namableBuiltins } from '../scenario/builtin-entries.ts';

/**
 * `name` when it names a policy of the scenario (entries, and built-ins loaded with
 * `builtins`); else an input error at `flag`, listing the entries and, for a command-line
 * flag, the built-ins it could name too.
 */
export function policyName(loaded: LoadedScenario, name: string, flag: string): string {
  const names = loaded.scenario.policies.map((p) => p.name);
  if (!names.includes(name)) {
    const builtins = flag.startsWith('--') ? namableBuiltins(POLICIES).filter((n) => !names.includes(n)) : [];
    throw new InputError([
      { severity: 'error', file: loaded.scenario.file, field: flag, ...msg.notOneOf(name, [...names, ...builtins]) },
    ]);
  }
  return name;
}

/**
 * Replays of `policy` and `against` with every store's accuracy moved (for the tornado and
 * the break-even accuracy); none without stores. An entry the move cannot change (its
 * policy never reaches a store, say the baseline's warehouse-only) keeps its run.
 */
export function accuracyReplay(loaded: LoadedScenario, run: ScenarioRun, policy: string, against: string) {
  if (!run.runs.some((p) => p.model.nodes.types.includes('store'))) return undefined;
  return (shift: number) =>
    withStoreAccuracy(run, loaded.data, [policy, against], shift, { policies: loaded.policies });
}

/** Validate's findings on the loaded data (loading's warnings and notes grouped with the readiness checks'), ranked; worked out at load (`LoadedScenario.findings`). */
export function readinessOf(loaded: LoadedScenario): DataFindings {
  return loaded.findings;
}

/** roi.policy, when set, must name a policy of the scenario. */
export function checkNamedPolicy(loaded: LoadedScenario): void {
  const named = loaded.scenario.config.roi.policy;
  if (named === undefined) return;
  policyName(loaded, named, 'roi.policy');
  if (named === loaded.scenario.baseline)
    throw new InputError([
      { severity: 'error', file: loaded.scenario.file, field: 'roi.policy', ...msg.policyIsBaseline(named) },
    ]);
}

/**
 * The decision analytics of a run against its baseline (or `policy` when given); `draws` are
 * shared with the run's other comparisons (see BootstrapDraws).
 */
export function analyzeDecision(
  loaded: LoadedScenario,
  run: ScenarioRun,
  results: ReplicateResult[],
  readiness: DataFindings,
  policy?: string,
  draws?: BootstrapDraws,
): Analysis {
  const chosen = policy ? { policy, rule: 'named with --policy' as const } : decidedOn(run);
  // a network change is measured against the entry it changes (its compare_to), priced with its nodes' costs
  const against = decisionReference(run, chosen.policy);
  return analyze(run, results, {
    ...chosen,
    against,
    accuracy: accuracyReplay(loaded, run, chosen.policy, against),
    dataWarnings: readiness.words,
    staleInventory: readiness.stale,
    draws,
  });
}

/** Whether the run has a decision to make (a policy other than the baseline is decided on); without one, no replicates are needed. */
export function needsDecision(run: ScenarioRun): boolean {
  return decidedPolicy(run) !== run.baseline;
}

/** Everything `run` decides: the analysis, every entry's ladder, each policy's comparisons against the baseline, the cohorts. */
export interface RunDecision {
  /** The decided policy. */
  policy: string;
  analysis: Analysis;
  ladders: EffectLadders;
  /** Every policy but the baseline, its comparisons against the baseline (the decided one's are the analysis's). */
  comparisons: { policy: string; rows: MetricComparison[] }[];
  cohorts: CohortAnalysis[];
  /** Replicates the comparisons are over. */
  replicates: number;
}

/**
 * The decision analytics of a run: `results` are its replicates (replicate 0 is the run
 * itself); intervals of every policy against the baseline, ROI, sensitivity, pilot size,
 * cohorts and the verdict. Call it when `needsDecision(run)`.
 */
export function decideRun(
  loaded: LoadedScenario,
  run: ScenarioRun,
  results: ReplicateResult[],
  readiness: DataFindings,
): RunDecision {
  const policy = decidedPolicy(run);
  // the analysis, the ladders' steps and every policy against the baseline resample the same
  // days with the same streams: drawn once, and each policy's day sums resampled once per metric
  const draws = new BootstrapDraws();
  const analysis = analyzeDecision(loaded, run, results, readiness, undefined, draws);
  const ladders = effectLadders(run, results, { monthlyOrders: analysis.monthlyOrders, draws });
  const comparisons = baselineComparisons(run, results, policy, analysis.comparisons, { draws });
  return { policy, analysis, ladders, comparisons, cohorts: analyzeCohorts(run), replicates: results.length };
}

/**
 * Every policy but the baseline against the baseline, on every metric (or on `metrics` only),
 * 1000 resamples each; the decided `policy`'s rows are `decided` (the analysis's).
 */
function baselineComparisons(
  run: ScenarioRun,
  results: ReplicateResult[],
  policy: string,
  decided: MetricComparison[],
  opts: { draws: BootstrapDraws; metrics?: readonly MetricName[] },
): RunDecision['comparisons'] {
  const rng = makeRng(run.seed).fork('bootstrap');
  return run.runs
    .filter((p) => p.policy !== run.baseline)
    .map((p) => ({
      policy: p.policy,
      rows:
        p.policy === policy
          ? decided
          : comparePolicies(results, run.baseline, p.policy, { rng, resamples: 1000, ...opts }),
    }));
}

/**
 * A decision made before the run's bound was solved (`decideRun` on the replay alone), given
 * the run with its bound and its replicates: the rows of the metrics that read the bound
 * (BOUND_METRICS) compared again, every other figure kept, since nothing else a decision holds
 * reads the bound. The same decision as `decideRun` on `run`, so `run` decides while its
 * bound is solved.
 */
export function withBoundRows(early: RunDecision, run: ScenarioRun, results: ReplicateResult[]): RunDecision {
  const { analysis, policy } = early;
  const opts = { draws: new BootstrapDraws(), metrics: BOUND_METRICS };
  const merged = (rows: MetricComparison[], again: MetricComparison[]) =>
    rows.map((c) => again.find((a) => a.metric === c.metric) ?? c);
  const decided = merged(
    analysis.comparisons,
    decisionComparisons(run, results, analysis.against, analysis.policy, opts),
  );
  const again = baselineComparisons(run, results, policy, decided, opts);
  return {
    ...early,
    analysis: { ...analysis, comparisons: decided },
    comparisons: early.comparisons.map((c, i) => ({ policy: c.policy, rows: merged(c.rows, again[i]!.rows) })),
  };
}
