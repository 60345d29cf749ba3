/**
 * Raw CSV bytes → text: bytes that are not UTF-8 and over-long lines are refused at their
 * line and column (column in characters of the line before the bad byte, counted by hand).
 */
import { describe, expect, it } from 'vitest';
import { CsvTextChecker, decodeCsvBytes, firstInvalidUtf8 } from '../../sim/parse/text-check.ts';
import { makeRng } from '../../sim/random/rng.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Text with some raw bytes spliced in where `\u0000` stands. */
function bytesWith(text: string, ...raw: number[]): Uint8Array {
  const parts = text.split('\u0000');
  const out: number[] = [];
  parts.forEach((p, i) => {
    out.push(...utf8(p));
    if (i < parts.length - 1) out.push(raw[i]!);
  });
  return Uint8Array.from(out);
}

/** Feeds the bytes to a checker in chunks of `size`; the text, or the first problem. */
function chunked(bytes: Uint8Array, size: number, maxLine?: number) {
  const c = new CsvTextChecker('f.csv', maxLine);
  let text = '';
  for (let i = 0; i < bytes.length; i += size) {
    const r = c.push(bytes.subarray(i, i + size));
    if (!r.ok) return r;
    text += r.text;
  }
  const r = c.end();
  return r.ok ? { ok: true as const, text: text + r.text } : r;
}

describe('decodeCsvBytes: UTF-8', () => {
  it('reads UTF-8 text as written, keeping a BOM for the CSV parser', () => {
    expect(decodeCsvBytes(utf8('\ufeffsku,name\nA,Café – noir 😀\n'), 'f.csv')).toEqual({
      ok: true,
      text: '\ufeffsku,name\nA,Café – noir 😀\n',
    });
  });

  it('refuses a Latin-1 é (0xE9) at its line and column', () => {
    // line 3 is "B,Caf\xE9 au lait": 5 characters before the byte, so column 6
    const r = decodeCsvBytes(bytesWith('sku,name\nA,x\nB,Caf\u0000 au lait\n', 0xe9), 'skus.csv');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ severity: 'error', code: 'not-utf8', file: 'skus.csv', line: 3, column: 6 });
    expect(r.problem.message).toContain('0xE9 after "B,Caf"');
    expect(r.problem.hint).toContain('Save As → CSV UTF-8');
  });

  it('refuses a Windows-1252 en dash (0x96), counting characters, not bytes, before it', () => {
    // line 2 is "A,é 😀 \x96": é (2 bytes) and 😀 (4 bytes) are one character each: "A,é 😀 " is 6 characters
    const r = decodeCsvBytes(bytesWith('sku,name\r\nA,é 😀 \u0000x\r\n', 0x96), 'f.csv');
    expect(r.ok ? null : r.problem).toMatchObject({ line: 2, column: 7 });
  });

  it('gives the same place whatever the chunk size, also when the bad byte or a good character spans chunks', () => {
    // CR LF split between chunks counts once; line 3 is "Bé\xE9": column 3
    const bytes = bytesWith('a,b\r\nx\r\nBé\u0000\n', 0xe9);
    for (const size of [1, 2, 3, 5, 7, 64])
      expect(chunked(bytes, size), `chunks of ${size}`).toMatchObject({ ok: false, problem: { line: 3, column: 3 } });
    const good = utf8('sku\nCafé😀\r\n€\n');
    for (const size of [1, 2, 3]) expect(chunked(good, size)).toEqual({ ok: true, text: 'sku\nCafé😀\r\n€\n' });
  });

  it('refuses a lead byte whose next byte is plain text, across a chunk boundary', () => {
    // 0xE2 starts a 3-byte character; "x" in the next chunk breaks it: line 1, column 2
    expect(chunked(bytesWith('a\u0000x\n', 0xe2), 2)).toMatchObject({ ok: false, problem: { line: 1, column: 2 } });
  });

  it('refuses a character cut off at the end of the file', () => {
    const r = decodeCsvBytes(Uint8Array.of(...utf8('a\nbc'), 0xe2, 0x82), 'f.csv');
    expect(r.ok ? null : r.problem).toMatchObject({ line: 2, column: 3 });
  });

  it('agrees with the WHATWG decoder on random bytes', () => {
    const rng = makeRng('utf8');
    const fatal = new TextDecoder('utf-8', { fatal: true });
    let invalid = 0;
    for (let n = 0; n < 3000; n++) {
      const b = Uint8Array.from({ length: 1 + rng.int(6) }, () =>
        rng.next() < 0.5 ? 0x80 + rng.int(128) : rng.int(256),
      );
      let ok = true;
      try {
        fatal.decode(b);
      } catch {
        ok = false;
      }
      expect(firstInvalidUtf8(b) === -1, `bytes ${[...b].join(' ')}`).toBe(ok);
      if (!ok) invalid++;
    }
    expect(invalid).toBeGreaterThan(1000);
  });
});

describe('decodeCsvBytes: over-long lines', () => {
  it('refuses the first line longer than the limit, naming it', () => {
    // limit 10 bytes: line 3 has 11
    const r = decodeCsvBytes(utf8('a,b\n1,2\n12345,67890\n'), 'orders.csv', 10);
    expect(r.ok ? null : r.problem).toMatchObject({
      severity: 'error',
      code: 'line-too-long',
      file: 'orders.csv',
      line: 3,
    });
  });

  it('counts CR-only and CR LF line ends as breaks, also across chunks', () => {
    const text = 'abcdefgh\rabcdefgh\r\nabcdefgh\n';
    expect(decodeCsvBytes(utf8(text), 'f.csv', 8)).toEqual({ ok: true, text });
    expect(chunked(utf8(text), 3, 8)).toEqual({ ok: true, text });
    expect(chunked(utf8('abcdefgh\r\nabcdefghi\n'), 3, 8)).toMatchObject({ ok: false, problem: { line: 2 } });
  });

  it('stops at the long line without reading what follows', () => {
    const c = new CsvTextChecker('f.csv', 4);
    expect(c.push(utf8('ab\nabcde'))).toMatchObject({ ok: false, problem: { line: 2 } });
  });
});
