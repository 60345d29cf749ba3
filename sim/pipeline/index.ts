/**
 * The run, drawn once. Every verb that replays a scenario goes through these stages, in
 * this order, one file each; each file's body follows its part of the drawing. Pure:
 * sim/io reads the files and hands their contents in, runs replicates on workers, and
 * writes what comes out; sim/cli parses the command line, calls io and these stages, and
 * prints.
 *
 *   io: readScenario, readScenarioData (file contents)              sim/io/load.ts
 *    │
 *    ▼
 *   load      parseData ─▶ checkReferences ─▶ compileModel ─▶ preparePolicies      load.ts
 *    │        → LoadedScenario: model, data rows, prepared policies, problems
 *    ▼
 *   replay    runPolicies: every policy over the same orders and draws            replay.ts
 *    │          ─▶ simulate ─▶ computeMetrics ─▶ deltas against the baseline
 *    │        replicates: resampledPolicies (history) or a new generated stream,
 *    │          each run by runReplicate (io/replicates.ts deals them to workers)
 *    │        → ScenarioRun, ReplicateResult[]
 *    ▼
 *   decide    decideRun: comparisons of every policy against the baseline,      decide.ts
 *    │          analyze (ROI, sensitivity with withStoreAccuracy replays,
 *    │          pilot size, verdict), effect ladders, cohorts
 *    │        → RunDecision
 *    ▼
 *   assemble  runWarnings, reportAnalyticsOf → the report's input;               assemble.ts
 *             reportTexts → metrics.csv, summary.md, run.json (outcomes.csv: outcomesChunks, streamed by io)
 *    │
 *    ▼
 *   io: reportFiles (page and charts), writeReportFolder                sim/io/report.ts, report-folder.ts
 *
 * `validate` runs the load stage's checks without the replay, going on past errors (check.ts).
 */
export {
  TABLES,
  buildModel,
  generatesOrders,
  loadModel,
  parseData,
  preparePolicies,
  type DataFile,
  type DataFiles,
  type LoadedScenario,
  type PreparedPolicy,
  type TableName,
} from './load.ts';
export {
  resampledPolicies,
  runPolicies,
  solveBound,
  withStoreAccuracy,
  type PolicyRun,
  type ScenarioRun,
} from './replay.ts';
export {
  accuracyReplay,
  analyzeDecision,
  checkNamedPolicy,
  decideRun,
  needsDecision,
  policyName,
  readinessOf,
  type RunDecision,
} from './decide.ts';
export { reportAnalyticsOf, reportTexts, runWarnings, type ReportTextsInput } from './assemble.ts';
export { checkData, unreachedData, type DataCheck, type DataCheckInput } from './check.ts';
export { explainOrderIn, type OrderExplanation, type OrderStory } from './explain.ts';
export { runTables, type RunTables } from './tables.ts';
