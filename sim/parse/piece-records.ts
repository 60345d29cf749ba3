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

/**
 * Parses the runs (each whole records, ending in `\n` but perhaps the last) with csv-parse in
 * one call, and gives each run's records in order to `give(k, record, line)`: `starts[k]` is
 * the line breaks before run k in the file.
 */
function parseRuns(runs: string[], starts: number[], give: (k: number, record: string[], line: number) => void): void {
  const text = runs.length === 1 ? runs[0]! : runs.join('');
  // the line breaks before each run in `text`
  const before: number[] = [0];
  for (let k = 0; k + 1 < runs.length; k++) before.push(before[k]! + breaksIn(runs[k]!));
  const tracker = new LineTracker(0);
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
  // given once csv-parse is done, so what `give` throws is not csv-parse's
  let k = 0;
  for (let j = 0; j < records.length; j++) {
    const at = lines[j]! - 1;
    while (k + 1 < runs.length && before[k + 1]! <= at) k++;
    give(k, records[j]!, starts[k]! + (at - before[k]!) + 1);
  }
}

/**
 * Gives every non-empty record of `piece` to `take` in order with the 1-based line it starts
 * on, as csv-parse would over the whole file (`base`: line breaks before the piece; `first`:
 * the file's first piece, whose byte order mark is dropped). The runs of records holding a
 * quote or a `\r` go to csv-parse together, in one call for the piece. Throws csv-parse's
 * error on bad CSV (its line is not the file's). Returns the piece's line breaks.
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
  // plain records and their lines; a run k of other records is the number k in `items`, read after the scan
  const items: (string[] | number)[] = [];
  const itemLines: number[] = [];
  const runs: string[] = [];
  const starts: number[] = [];
  const withCr: boolean[] = [];
  let hasCr = false;
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
      if (end > pos) {
        items.push(text.slice(pos, end).split(','));
        itemLines.push(line);
      }
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
        } else if (c === CR) special = hasCr = true;
      }
      if (!special) break;
      at = i + 1;
    }
    const run = text.slice(pos, Math.min(at, n));
    items.push(runs.length);
    itemLines.push(0);
    runs.push(run);
    starts.push(line - 1);
    withCr.push(hasCr);
    hasCr = false;
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
  if (runs.length === 0) {
    for (let j = 0; j < items.length; j++) take(items[j] as string[], itemLines[j]!);
    return line - 1 - base;
  }
  const ofRun: { record: string[]; line: number }[][] = runs.map(() => []);
  // runs of quoted records in one call; one with a `\r` (a line break of its own to LineTracker) alone
  const together = runs.map((_, k) => k).filter((k) => !withCr[k]);
  if (together.length)
    parseRuns(
      together.map((k) => runs[k]!),
      together.map((k) => starts[k]!),
      (j, record, l) => ofRun[together[j]!]!.push({ record, line: l }),
    );
  for (let k = 0; k < runs.length; k++)
    if (withCr[k]) parseRuns([runs[k]!], [starts[k]!], (_, record, l) => ofRun[k]!.push({ record, line: l }));
  for (let j = 0; j < items.length; j++) {
    const item = items[j]!;
    if (typeof item !== 'number') take(item, itemLines[j]!);
    else for (const r of ofRun[item]!) take(r.record, r.line);
  }
  return line - 1 - base;
}
