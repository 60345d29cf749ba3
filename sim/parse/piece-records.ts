/**
 * The records of one piece of a CSV file whose record delimiter is `\n` (sim/parse/pieces.ts),
 * as csv-parse reads them with `skip_empty_lines` and `relax_column_count`, line by line: a
 * line with no quote and no `\r` is split at its commas (what csv-parse gives for it, several
 * times faster); a run of records holding a quote or a `\r` goes to csv-parse. Pure.
 */
import { parse } from 'csv-parse/sync';
import { LineTracker } from './lines.ts';
import { breaksIn, type Piece } from './pieces.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;

interface Parsed {
  record: string[];
  raw: string;
}

/** Parses `text` with csv-parse, giving each record and the 1-based line it starts on (`base` breaks come before it). */
function parseRun(text: string, base: number, take: (record: string[], line: number) => void): void {
  const tracker = new LineTracker(base);
  const records: string[][] = [];
  const lines: number[] = [];
  parse(text, {
    record_delimiter: '\n',
    raw: true,
    skip_empty_lines: true,
    relax_column_count: true,
    // with raw: true each record arrives as { record, raw }; the typings do not say so
    on_record: ((r: Parsed) => {
      records.push(r.record);
      lines.push(tracker.next(r.raw));
      return null;
    }) as unknown as (record: string[]) => string[],
  });
  // given once csv-parse is done, so what `take` throws is not csv-parse's
  for (let k = 0; k < records.length; k++) take(records[k]!, lines[k]!);
}

/**
 * Gives every non-empty record of `piece` to `take` with the 1-based line it starts on, as
 * csv-parse would over the whole file (`base`: line breaks before the piece; `first`: the
 * file's first piece, whose byte order mark is dropped). Throws csv-parse's error on bad
 * CSV (its line is relative to the run parsed). Returns the piece's line breaks.
 * @example pieceRecords({ text: 'a,b\n"c\nd",e\n', delimiter: '\n' }, 0, true, take) // take(['a','b'], 1), take(['c\nd','e'], 2); 3
 */
export function pieceRecords(
  piece: Piece,
  base: number,
  first: boolean,
  take: (record: string[], line: number) => void,
): number {
  if (piece.delimiter !== '\n')
    throw new Error(`pieceRecords: a piece delimited by ${JSON.stringify(piece.delimiter)}`);
  const text = first && piece.text.charCodeAt(0) === 0xfeff ? piece.text.slice(1) : piece.text;
  const n = text.length;
  let pos = 0;
  let line = base + 1;
  let quote = text.indexOf('"');
  let cr = text.indexOf('\r');
  if (quote === -1) quote = n;
  if (cr === -1) cr = n;
  while (pos < n) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = n;
    if (quote >= end && cr >= end) {
      if (end > pos) take(text.slice(pos, end).split(','), line);
      if (end < n) line++;
      pos = end + 1;
      continue;
    }
    // a run of records from here that hold a quote or a `\r`, up to the next plain one (or the piece's end)
    let at = pos;
    while (at < n) {
      let odd = false;
      let special = false;
      let i = at;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === QUOTE) {
          odd = !odd;
          special = true;
        } else if (c === LF) {
          if (!odd) break;
        } else if (c === CR) special = true;
      }
      if (!special) break;
      at = i + 1;
    }
    const run = text.slice(pos, Math.min(at, n));
    parseRun(run, line - 1, take);
    line += breaksIn(run);
    pos = at;
    if (quote < pos) {
      quote = text.indexOf('"', pos);
      if (quote === -1) quote = n;
    }
    if (cr < pos) {
      cr = text.indexOf('\r', pos);
      if (cr === -1) cr = n;
    }
  }
  return line - 1 - base;
}
