/**
 * LineTracker on raw record text as csv-parse hands it over: each record's raw text ends with
 * its own line break, and blank lines before a record arrive at the start of its raw text.
 */
import { describe, expect, it } from 'vitest';
import { LineTracker } from '../../sim/parse/lines.ts';

const lines = (...raws: string[]) => {
  const t = new LineTracker();
  return raws.map((r) => t.next(r));
};

describe('LineTracker', () => {
  it('one record a line: 1, 2, 3', () => {
    expect(lines('a,b\n', '1,2\n', '3,4\n')).toEqual([1, 2, 3]);
  });

  it('a last record without a line break', () => {
    expect(lines('a,b\n', '1,2')).toEqual([1, 2]);
  });

  it('counts \\r\\n and a lone \\r as one break each', () => {
    expect(lines('a\r\n', '1\r\n', '2\r\n')).toEqual([1, 2, 3]);
    expect(lines('a\r', '1\r', '2')).toEqual([1, 2, 3]);
  });

  it('a record starts after the blank lines its raw text begins with', () => {
    // header on 1, blank 2 and 3, record on 4, then on 5
    expect(lines('a\n', '\n\n1\n', '2\n')).toEqual([1, 4, 5]);
    // blank lines before the header
    expect(lines('\r\n\r\na\r\n', '1\r\n')).toEqual([3, 4]);
  });

  it('a quoted line break inside a record moves the next record down', () => {
    // record 2 spans lines 2–3
    expect(lines('a,b\n', '1,"x\ny"\n', '2,3\n')).toEqual([1, 2, 4]);
    expect(lines('a,b\r\n', '1,"x\r\ny"\r\n', '2,3\r\n')).toEqual([1, 2, 4]);
  });

  it('a \\r\\n split across two raw texts is one break', () => {
    // the first raw text ends in \r and the next begins with its \n: still line 2
    expect(lines('a\r', '\n1\r', '\n2')).toEqual([1, 2, 3]);
  });

  it('peek gives the line without consuming it', () => {
    const t = new LineTracker();
    expect(t.next('a\n')).toBe(1);
    expect(t.peek('\n\nbroken "')).toBe(4); // two blank lines, then line 4
    expect(t.peek('\n\nbroken "')).toBe(4);
    expect(t.next('1\n')).toBe(2);
  });

  it('the first record of empty raw text is on line 1', () => {
    expect(new LineTracker().peek('')).toBe(1);
  });
});
