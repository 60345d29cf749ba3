/**
 * RouteLab as a typed library (the CLI is a thin layer over this): parse and check a
 * scenario and its data, replay policies, compute metrics, compare, and value the change.
 * Only the `io` helpers touch files; everything else is pure.
 *
 * @example
 * import { loadScenario, runPolicies, analyze, runReplicate } from './sim/index.ts';
 * const s = await loadScenario('three-location', process.cwd());
 * const run = runPolicies(s.model, s.scenario, s.policies);
 * const results = [0, 1, 2].map((r) => runReplicate(s.policies, s.scenario.config.seed, r));
 * const a = analyze(run, results); // a.roi.npv, a.decision.verdict, a.comparisons …
 */

// pipeline: scenario → data → model → policies → runs
export { parseScenario, type Scenario, type PolicySpec } from './scenario/parse.ts';
export { buildModel, parseData, preparePolicies, runPolicies, type DataFiles, type PreparedPolicy, type PolicyRun, type ScenarioRun } from './pipeline.ts';
export { compileModel } from './model/compile.ts';
export type { Model } from './model/types.ts';
export { simulate, type SimulateOptions } from './engine/engine.ts';
export type { OrderOutcomes, PackageLog, RunResult } from './engine/outcomes.ts';
export { REASONS } from './engine/reasons.ts';

// policies
export { POLICIES, findPolicy, policyNames } from './policies/registry.ts';
export { Allocation, PolicySettingError, type PolicyDefinition, type PolicyFn, type RouteRequest, type PolicyContext } from './policies/types.ts';

// metrics and comparisons
export { METRICS, computeMetrics, computeMetricsBy, type MetricName, type MetricValues } from './metrics/metrics.ts';
export { deltas, type MetricDelta } from './metrics/deltas.ts';

// decision analytics
export { runReplicate, replicateSeed, type ReplicateResult } from './analytics/replicates.ts';
export { comparePolicies, type MetricComparison } from './analytics/compare.ts';
export { analyze, decidedPolicy, type Analysis } from './analytics/analyze.ts';
export { analyzeCohorts, type CohortAnalysis } from './analytics/cohorts.ts';
export { roi, tornado, type RoiResult, type TornadoRow } from './analytics/roi.ts';
export { decide, type Decision } from './analytics/decision.ts';
export { planPilot, type PilotPlan } from './analytics/pilot.ts';
export * as stats from './stats/index.ts';

// randomness, problems, synthetic data
export { makeRng, type Rng } from './random/rng.ts';
export { InputError, Problems, formatProblems, type Problem } from './problems.ts';
export { generateDataset } from './generate/synthetic.ts';
export { PRESETS } from './generate/presets.ts';

// I/O (the only parts that touch files)
export { loadScenario, type LoadedScenario } from './cli/load.ts';
export { runReplicates } from './io/replicates.ts';
