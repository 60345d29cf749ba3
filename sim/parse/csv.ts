/**
 * Pure CSV parsing into a table of strings with the line each row starts on. The I/O
 * side (reading the file) lives in sim/io.
 */
import { parse } from 'csv-parse/sync';
import { LineTracker } from './lines.ts';
import { breaksIn, isPlain, PIECE_CHARS, readPlain, recordPieces } from './pieces.ts';
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

export interface ReadOptions {
  /** Characters a piece reaches before it is cut (tests cut tiny pieces). */
  pieceChars?: number;
  /** Read pieces with no quote and no `\r` by splitting (`readPlain`); false: csv-parse for all (tests compare). */
  plain?: boolean;
}

/**
 * Parses CSV text (UTF-8, optional BOM, header row), given whole or in chunks of any size
 * (a file read piece by piece is never held as one string): it is parsed in pieces cut at
 * record boundaries (`recordPieces`, at most about `pieceChars` characters each), with the
 * same rows, lines and problems as in one go. A piece with no quote and no `\r` (the
 * canonical files RouteLab writes) is split at its line breaks and commas, several times
 * faster than csv-parse and with the same result; others go through csv-parse. Blank lines are skipped; rows whose field
 * count differs from the header are reported and left out. Returns `null` (with a problem)
 * when the text cannot be parsed at all.
 * @example fromCSV('sku,weight_lb\nA,1.5\n', 'skus.csv', problems).rows // [['A', '1.5']]
 */
export function fromCSV(
  text: string | Iterable<string>,
  file: string,
  problems: Problems,
  options: ReadOptions = {},
): CsvTable | null {
  const rows: string[][] = [];
  const lines: number[] = [];
  const read = eachCsvRecord(
    text,
    file,
    problems,
    (record, line) => {
      rows.push(record);
      lines.push(line);
    },
    options,
  );
  return read && { file, header: read.header, headerLine: read.headerLine, rows, lines };
}

/** What `eachCsvRecord` read: the header (trimmed), its line, and how many data rows it gave. */
export interface CsvHeader {
  header: string[];
  headerLine: number;
  rows: number;
}

/**
 * Reads CSV text as `fromCSV` does, without keeping its rows: `onHeader` is called with the
 * header (trimmed) and its line, then `onRow` with each data row of the header's width and
 * the line it starts on, as they are read (piece by piece). Problems are recorded as
 * `fromCSV` records them, and only once the whole text has parsed; `null` (with a problem)
 * when it cannot be parsed at all, after which the rows given so far mean nothing.
 */
export function eachCsvRecord(
  text: string | Iterable<string>,
  file: string,
  problems: Problems,
  onRow: (record: string[], line: number) => void,
  { pieceChars = PIECE_CHARS, plain = true }: ReadOptions = {},
  onHeader?: (header: string[], line: number) => void,
): CsvHeader | null {
  let header: string[] | null = null;
  let headerLine = 0;
  let count = 0;
  // reported only once the whole text parses, as when it is parsed in one go
  const fieldCounts: Problem[] = [];
  const take = (record: string[], line: number) => {
    if (header === null) {
      header = record.map((h) => h.trim());
      headerLine = line;
      onHeader?.(header, line);
      return;
    }
    if (record.length !== header.length) {
      // a trailing empty field (a stray comma) is harmless
      const extraEmpty = record.length > header.length && record.slice(header.length).every((c) => c.trim() === '');
      if (!extraEmpty) {
        fieldCounts.push({ severity: 'error', file, line, ...msg.wrongFieldCount(record.length, header.length) });
        return;
      }
    }
    count++;
    onRow(record, line);
  };
  let base = 0;
  let first = true;
  for (const piece of recordPieces(typeof text === 'string' ? [text] : text, pieceChars)) {
    if (plain && isPlain(piece)) {
      readPlain(piece.text, base, first, take);
      base += breaksIn(piece.text);
      first = false;
      continue;
    }
    const tracker = new LineTracker(base);
    try {
      parse(piece.text, {
        // later pieces: no BOM to drop, and the record delimiter csv-parse discovered in the first
        ...(first ? { bom: true } : { record_delimiter: piece.delimiter }),
        raw: true,
        skip_empty_lines: true,
        relax_column_count: true,
        // with raw: true each record arrives as { record, raw }; the typings do not say so
        on_record: ((r: Parsed) => {
          take(r.record, tracker.next(r.raw));
          return null;
        }) as unknown as (record: string[]) => string[],
      });
    } catch (e) {
      problems.add(csvSyntaxProblem(e, file, tracker));
      return null;
    }
    base += breaksIn(piece.text);
    first = false;
  }
  if (header === null) {
    problems.error({ file, line: 1, ...msg.fileEmpty() });
    return null;
  }
  for (const p of fieldCounts) problems.add(p);
  return { header, headerLine, rows: count };
}

/**
 * A csv-parse error as a problem at the line (and field) where the broken record starts:
 * an unclosed quote is reported where the quote opens, not where the file ends.
 */
export function csvSyntaxProblem(e: unknown, file: string, tracker: LineTracker): Problem {
  const err = e as { code?: string; message: string; lines?: number; raw?: string; index?: number };
  const line =
    typeof err.raw === 'string'
      ? tracker.peek(err.raw)
      : err.lines === undefined
        ? undefined
        : tracker.base + err.lines;
  const column = err.code === 'CSV_QUOTE_NOT_CLOSED' && typeof err.index === 'number' ? err.index + 1 : undefined;
  const m =
    err.code === 'CSV_QUOTE_NOT_CLOSED' ? msg.unclosedQuote() : msg.csvSyntax(err.message.replace(/^[^:]*: /, ''));
  return { severity: 'error', file, line, column, ...m };
}
