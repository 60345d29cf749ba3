/** `routelab run <scenario>`: replay every policy and write the report folder. */
import { join } from 'node:path';
import { writeFolderAtomically } from '../io/files.ts';
import { displayPath } from '../io/scenario.ts';
import { loadScenario, type LoadedScenario } from './load.ts';
import { positiveInteger } from './options.ts';
import { accuracyCases, replicate } from './analyze.ts';
import { analyze, decidedPolicy, type Analysis } from '../analytics/analyze.ts';
import { analyzeCohorts } from '../analytics/cohorts.ts';
import { comparePolicies } from '../analytics/compare.ts';
import { makeRng } from '../random/rng.ts';
import { roiText } from '../report/analysis.ts';
import { mdCodeBlock } from '../report/format.ts';
import { intervalsOf, reportAnalytics } from '../report/from-analysis.ts';
import type { ReportAnalytics } from '../report/input.ts';
import { msg } from '../messages.ts';
import { runPolicies, type ScenarioRun } from '../pipeline.ts';
import type { Problem } from '../problems.ts';
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
  outDir: string;
  warnings: Problem[];
  /** Every file written, by its path in the report folder (charts/*.png as bytes). */
  files: Record<string, string | Uint8Array>;
  seconds: number;
}

/** Problems the engine found while running (reported as warnings). */
function engineWarnings(r: ScenarioRun): Problem[] {
  const heavy = r.runs.filter((p) => p.run.stats.overweightPackages > 0);
  if (heavy.length === 0) return [];
  const total = heavy.reduce((s, p) => s + p.run.stats.overweightPackages, 0);
  const by = heavy.map((p) => `${p.policy} ${p.run.stats.overweightPackages}`).join(', ');
  return [{ severity: 'warning', file: r.scenario.file, field: 'shipping', ...msg.overweightPackages(total, r.model.shipping.maxLb, by) }];
}

/** Loads the scenario at `arg`, runs it and writes its report folder. Throws InputError on bad input. */
export async function runCommand(arg: string, opts: RunOptions, root: string, env: RunEnvironment, now: () => number): Promise<RunCommandResult> {
  const started = now();
  // counts are checked before any work, even when the run turns out not to need them
  const replicates = positiveInteger(opts.replicates, '--replicates', 1);
  positiveInteger(opts.workers, '--workers', 1);
  const progress = opts.progress ?? (opts.quiet || opts.json ? noProgress : terminalProgress({ now }));
  try {
    // a fixed budget, so the bar only moves forward: reading 2, replay 8, charts 8, writing 2
    progress.expect(20);
    progress.stage('reading the scenario and data');
    const loaded = await loadScenario(arg, root);
    const { name, scenario, model, policies, problems, hashes } = loaded;
    progress.tick(2);
    progress.stage(`replaying ${model.orders.count} orders under ${policies.length} policies`);
    const seed = opts.seed ?? scenario.config.seed;
    const run = runPolicies(model, scenario, policies, seed);
    progress.tick(8);
    const warnings = [...problems.warnings, ...engineWarnings(run)];
    const outDir = opts.out ?? join(root, 'reports', name);
    progress.stage('analyzing: intervals, ROI, sensitivity, pilot size');
    const { analysis, analytics } = await analyzeRun(loaded, run, arg, root, String(seed), replicates, opts.workers);
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
      'summary.md': `${summaryMarkdown(run, warnings)}${analysis ? `\n## Decision\n\n${mdCodeBlock(roiText(analysis))}\n` : ''}`,
      'run.json': `${JSON.stringify(runInfo(run, hashes, env, warnings), null, 2)}\n`,
      ...report.files,
    };
    progress.stage('writing the report folder');
    writeFolderAtomically(outDir, out);
    progress.tick(2);
    return { run, analysis, outDir, warnings, files: out, seconds: (now() - started) / 1000 };
  } finally {
    progress.done();
  }
}

/**
 * The decision analytics of a run: replicates (replicate 0 is the run itself), intervals of
 * every policy against the baseline, ROI, sensitivity, pilot size, cohorts and the verdict.
 */
async function analyzeRun(loaded: LoadedScenario, run: ScenarioRun, arg: string, root: string, seed: string, replicates: number, workers: string | undefined): Promise<{ analysis: Analysis | null; analytics?: ReportAnalytics }> {
  const policy = decidedPolicy(run);
  if (policy === run.baseline) return { analysis: null };
  const results = await replicate(loaded, arg, root, { replicates: String(replicates), workers }, run);
  const analysis = analyze(run, results, policy, accuracyCases(loaded, policy, seed));
  const rng = makeRng(seed).fork('bootstrap');
  const intervals = run.runs.filter((p) => p.policy !== run.baseline).flatMap((p) =>
    intervalsOf(p.policy, p.policy === policy ? analysis.comparisons : comparePolicies(results, run.baseline, p.policy, { rng, resamples: 1000 }), results.length));
  return { analysis, analytics: reportAnalytics(analysis, intervals, analyzeCohorts(run)) };
}

/** What `run` prints: the table, a line on speed, and where the report is. */
export function runReport(res: RunCommandResult, opts: RunOptions): string {
  if (opts.json) {
    return JSON.stringify({
      report: displayPath(res.outDir),
      baseline: res.run.baseline,
      policies: res.run.runs.map((p) => ({ policy: p.policy, uses: p.use, metrics: p.metrics })),
      warnings: res.warnings.length,
    }, null, 2);
  }
  const report = displayPath(join(res.outDir, 'index.html'));
  if (opts.quiet) return report;
  const orders = res.run.model.orders.count * res.run.runs.length;
  const a = res.analysis;
  return [
    terminalSummary(res.run),
    '',
    ...(a ? [`Decision for ${a.policy}: ${a.decision.verdict} — ${a.decision.reasons.join('; ')}. (npm run routelab -- roi for the details.)`, ''] : []),
    `Replayed ${res.run.model.orders.count} orders under ${res.run.runs.length} policies in ${res.seconds.toFixed(1)} s (${Math.round(orders / Math.max(res.seconds, 1e-3))} order-runs/s, including loading and writing).`,
    `Report: ${report}`,
  ].join('\n');
}
