/**
 * Validate's serious findings for `run` and `roi`: the readiness checks `run` does not make
 * (inventory dates, unstocked SKUs, dimensions, duplicate lines), grouped with the run's
 * own warnings into findings, and those touching 10% or more of the orders or units kept.
 * Their problems become run warnings (the report's data-quality section), and each finding
 * one line for the decision.
 */
import { summarizeReadiness, INVENTORY_FINDINGS } from './findings.ts';
import { checkReadiness } from './readiness.ts';
import { percent } from '../format/percent.ts';
import type { DataRows } from '../parse/types.ts';
import { Problems, type Problem } from '../problems.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { parseIsoDate } from '../time/calendar.ts';

export interface SeriousFindings {
  /** Readiness problems of the serious findings that the run did not already report. */
  problems: Problem[];
  /** Each serious finding in words: "<title>: <example> (35.0% of the orders or units)". */
  words: string[];
  /** The serious findings about inventory dates, in words (likely causes of an implausible baseline). */
  stale: string[];
}

/**
 * The serious findings of a run's data. `known` are the problems the run already reports.
 * @example seriousFindings(data, scenario.config, loaded.problems.list).words[0] // 'Inventory counted after the period start: …'
 */
export function seriousFindings(data: DataRows, config: ScenarioFile, known: Problem[]): SeriousFindings {
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
  const fresh = new Set(own.list);
  const detail = (f: (typeof serious)[number]) => {
    const example = f.example || f.problems[0]!.message;
    return example === f.title ? f.title : `${f.title}: ${example}`;
  };
  const words = serious.map(
    (f) => `${detail(f)} (${percent(Math.max(f.share?.orders ?? 0, f.share?.units ?? 0))} of the orders or units)`,
  );
  return {
    problems: serious.flatMap((f) => f.problems.filter((p) => fresh.has(p))),
    words,
    stale: serious
      .filter((f) => INVENTORY_FINDINGS.has(f.key) && f.key.startsWith('inventory-'))
      .map((f) => f.example || f.title),
  };
}
