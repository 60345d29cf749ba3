/** File-system access: reading inputs, hashing them, writing one output file atomically. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';

/** The text of a file, or `null` when it does not exist. */
export function readTextOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** SHA-256 of a text as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The temporary sibling `writeFileAtomically` writes `path` to first (named so a leftover is recognised). */
export const tmpSibling = (path: string, pid = process.pid): string => join(dirname(path), `.${basename(path)}.routelab-tmp-${pid}`);

/** Writes one file through a temporary sibling and a rename, so readers never see half of it. */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tmpSibling(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
