import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash, fileHash } from '../../sim/io/manifest.ts';

const tmp = mkdtempSync(join(tmpdir(), 'routelab-manifest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fileHash', () => {
  it('is the SHA-256 of the content, across read blocks (1 MB) and for an empty file', () => {
    const big = 'policy,order_id\n'.repeat(150_000); // 2.4 MB: three blocks
    writeFileSync(join(tmp, 'big.csv'), big);
    writeFileSync(join(tmp, 'empty.csv'), '');
    expect(fileHash(join(tmp, 'big.csv'))).toBe(contentHash(big));
    expect(fileHash(join(tmp, 'empty.csv'))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('is null for a missing file and for a folder', () => {
    expect(fileHash(join(tmp, 'missing.csv'))).toBeNull();
    expect(fileHash(tmp)).toBeNull();
  });
});
