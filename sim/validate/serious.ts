/**
 * Validate's findings on a run's data, computed once for `run` and `roi`: the readiness
 * checks `run` does not make (inventory dates, unstocked SKUs, dimensions, duplicate lines)
 * grouped with the run's own warnings and notes into validate's findings, ranked by
 * validate's rule (`rankFindings`). The run's warnings list them in that order (terminal,
 * summary.md, run.json, the report's data-quality section); the serious ones (touching
 * 10% or more of the orders or units) are also named in the decision.
 */
import { summarizeReadiness, INVENTORY_FINDINGS, type Finding, type Touch } from './findings.ts';
import { checkReadiness } from './readiness.ts';
import { percent } from '../format/percent.ts';
import type { DataRows } from '../parse/types.ts';
import { Problems, type Problem } from '../problems.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { parseIsoDate } from '../time/calendar.ts';

export interface DataFindings {
  /** Every finding validate gives on the run's data, most important first (validate's ranking). */
  findings: Finding[];
  /** Orders, lines and units of the data, the findings' shares are of. */
  totals: Touch;
  /** Readiness problems the run did not already report (every finding's, serious or not). */
  problems: Problem[];
  /** Each serious finding in words: "<title>: <example> (35.0% of the orders or units)". */
  words: string[];
  /** The serious findings about inventory dates, in words (likely causes of an implausible baseline). */
  stale: string[];
}

/**
 * Validate's findings on a run's data. `known` are the problems the run already reports
 * (its warnings and notes); they are grouped into the findings with the readiness checks' own.
 * @example dataFindings(data, scenario.config, loaded.problems.list).words[0] // 'Inventory counted after the period start: …'
 */
export function dataFindings(data: DataRows, config: ScenarioFile, known: Problem[]): DataFindings {
  const start = parseIsoDate(config.period.start),
    end = parseIsoDate(config.period.end);
  const period = start === null || end === null ? null : { start, end };
  const own = new Problems();
  checkReadiness(
    data,
    { period, timezone: config.timezone, rateCard: config.shipping.model === 'rate-card', unreadable: new Set() },
    own,
  );
  const summary = summarizeReadiness([...known, ...own.list], data, { period, timezone: config.timezone });
  const serious = summary.findings.filter((f) => f.serious);
  const detail = (f: Finding) => {
    const example = f.example || f.problems[0]!.message;
    return example === f.title ? f.title : `${f.title}: ${example}`;
  };
  const words = serious.map(
    (f) => `${detail(f)} (${percent(Math.max(f.share?.orders ?? 0, f.share?.units ?? 0))} of the orders or units)`,
  );
  return {
    findings: summary.findings,
    totals: summary.totals,
    problems: own.list,
    words,
    stale: serious
      .filter((f) => INVENTORY_FINDINGS.has(f.key) && f.key.startsWith('inventory-'))
      .map((f) => f.example || f.title),
  };
}
