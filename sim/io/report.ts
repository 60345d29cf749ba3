/**
 * The decision report's files: index.html (self-contained) and every chart as SVG and PNG
 * under charts/. Reads the inlined libraries and map shapes from node_modules and renders
 * the charts headless; the page itself is built by the pure `reportPage`.
 */
import { msg } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { reportPage, type ReportPage } from '../report/html.ts';
import type { ReportInput } from '../report/input.ts';
import { inThreadCharts, type ChartPool } from './chart-pool.ts';
import { reportLibraries, usStates } from './report-assets.ts';

export interface ReportFilesOptions {
  /** Called after each chart is drawn (for a progress bar). */
  onChart?: (done: number, total: number) => void;
  /** Who draws the charts (default: this thread, one after another). */
  charts?: ChartPool;
  /** Also write PNGs (default true). */
  png?: boolean;
}

export interface ReportFiles {
  /** File name (relative to the report folder) → content. */
  files: Record<string, string | Uint8Array>;
  page: ReportPage;
  /** What vega or vega-lite warned about while drawing each chart (none expected), by chart id. */
  chartWarnings: { chart: string; message: string }[];
}

/**
 * Builds index.html and charts/*.svg|png for a report input. A chart vega warns about is
 * still drawn; its warnings are collected per chart, never printed or thrown.
 */
export async function reportFiles(input: ReportInput, opts: ReportFilesOptions = {}): Promise<ReportFiles> {
  const page = reportPage(input, usStates(), reportLibraries());
  const files: Record<string, string | Uint8Array> = { 'index.html': page.html };
  const chartWarnings: ReportFiles['chartWarnings'] = [];
  const charts = opts.charts ?? inThreadCharts;
  let done = 0;
  const drawn = await charts.draw(
    page.charts.map((c) => ({ spec: c.spec, png: opts.png !== false })),
    () => opts.onChart?.(++done, page.charts.length),
  );
  for (const [k, { svg, png, warnings }] of drawn.entries()) {
    const { id } = page.charts[k]!;
    for (const message of new Set(warnings)) chartWarnings.push({ chart: id, message });
    files[`charts/${id}.svg`] = svg;
    const bytes = await png;
    if (bytes) files[`charts/${id}.png`] = bytes;
  }
  return { files, page, chartWarnings };
}

/** Run warnings for what vega warned about while drawing the charts: one per chart and message. */
export function chartProblems(warnings: ReportFiles['chartWarnings']): Problem[] {
  return warnings.map((w) => ({
    severity: 'warning',
    file: `charts/${w.chart}.svg`,
    field: w.chart,
    ...msg.chartWarning(w.chart, w.message),
  }));
}
