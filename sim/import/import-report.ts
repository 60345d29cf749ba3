/** import-report.md and import-issues.csv: every input row accounted for. */
import type { ImportLog } from './log.ts';
import { FAR_ABOVE_FACTOR, startStockSummary, type StartStock } from '../compile/start-stock.ts';
import { toCSV } from '../format/csv-write.ts';
import { groupThousands } from '../format/number.ts';
import { mdEscape } from '../format/markdown.ts';

const mdCell = (s: string) => mdEscape(s).replace(/\r?\n/g, ' ');

/**
 * The report in Markdown; `notes` are extra facts for the reader (one line each), `sections`
 * extra Markdown sections (lines) placed before the notes.
 */
export function importReportMarkdown(
  log: ImportLog,
  outFolder: string,
  notes: string[],
  examples = 50,
  sections: string[] = [],
): string {
  const lines: string[] = ['# Import report', ''];
  // the "kept as exported" column only when a value was (a negative stock count)
  const kept = log.files().some((f) => f.kept > 0);
  lines.push(
    '## Files read',
    '',
    `| file | what | rows read | written | skipped | repaired |${kept ? ' kept as exported |' : ''}`,
    `| --- | --- | ---: | ---: | ---: | ---: |${kept ? ' ---: |' : ''}`,
  );
  for (const f of log.files())
    lines.push(
      `| ${mdCell(f.file)} | ${f.kind} | ${groupThousands(f.read)} | ${groupThousands(f.written)} | ${groupThousands(f.skipped)} | ${groupThousands(f.repaired)} |${kept ? ` ${groupThousands(f.kept)} |` : ''}`,
    );
  lines.push(
    '',
    `Every row read was either written or skipped (rows read = written + skipped); repaired rows were written with the change noted.${kept ? ' Rows kept as exported were written unchanged with a value `run` and `validate` will warn about (a negative count: read as 0).' : ''}`,
    '',
  );
  const reasons = log.reasons();
  lines.push(`## Skipped${kept ? ', repaired and kept' : ' and repaired'} rows by reason`, '');
  if (reasons.length === 0) lines.push('None: every row was written as it was.');
  else {
    lines.push('| file | action | reason | rows | first line |', '| --- | --- | --- | ---: | ---: |');
    for (const r of reasons)
      lines.push(
        `| ${mdCell(r.file)} | ${r.action} | ${mdCell(r.reason)} | ${groupThousands(r.count)} | ${r.firstLine} |`,
      );
  }
  lines.push('');
  if (log.entries.length) {
    const shown = log.entries.slice(0, examples);
    lines.push(
      `## Rows (${shown.length === log.entries.length ? 'all' : `first ${shown.length} of ${groupThousands(log.entries.length)}; every one is in import-issues.csv`})`,
      '',
    );
    lines.push('| file:line | action | reason | detail |', '| --- | --- | --- | --- |');
    for (const e of shown)
      lines.push(`| ${mdCell(`${e.file}:${e.line}`)} | ${e.action} | ${mdCell(e.reason)} | ${mdCell(e.detail)} |`);
    lines.push('');
  }
  lines.push(...sections);
  lines.push('## Notes', '');
  for (const n of notes) lines.push(`- ${n}`);
  lines.push(`- Next: check \`scenario.yaml\` in ${outFolder}, then run \`npm run routelab -- run ${outFolder}\`.`, '');
  return lines.join('\n');
}

/** Every skipped, repaired or kept-as-exported row, one per line. */
export function importIssuesCsv(log: ImportLog): string {
  return toCSV(
    ['file', 'line', 'action', 'reason', 'detail'],
    log.entries.map((e) => [e.file, e.line, e.action, e.reason, e.detail]),
  );
}

/**
 * The "Start stock" section: how the stock at the period start was rebuilt from the count,
 * per node, and every implausible row (the same figures `run` and `validate` compute).
 */
export function startStockSection(r: StartStock, start: string, written: boolean): string[] {
  const lines = [
    '## Start stock (rebuilt from the counted stock)',
    '',
    `The inventory export is the stock on the day it was counted, not at the period start (${start}). ${
      written
        ? 'scenario.yaml asks for the start stock to be rebuilt (`inventory: { start: rebuild }`): `run` and `validate` rebuild it the same way from inventory.csv, which keeps the counted figures.'
        : 'scenario.yaml was kept as it was: add `inventory: { start: rebuild }` to it to replay this rebuilt stock (inventory.csv keeps the counted figures).'
    }`,
    '',
    `Method: start = counted on hand + units sold from the node since the period start − units received since; ${startStockSummary(r)}`,
    '',
    '| node | rows rebuilt | counted | sold since the start | received since | start stock |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const byNode = new Map<string, { n: number; today: number; sold: number; received: number; start: number }>();
  for (const x of r.rows) {
    const t = byNode.get(x.nodeId) ?? { n: 0, today: 0, sold: 0, received: 0, start: 0 };
    t.n++;
    t.today += x.today;
    t.sold += x.sold;
    t.received += x.received;
    t.start += Math.max(0, x.start);
    byNode.set(x.nodeId, t);
  }
  for (const [node, t] of [...byNode].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(
      `| ${mdCell(node)} | ${groupThousands(t.n)} | ${groupThousands(t.today)} | ${groupThousands(t.sold)} | ${groupThousands(t.received)} | ${groupThousands(t.start)} |`,
    );
  lines.push('');
  if (r.flags.length) {
    lines.push(
      `Implausible (below zero, read as 0; or more than ${FAR_ABOVE_FACTOR} × the most any node counts today for the SKU, at least ${FAR_ABOVE_FACTOR} units): check these rows, and add receipts between the start and the count to receipts.csv.`,
      '',
      '| inventory.csv line | sku | node | counted | sold | received | start | why |',
      '| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const f of r.flags)
      lines.push(
        `| ${f.line} | ${mdCell(f.sku)} | ${mdCell(f.nodeId)} | ${f.today} | ${f.sold} | ${f.received} | ${f.start} | ${f.kind === 'negative' ? 'below zero' : `above ${FAR_ABOVE_FACTOR} × ${f.maxSeen}`} |`,
      );
  } else lines.push('No SKU looks implausible (none below zero, none far above the levels counted today).');
  lines.push('');
  return lines;
}
