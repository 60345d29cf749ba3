/** `routelab run <scenario>`: replay every policy and write the report folder. */
import { msg } from '../messages.ts';
import { boundStarter, type BoundJob } from '../io/bound.ts';
import { preloadChartEngines } from '../io/chart-render.ts';
import { inThreadCharts, openChartPool, type ChartPool } from '../io/chart-pool.ts';
import { join } from 'node:path';
import { loadScenario } from '../io/load.ts';
import { draftReportFolder, inspectReportOut, type ReportDraft, type ReportFile } from '../io/report-folder.ts';
import { displayPath } from '../io/scenario.ts';
import { outcomesEntry, runReportFiles } from '../io/run-report.ts';
import { badOption, positiveInteger } from './options.ts';
import { startReplicate } from './analyze.ts';
import type { ReplicatesJob } from '../io/replicates.ts';
import { noProgress, terminalProgress, type Progress } from './progress.ts';
import type { Analysis } from '../analytics/analyze.ts';
import type { EffectLadders } from '../analytics/ladder.ts';
import { runWarnings } from '../pipeline/assemble.ts';
import { checkNamedPolicy, decideRun, needsDecision, readinessOf, withBoundRows } from '../pipeline/decide.ts';
import { boundProblems, runPolicies, withBound, type ScenarioRun } from '../pipeline/replay.ts';
import type { Problem } from '../problems.ts';
import { runOnlyCharts } from '../report/charts/index.ts';
import { ladderBrief } from '../report/ladder-text.ts';
import { decisionTerminal } from '../report/decision-text.ts';
import type { RunEnvironment } from '../report/run-info.ts';
import { terminalSummary } from '../report/summary.ts';
import { qualityCounts, qualityProblems, withReplayProblems, type DataQuality } from '../report/data-quality.ts';
import { runText } from '../messages.ts';
import type { OutcomesForm } from '../report/outcomes.ts';

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
  /** `--outcomes csv|gz` (default csv), or false for `--no-outcomes`. */
  outcomes?: string | boolean;
}

/**
 * The form of the outcomes from `--outcomes` / `--no-outcomes`.
 * @example outcomesForm('gz') // 'gz'; outcomesForm(false) // 'none'
 */
export function outcomesForm(v: string | boolean | undefined): OutcomesForm {
  if (v === undefined || v === true || v === 'csv') return 'csv';
  if (v === false) return 'none';
  if (v === 'gz') return 'gz';
  return badOption('--outcomes', msg.badOutcomesForm(v));
}

export interface RunCommandResult {
  run: ScenarioRun;
  /** The decision analytics (absent when only the baseline ran). */
  analysis: Analysis | null;
  /** Every entry's effect ladder (absent with the analysis). */
  ladders: EffectLadders | null;
  outDir: string;
  /** Every warning and note, in the order shown (`quality`'s problems). */
  warnings: Problem[];
  /** The same, as ranked findings (what the terminal, summary.md, run.json and the report show). */
  quality: DataQuality;
  /** Every file written, by its path in the report folder (charts/*.png as bytes, the outcomes as the chunks streamed). */
  files: Record<string, ReportFile>;
  seconds: number;
}

/** Loads the scenario at `arg`, runs it and writes its report folder. Throws InputError on bad input. */
export async function runCommand(
  arg: string,
  opts: RunOptions,
  root: string,
  env: RunEnvironment,
  now: () => number,
): Promise<RunCommandResult> {
  const started = now();
  // counts are checked before any work, even when the run turns out not to need them
  const replicates = positiveInteger(opts.replicates, '--replicates', 1);
  positiveInteger(opts.workers, '--workers', 1);
  const outcomes = outcomesForm(opts.outcomes);
  // where the report goes is checked before any work: a folder that is not RouteLab's is never replaced
  if (opts.out !== undefined) inspectReportOut(opts.out);
  const progress = opts.progress ?? (opts.quiet || opts.json ? noProgress : terminalProgress({ now }));
  // the bound's thread starts now (loading the solver), is sent the model as soon as it is compiled, and stops with the run
  const starter = await boundStarter();
  let bound: BoundJob | null = null;
  let replicating: ReplicatesJob | null = null;
  let charts: Promise<ChartPool> = Promise.resolve(inThreadCharts);
  let draft: ReportDraft | null = null;
  try {
    // a fixed budget, so the bar only moves forward: reading 2, replay 8, charts 8, writing 2
    progress.expect(20);
    progress.stage('reading the scenario and data');
    const loaded = await loadScenario(arg, root, { seed: opts.seed, onModel: (m) => (bound = starter.start(m)) });
    checkNamedPolicy(loaded);
    const { name, scenario, model, policies, hashes } = loaded;
    const outDir = opts.out ?? join(root, 'reports', name);
    // replicates 1 … N−1 start now, beside the replay and the wait for the bound (a decision
    // needs them, and a single policy has none to make)
    replicating = startReplicate(loaded, arg, root, {
      replicates: policies.length > 1 ? String(replicates) : '1',
      workers: opts.workers,
      seed: opts.seed,
    });
    progress.tick(2);
    progress.stage(runText.replaying(model.orders.count, policies.length));
    const seed = opts.seed ?? scenario.config.seed;
    const replayed = runPolicies(model, scenario, policies, seed);
    progress.stage(runText.solvingBound);
    // the charts' libraries load, here and in the chart thread, while this thread waits for the bound
    preloadChartEngines();
    charts = openChartPool();
    const solving = (bound ?? starter.start(model)).done();
    // and the outcomes go into the new report folder meanwhile: they need only the replay
    draft = draftReportFolder(outDir);
    const outcomesFiles = outcomesEntry(replayed, outcomes);
    for (const [file, chunks] of Object.entries(outcomesFiles)) draft.add(file, chunks);
    // and the decision is made from the replay (replicate 0; only a decision to make needs the
    // others): nothing in it reads the bound but the rows of its own metric, compared once it is in
    progress.stage(runText.analyzing);
    // (the chart thread draws the charts that need only the replay meanwhile)
    (await charts).drawAhead(runOnlyCharts(replayed).map((c) => ({ spec: c.spec, png: true })));
    const readiness = readinessOf(loaded);
    const early = needsDecision(replayed)
      ? decideRun(loaded, replayed, await replicating.of(replayed), readiness)
      : null;
    progress.stage(runText.waitingForBound);
    const solved = await solving;
    const run = withBound(replayed, solved.bound);
    // and the bound's chart once it is in (those already drawn ahead are not drawn again)
    (await charts).drawAhead(runOnlyCharts(run).map((c) => ({ spec: c.spec, png: true })));
    progress.tick(8);
    let quality = withReplayProblems(runWarnings(run, readiness), boundProblems(solved, loaded.path));
    const decision = early && withBoundRows(early, run, await replicating.of(run));
    replicating.stop();
    progress.stage('building the report');
    const report = await runReportFiles(
      { run, quality, decision, hashes, env, outcomes },
      {
        outcomesAdded: true,
        charts: await charts,
        onChart: (done, total) => {
          progress.tick(8 / total);
          progress.stage(`drew chart ${done} of ${total}`);
        },
      },
    );
    quality = report.quality;
    progress.stage('writing the report folder');
    draft.commit(report.files);
    progress.tick(2);
    return {
      run,
      analysis: decision?.analysis ?? null,
      ladders: decision?.ladders ?? null,
      outDir,
      warnings: qualityProblems(quality),
      quality,
      files: { ...outcomesFiles, ...report.files },
      seconds: (now() - started) / 1000,
    };
  } finally {
    // a run that failed leaves no new report folder (after a commit, nothing to remove)
    (draft as ReportDraft | null)?.discard();
    starter.close();
    await (await charts).close();
    (replicating as ReplicatesJob | null)?.stop();
    progress.done();
  }
}

/** What `run` prints: the table, a line on speed, and where the report is. */
export function runReport(res: RunCommandResult, opts: RunOptions): string {
  if (opts.json) {
    return JSON.stringify(
      {
        report: displayPath(res.outDir),
        baseline: res.run.baseline,
        policies: res.run.runs.map((p) => ({ policy: p.policy, uses: p.use, metrics: p.metrics })),
        ...(res.ladders ? { ladders: res.ladders.ladders } : {}),
        warnings: qualityCounts(res.quality).warnings,
        // the verdict and every figure behind it: the same object the report and summary.md are worded from
        decision: res.analysis?.decision ?? null,
      },
      null,
      2,
    );
  }
  const report = displayPath(join(res.outDir, 'index.html'));
  if (opts.quiet) return report;
  const orders = res.run.model.orders.count * res.run.runs.length;
  const a = res.analysis;
  return [
    terminalSummary(res.run, res.analysis?.decision.policy),
    '',
    ...(a ? [decisionTerminal(a.decision), ''] : []),
    ...(res.ladders
      ? [...res.ladders.ladders.filter((l) => l.steps.length > 1 || l.policy === a?.policy).map(ladderBrief), '']
      : []),
    runText.replayed(
      res.run.model.orders.count,
      res.run.runs.length,
      res.seconds,
      Math.round(orders / Math.max(res.seconds, 1e-3)),
    ),
    `Report: ${report}`,
  ].join('\n');
}
