/** CSV writing: RFC 4180 quoting and formula neutralization. */
import { describe, expect, it } from 'vitest';
import { csvCell, dataCell, sheetText, toCSV, toDataCSV } from '../../sim/format/csv-write.ts';

describe('csvCell', () => {
  it('writes plain text and numbers as they are', () => {
    expect(csvCell('abc')).toBe('abc');
    expect(csvCell('')).toBe('');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(0)).toBe('0');
  });

  it('writes null and undefined as an empty cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, quotes, line breaks and edge spaces', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(' pad')).toBe('" pad"');
    expect(csvCell('pad ')).toBe('"pad "');
  });

  it('neutralizes text a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+2')).toBe("'=1+2");
    expect(csvCell('+x')).toBe("'+x");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
  });

  it('neutralizes and then quotes', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('=1,2')).toBe('"\'=1,2"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('leaves plain numbers alone, as text or as numbers', () => {
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell('+7')).toBe('+7');
    expect(csvCell(-0.25)).toBe('-0.25');
  });

  it('does not take number-like formulas for numbers', () => {
    expect(csvCell('-3.5+cmd')).toBe("'-3.5+cmd");
    expect(csvCell('-1e5')).toBe("'-1e5");
    expect(csvCell('-3.')).toBe("'-3.");
  });

  it('only flags a formula character at the start', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('x-1')).toBe('x-1');
  });
});

describe('toCSV', () => {
  it('joins a header and rows with LF and ends with a newline', () => {
    expect(
      toCSV(
        ['a', 'b'],
        [
          [1, 'x,y'],
          [null, '=2'],
          [-1.5, undefined],
        ],
      ),
    ).toBe('a,b\n1,"x,y"\n,\'=2\n-1.5,\n');
  });

  it('a header alone', () => {
    expect(toCSV(['only'], [])).toBe('only\n');
  });
});

describe('dataCell and toDataCSV: canonical data RouteLab reads back', () => {
  it('keeps formula-like values exactly, quoting only what CSV needs', () => {
    expect(dataCell('=X')).toBe('=X');
    expect(dataCell('@a')).toBe('@a');
    expect(dataCell('+1')).toBe('+1');
    expect(dataCell('-x')).toBe('-x');
    expect(dataCell('=HYPERLINK("x")')).toBe('"=HYPERLINK(""x"")"');
    expect(dataCell(' pad')).toBe('" pad"');
    expect(dataCell(null)).toBe('');
  });

  it('writes a document whose values are the ones given, where toCSV neutralizes them', () => {
    expect(
      toDataCSV(
        ['sku', 'n'],
        [
          ['=X', 1],
          ['@a', null],
        ],
      ),
    ).toBe('sku,n\n=X,1\n@a,\n');
    expect(
      toCSV(
        ['sku', 'n'],
        [
          ['=X', 1],
          ['@a', null],
        ],
      ),
    ).toBe("sku,n\n'=X,1\n'@a,\n");
  });
});

describe('sheetText', () => {
  it('returns plain text as it is, and everything else as csvCell does', () => {
    const plain = ['abc', 'WH|ST', '2026-07-06', '3.50', 'O-1', 'a b', 'é-1'];
    for (const t of plain) expect(sheetText(t)).toBe(t);
    const awkward = [
      '',
      '=1+2',
      '+x',
      '-3.5',
      '-x',
      '@a',
      '\tx',
      '\rx',
      'a,b',
      'say "hi"',
      'a\nb',
      ' x',
      'x ',
      'x\u00a0',
      '\u00a0x',
      '-Infinity',
    ];
    for (const t of [...plain, ...awkward]) expect(sheetText(t)).toBe(csvCell(t));
    expect(sheetText('=1+2')).toBe("'=1+2");
    expect(sheetText('-3.5')).toBe('-3.5');
    expect(sheetText('a,b')).toBe('"a,b"');
  });
});
