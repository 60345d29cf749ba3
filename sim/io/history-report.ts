/**
 * The history report's files (`compare --history`): index.html (self-contained), summary.md,
 * cohorts.csv, history.json (the figures `--json` prints) and the charts as SVG and PNG,
 * written as one report folder with the same safety rules as `run` (sim/io/report-folder.ts).
 */
import type { HistoryReportInput } from '../analytics/replay-vs-history.ts';
import { cohortsCsv } from '../report/history/cohorts-csv.ts';
import { historyPage } from '../report/history/page.ts';
import { historySummary } from '../report/history/summary.ts';
import { chartSvg, svgPng } from './chart-render.ts';
import { reportLibraries } from './report-assets.ts';
import { writeReportFolder } from './report-folder.ts';

/** The figures as `--json` prints them and history.json holds them. */
export const historyJson = (h: HistoryReportInput): string => `${JSON.stringify(h, null, 2)}\n`;

/**
 * Every file of the history report, by its path in the folder; `name` is the scenario's.
 * Chart warnings from vega (none expected) go to `warnings`.
 */
export async function historyReportFiles(
  h: HistoryReportInput,
  name: string,
  warnings: string[] = [],
): Promise<Record<string, string | Uint8Array>> {
  const page = historyPage(h, name, reportLibraries());
  const files: Record<string, string | Uint8Array> = {
    'index.html': page.html,
    'summary.md': historySummary(h, name),
    'cohorts.csv': cohortsCsv(h),
    'history.json': historyJson(h),
  };
  for (const c of page.charts) {
    const svg = await chartSvg(c.spec, warnings);
    files[`charts/${c.id}.svg`] = svg;
    files[`charts/${c.id}.png`] = await svgPng(svg);
  }
  return files;
}

/**
 * Builds the history report and writes it at `out` (replacing only a RouteLab report there).
 * @example await writeHistoryReport(compareHistory(rows, sc, '2026-08-01'), 'demo', 'reports/demo-history')
 */
export async function writeHistoryReport(
  h: HistoryReportInput,
  name: string,
  out: string,
): Promise<{ files: Record<string, string | Uint8Array>; chartWarnings: string[] }> {
  const chartWarnings: string[] = [];
  const files = await historyReportFiles(h, name, chartWarnings);
  writeReportFolder(out, files);
  return { files, chartWarnings };
}
