/**
 * The readiness report of `routelab validate` as terminal text, as readiness.md and as
 * JSON. Pure: a `DataCheck` in, text or plain objects out.
 */
import { groupThousands } from '../format/number.ts';
import { percent } from '../format/percent.ts';
import { mdEscape } from '../format/markdown.ts';
import { verdictText } from '../messages.ts';
import type { DataCheck, Finding, Touch } from '../validate/findings.ts';

/** What was checked, as the user named it. */
export interface ReadinessSource {
  /** The argument given to `validate`. */
  target: string;
  kind: 'scenario' | 'data folder';
  /** The scenario file, as shown (null for a bare data folder). */
  scenario: string | null;
  /** The data folder, as shown (null when it was not reached). */
  data: string | null;
}

const plural = (n: number, one: string, many: string) => `${groupThousands(n)} ${n === 1 ? one : many}`;

/** "3 of 120 orders (2.5%), 4 of 300 lines (1.3%), 9 of 700 units (1.3%)". */
export function touchText(t: Touch, totals: Touch): string {
  const part = (n: number, total: number, word: string) =>
    `${groupThousands(n)} of ${groupThousands(total)} ${word}${total === 0 ? '' : ` (${percent(n / total)})`}`;
  return [
    part(t.orders, totals.orders, 'orders'),
    part(t.lines, totals.lines, 'lines'),
    part(t.units, totals.units, 'units'),
  ].join(', ');
}

/** The label in front of a finding. */
export function findingTag(f: Finding): string {
  if (f.blocking) return 'blocks the run';
  if (f.serious) return 'serious warning';
  return f.severity;
}

/** A finding's title and count: "Unknown SKUs in orders: 3 order lines"; "<message> (4 like this)" for problems without a name of their own. */
export function findingHeadline(f: Finding): string {
  if (f.example) return `${f.title}: ${plural(f.count, f.unit, f.unit)}`;
  return f.count > 1 ? `${f.title} (${groupThousands(f.count)} like this)` : f.title;
}

/** The verdict sentence. */
export function verdictSentence(c: DataCheck): string {
  if (c.verdict === 'not ready') return verdictText.notReady(c.counts.errors);
  if (c.verdict === 'ready with warnings') {
    const warnings = c.findings.filter((f) => f.severity === 'warning');
    return verdictText.readyWithWarnings(warnings.length, warnings.filter((f) => f.serious).length);
  }
  return verdictText.ready;
}

function headerLines(c: DataCheck, s: ReadinessSource): [string, string][] {
  const out: [string, string][] = [];
  if (s.scenario) out.push(['scenario', s.scenario]);
  out.push(['data', s.data ?? '(not reached)']);
  if (c.period)
    out.push([
      'period',
      `${c.period.start} … ${c.period.end} (${c.period.from === 'scenario' ? 'from the scenario' : 'the span of the order dates'})`,
    ]);
  if (s.data) {
    const t = c.totals;
    out.push([
      'read',
      `${plural(t.orders, 'order', 'orders')}, ${plural(t.lines, 'line', 'lines')}, ${plural(t.units, 'unit', 'units')}; ${plural(c.tables.skus, 'sku', 'skus')}, ${plural(c.tables.nodes, 'node', 'nodes')}, ${plural(c.tables.inventory, 'inventory row', 'inventory rows')}`,
    ]);
  }
  if (c.shipping)
    out.push(['shipping', c.shipping === 'rate-card' ? 'rate card' : 'linear cost model (no rate card checked)']);
  return out;
}

/** Locations shown per finding on the terminal (readiness.md and JSON keep all the finding has). */
const TERMINAL_LOCATIONS = 3;

/**
 * One finding as lines of text: what, how much, an example, where (the first 3 locations),
 * what to do; `label` replaces the severity tag. validate and run print findings with it.
 */
export function findingLines(f: Finding, n: number, totals: Touch, label = findingTag(f)): string[] {
  const out = [`${n}. [${label}] ${findingHeadline(f)}`];
  if (f.touches) out.push(`touches ${touchText(f.touches, totals)}`);
  if (f.example && f.example !== f.title) out.push(f.example);
  const shown = f.locations.slice(0, TERMINAL_LOCATIONS);
  const more = f.more + f.locations.length - shown.length;
  if (shown.length) out.push(`at ${shown.join(', ')}${more ? ` (+${groupThousands(more)} more)` : ''}`);
  out.push(`→ ${f.fix}`);
  return out;
}

/** The report printed on the terminal. */
export function readinessText(c: DataCheck, s: ReadinessSource): string {
  const out: string[] = [`RouteLab data readiness: ${s.target}`];
  const head = headerLines(c, s);
  const w = Math.max(...head.map(([k]) => k.length));
  for (const [k, v] of head) out.push(`  ${k.padEnd(w)}  ${v}`);
  out.push('', `Verdict: ${c.verdict.toUpperCase()} — ${verdictSentence(c)}`);
  const fixes = c.findings.filter((f) => f.severity !== 'note');
  const notes = c.findings.filter((f) => f.severity === 'note');
  const list = (title: string, fs: Finding[]) => {
    if (!fs.length) return;
    out.push('', title);
    fs.forEach((f, i) =>
      out.push(...findingLines(f, i + 1, c.totals).map((l, j) => (j === 0 ? `  ${l}` : `     ${l}`))),
    );
  };
  list('What to fix, most important first:', fixes);
  list('Notes (nothing to fix unless they surprise you):', notes);
  if (c.notChecked.length) out.push('', 'Not checked:', ...c.notChecked.map((t) => `  - ${t}`));
  return out.join('\n');
}

/** One finding as a numbered Markdown list item (every location it keeps); `label` replaces the severity tag. */
export function findingMarkdown(f: Finding, n: number, totals: Touch, label = findingTag(f)): string[] {
  const out = [`${n}. **${mdEscape(label)}**: ${mdEscape(findingHeadline(f))}`];
  if (f.touches) out.push(`   - touches ${touchText(f.touches, totals)}`);
  if (f.example && f.example !== f.title) out.push(`   - ${mdEscape(f.example)}`);
  if (f.locations.length)
    out.push(
      `   - at ${f.locations.map((l) => `\`${l}\``).join(', ')}${f.more ? ` (+${groupThousands(f.more)} more)` : ''}`,
    );
  out.push(`   - what to do: ${mdEscape(f.fix)}`);
  return out;
}

/** readiness.md: the same report as Markdown, to keep or send. */
export function readinessMarkdown(c: DataCheck, s: ReadinessSource): string {
  const out: string[] = [`# Data readiness: ${mdEscape(s.target)}`, ''];
  for (const [k, v] of headerLines(c, s)) out.push(`- **${k}**: ${mdEscape(v)}`);
  out.push('', `**Verdict: ${c.verdict}** — ${mdEscape(verdictSentence(c))}`, '');
  const section = (title: string, list: Finding[]) => {
    if (!list.length) return;
    out.push(`## ${title}`, '');
    list.forEach((f, i) => out.push(...findingMarkdown(f, i + 1, c.totals)));
    out.push('');
  };
  section(
    'What to fix, most important first',
    c.findings.filter((f) => f.severity !== 'note'),
  );
  section(
    'Notes',
    c.findings.filter((f) => f.severity === 'note'),
  );
  if (c.notChecked.length) out.push('## Not checked', '', ...c.notChecked.map((t) => `- ${mdEscape(t)}`), '');
  return out.join('\n');
}

/** The findings as plain data for `--json`. */
export function readinessJson(c: DataCheck, s: ReadinessSource): object {
  return {
    target: s.target,
    kind: s.kind,
    scenario: s.scenario,
    data: s.data,
    period: c.period,
    shipping: c.shipping,
    verdict: c.verdict,
    problems: c.counts,
    totals: { ...c.totals, skus: c.tables.skus, nodes: c.tables.nodes, inventory_rows: c.tables.inventory },
    findings: c.findings.map((f, i) => ({
      rank: i + 1,
      key: f.key,
      code: f.code,
      severity: f.severity,
      blocking: f.blocking,
      serious: f.serious,
      title: f.title,
      count: f.count,
      unit: f.unit,
      touches: f.touches,
      share: f.share,
      locations: f.locations,
      more_locations: f.more,
      example: f.example || null,
      fix: f.fix,
    })),
    not_checked: c.notChecked,
  };
}
