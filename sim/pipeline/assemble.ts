/**
 * Stage 4, assemble: the run, its decision and its warnings → the report's input and the
 * text files of the report folder (metrics.csv, summary.md, run.json). Pure: io renders the
 * page and its charts (`reportFiles`) and streams outcomes.csv (`outcomesChunks`) into the folder.
 */
import { runGuards } from '../analytics/guards.ts';
import type { EffectLadders } from '../analytics/ladder.ts';
import { msg } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { dataQualityOf, type DataQuality } from '../report/data-quality.ts';
import { decisionMarkdown } from '../report/analysis.ts';
import { capacityBacklogs } from '../report/backlog.ts';
import { intervalsOf, reportAnalytics } from '../report/from-analysis.ts';
import type { ReportAnalytics } from '../report/input.ts';
import { ladderMarkdown } from '../report/ladder-text.ts';
import { networkAssumptions } from '../report/network-notes.ts';
import { runInfo, type InputHash, type RunEnvironment } from '../report/run-info.ts';
import { summaryMarkdown } from '../report/summary.ts';
import { metricsCsv } from '../report/tables.ts';
import type { Verdict } from '../report/verdict.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { DataFindings } from '../validate/serious.ts';
import type { RunDecision } from './decide.ts';

/** Problems the engine found while running (reported as warnings). */
function engineWarnings(r: ScenarioRun): Problem[] {
  const heavy = r.runs.filter((p) => p.run.stats.overweightPackages > 0);
  const backlogs = capacityBacklogs(r);
  if (heavy.length === 0) return backlogs;
  const total = heavy.reduce((s, p) => s + p.run.stats.overweightPackages, 0);
  const by = heavy.map((p) => `${p.policy} ${p.run.stats.overweightPackages}`).join(', ');
  return [
    {
      severity: 'warning',
      file: r.scenario.file,
      field: 'shipping',
      ...msg.overweightPackages(total, r.model.shipping.maxLb, by),
    },
    ...backlogs,
  ];
}

/**
 * A run's warnings, in the order every output lists them: the guards first (what the reader
 * must see before any figure), then validate's findings on the data (loading's warnings and
 * notes with the readiness checks', ranked as validate ranks them), then the engine's.
 */
export function runWarnings(run: ScenarioRun, readiness: DataFindings): DataQuality {
  return dataQualityOf({
    guards: runGuards(run, run.baseline, readiness.stale),
    data: readiness,
    replay: engineWarnings(run),
    replayed: run.model.orders.count,
  });
}

/** The report's analytics from a run's decision: every policy's intervals, ROI, tornado, pilot sizing, pre/post and the ladders. */
export function reportAnalyticsOf(d: RunDecision): ReportAnalytics {
  const intervals = d.comparisons.flatMap((c) => intervalsOf(c.policy, c.rows, d.replicates));
  return { ...reportAnalytics(d.analysis, intervals, d.cohorts), ladder: { focus: d.policy, ladders: d.ladders } };
}

/** summary.md's ladder section, with the added nodes' assumptions. */
function ladderSummary(run: ScenarioRun, ladders: EffectLadders): string {
  const notes = networkAssumptions(run);
  return `${ladderMarkdown(ladders)}${notes.length ? `\n${notes.map((n) => `- ${n.label}: ${n.text}`).join('\n')}\n` : ''}`;
}

/** What the report folder's text files are made from besides the run. */
export interface ReportTextsInput {
  run: ScenarioRun;
  /** The run's warnings, ranked (`runWarnings`, with the charts' warnings added). */
  warnings: DataQuality;
  decision: RunDecision | null;
  /** The page's verdict (from the rendered report), for summary.md's decision section. */
  verdict: Verdict;
  hashes: InputHash[];
  env: RunEnvironment;
}

/** metrics.csv, summary.md and run.json, by their path in the report folder (outcomes.csv is streamed by io). */
export function reportTexts({
  run,
  warnings,
  decision,
  verdict,
  hashes,
  env,
}: ReportTextsInput): Record<string, string> {
  const analysis = decision?.analysis;
  const ladders = decision?.ladders;
  return {
    'metrics.csv': metricsCsv(run),
    'summary.md': `${summaryMarkdown(run, warnings, verdict.focus.policy)}${analysis ? `\n${decisionMarkdown(analysis, verdict)}` : ''}${ladders ? `\n${ladderSummary(run, ladders)}` : ''}`,
    'run.json': `${JSON.stringify(runInfo(run, hashes, env, warnings), null, 2)}\n`,
  };
}
