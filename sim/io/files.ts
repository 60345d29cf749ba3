/** File-system access: reading inputs, hashing them, writing one output file atomically. */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { msg } from '../messages.ts';
import { CsvTextChecker } from '../parse/text-check.ts';
import { InputError, type Problem } from '../problems.ts';

/** The text of a file, or `null` when it does not exist. */
export function readTextOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * A CSV file's text, checked as UTF-8 with no over-long line (sim/parse/text-check.ts):
 * `text: null` when it does not exist; `text: null` and the problem when it is refused.
 */
export function readCsvTextOrNull(path: string, file: string): { text: string | null; problem?: Problem } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { text: null };
    throw e;
  }
  // read in chunks, so a refused file is refused at its first bad chunk, not after reading it all
  try {
    const checker = new CsvTextChecker(file);
    const buf = Buffer.allocUnsafe(1 << 20);
    const parts: string[] = [];
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const r = n === 0 ? checker.end() : checker.push(buf.subarray(0, n));
      if (!r.ok) return { text: null, problem: r.problem };
      parts.push(r.text);
      if (n === 0) return { text: parts.join('') };
    }
  } finally {
    closeSync(fd);
  }
}

/** A CSV file's checked text (see `readCsvTextOrNull`); InputError when it is refused or missing. */
export function readCsvText(path: string, file: string): string {
  const r = readCsvTextOrNull(path, file);
  if (r.problem) throw new InputError([r.problem]);
  if (r.text === null) throw new InputError([{ severity: 'error', file, ...msg.fileMissing(`file ${file}`) }]);
  return r.text;
}

/** SHA-256 of a text as hex. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The temporary sibling `writeFileAtomically` writes `path` to first (named so a leftover is recognised). */
export const tmpSibling = (path: string, pid = process.pid): string =>
  join(dirname(path), `.${basename(path)}.routelab-tmp-${pid}`);

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
