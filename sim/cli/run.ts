/** `routelab run <scenario>`: replay every policy and write the report folder. */
import { join } from 'node:path';
import { inspectReportOut, writeReportFolder } from '../io/report-folder.ts';
import { displayPath } from '../io/scenario.ts';
import { loadScenario, type LoadedScenario } from './load.ts';
import { positiveInteger } from './options.ts';
import { analyzeDecision, checkNamedPolicy, readinessOf, readinessWarnings, replicate } from './analyze.ts';
import { decidedPolicy, type Analysis } from '../analytics/analyze.ts';
import { runGuards } from '../analytics/guards.ts';
import { analyzeCohorts } from '../analytics/cohorts.ts';
import { comparePolicies } from '../analytics/compare.ts';
import { effectLadders, type EffectLadders } from '../analytics/ladder.ts';
import { ladderBrief, ladderMarkdown } from '../report/ladder-text.ts';
import { networkAssumptions } from '../report/network-notes.ts';
import { makeRng } from '../random/rng.ts';
import { decisionMarkdown } from '../report/analysis.ts';
import { capacityBacklogs } from '../report/backlog.ts';
import { decisionTerminal } from '../report/decision-text.ts';
import { intervalsOf, reportAnalytics } from '../report/from-analysis.ts';
import type { ReportAnalytics } from '../report/input.ts';
import { msg } from '../messages.ts';
import { runPolicies, type ScenarioRun } from '../pipeline.ts';
import type { Problem } from '../problems.ts';
import type { SeriousFindings } from '../validate/serious.ts';
import { reportFiles } from '../io/report.ts';
import { noProgress, terminalProgress, type Progress } from './progress.ts';
import { runInfo, type RunEnvironment } from '../report/run-info.ts';
import { summaryMarkdown, terminalSummary } from '../report/summary.ts';
import { metricsCsv, outcomesCsv } from '../report/tables.ts';

export interface RunOptions {
  seed?: string;
  out?: string;
  quiet?: boolean;
  json?: boolean;
  /** Progress display (default: a bar on a terminal for runs over a second; none with --quiet or --json). */
  progress?: Progress;
  /** Replicates for the intervals (default 1: intervals over days only). */
  replicates?: string;
  workers?: string;
}

export interface RunCommandResult {
  run: ScenarioRun;
  /** The decision analytics (absent when only the baseline ran). */
  analysis: Analysis | null;
  /** Every entry's effect ladder (absent with the analysis). */
  ladders: EffectLadders | null;
  outDir: string;
  warnings: Problem[];
  /** Every file written, by its path in the report folder (charts/*.png as bytes). */
  files: Record<string, string | Uint8Array>;
  seconds: number;
}

/** Problems the engine found while running (reported as warnings). */
function engineWarnings(r: ScenarioRun): Problem[] {
  const heavy = r.runs.filter((p) => p.run.stats.overweightPackages > 0);
  const backlogs = capacityBacklogs(r);
  if (heavy.length === 0) return backlogs;
  const total = heavy.reduce((s, p) => s + p.run.stats.overweightPackages, 0);
  const by = heavy.map((p) => `${p.policy} ${p.run.stats.overweightPackages}`).join(', ');
  return [{ severity: 'warning', file: r.scenario.file, field: 'shipping', ...msg.overweightPackages(total, r.model.shipping.maxLb, by) }, ...backlogs];
}

/** Loads the scenario at `arg`, runs it and writes its report folder. Throws InputError on bad input. */
export async function runCommand(arg: string, opts: RunOptions, root: string, env: RunEnvironment, now: () => number): Promise<RunCommandResult> {
  const started = now();
  // counts are checked before any work, even when the run turns out not to need them
  const replicates = positiveInteger(opts.replicates, '--replicates', 1);
  positiveInteger(opts.workers, '--workers', 1);
  // where the report goes is checked before any work: a folder that is not RouteLab's is never replaced
  if (opts.out !== undefined) inspectReportOut(opts.out);
  const progress = opts.progress ?? (opts.quiet || opts.json ? noProgress : terminalProgress({ now }));
  try {
    // a fixed budget, so the bar only moves forward: reading 2, replay 8, charts 8, writing 2
    progress.expect(20);
    progress.stage('reading the scenario and data');
    const loaded = await loadScenario(arg, root, [], 0, opts.seed);
    checkNamedPolicy(loaded);
    const { name, scenario, model, policies, problems, hashes } = loaded;
    progress.tick(2);
    progress.stage(`replaying ${model.orders.count} orders under ${policies.length} policies`);
    const seed = opts.seed ?? scenario.config.seed;
    const run = runPolicies(model, scenario, policies, seed);
    progress.tick(8);
    const readiness = readinessOf(loaded);
    // guards first: they are what the reader must see before any figure
    const warnings = [...runGuards(run, run.baseline, readiness.stale), ...problems.warnings, ...readinessWarnings(readiness), ...engineWarnings(run)];
    const outDir = opts.out ?? join(root, 'reports', name);
    if (opts.out === undefined) inspectReportOut(outDir);
    progress.stage('analyzing: intervals, ROI, sensitivity, store readiness, pilot size');
    const { analysis, ladders, analytics } = await analyzeRun(loaded, run, arg, root, readiness, replicates, opts.workers);
    progress.stage('building the report');
    const report = await reportFiles({ run, warnings, analytics }, {
      onChart: (done, total, id) => {
        progress.tick(8 / total);
        progress.stage(`drew chart ${done} of ${total} (${id})`);
      },
    });
    const out: Record<string, string | Uint8Array> = {
      'metrics.csv': metricsCsv(run),
      'outcomes.csv': outcomesCsv(run),
      'summary.md': `${summaryMarkdown(run, warnings)}${analysis ? `\n${decisionMarkdown(analysis, report.page.verdict)}` : ''}${ladders ? `\n${ladderSummary(run, ladders)}` : ''}`,
      'run.json': `${JSON.stringify(runInfo(run, hashes, env, warnings), null, 2)}\n`,
      ...report.files,
    };
    progress.stage('writing the report folder');
    writeReportFolder(outDir, out);
    progress.tick(2);
    return { run, analysis, ladders, outDir, warnings, files: out, seconds: (now() - started) / 1000 };
  } finally {
    progress.done();
  }
}

/**
 * The decision analytics of a run: replicates (replicate 0 is the run itself), intervals of
 * every policy against the baseline, ROI, sensitivity, pilot size, cohorts and the verdict.
 */
async function analyzeRun(loaded: LoadedScenario, run: ScenarioRun, arg: string, root: string, readiness: SeriousFindings, replicates: number, workers: string | undefined): Promise<{ analysis: Analysis | null; ladders: EffectLadders | null; analytics?: ReportAnalytics }> {
  const policy = decidedPolicy(run);
  if (policy === run.baseline) return { analysis: null, ladders: null };
  const results = await replicate(loaded, arg, root, { replicates: String(replicates), workers }, run);
  const analysis = analyzeDecision(loaded, run, results, readiness);
  const ladders = effectLadders(run, results, { monthlyOrders: analysis.monthlyOrders });
  const rng = makeRng(run.seed).fork('bootstrap');
  const intervals = run.runs.filter((p) => p.policy !== run.baseline).flatMap((p) =>
    intervalsOf(p.policy, p.policy === policy ? analysis.comparisons : comparePolicies(results, run.baseline, p.policy, { rng, resamples: 1000 }), results.length));
  return { analysis, ladders, analytics: { ...reportAnalytics(analysis, intervals, analyzeCohorts(run)), ladder: { focus: policy, ladders } } };
}

/** summary.md's ladder section, with the added nodes' assumptions. */
function ladderSummary(run: ScenarioRun, ladders: EffectLadders): string {
  const notes = networkAssumptions(run);
  return `${ladderMarkdown(ladders)}${notes.length ? `\n${notes.map((n) => `- ${n.label}: ${n.text}`).join('\n')}\n` : ''}`;
}

/** What `run` prints: the table, a line on speed, and where the report is. */
export function runReport(res: RunCommandResult, opts: RunOptions): string {
  if (opts.json) {
    return JSON.stringify({
      report: displayPath(res.outDir),
      baseline: res.run.baseline,
      policies: res.run.runs.map((p) => ({ policy: p.policy, uses: p.use, metrics: p.metrics })),
      ...(res.ladders ? { ladders: res.ladders.ladders } : {}),
      warnings: res.warnings.length,
      // the verdict and every figure behind it: the same object the report and summary.md are worded from
      decision: res.analysis?.decision ?? null,
    }, null, 2);
  }
  const report = displayPath(join(res.outDir, 'index.html'));
  if (opts.quiet) return report;
  const orders = res.run.model.orders.count * res.run.runs.length;
  const a = res.analysis;
  return [
    terminalSummary(res.run),
    '',
    ...(a ? [decisionTerminal(a.decision), ''] : []),
    ...(res.ladders ? [...res.ladders.ladders.filter((l) => l.steps.length > 1 || l.policy === a?.policy).map(ladderBrief), ''] : []),
    `Replayed ${res.run.model.orders.count} orders under ${res.run.runs.length} policies in ${res.seconds.toFixed(1)} s (${Math.round(orders / Math.max(res.seconds, 1e-3))} order-runs/s, including loading and writing).`,
    `Report: ${report}`,
  ].join('\n');
}
