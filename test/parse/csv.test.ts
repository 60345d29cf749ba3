/**
 * CSV text → rows with the 1-based line each row starts on. Every expected line number
 * below was counted by hand from the text (line 1 is the header).
 */
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../sim/parse/csv.ts';
import { Problems } from '../../sim/problems.ts';

function parse(text: string) {
  const problems = new Problems();
  const table = fromCSV(text, 'f.csv', problems);
  return { table, problems: problems.list };
}

describe('fromCSV: well-formed text', () => {
  it('reads the header and rows', () => {
    const { table, problems } = parse('sku,weight_lb\nA,1.5\nB,2\n');
    expect(problems).toEqual([]);
    expect(table).toEqual({
      file: 'f.csv',
      header: ['sku', 'weight_lb'],
      headerLine: 1,
      rows: [
        ['A', '1.5'],
        ['B', '2'],
      ],
      lines: [2, 3],
    });
  });

  it('reads the last row without a trailing newline', () => {
    const { table } = parse('a,b\n1,2\n3,4');
    expect(table!.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table!.lines).toEqual([2, 3]);
  });

  it('drops a UTF-8 BOM from the first header name', () => {
    const { table } = parse('\ufeffsku,weight_lb\nA,1\n');
    expect(table!.header).toEqual(['sku', 'weight_lb']);
    expect(table!.rows).toEqual([['A', '1']]);
  });

  it('trims header names but keeps cells as written', () => {
    const { table } = parse(' sku , weight_lb \n A , 1 \n');
    expect(table!.header).toEqual(['sku', 'weight_lb']);
    expect(table!.rows).toEqual([[' A ', ' 1 ']]);
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    const { table } = parse('name,note\n"Mug, large","say ""hi"""\n');
    expect(table!.rows).toEqual([['Mug, large', 'say "hi"']]);
  });

  it('reads CRLF line ends', () => {
    const { table } = parse('a,b\r\n1,2\r\n3,4\r\n');
    expect(table!.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table!.lines).toEqual([2, 3]);
  });
});

describe('fromCSV: line numbers', () => {
  it('skips blank lines and reports each row at the line it is on', () => {
    // 1 a,b | 2 1,2 | 3 (blank) | 4 3,4
    const { table, problems } = parse('a,b\n1,2\n\n3,4\n');
    expect(problems).toEqual([]);
    expect(table!.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table!.lines).toEqual([2, 4]);
  });

  it('several blank lines in a row', () => {
    // 1 a,b | 2 1,2 | 3 (blank) | 4 (blank) | 5 3,4
    const { table } = parse('a,b\n1,2\n\n\n3,4\n');
    expect(table!.lines).toEqual([2, 5]);
  });

  it('blank lines before the header', () => {
    // 1 (blank) | 2 (blank) | 3 a,b | 4 1,2
    const { table } = parse('\n\na,b\n1,2\n');
    expect(table!.header).toEqual(['a', 'b']);
    expect(table!.lines).toEqual([4]);
  });

  it('a quoted field with a line break: the row is on its first line, the next row on its own line', () => {
    // 1 a,b | 2 1,"x | 3 y" | 4 2,3
    const { table } = parse('a,b\n1,"x\ny"\n2,3\n');
    expect(table!.rows).toEqual([
      ['1', 'x\ny'],
      ['2', '3'],
    ]);
    expect(table!.lines).toEqual([2, 4]);
  });

  it('a quoted field holding a blank line', () => {
    // 1 a,b | 2 1,"x | 3 (inside the quotes) | 4 y" | 5 2,3
    const { table } = parse('a,b\n1,"x\n\ny"\n2,3\n');
    expect(table!.rows).toEqual([
      ['1', 'x\n\ny'],
      ['2', '3'],
    ]);
    expect(table!.lines).toEqual([2, 5]);
  });

  it('a quoted line break with CRLF line ends', () => {
    // 1 a,b | 2 1,"x | 3 y" | 4 2,3
    const { table } = parse('a,b\r\n1,"x\r\ny"\r\n2,3\r\n');
    expect(table!.rows.map((r) => r[0])).toEqual(['1', '2']);
    expect(table!.lines).toEqual([2, 4]);
  });

  it('a BOM, a blank line and a quoted line break together', () => {
    // 1 ﻿a,b | 2 (blank) | 3 1,"x | 4 y" | 5 2,3
    const { table } = parse('\ufeffa,b\n\n1,"x\ny"\n2,3\n');
    expect(table!.lines).toEqual([3, 5]);
  });
});

describe('fromCSV: rows of the wrong width', () => {
  it('reports a row with too many fields at its line and leaves it out', () => {
    // 1 a,b | 2 1,2 | 3 3,4,5 | 4 6,7
    const { table, problems } = parse('a,b\n1,2\n3,4,5\n6,7\n');
    expect(table!.rows).toEqual([
      ['1', '2'],
      ['6', '7'],
    ]);
    expect(table!.lines).toEqual([2, 4]);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'f.csv',
        line: 3,
        code: 'field-count',
        message: 'this row has 3 fields but the header has 2',
        hint: 'quote fields that contain commas, or add the missing fields',
      },
    ]);
  });

  it('reports a row with too few fields', () => {
    const { table, problems } = parse('a,b,c\n1,2\n');
    expect(table!.rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.code, p.message])).toEqual([
      [2, 'field-count', 'this row has 2 fields but the header has 3'],
    ]);
  });

  it('reports a too-wide row after a quoted line break at the right line', () => {
    // 1 a,b | 2 1,"x | 3 y" | 4 2,3,4
    const { problems } = parse('a,b\n1,"x\ny"\n2,3,4\n');
    expect(problems.map((p) => p.line)).toEqual([4]);
  });

  it('reports a too-wide row after a blank line at the right line', () => {
    // 1 a,b | 2 1,2 | 3 (blank) | 4 3,4,5
    const { problems } = parse('a,b\n1,2\n\n3,4,5\n');
    expect(problems.map((p) => p.line)).toEqual([4]);
  });

  it('tolerates a trailing empty field (a stray comma)', () => {
    const { table, problems } = parse('a,b\n1,2,\n3,4, \n');
    expect(problems).toEqual([]);
    expect(table!.rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(table!.lines).toEqual([2, 3]);
  });

  it('but not a trailing field with text in it', () => {
    const { table, problems } = parse('a,b\n1,2,x\n');
    expect(table!.rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[2, 'field-count']]);
  });
});

describe('fromCSV: text that cannot be read', () => {
  it('an unclosed quote is one csv-syntax error at the line the quote opens, and no table', () => {
    // 1 a,b | 2 1,2 | 3 3,"oops | 4 4,5 | 5 6,7
    const { table, problems } = parse('a,b\n1,2\n3,"oops\n4,5\n6,7\n');
    expect(table).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'f.csv', code: 'csv-syntax', line: 3, column: 2 });
  });

  it('an unclosed quote with CRLF line ends is at the line the quote opens too', () => {
    // 1 a,b | 2 1,2 | 3 3,"oops | 4 4,5
    const { table, problems } = parse('a,b\r\n1,2\r\n3,"oops\r\n4,5\r\n');
    expect(table).toBeNull();
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['csv-syntax', 3, 2]]);
  });

  it('an unclosed quote on the last line', () => {
    const { table, problems } = parse('a,b\n1,"oops\n');
    expect(table).toBeNull();
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([['csv-syntax', 2, 2]]);
  });

  it('an empty file has no header', () => {
    for (const text of ['', '\n\n', '\ufeff']) {
      const { table, problems } = parse(text);
      expect(table, JSON.stringify(text)).toBeNull();
      expect(problems.map((p) => [p.code, p.line])).toEqual([['file-empty', 1]]);
    }
  });

  it('a header alone gives a table with no rows', () => {
    const { table, problems } = parse('a,b\n');
    expect(problems).toEqual([]);
    expect(table).toEqual({ file: 'f.csv', header: ['a', 'b'], headerLine: 1, rows: [], lines: [] });
  });
});
