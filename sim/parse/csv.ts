/**
 * Pure CSV parsing into a table of strings with the line each row starts on. The I/O
 * side (reading the file) lives in sim/io.
 */
import { parse } from 'csv-parse/sync';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';

export interface CsvTable {
  /** File name used in messages. */
  file: string;
  /** Header cells, trimmed. */
  header: string[];
  /** Data rows (cells as written). */
  rows: string[][];
  /** 1-based line each data row starts on. */
  lines: number[];
}

interface Parsed {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * Parses CSV text (UTF-8, optional BOM, header row). Blank lines are skipped; rows whose
 * field count differs from the header are reported and left out. Returns `null` (with a
 * problem) when the text cannot be parsed at all.
 * @example fromCSV('sku,weight_lb\nA,1.5\n', 'skus.csv', problems).rows // [['A', '1.5']]
 */
export function fromCSV(text: string, file: string, problems: Problems): CsvTable | null {
  let parsed: Parsed[];
  try {
    parsed = parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true, relax_column_count: true }) as unknown as Parsed[];
  } catch (e) {
    const err = e as { message: string; lines?: number };
    problems.error({ file, line: err.lines, ...msg.csvSyntax(err.message.replace(/^[^:]*: /, '')) });
    return null;
  }
  if (parsed.length === 0) {
    problems.error({ file, line: 1, ...msg.fileEmpty() });
    return null;
  }
  const startLine = (p: Parsed) => p.info.lines - (p.raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
  const header = parsed[0]!.record.map((h) => h.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const p = parsed[i]!;
    const line = startLine(p);
    if (p.record.length !== header.length) {
      // a trailing empty field (a stray comma) is harmless
      const extraEmpty = p.record.length > header.length && p.record.slice(header.length).every((c) => c.trim() === '');
      if (!extraEmpty) {
        problems.error({ file, line, ...msg.wrongFieldCount(p.record.length, header.length) });
        continue;
      }
    }
    rows.push(p.record);
    lines.push(line);
  }
  return { file, header, rows, lines };
}
