/**
 * The decision report's files: index.html (self-contained) and every chart as SVG and PNG
 * under charts/. Reads the inlined libraries and map shapes from node_modules and renders
 * the charts headless; the page itself is built by the pure `reportPage`.
 */
import { msg } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { reportPage, type ReportPage } from '../report/html.ts';
import type { ReportInput } from '../report/input.ts';
import { chartSvg, svgPng } from './chart-render.ts';
import { reportLibraries, usStates } from './report-assets.ts';

export interface ReportFilesOptions {
  /** Called after each chart is rendered (for a progress bar). */
  onChart?: (done: number, total: number, id: string) => void;
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
  // each PNG is drawn on another thread while this one makes the next SVG; the files keep the charts' order
  const drawn: { id: string; svg: string; png: Promise<Uint8Array> | null }[] = [];
  for (const c of page.charts) {
    const warnings: string[] = [];
    const svg = await chartSvg(c.spec, warnings);
    for (const message of new Set(warnings)) chartWarnings.push({ chart: c.id, message });
    const png = opts.png !== false ? svgPng(svg) : null;
    png?.catch(() => undefined); // awaited below, in order
    drawn.push({ id: c.id, svg, png });
    opts.onChart?.(drawn.length, page.charts.length, c.id);
  }
  for (const { id, svg, png } of drawn) {
    files[`charts/${id}.svg`] = svg;
    if (png) files[`charts/${id}.png`] = await png;
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
