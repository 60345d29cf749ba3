/**
 * Streaming CSV: read a file record by record with the line each record starts on, and
 * write rows with back-pressure, so exports of millions of lines never sit in memory whole.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { csvCell, dataCell } from '../format/csv-write.ts';
import { msg } from '../messages.ts';
import { csvSyntaxProblem } from '../parse/csv.ts';
import { LineTracker } from '../parse/lines.ts';
import { CsvTextChecker, type CheckResult } from '../parse/text-check.ts';
import { InputError } from '../problems.ts';

interface Record {
  record: string[];
  raw: string;
}

/**
 * Calls `onHeader` with the first record and `onRow` with every later non-empty record and
 * the 1-based line it starts on; when `onRow` returns a promise (a write waiting for the
 * disk), reading waits for it. A CSV syntax error becomes an InputError at its line.
 * @returns the number of data records
 */
export async function streamCsv(
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
  rows = 0;
  constructor(path: string, header: readonly string[], kind: 'data' | 'spreadsheet') {
    this.out = createWriteStream(path);
    this.cell = kind === 'data' ? dataCell : csvCell;
    this.buf.push(header.map(this.cell).join(','));
  }
  /** Adds a row; await it to let the file catch up when the buffer is large. */
  async write(cells: readonly (string | number)[]): Promise<void> {
    const line = cells.map(this.cell).join(',');
    this.buf.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > 1 << 20) await this.flush();
  }
  private async flush(): Promise<void> {
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
