/**
 * A run's warnings and notes, made once and rendered everywhere (the terminal, summary.md,
 * run.json, the report's data-quality section): the guards first (what the reader must see
 * before any figure), then validate's findings on the run's data in validate's ranking,
 * then what only the replay finds. Every count printed is counted from the same items.
 */
import { GUARD_CODES } from '../analytics/guards.ts';
import { escapeHtml as e } from '../format/html.ts';
import { mdEscape } from '../format/markdown.ts';
import { dataQualityText } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { problemFindings, type Finding, type Touch } from '../validate/findings.ts';
import { findingHeadline, findingLines, findingMarkdown, findingTag, touchText } from './readiness-report.ts';

export interface DataQuality {
  /** The guards on the replay's outcomes (implausible baseline, a policy far worse on service). */
  guards: Finding[];
  /** validate's findings on the run's data, ranked as validate ranks them. */
  findings: Finding[];
  /** The data's orders, lines and units (what the findings' shares are of). */
  totals: Touch;
  /** What only the replay finds: capacity backlogs, overweight packages, chart warnings. */
  replay: Finding[];
  /** Orders the run replayed (`null` when not known); said when fewer than the data's. */
  replayed: number | null;
}

/** One item of the list, with the tag it is shown with. */
export interface QualityItem {
  finding: Finding;
  label: string;
}

const NO_TOTALS: Touch = { orders: 0, lines: 0, units: 0 };

/**
 * A run's data quality from its parts: the guard problems, validate's ranked findings
 * (`null` when the data was not checked) and the replay's problems.
 */
export function dataQualityOf(parts: {
  guards: Problem[];
  data: { findings: Finding[]; totals: Touch } | null;
  replay: Problem[];
  replayed?: number;
}): DataQuality {
  return {
    guards: problemFindings(parts.guards),
    findings: parts.data?.findings ?? [],
    totals: parts.data?.totals ?? NO_TOTALS,
    replay: problemFindings(parts.replay),
    replayed: parts.replayed ?? null,
  };
}

/** The sentence on what the shares are of, when the run replayed fewer orders than the data has (else null). */
function sharesNote(q: DataQuality): string | null {
  if (q.replayed === null || q.replayed === q.totals.orders || !q.findings.some((f) => f.touches)) return null;
  return dataQualityText.sharesOf(q.totals.orders, q.replayed);
}

/**
 * The data quality of a plain list of warnings (a caller without validate's findings): the
 * guards first, then each other kind of problem as a finding of its own, in the order given.
 */
export function toDataQuality(w: DataQuality | Problem[]): DataQuality {
  if (!Array.isArray(w)) return w;
  return dataQualityOf({
    guards: w.filter((p) => GUARD_CODES.has(p.code)),
    data: { findings: problemFindings(w.filter((p) => !GUARD_CODES.has(p.code))), totals: NO_TOTALS },
    replay: [],
  });
}

/** The same data quality with more of what the replay found (the charts' warnings come last). */
export function withReplayProblems(q: DataQuality, more: Problem[]): DataQuality {
  return more.length ? { ...q, replay: [...q.replay, ...problemFindings(more)] } : q;
}

/**
 * Every item in the order shown: the warnings (guards, validate's findings, the replay's),
 * then the notes (validate's, the replay's); `notes` false leaves the notes out, so the
 * terminal's numbers are summary.md's.
 */
export function qualityItems(q: DataQuality, notes = true): QualityItem[] {
  const items: QualityItem[] = [
    ...q.guards.map((f) => ({ finding: f, label: dataQualityText.guard })),
    ...q.findings.map((f) => ({ finding: f, label: findingTag(f) })),
    ...q.replay.map((f) => ({ finding: f, label: `${dataQualityText.replay}: ${findingTag(f)}` })),
  ];
  const warnings = items.filter((i) => i.finding.severity !== 'note');
  return notes ? [...warnings, ...items.filter((i) => i.finding.severity === 'note')] : warnings;
}

/** Every problem, in the order shown (the run's warning list). */
export function qualityProblems(q: DataQuality): Problem[] {
  return qualityItems(q).flatMap((i) => i.finding.problems);
}

/** Counts of what is shown: warnings and notes (problems), and the findings with a warning. */
export function qualityCounts(q: DataQuality): { warnings: number; notes: number; findings: number } {
  const problems = qualityProblems(q);
  return {
    warnings: problems.filter((p) => p.severity === 'warning').length,
    notes: problems.filter((p) => p.severity === 'note').length,
    findings: qualityItems(q, false).length,
  };
}

/** The counts as words: "21 warnings in 7 findings and 1 note". */
function countsWords(q: DataQuality): string {
  const c = qualityCounts(q);
  return dataQualityText.counts(c.warnings, c.findings, c.notes);
}

/** What `run` prints on the terminal: the counts, then every finding with a warning, numbered (none: no lines). */
export function dataQualityTerminal(q: DataQuality): string[] {
  const items = qualityItems(q, false);
  if (items.length === 0) return [];
  const c = qualityCounts(q);
  const out = [dataQualityText.terminal(countsWords(q), c.notes)];
  const shares = sharesNote(q);
  if (shares) out.push(`  ${shares}`);
  items.forEach((it, i) =>
    out.push(...findingLines(it.finding, i + 1, q.totals, it.label).map((l, j) => (j === 0 ? `  ${l}` : `     ${l}`))),
  );
  return out;
}

/** summary.md's data notes: the counts, then every item (notes too) as a numbered list. */
export function dataQualityMarkdown(q: DataQuality): string {
  const items = qualityItems(q);
  if (items.length === 0) return dataQualityText.none;
  const shares = sharesNote(q);
  const out = [mdEscape(dataQualityText.written(countsWords(q))), ...(shares ? ['', mdEscape(shares)] : []), ''];
  items.forEach((it, i) => out.push(...findingMarkdown(it.finding, i + 1, q.totals, it.label)));
  return out.join('\n');
}

/** The report's data-quality section: the counts, then every item, in the same order and words. */
export function dataQualityHtml(q: DataQuality): string {
  const items = qualityItems(q);
  if (items.length === 0) return `<p>${e(dataQualityText.none)}</p>`;
  const rows = items.map(({ finding: f, label }) => {
    const parts: string[] = [];
    if (f.touches) parts.push(`<li>touches ${e(touchText(f.touches, q.totals))}</li>`);
    if (f.example && f.example !== f.title) parts.push(`<li>${e(f.example)}</li>`);
    if (f.locations.length)
      parts.push(
        `<li>at ${f.locations.map((l) => `<code>${e(l)}</code>`).join(', ')}${f.more ? e(` (+${f.more} more)`) : ''}</li>`,
      );
    parts.push(`<li><span class="small">→ ${e(f.fix)}</span></li>`);
    return `<li class="problem" data-key="${e(f.key)}"><span class="sev ${e(f.severity)}">${e(label)}</span> <strong>${e(findingHeadline(f))}</strong>
<ul>${parts.join('')}</ul></li>`;
  });
  const shares = sharesNote(q);
  return `<p>${e(dataQualityText.written(countsWords(q)))}${shares ? ` ${e(shares)}` : ''}</p>
<ol class="findings">
${rows.join('\n')}
</ol>`;
}

/** run.json's data quality: the counts and each item, ranked. */
export function dataQualityJson(q: DataQuality): {
  warnings: number;
  notes: number;
  findings: number;
  ranked: object[];
} {
  const c = qualityCounts(q);
  return {
    ...c,
    ranked: qualityItems(q).map(({ finding: f, label }, i) => ({
      rank: i + 1,
      label,
      key: f.key,
      code: f.code,
      severity: f.severity,
      serious: f.serious,
      title: f.title,
      count: f.count,
      unit: f.unit,
      share: f.share,
      locations: f.locations,
      more_locations: f.more,
    })),
  };
}
