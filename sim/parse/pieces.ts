/**
 * A file's text, given in chunks of any size, cut into pieces that end on a record
 * boundary, so a CSV file of any size is parsed piece by piece and never held as one
 * string (V8 refuses strings over 512 MB). Records end where csv-parse ends them: at the
 * record delimiter it discovers (the first line break outside quotes: `\r\n`, `\n` or `\r`),
 * outside quotes; a line break is outside quotes when the quotes before it are even in
 * number (in CSV a quote only opens or closes a quoted field, and one inside is doubled). Pure.
 */

/** Characters a piece reaches before it is cut at its last record boundary (8 Mi). */
export const PIECE_CHARS = 1 << 23;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** One piece of the text, and the record delimiter discovered before it ends (undefined while none is). */
export interface Piece {
  text: string;
  delimiter: '\r\n' | '\n' | '\r' | undefined;
}

/**
 * Joins `chunks` and yields pieces of at least `pieceChars` characters (the last one may be
 * shorter), each ending just after a record delimiter outside quotes; the pieces joined are
 * the text. A text with no such delimiter (an unclosed quote, say) comes as one piece.
 * @example [...recordPieces(['a,"x\n', 'y"\nb', '\n'], 3)].map((p) => p.text) // ['a,"x\ny"\n', 'b\n']
 */
export function* recordPieces(chunks: Iterable<string>, pieceChars = PIECE_CHARS): Generator<Piece> {
  let buf = '';
  /** Characters of `buf` already scanned, the quote parity there, and the end of the last whole record. */
  let scanned = 0;
  let odd = false;
  let cut = 0;
  let delimiter: Piece['delimiter'];
  for (const chunk of chunks) {
    buf += chunk;
    if (buf.length < pieceChars) continue;
    const n = buf.length;
    let i = scanned;
    // the next quote, `\n` and `\r` at or after i (n: none); found with indexOf, so the text between is skipped
    let quote = -1;
    let lf = -1;
    let cr = -1;
    while (i < n) {
      if (odd) {
        // inside quotes only the next quote matters
        const j = buf.indexOf('"', i);
        if (j === -1) {
          i = n;
          break;
        }
        odd = false;
        i = j + 1;
        continue;
      }
      if (quote < i) quote = next(buf, '"', i);
      if (lf < i) lf = next(buf, '\n', i);
      if (cr < i) cr = next(buf, '\r', i);
      i = Math.min(quote, lf, cr);
      if (i === n) break;
      const c = buf.charCodeAt(i);
      if (c === QUOTE) odd = true;
      // a break outside quotes; a `\r` is settled by the character after it
      else if (c === CR && i + 1 === n) break;
      else if (delimiter === undefined) {
        delimiter = c === LF ? '\n' : buf.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
        if (delimiter === '\r\n') i++;
        cut = i + 1;
      } else if (
        delimiter === '\n'
          ? c === LF
          : delimiter === '\r'
            ? c === CR && buf.charCodeAt(i + 1) !== LF
            : c === CR && buf.charCodeAt(i + 1) === LF
      ) {
        if (delimiter === '\r\n') i++;
        cut = i + 1;
      }
      i++;
    }
    scanned = i;
    if (cut > 0) {
      yield { text: buf.slice(0, cut), delimiter };
      buf = buf.slice(cut);
      scanned -= cut;
      cut = 0;
    }
  }
  if (buf !== '') yield { text: buf, delimiter };
}

/** Index of the first `ch` in `s` at or after `from`, or `s.length`. */
function next(s: string, ch: string, from: number): number {
  const i = s.indexOf(ch, from);
  return i === -1 ? s.length : i;
}

/**
 * Line breaks in a text: each `\r\n`, `\r` or `\n` is one (as `countBreaks` counts them).
 * @example breaksIn('a\r\nb\rc\n') // 3
 */
export function breaksIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    }
  }
  return n;
}

/**
 * Whether csv-parse would read this piece as plain lines of comma-separated cells: no quote,
 * no `\r`, and `\n` as the record delimiter (or none discovered yet, which with no `\r` is `\n`).
 */
export function isPlain(piece: Piece): boolean {
  return (
    (piece.delimiter === undefined || piece.delimiter === '\n') &&
    piece.text.indexOf('"') === -1 &&
    piece.text.indexOf('\r') === -1
  );
}

/**
 * Reads a plain piece (`isPlain`) as csv-parse does with `skip_empty_lines` and
 * `relax_column_count`: each non-empty line is a record of its comma-separated cells, given
 * to `take` with its 1-based line (`base` breaks come before the piece); `bom`: drop a byte
 * order mark at its start (the file's first piece).
 * @example readPlain('a,b\n\nc\n', 0, true, take) // take(['a', 'b'], 1), take(['c'], 3)
 */
export function readPlain(
  text: string,
  base: number,
  bom: boolean,
  take: (record: string[], line: number) => void,
): void {
  let start = bom && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = base + 1;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = n;
    if (end > start) take(text.slice(start, end).split(','), line);
    line++;
    start = end + 1;
  }
}
