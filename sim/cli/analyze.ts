/** `routelab compare` and `routelab roi`: decision analytics on the command line. */
import { loadScenario, type LoadedScenario } from '../io/load.ts';
import { defaultWorkers } from '../io/pool.ts';
import { startReplicates, type ReplicatesJob } from '../io/replicates.ts';
import { badOption, positiveInteger } from './options.ts';
import { decidedPolicy } from '../analytics/analyze.ts';
import { comparePolicies } from '../analytics/compare.ts';
import { effectLadders } from '../analytics/ladder.ts';
import { ladderText } from '../report/ladder-text.ts';
import { msg } from '../messages.ts';
import { analyzeDecision, checkNamedPolicy, policyName, readinessOf } from '../pipeline/decide.ts';
import { runPolicies, type ScenarioRun } from '../pipeline/replay.ts';
import { InputError } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import { BootstrapDraws } from '../stats/bootstrap-draws.ts';
import { cohortText, compareText, roiText } from '../report/analysis.ts';
import { historyTerminal } from '../report/history/terminal.ts';
import { writeHistoryReport } from '../io/history-report.ts';
import { inspectReportOut } from '../io/report-folder.ts';
import { displayPath } from '../io/scenario.ts';
import { join } from 'node:path';
import type { Problem } from '../problems.ts';
import { compareHistory, type HistoryComparison } from '../analytics/history.ts';
import { parseIsoDate } from '../time/calendar.ts';
import { analyzeCohorts, HISTORY_COHORT_MEASURES } from '../analytics/cohorts.ts';
import {
  matchingPilot,
  pilotStart,
  replayVsHistory,
  type HistoryReportInput,
  type ReplayVsHistory,
} from '../analytics/replay-vs-history.ts';

export interface AnalyzeOptions {
  replicates?: string;
  workers?: string;
  seed?: string;
  json?: boolean;
}

/** The seed the options name, else the scenario's. */
const seedOf = (loaded: LoadedScenario, opts: AnalyzeOptions) => String(opts.seed ?? loaded.scenario.config.seed);

/**
 * Replicates 1 … N−1 as the options say (in this thread or on workers), started now with the
 * options' seed (`startReplicates`); the job's `of(run)` adds replicate 0, taken from `run`.
 */
export function startReplicate(loaded: LoadedScenario, arg: string, root: string, opts: AnalyzeOptions): ReplicatesJob {
  const n = positiveInteger(opts.replicates, '--replicates', 1);
  const workers = positiveInteger(opts.workers, '--workers', defaultWorkers(n - 1));
  return startReplicates(loaded, { scenario: arg, root }, seedOf(loaded, opts), n, workers);
}

/**
 * The scenario's policies replayed with the options' seed, replicates 1 … N−1 running beside
 * from the start (`startReplicate`); `decide` (called with the run) picks what the command
 * is about, or throws, and the replicates then stop. Gives the run, what `decide` picked and
 * the replicates 0 … N−1.
 */
async function replayAndReplicate<D>(
  loaded: LoadedScenario,
  arg: string,
  root: string,
  opts: AnalyzeOptions,
  decide: (run: ScenarioRun) => D,
) {
  const job = startReplicate(loaded, arg, root, opts);
  try {
    const run = runPolicies(loaded.model, loaded.scenario, loaded.policies, seedOf(loaded, opts));
    const decided = decide(run);
    return { run, decided, results: await job.of(run) };
  } finally {
    job.stop();
  }
}

export interface HistoryOptions {
  switch?: string;
  pilotStates?: string;
  /** The pilot entry to replay beside the history (default: the one whose cohort states are the pilot states). */
  policy?: string;
  seed?: string;
  json?: boolean;
  /** The report folder (default reports/<scenario>-history/). */
  out?: string;
}

export interface HistoryCommandResult {
  /** The history's figures, with the replay's prediction beside them (null: no pilot entry to replay). */
  comparison: HistoryReportInput;
  outDir: string;
  files: Record<string, string | Uint8Array>;
  /** What vega warned about while drawing the charts (none expected). */
  warnings: Problem[];
  /** What to print: the table and the report's path, or the JSON. */
  text: string;
}

/**
 * `compare <scenario> --history --switch DATE [--pilot-states S,…] [--out DIR]`: before
 * against after on the orders' own history, written as a report folder like `run`'s.
 */
export async function historyCommand(arg: string, opts: HistoryOptions, root: string): Promise<HistoryCommandResult> {
  if (!opts.switch || parseIsoDate(opts.switch) === null) badOption('--switch', msg.notDate(opts.switch ?? ''));
  // where the report goes is checked before any work: a folder that is not RouteLab's is never replaced
  if (opts.out !== undefined) inspectReportOut(opts.out);
  const loaded = await loadScenario(arg, root);
  const h = compareHistory(
    loaded.data,
    loaded.scenario.config,
    opts.switch,
    opts.pilotStates
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const orders = loaded.hashes.find((f) => f.file.endsWith('orders.csv'))?.file ?? loaded.scenario.file;
  if (h.ordersWithHistory === 0) throw new InputError([{ severity: 'error', file: orders, ...msg.noHistory() }]);
  if (h.pilotStates && h.preOrders + h.postOrders === 0) badOption('--pilot-states', msg.noPilotOrders(h.pilotStates));
  for (const [n, side] of [
    [h.preOrders, 'before'],
    [h.postOrders, 'on or after'],
  ] as const) {
    if (n === 0)
      badOption('--switch', msg.switchOutsideHistory(opts.switch, side, h.firstDate!, h.lastDate!, h.pilotStates));
  }
  const pilot = matchingPilot(loaded.scenario.policies, h.pilotStates, opts.policy);
  if (opts.policy !== undefined && (!pilot || pilotStart(pilot) === null)) {
    const pilots = loaded.scenario.policies.filter((p) => p.use === 'pilot' && pilotStart(p) !== null);
    badOption(
      '--policy',
      msg.notAPilotEntry(
        opts.policy,
        pilots.map((p) => p.name),
      ),
    );
  }
  const outDir = opts.out ?? join(root, 'reports', `${loaded.name}-history`);
  if (opts.out === undefined) inspectReportOut(outDir);
  const full: HistoryReportInput = { ...h, replayVsHistory: replayBeside(loaded, h, pilot?.name ?? null, opts.seed) };
  const name = loaded.scenario.config.name ?? loaded.name;
  const { files, chartWarnings } = await writeHistoryReport(full, name, outDir);
  const warnings: Problem[] = [...new Set(chartWarnings)].map((w) => ({
    severity: 'warning',
    file: 'charts',
    ...msg.chartWarning('history', w),
  }));
  const text = opts.json
    ? JSON.stringify({ report: displayPath(outDir), ...full }, null, 2)
    : `${historyTerminal(full)}\n\nReport: ${displayPath(join(outDir, 'index.html'))}`;
  return { comparison: full, outDir, files, warnings, text };
}

/**
 * The replay of the pilot entry `pilot` (with the baseline, on the scenario's seed or `seed`)
 * set beside the history; null without a pilot entry with a start date.
 */
function replayBeside(
  loaded: LoadedScenario,
  h: HistoryComparison,
  pilot: string | null,
  seed?: string,
): ReplayVsHistory | null {
  const spec = loaded.scenario.policies.find((p) => p.name === pilot);
  const start = spec ? pilotStart(spec) : null;
  if (!spec || start === null) return null;
  const baseline = loaded.scenario.baseline;
  const shipping = loaded.scenario.config.shipping;
  const policies = loaded.policies.filter((p) => p.spec.name === baseline || p.spec.name === spec.name);
  const run = runPolicies(loaded.model, loaded.scenario, policies, seed ?? loaded.scenario.config.seed);
  const cohort = analyzeCohorts(run, HISTORY_COHORT_MEASURES).find((c) => c.policy === spec.name)!;
  return replayVsHistory(h, cohort, {
    start,
    baseline,
    illustrativeRates: shipping.model === 'rate-card' && shipping.illustrative,
  });
}

/** `compare <scenario> --a P --b P`: B − A on every metric with its intervals. */
export async function compareCommand(
  arg: string,
  a: string,
  b: string,
  opts: AnalyzeOptions,
  root: string,
): Promise<string> {
  // a built-in policy the scenario does not list is replayed too, with its default settings
  const loaded = await loadScenario(arg, root, { seed: opts.seed, builtins: [a, b] });
  policyName(loaded, a, '--a');
  policyName(loaded, b, '--b');
  const seed = seedOf(loaded, opts);
  const { run, results } = await replayAndReplicate(loaded, arg, root, opts, () => null);
  const rows = comparePolicies(results, a, b, { rng: makeRng(seed).fork('bootstrap') });
  const cohorts = analyzeCohorts(run).filter((c) => c.policy === a || c.policy === b);
  if (opts.json) return JSON.stringify({ a, b, seed, replicates: results.length, metrics: rows, cohorts }, null, 2);
  return [compareText(a, b, results.length, seed, rows), ...(cohorts.length ? ['', cohortText(cohorts)] : [])].join(
    '\n',
  );
}

/** `roi <scenario> [--policy P]`: savings, cash flows, payback, NPV, IRR, sensitivity, pilot size, verdict. */
export async function roiCommand(
  arg: string,
  opts: AnalyzeOptions & { policy?: string },
  root: string,
): Promise<string> {
  const loaded = await loadScenario(arg, root, { seed: opts.seed, builtins: opts.policy ? [opts.policy] : [] });
  checkNamedPolicy(loaded);
  const {
    run,
    results,
    decided: policy,
  } = await replayAndReplicate(loaded, arg, root, opts, (r) => {
    const policy = opts.policy ? policyName(loaded, opts.policy, '--policy') : decidedPolicy(r);
    if (policy === r.baseline)
      throw new InputError([
        { severity: 'error', file: loaded.scenario.file, field: '--policy', ...msg.policyIsBaseline(policy) },
      ]);
    return policy;
  });
  // the analysis and the ladder's steps resample the same days with the same streams: drawn once
  const draws = new BootstrapDraws();
  const analysis = analyzeDecision(loaded, run, results, readinessOf(loaded), opts.policy ? policy : undefined, draws);
  const ladder = effectLadders(run, results, {
    monthlyOrders: analysis.monthlyOrders,
    policies: [policy],
    draws,
  }).ladders.find((l) => l.policy === policy)!;
  if (opts.json) return JSON.stringify({ ...analysis, ladder }, null, 2);
  return `${roiText(analysis)}\n\n${ladderText(ladder)}`;
}
