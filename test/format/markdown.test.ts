/** Markdown escaping of names from the data (the hostile-name cases are in test/report/summary.test.ts). */
import { describe, expect, it } from 'vitest';
import { mdCodeBlock, mdEscape } from '../../sim/format/markdown.ts';

describe('mdEscape', () => {
  it('puts a backslash before each formatting character and before HTML brackets', () => {
    expect(mdEscape('*bold* [link] \\ <b>')).toBe('\\*bold\\* \\[link\\] \\\\ \\<b\\>');
  });
  it('turns every kind of line break into one space', () => {
    expect(mdEscape('a\r\nb\rc\nd')).toBe('a b c d');
  });
  it('escapes a # only where it would start a heading', () => {
    expect(mdEscape('#1 and #2')).toBe('\\#1 and #2');
  });
  it('leaves plain text alone', () => {
    expect(mdEscape('Store 12 (Reno)')).toBe('Store 12 (Reno)');
  });
});

describe('mdCodeBlock', () => {
  it('fences with three backticks at least', () => {
    expect(mdCodeBlock('a ` b')).toBe('```\na ` b\n```');
  });
  it('fences with one more backtick than the longest run inside', () => {
    expect(mdCodeBlock('x ````` y')).toBe('``````\nx ````` y\n``````');
  });
});
