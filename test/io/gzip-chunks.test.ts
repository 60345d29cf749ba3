import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { gzipChunks } from '../../sim/io/gzip-chunks.ts';

const gz = (chunks: (string | Uint8Array)[]) => Buffer.concat([...gzipChunks(chunks)]);

describe('gzipChunks', () => {
  it('gunzips to the chunks joined, across chunks, empty chunks and multi-byte text', () => {
    const chunks = ['policy,order_id\n', '', 'closest,A1\n'.repeat(1000), Buffer.from('cheapest,é€\n')];
    expect(gunzipSync(gz(chunks)).toString('utf8')).toBe(
      `policy,order_id\n${'closest,A1\n'.repeat(1000)}cheapest,é€\n`,
    );
  });

  it('is one gzip member: the magic bytes, deflate, and a trailer of the CRC-32 and the length', () => {
    const bytes = gz(['abc', 'def']);
    expect([...bytes.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    // CRC-32 of "abcdef" is 0x4b8e39ef; 6 bytes
    expect(bytes.readUInt32LE(bytes.length - 8)).toBe(0x4b8e39ef);
    expect(bytes.readUInt32LE(bytes.length - 4)).toBe(6);
  });

  it('of nothing: a valid empty file', () => {
    expect(gunzipSync(gz([])).length).toBe(0);
  });
});
