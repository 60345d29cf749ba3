/**
 * `run`'s report folder as files: the page and charts (reportFiles) and the text files
 * (reportTexts), with what vega warned about joined to the run's warnings. Shared by
 * `routelab run` and the library's `writeReport`.
 */
import { reportAnalyticsOf, reportTexts } from '../pipeline/assemble.ts';
import type { RunDecision } from '../pipeline/decide.ts';
import type { ScenarioRun } from '../pipeline/replay.ts';
import { qualityProblems, withReplayProblems, type DataQuality } from '../report/data-quality.ts';
import { outcomesChunks, outcomesFile, type OutcomesForm } from '../report/outcomes.ts';
import type { InputHash, RunEnvironment } from '../report/run-info.ts';
import { chartProblems, reportFiles, type ReportFilesOptions } from './report.ts';
import type { ReportFile, StreamedFile } from './report-folder.ts';

export interface RunReportOptions extends ReportFilesOptions {
  /** The outcomes file is in the folder already (`outcomesEntry`, added to a draft): leave it out. */
  outcomesAdded?: boolean;
}

export interface RunReportInput {
  run: ScenarioRun;
  /** The run's warnings and notes, ranked (runWarnings, with the bound's when it was not solved). */
  quality: DataQuality;
  /** The decision analytics (null when only the baseline ran). */
  decision: RunDecision | null;
  hashes: InputHash[];
  env: RunEnvironment;
  /** outcomes.csv (default), outcomes.csv.gz, or none. */
  outcomes?: OutcomesForm;
}

/**
 * Every file of the report folder, by its path in it, and the warnings with the charts'.
 * The outcomes are a streamed file: made chunk by chunk while the folder is written.
 * @example const { files } = await runReportFiles({ run, quality, decision, hashes, env }); // files['index.html']
 */
export async function runReportFiles(
  { run, quality, decision, hashes, env, outcomes = 'csv' }: RunReportInput,
  opts: RunReportOptions = {},
): Promise<{ files: Record<string, ReportFile>; quality: DataQuality }> {
  const report = await reportFiles(
    {
      run,
      warnings: qualityProblems(quality),
      dataQuality: quality,
      analytics: decision ? reportAnalyticsOf(decision) : undefined,
      outcomes,
    },
    opts,
  );
  // a chart vega warned about is still drawn: its warnings join the run's (after the page is made)
  const warned = withReplayProblems(quality, chartProblems(report.chartWarnings));
  const files: Record<string, ReportFile> = {
    ...reportTexts({ run, warnings: warned, decision, verdict: report.page.verdict, hashes, env }),
    ...report.files,
  };
  return { files: opts.outcomesAdded ? files : { ...files, ...outcomesEntry(run, outcomes) }, quality: warned };
}

/**
 * The outcomes file of a run in a form, as a streamed file by its name (none for 'none'): it
 * needs only the replay, so `run` writes it while the bound is still being solved.
 * @example outcomesEntry(run, 'gz') // { 'outcomes.csv.gz': { chunks, gzip: true } }
 */
export function outcomesEntry(run: ScenarioRun, outcomes: OutcomesForm = 'csv'): Record<string, StreamedFile> {
  const name = outcomesFile(outcomes);
  return name ? { [name]: { chunks: outcomesChunks(run), gzip: outcomes === 'gz' } } : {};
}
