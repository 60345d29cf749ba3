/**
 * Records of a `\n`-delimited piece: plain lines split, quoted runs through csv-parse, with
 * the records and lines csv-parse gives over the whole text. Expected lines counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { pieceRecords } from '../../sim/parse/piece-records.ts';
import { LineTracker } from '../../sim/parse/lines.ts';
import { breaksIn, recordPieces } from '../../sim/parse/pieces.ts';
import { makeRng } from '../../sim/random/rng.ts';

type Got = [number, string[]][];

function read(text: string, base = 0, first = true): { got: Got; breaks: number } {
  const got: Got = [];
  const breaks = pieceRecords({ text, delimiter: '\n' }, base, first, (r, l) => void got.push([l, r]));
  return { got, breaks };
}

/** csv-parse over the whole text, each record with its line (as `streamCsv` reads a whole file). */
function whole(text: string): Got {
  const got: Got = [];
  const tracker = new LineTracker();
  parse(text, {
    bom: true,
    raw: true,
    skip_empty_lines: true,
    relax_column_count: true,
    on_record: ((r: { record: string[]; raw: string }) => {
      got.push([tracker.next(r.raw), r.record]);
      return null;
    }) as never,
  });
  return got;
}

describe('pieceRecords', () => {
  it('splits plain lines, skips blank ones and drops the BOM of the first piece', () => {
    expect(read('\uFEFFa,b\n\n1,2\n')).toEqual({
      got: [
        [1, ['a', 'b']],
        [3, ['1', '2']],
      ],
      breaks: 3,
    });
    expect(read('\uFEFFa\n', 0, false).got).toEqual([[1, ['\uFEFFa']]]);
  });
  it('reads quoted records (two runs in one call) at the lines they start on, after `base` breaks', () => {
    // line 11: a; 12–13: "x\ny",1; 14: 2; 15: "z""",3 — the last line has no break
    expect(read('a\n"x\ny",1\n2\n"z""",3', 10)).toEqual({
      got: [
        [11, ['a']],
        [12, ['x\ny', '1']],
        [14, ['2']],
        [15, ['z"', '3']],
      ],
      breaks: 4,
    });
  });
  it('counts a \\r inside a line as a break, as LineTracker does', () => {
    // 1: a\rb (two lines to LineTracker); 3: c
    expect(read('a\rb\nc\n').got).toEqual([
      [1, ['a\rb']],
      [3, ['c']],
    ]);
  });
  it('throws csv-parse’s error on a broken record', () => {
    expect(() => read('a\n"x\n')).toThrow(/Quote Not Closed/);
  });
  it('gives what csv-parse gives over the whole text on 500 random \\n texts, in pieces of any size', () => {
    const rng = makeRng('piece-records');
    const alphabet = ['a', 'b', ',', ',', '\n', '\n', '\n', '""', '"x\ny"', '"a,"', ' ', 'é', '\r'];
    let compared = 0;
    for (let k = 0; k < 500; k++) {
      let text = `${rng.next() < 0.2 ? '\uFEFF' : ''}h,i\n`;
      const n = 1 + rng.int(40);
      for (let i = 0; i < n; i++) text += alphabet[rng.int(alphabet.length)];
      let expected: Got;
      try {
        expected = whole(text);
      } catch {
        continue; // broken CSV: streamCsv asks csv-parse's stream for the error
      }
      const pieces = [...recordPieces([text], 1 + rng.int(8))];
      if (pieces[0]!.delimiter !== '\n') continue; // streamCsv reads these with csv-parse's stream
      const got: Got = [];
      let base = 0;
      pieces.forEach((piece, i) => {
        const b = pieceRecords(piece, base, i === 0, (r, l) => void got.push([l, r]));
        expect(b).toBe(breaksIn(piece.text));
        base += b;
      });
      expect(got).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(50);
  });
});
