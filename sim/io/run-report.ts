/**
 * `run`'s report folder as files: the page and charts (reportFiles) and the text files
 * (reportTexts), with what vega warned about joined to the run's warnings. Shared by
 * `routelab run` and the library's `writeReport`.
 */
import { reportAnalyticsOf, reportTexts } from '../pipeline/assemble.ts';
import type { RunDecision } from '../pipeline/decide.ts';
import type { ScenarioRun } from '../pipeline/replay.ts';
import { qualityProblems, withReplayProblems, type DataQuality } from '../report/data-quality.ts';
import type { InputHash, RunEnvironment } from '../report/run-info.ts';
import { chartProblems, reportFiles, type ReportFilesOptions } from './report.ts';

export interface RunReportInput {
  run: ScenarioRun;
  /** The run's warnings and notes, ranked (runWarnings, with the bound's when it was not solved). */
  quality: DataQuality;
  /** The decision analytics (null when only the baseline ran). */
  decision: RunDecision | null;
  hashes: InputHash[];
  env: RunEnvironment;
}

/**
 * Every file of the report folder, by its path in it, and the warnings with the charts'.
 * @example const { files } = await runReportFiles({ run, quality, decision, hashes, env }); // files['index.html']
 */
export async function runReportFiles(
  { run, quality, decision, hashes, env }: RunReportInput,
  opts: ReportFilesOptions = {},
): Promise<{ files: Record<string, string | Uint8Array>; quality: DataQuality }> {
  const report = await reportFiles(
    {
      run,
      warnings: qualityProblems(quality),
      dataQuality: quality,
      analytics: decision ? reportAnalyticsOf(decision) : undefined,
    },
    opts,
  );
  // a chart vega warned about is still drawn: its warnings join the run's (after the page is made)
  const warned = withReplayProblems(quality, chartProblems(report.chartWarnings));
  const files: Record<string, string | Uint8Array> = {
    ...reportTexts({ run, warnings: warned, decision, verdict: report.page.verdict, hashes, env }),
    ...report.files,
  };
  return { files, quality: warned };
}
