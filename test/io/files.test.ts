/**
 * Reading a CSV file in chunks: hashed and checked once, its text given again chunk by
 * chunk each time it is iterated, never as one string.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvChunksOrNull, readCsvTextOrNull } from '../../sim/io/files.ts';

const tmp = mkdtempSync(join(tmpdir(), 'routelab-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readCsvChunksOrNull', () => {
  // 1 MiB chunks: 'é' (2 bytes) at bytes 1048575–1048576 is cut between the first two chunks
  const text = `\uFEFFa,b\n${'x'.repeat((1 << 20) - 8)}é,1\n2,3\n`;
  const path = join(tmp, 'big.csv');
  writeFileSync(path, text);

  it('gives the text in more than one chunk, the same on every iteration, with the hash of its bytes', () => {
    const r = readCsvChunksOrNull(path, 'big.csv');
    const chunks = [...r.text!];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(text);
    expect([...r.text!].join('')).toBe(text);
    expect(r.bytes).toBe(Buffer.byteLength(text));
    expect(r.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('refuses the file as readCsvTextOrNull does, and gives null for a missing one', () => {
    const bad = join(tmp, 'latin1.csv');
    writeFileSync(bad, Buffer.from([0x61, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const r = readCsvChunksOrNull(bad, 'latin1.csv');
    expect(r.text).toBeNull();
    expect(r.problem).toEqual(readCsvTextOrNull(bad, 'latin1.csv').problem);
    expect(r.problem).toMatchObject({ line: 2, column: 4 });
    expect(readCsvChunksOrNull(join(tmp, 'none.csv'), 'none.csv')).toEqual({ text: null });
  });
});
