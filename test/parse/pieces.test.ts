/**
 * Parsing a file in pieces: cut only at record boundaries, and parsed exactly as in one
 * go (rows, lines, problems) whatever the chunk and piece sizes. Expected lines counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../sim/parse/csv.ts';
import { breaksIn, recordPieces } from '../../sim/parse/pieces.ts';
import { Problems } from '../../sim/problems.ts';
import { makeRng } from '../../sim/random/rng.ts';

/** The text cut into chunks of `size` characters. */
function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function parse(text: string | string[], pieceChars?: number, plain = true) {
  const problems = new Problems();
  const table = fromCSV(text, 'f.csv', problems, { pieceChars, plain });
  return { table, problems: problems.list };
}

const texts = (chunks: string[], pieceChars: number) => [...recordPieces(chunks, pieceChars)].map((p) => p.text);

describe('recordPieces', () => {
  it('cuts after a line break outside quotes only, once a piece is long enough', () => {
    expect(texts(['a,"x\n', 'y"\nb', '\n'], 3)).toEqual(['a,"x\ny"\n', 'b\n']);
  });
  it('keeps an escaped quote ("") inside its field', () => {
    expect(texts(['"a""\nb",c\nd', '\n'], 1)).toEqual(['"a""\nb",c\n', 'd\n']);
  });
  it('cuts only at the delimiter discovered first: a lone \\n in a \\r\\n file is not one', () => {
    const pieces = [...recordPieces(['a\r', '\nb\nc', '\r\nd'], 1)];
    expect(pieces.map((p) => p.text)).toEqual(['a\r\n', 'b\nc\r\n', 'd']);
    expect(pieces.map((p) => p.delimiter)).toEqual(['\r\n', '\r\n', '\r\n']);
  });
  it('gives a text without a delimiter outside quotes as one piece', () => {
    expect(texts(['a,"b\nc\n'], 1)).toEqual(['a,"b\nc\n']);
  });
});

describe('breaksIn', () => {
  it('counts \\r\\n, \\r and \\n as one break each', () => {
    expect(breaksIn('a\r\nb\rc\n\n')).toBe(4);
  });
});

describe('fromCSV in pieces', () => {
  // BOM, CRLF, blank lines, a quoted field with CRLF and LF breaks and an escaped quote,
  // a row with a missing field (line 8), a trailing comma, a last line without a break
  const text =
    '\uFEFFsku,name,qty\r\n' + // 1
    'A,plain,1\r\n' + // 2
    '\r\n' + // 3 (blank)
    'B,"two\r\nlines ""q""\nthree",2\r\n' + // 4-6
    '\r\n' + // 7 (blank)
    'C,short\r\n' + // 8: wrong field count
    'D,comma,4,\r\n' + // 9
    'E,last,5'; // 10
  const whole = parse(text);

  it('parses the text in one go as counted by hand', () => {
    expect(whole.table?.header).toEqual(['sku', 'name', 'qty']);
    expect(whole.table?.rows.map((r) => r[0])).toEqual(['A', 'B', 'D', 'E']);
    expect(whole.table?.lines).toEqual([2, 4, 9, 10]);
    expect(whole.table?.rows[1]![1]).toBe('two\r\nlines "q"\nthree');
    expect(whole.problems.map((p) => p.line)).toEqual([8]);
  });

  it('gives the same table and problems for every chunk size and a tiny piece size', () => {
    for (const chunk of [1, 2, 3, 5, 7, 13, text.length])
      for (const piece of [1, 4, 16, 1 << 20]) expect(parse(chunked(text, chunk), piece)).toEqual(whole);
  });

  it('parses a file that mixes line ends as in one go', () => {
    const mixed = 'a,b\r\n1,x\ny\r\n\r\n2,z\n3,w\r\n';
    const one = parse(mixed);
    // the lone \n are inside fields: '1,x\ny' is one row, '2,z\n3,w' one of 3 fields
    expect(one.table?.lines).toEqual([2]);
    expect(one.problems.map((p) => p.line)).toEqual([5]);
    for (const chunk of [1, 2, 5]) for (const piece of [1, 3]) expect(parse(chunked(mixed, chunk), piece)).toEqual(one);
  });

  it('reports a broken record at the same line and column in pieces', () => {
    const broken = 'a,b\n1,2\n\n3,"open\n4,5\n';
    const one = parse(broken);
    expect(one.table).toBeNull();
    expect(one.problems).toMatchObject([{ file: 'f.csv', line: 4, column: 2 }]);
    for (const chunk of [1, 3, broken.length]) expect(parse(chunked(broken, chunk), 2)).toEqual(one);
  });

  it('reports no field-count problem of an earlier piece when a later piece is broken', () => {
    const broken = 'a,b\n1\n2,"x\n';
    expect(parse(broken).problems).toHaveLength(1);
    expect(parse(chunked(broken, 1), 1).problems).toEqual(parse(broken).problems);
  });
});

describe('fromCSV: plain pieces split without csv-parse', () => {
  it('reads a plain text as csv-parse does (BOM, blank lines, lone commas, spaces, no last break)', () => {
    const text = '\uFEFFa,b\n\n1, x\n,\n\n2,é,\n 3 \n4,y';
    const fast = parse(text);
    expect(fast.table?.rows).toEqual([
      ['1', ' x'],
      ['', ''],
      ['2', 'é', ''],
      ['4', 'y'],
    ]);
    expect(fast.table?.lines).toEqual([3, 4, 6, 8]);
    // ' 3 ' has one field: reported at line 7
    expect(fast.problems.map((p) => p.line)).toEqual([7]);
    expect(fast).toEqual(parse(text, undefined, false));
  });

  it('gives what csv-parse gives on 300 random plain texts, in pieces of any size', () => {
    const rng = makeRng('plain-pieces');
    const alphabet = ['a', 'b', ',', ',', '\n', '\n', ' ', 'é'];
    for (let k = 0; k < 300; k++) {
      let text = rng.next() < 0.2 ? '\uFEFF' : '';
      const n = 1 + rng.int(40);
      for (let i = 0; i < n; i++) text += alphabet[rng.int(alphabet.length)];
      const slow = parse(text, undefined, false);
      expect(parse(text)).toEqual(slow);
      expect(parse(chunked(text, 1 + rng.int(5)), 1 + rng.int(8))).toEqual(slow);
    }
  });
});
