/** import-report.md and import-issues.csv: every input row accounted for. */
import type { ImportLog } from './log.ts';
import { toCSV } from '../format/csv-write.ts';
import { groupThousands } from '../format/number.ts';
import { mdEscape } from '../format/markdown.ts';

const mdCell = (s: string) => mdEscape(s).replace(/\r?\n/g, ' ');

/** The report in Markdown; `notes` are extra facts for the reader (one line each). */
export function importReportMarkdown(log: ImportLog, outFolder: string, notes: string[], examples = 50): string {
  const lines: string[] = ['# Import report', ''];
  lines.push(
    '## Files read',
    '',
    '| file | what | rows read | written | skipped | repaired |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  );
  for (const f of log.files())
    lines.push(
      `| ${mdCell(f.file)} | ${f.kind} | ${groupThousands(f.read)} | ${groupThousands(f.written)} | ${groupThousands(f.skipped)} | ${groupThousands(f.repaired)} |`,
    );
  lines.push(
    '',
    'Every row read was either written or skipped (rows read = written + skipped); repaired rows were written with the change noted.',
    '',
  );
  const reasons = log.reasons();
  lines.push('## Skipped and repaired rows by reason', '');
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
  lines.push('## Notes', '');
  for (const n of notes) lines.push(`- ${n}`);
  lines.push(`- Next: check \`scenario.yaml\` in ${outFolder}, then run \`npm run routelab -- run ${outFolder}\`.`, '');
  return lines.join('\n');
}

/** Every skipped or repaired row, one per line. */
export function importIssuesCsv(log: ImportLog): string {
  return toCSV(
    ['file', 'line', 'action', 'reason', 'detail'],
    log.entries.map((e) => [e.file, e.line, e.action, e.reason, e.detail]),
  );
}
