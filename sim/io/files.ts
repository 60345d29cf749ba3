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
  // read in chunks, so a refused file is refused at its first bad chunk, not after reading it all
  const parts: string[] = [];
  const checked = checkCsvFile(path, file, undefined, (t) => parts.push(t));
  if (checked === null) return { text: null };
  return checked.problem ? { text: null, problem: checked.problem } : { text: parts.join('') };
}

/** Bytes read at a time from a CSV file. */
const CHUNK_BYTES = 1 << 20;

/**
 * Checks a CSV file's bytes chunk by chunk (UTF-8, no over-long line), showing each chunk's
 * bytes to `onBytes` and its text to `onText`; the problem when the file is refused, `null`
 * when it does not exist.
 */
function checkCsvFile(
  path: string,
  file: string,
  onBytes?: (b: Buffer) => void,
  onText?: (t: string) => void,
): { problem?: Problem } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const checker = new CsvTextChecker(file);
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n > 0) onBytes?.(buf.subarray(0, n));
      const r = n === 0 ? checker.end() : checker.push(buf.subarray(0, n));
      if (!r.ok) return { problem: r.problem };
      onText?.(r.text);
      if (n === 0) return {};
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A CSV file checked as `readCsvTextOrNull` does and hashed, without keeping its text: `text`
 * reads it again chunk by chunk each time it is iterated (so a file of any size is never one
 * string); `null` when the file does not exist or is refused (with the problem).
 */
export function readCsvChunksOrNull(
  path: string,
  file: string,
): { text: Iterable<string> | null; problem?: Problem; sha256?: string; bytes?: number } {
  const hash = createHash('sha256');
  let bytes = 0;
  const checked = checkCsvFile(path, file, (b) => {
    hash.update(b);
    bytes += b.length;
  });
  if (checked === null) return { text: null };
  if (checked.problem) return { text: null, problem: checked.problem };
  const text: Iterable<string> = { [Symbol.iterator]: () => csvChunks(path, file) };
  return { text, sha256: hash.digest('hex'), bytes };
}

/**
 * A CSV file's text, checked as it is read (UTF-8, no over-long line), chunk by chunk of
 * `chunkBytes` bytes; an InputError at the first chunk refused.
 */
export function* csvChunks(path: string, file: string, chunkBytes = CHUNK_BYTES): Generator<string> {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const checker = new CsvTextChecker(file);
    const buf = Buffer.allocUnsafe(chunkBytes);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      const r = n === 0 ? checker.end() : checker.push(buf.subarray(0, n));
      if (!r.ok) throw new InputError([r.problem]);
      if (r.text !== '') yield r.text;
      if (n === 0) return;
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
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
