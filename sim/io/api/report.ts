/** The library's `writeReport`, `renderChart`, `chartIds` and `toTables`: a result as the report folder, one chart, or tidy tables. */
import { msg } from '../../messages.ts';
import { reportAnalyticsOf } from '../../pipeline/assemble.ts';
import { runTables, type RunTables } from '../../pipeline/tables.ts';
import { InputError } from '../../problems.ts';
import { qualityProblems } from '../../report/data-quality.ts';
import { reportPage } from '../../report/html.ts';
import type { ReportInput } from '../../report/input.ts';
import { chartSvg } from '../chart-render.ts';
import { runEnvironment } from '../environment.ts';
import { reportLibraries, usStates } from '../report-assets.ts';
import { inspectReportOut, writeReportFolder } from '../report-folder.ts';
import { runReportFiles } from '../run-report.ts';
import type { OutcomesForm } from '../../report/outcomes.ts';
import type { ScenarioResult } from './run.ts';

/** The report's input for a result (what the page and its charts are drawn from). */
function reportInput(r: ScenarioResult): ReportInput {
  return {
    run: r.run,
    warnings: qualityProblems(r.quality),
    dataQuality: r.quality,
    analytics: r.decision ? reportAnalyticsOf(r.decision) : undefined,
  };
}

/** The report page's charts, drawn from the result (specs, not yet rendered). */
const pageCharts = (r: ScenarioResult) => reportPage(reportInput(r), usStates(), reportLibraries()).charts;

/**
 * Writes the report folder `routelab run` writes (index.html, charts/, metrics.csv,
 * outcomes.csv, summary.md, run.json) to `outDir`, replacing only a folder RouteLab wrote.
 * Returns the paths written, relative to `outDir`. `outcomes: 'gz'` writes outcomes.csv.gz
 * instead, `'none'` no outcomes (as `run --outcomes gz` and `run --no-outcomes`).
 * @example await writeReport(r, 'reports/my-shop'); // ['summary.md', 'run.json', …, 'index.html', 'charts/…']
 */
export async function writeReport(
  result: ScenarioResult,
  outDir: string,
  { png = true, outcomes = 'csv' }: { png?: boolean; outcomes?: OutcomesForm } = {},
): Promise<string[]> {
  inspectReportOut(outDir);
  const { files } = await runReportFiles(
    {
      run: result.run,
      quality: result.quality,
      decision: result.decision,
      hashes: result.scenario.loaded.hashes,
      env: runEnvironment(),
      outcomes,
    },
    { png },
  );
  writeReportFolder(outDir, files);
  return Object.keys(files);
}

/**
 * The ids of the report's charts for this result (what renderChart takes).
 * @example chartIds(r) // ['cost-per-order', …]
 */
export function chartIds(result: ScenarioResult): string[] {
  return pageCharts(result).map((c) => c.id);
}

/**
 * One chart of the report as SVG text, drawn as the report draws it; InputError naming
 * the charts for an id the report does not have.
 * @example writeFileSync('cost.svg', await renderChart(r, chartIds(r)[0]));
 */
export async function renderChart(result: ScenarioResult, id: string): Promise<string> {
  const charts = pageCharts(result);
  const c = charts.find((x) => x.id === id);
  if (!c)
    throw new InputError([
      {
        severity: 'error',
        file: 'arguments',
        field: 'chart',
        ...msg.unknownChart(
          id,
          charts.map((x) => x.id),
        ),
      },
    ]);
  return chartSvg(c.spec);
}

/**
 * The result as tidy arquero tables: metrics (by policy), weekly, byNode, byRegion, deltas
 * (each policy against the baseline, the decided one against its reference, with the decision's intervals) and outcomes.
 * @example
 * const t = toTables(r);
 * t.byRegion.filter((d) => d.metric === 'on_time_delivery_rate').groupby('region').rollup({ best: (d) => aq.op.max(d.value) });
 */
export function toTables(result: ScenarioResult): RunTables {
  const d = result.decision;
  // the decided policy's comparisons are the analysis's: against its reference (a network change's compare_to)
  const comparisons = (d?.comparisons ?? []).map((c) =>
    c.policy === d!.policy ? { ...c, against: d!.analysis.against } : c,
  );
  return runTables(result.run, comparisons);
}
