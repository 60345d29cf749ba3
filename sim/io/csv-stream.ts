/**
 * Streaming CSV: read a file record by record with the line each record starts on, and
 * write rows with back-pressure, so exports of millions of lines never sit in memory whole.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { csvCell, dataCell } from '../format/csv-write.ts';
import { msg } from '../messages.ts';
import { csvSyntaxProblem } from '../parse/csv.ts';
import { LineTracker } from '../parse/lines.ts';
import { CsvTextChecker, type CheckResult } from '../parse/text-check.ts';
import { InputError } from '../problems.ts';
import { csvChunks } from './files.ts';
import { pieceRecords } from '../parse/piece-records.ts';
import { recordPieces } from '../parse/pieces.ts';

interface Record {
  record: string[];
  raw: string;
}

/** Bytes read at a time (a stream's default: a bad byte stops the reading about as soon as before). */
const CHUNK_BYTES = 1 << 16;

/**
 * Calls `onHeader` with the first record and `onRow` with every later non-empty record and
 * the 1-based line it starts on; when `onRow` returns a promise (a write waiting for the
 * disk), reading waits for it. A CSV syntax error becomes an InputError at its line.
 * A file whose records end in `\n` is read in pieces cut at record boundaries, its plain
 * lines split at their commas and the rest given to csv-parse (sim/parse/piece-records.ts);
 * another (`\r\n` or `\r`) goes through csv-parse as one stream. Either way the records,
 * lines and errors are csv-parse's over the whole file.
 * @returns the number of data records
 */
export async function streamCsv(
  path: string,
  file: string,
  onHeader: (cells: string[]) => void,
  onRow: (cells: string[], line: number) => void | Promise<void>,
): Promise<number> {
  const pieces = recordPieces(csvChunks(path, file, CHUNK_BYTES), 1);
  // a piece's records, given once the whole piece is read (a broken record stops the reading before any of them)
  const records: string[][] = [];
  const lines: number[] = [];
  const take = (record: string[], line: number) => {
    records.push(record);
    lines.push(line);
  };
  let n = 0;
  let first = true;
  let base = 0;
  let firstPiece = true;
  for (let p = pieces.next(); !p.done; p = pieces.next()) {
    const piece = p.value;
    if (piece.delimiter !== '\n') {
      // known from the first piece (a later one has the same); the file is closed before it is read again
      pieces.return(undefined);
      return streamWhole(path, file, onHeader, onRow);
    }
    records.length = 0;
    lines.length = 0;
    try {
      base += pieceRecords(piece, base, firstPiece, take);
    } catch (e) {
      throw e instanceof CsvError ? await streamError(path, file, e) : e;
    }
    firstPiece = false;
    for (let k = 0; k < records.length; k++) {
      if (first) {
        first = false;
        onHeader(records[k]!);
        continue;
      }
      const pending = onRow(records[k]!, lines[k]!);
      if (pending) await pending;
      n++;
    }
  }
  records.length = 0;
  if (first) throw new InputError([{ severity: 'error', file, line: 1, ...msg.fileEmpty() }]);
  return n;
}

/** `streamCsv` with csv-parse reading the whole file as one stream. */
async function streamWhole(
  path: string,
  file: string,
  onHeader: (cells: string[]) => void,
  onRow: (cells: string[], line: number) => void | Promise<void>,
): Promise<number> {
  const parser = parse({ bom: true, raw: true, relax_column_count: true, skip_empty_lines: true });
  // bytes are checked (UTF-8, line length) as they are read; a refusal stops the reading
  pipeline(createReadStream(path), checkedText(file), parser, () => {});
  const tracker = new LineTracker();
  let n = 0;
  let first = true;
  try {
    for await (const r of parser as AsyncIterable<Record>) {
      const line = tracker.next(r.raw);
      if (first) {
        first = false;
        onHeader(r.record);
        continue;
      }
      const pending = onRow(r.record, line);
      if (pending) await pending;
      n++;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    if ((e as { code?: string }).code?.startsWith('CSV_')) throw new InputError([csvSyntaxProblem(e, file, tracker)]);
    throw e;
  }
  if (first) throw new InputError([{ severity: 'error', file, line: 1, ...msg.fileEmpty() }]);
  return n;
}

/**
 * The error csv-parse gives for a file it refuses, reading it as one stream (its message
 * counts lines from the file's start, not the piece's); `fallback` (the error met reading
 * a piece) if that reading finds none.
 */
async function streamError(path: string, file: string, fallback: CsvError): Promise<unknown> {
  try {
    await streamWhole(
      path,
      file,
      () => {},
      () => {},
    );
  } catch (e) {
    return e;
  }
  return fallback;
}

/** A stream of a CSV file's bytes → its text, failing with an InputError at the first bad byte or over-long line. */
function checkedText(file: string): Transform {
  const checker = new CsvTextChecker(file);
  const give = (r: CheckResult, done: TransformCallback) =>
    r.ok ? done(null, r.text) : done(new InputError([r.problem]));
  return new Transform({
    decodeStrings: true,
    readableObjectMode: true,
    transform: (chunk: Buffer, _enc, done) => give(checker.push(chunk), done),
    flush: (done) => give(checker.end(), done),
  });
}

/**
 * Writes CSV rows to a file, buffering and honouring back-pressure. `kind` says what the
 * file is: `data` (canonical, read back by RouteLab: values exact) or `spreadsheet`
 * (formula-like cells neutralized, see sim/format/csv-write.ts).
 */
export class CsvFileWriter {
  private readonly out: WriteStream;
  private readonly cell: (v: string | number) => string;
  private buf: string[] = [];
  private size = 0;
  /** The file's error (it could not be opened or written), thrown by the next flush or close. */
  private failed: Error | undefined;
  rows = 0;
  constructor(path: string, header: readonly string[], kind: 'data' | 'spreadsheet') {
    this.out = createWriteStream(path);
    // kept for the next flush or close: an import that fails first (and removes the folder) never sees it
    this.out.on('error', (e) => (this.failed ??= e));
    this.cell = kind === 'data' ? dataCell : csvCell;
    this.buf.push(header.map(this.cell).join(','));
  }
  /** Adds a row; when the buffer is large, gives a promise to await to let the file catch up. */
  write(cells: readonly (string | number)[]): Promise<void> | undefined {
    // joined into one flat string: the buffer holds lines until a flush, and a line built with + would hold every piece of it
    const cell = this.cell;
    const parts = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) parts[i] = cell(cells[i]!);
    const line = parts.join(',');
    this.buf.push(line);
    this.size += line.length;
    this.rows++;
    return this.size > 1 << 20 ? this.flush() : undefined;
  }
  private async flush(): Promise<void> {
    if (this.failed) throw this.failed;
    if (this.buf.length === 0) return;
    const chunk = `${this.buf.join('\n')}\n`;
    this.buf = [];
    this.size = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
  /** Flushes and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await once(this.out, 'finish');
  }
}
