/**
 * Pure CSV parsing into a table of strings with the line each row starts on. The I/O
 * side (reading the file) lives in sim/io.
 */
import { parse } from 'csv-parse/sync';
import { LineTracker } from './lines.ts';
import { msg } from '../messages.ts';
import type { Problem, Problems } from '../problems.ts';

export interface CsvTable {
  /** File name used in messages. */
  file: string;
  /** Header cells, trimmed. */
  header: string[];
  /** 1-based line of the header (after any leading blank lines). */
  headerLine: number;
  /** Data rows (cells as written). */
  rows: string[][];
  /** 1-based line each data row starts on. */
  lines: number[];
}

interface Parsed {
  record: string[];
  raw: string;
}

/**
 * Parses CSV text (UTF-8, optional BOM, header row). Blank lines are skipped; rows whose
 * field count differs from the header are reported and left out. Returns `null` (with a
 * problem) when the text cannot be parsed at all.
 * @example fromCSV('sku,weight_lb\nA,1.5\n', 'skus.csv', problems).rows // [['A', '1.5']]
 */
export function fromCSV(text: string, file: string, problems: Problems): CsvTable | null {
  const tracker = new LineTracker();
  const starts: number[] = [];
  let parsed: Parsed[];
  try {
    parsed = parse(text, {
      bom: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: true,
      // with raw: true each record arrives as { record, raw }; the typings do not say so
      on_record: ((r: Parsed) => {
        starts.push(tracker.next(r.raw));
        return r;
      }) as unknown as (record: string[]) => string[],
    }) as unknown as Parsed[];
  } catch (e) {
    problems.add(csvSyntaxProblem(e, file, tracker));
    return null;
  }
  if (parsed.length === 0) {
    problems.error({ file, line: 1, ...msg.fileEmpty() });
    return null;
  }
  const header = parsed[0]!.record.map((h) => h.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = 1; i < parsed.length; i++) {
    const p = parsed[i]!;
    const line = starts[i]!;
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
  return { file, header, headerLine: starts[0]!, rows, lines };
}

/**
 * A csv-parse error as a problem at the line (and field) where the broken record starts:
 * an unclosed quote is reported where the quote opens, not where the file ends.
 */
export function csvSyntaxProblem(e: unknown, file: string, tracker: LineTracker): Problem {
  const err = e as { code?: string; message: string; lines?: number; raw?: string; index?: number };
  const line = typeof err.raw === 'string' ? tracker.peek(err.raw) : err.lines;
  const column = err.code === 'CSV_QUOTE_NOT_CLOSED' && typeof err.index === 'number' ? err.index + 1 : undefined;
  const m =
    err.code === 'CSV_QUOTE_NOT_CLOSED' ? msg.unclosedQuote() : msg.csvSyntax(err.message.replace(/^[^:]*: /, ''));
  return { severity: 'error', file, line, column, ...m };
}
