/**
 * RouteLab as a typed library (the CLI is a thin layer over this): the pipeline (parse and
 * check a scenario and its data, replay policies, compute metrics, compare, and value the
 * change) and the `io` helpers that feed it. Only the `io` helpers touch files; everything
 * else is pure. The command line (sim/cli) is not part of it.
 *
 * @example
 * import { loadScenario, runPolicies, analyze, runReplicate } from './sim/index.ts';
 * const s = await loadScenario('three-location', process.cwd()); // io: reads the files
 * const run = runPolicies(s.model, s.scenario, s.policies);
 * const results = [0, 1, 2].map((r) => runReplicate(s.policies, s.scenario.config.seed, r));
 * const a = analyze(run, results); // a.roi.npv, a.decision.verdict, a.comparisons …
 */

import { parseScenario as parseScenarioWith, type Scenario } from './scenario/parse.ts';
import { POLICIES } from './policies/registry.ts';
import type { PolicyDefinition } from './policies/types.ts';
import type { Problems } from './problems.ts';

// pipeline: scenario → data → model → policies → runs → decision → report input (sim/pipeline/index.ts draws it)
export { type Scenario, type PolicySpec, type PolicyRegistry } from './scenario/parse.ts';
export * from './pipeline/index.ts';
export { compileModel } from './compile/model.ts';
export type { Model } from './model/types.ts';
export { simulate, type SimulateOptions } from './engine/engine.ts';
export type { OrderOutcomes, PackageLog, RunResult } from './engine/outcomes.ts';
export { REASONS } from './engine/reasons.ts';

// policies
export { POLICIES, findPolicy, policyNames } from './policies/registry.ts';
export {
  Allocation,
  PolicySettingError,
  type PolicyDefinition,
  type PolicyFn,
  type RouteRequest,
  type PolicyContext,
} from './policies/types.ts';

// metrics and comparisons
export { METRICS, computeMetrics, computeMetricsBy, type MetricName, type MetricValues } from './metrics/metrics.ts';
export { deltas, type MetricDelta } from './metrics/deltas.ts';

// decision analytics
export { runReplicate, replicateSeed, type ReplicateResult } from './analytics/replicates.ts';
export { comparePolicies, type MetricComparison } from './analytics/compare.ts';
export { analyze, decidedPolicy, type Analysis } from './analytics/analyze.ts';
export { analyzeCohorts, HISTORY_COHORT_MEASURES, type CohortAnalysis } from './analytics/cohorts.ts';
export { roi, tornado, type RoiResult, type TornadoRow } from './analytics/roi.ts';
export { decide, type Decision } from './analytics/decision.ts';
export { planPilot, type PilotPlan } from './analytics/pilot.ts';
// pre/post on recorded history (`compare --history`): one result the report, summary.md, cohorts.csv and --json word
export {
  compareHistory,
  HISTORY_MEASURES,
  MIN_ORDERS,
  type HistoryComparison,
  type HistoryResult,
  type HistoryWeek,
  type ObservedEffect,
} from './analytics/history.ts';
// the replay's pilot-cohort effect beside the history's observed one
export {
  matchingPilot,
  pilotStart,
  replayVsHistory,
  type HistoryReportInput,
  type ReplayVsHistory,
} from './analytics/replay-vs-history.ts';
export * as stats from './stats/index.ts';

/**
 * Parses and checks a scenario file's text against the built-in policies (`POLICIES`) and
 * `custom` policy modules by their `use:` path. Returns `null` when it has errors.
 */
export function parseScenario(
  text: string,
  file: string,
  problems: Problems,
  custom: ReadonlyMap<string, PolicyDefinition | Error> = new Map(),
): Scenario | null {
  return parseScenarioWith(text, file, problems, POLICIES, custom);
}

// randomness, problems, synthetic data
export { makeRng, type Rng } from './random/rng.ts';
export { InputError, Problems, formatProblems, type Problem } from './problems.ts';
export { generateDataset } from './generate/synthetic.ts';
/** Synthetic data presets for `generate` (`PRESETS` is their earlier name). */
export { DATA_PRESETS, DATA_PRESETS as PRESETS } from './generate/data-presets.ts';

// I/O (the only parts that touch files)
export { loadScenario, replicatePolicies, type LoadOptions, type ScenarioSource } from './io/load.ts';
export { runReplicates, type ReplicatesOptions } from './io/replicates.ts';
export { historyReportFiles, writeHistoryReport } from './io/history-report.ts';

// the library API for notebooks and scripts: open → validate → run → compare / decide / sweep / explain → report;
// import, init and merge as the CLI verbs of the same names.
// One name per policy everywhere: `PolicyResult.name` (= the scenario entry's `name:`, the CLI's and the report's).
export {
  openScenario,
  type OpenOptions,
  type OpenedScenario,
  type ScenarioInput,
  type ScenarioObject,
} from './io/api/open.ts';
export { validateScenario, type Validation } from './io/api/validate.ts';
export { runScenario, type PolicyResult, type RunScenarioOptions, type ScenarioResult } from './io/api/run.ts';
export { compareResult, decideResult, type CompareOptions } from './io/api/analyze.ts';
export { sweepScenario, type SweepOptions, type SweepResult } from './io/api/sweep.ts';
export { explainOrder } from './io/api/explain.ts';
export { importShopify, type ShopifyImportOptions } from './io/import-shopify.ts';
export { importCsv, type CsvImportOptions } from './io/import-csv.ts';
export type { ImportResult } from './io/import-folder.ts';
export { initFolder, type InitResult } from './io/api/init.ts';
export { mergeShards, type MergeOptions, type MergeResult } from './io/api/merge.ts';
export { chartIds, renderChart, toTables, writeReport } from './io/api/report.ts';
export type { OrderExplanation, OrderStory } from './pipeline/explain.ts';
export type { ColumnTable, RunTables } from './pipeline/tables.ts';
export type { OutcomesForm } from './report/outcomes.ts';
