/**
 * Where RouteLab writes (`--out`): the checks every writer shares before it writes, and the
 * file-system errors of a write turned into what the user can act on: a read-only place, a
 * path under a file or an empty path is bad input (InputError, exit 2); a full disk, or any
 * other system error there, is an OutputFault (exit 1 with one plain sentence, no stack trace).
 */
import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { msg, outputFaultText, type MessageText } from '../messages.ts';
import { InputError } from '../problems.ts';
import { displayPath } from './scenario.ts';

/** A write that failed for a reason that is not the user's input (the disk is full); exit 1 with the message. */
export class OutputFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputFault';
  }
}

/** The InputError for a problem with the output path `path` (shown as the user would type it). */
export function outProblem(path: string, m: MessageText, flag = '--out'): InputError {
  return new InputError([{ severity: 'error', file: displayPath(resolve(path)), field: flag, ...m }]);
}

/** `out`, checked to be a non-empty path; an InputError (exit 2) otherwise. */
export function requireOut(out: string, flag = '--out'): string {
  if (out.trim() === '')
    throw new InputError([{ severity: 'error', file: 'command line', field: flag, ...msg.outEmpty() }]);
  return resolve(out);
}

/** Whether `p` is `dir` or inside it. */
function within(p: string, dir: string): boolean {
  const r = relative(dir, p);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * The error to report for a failed write at `out`: an InputError or OutputFault for the
 * file-system errors a user can act on, else `e` itself. An error about a path outside
 * `out`'s parent folder (reading an input, say) is left as it is.
 */
export function outputError(e: unknown, out: string, flag = '--out'): unknown {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new OutputFault(outputFaultText.diskFull(displayPath(resolve(out))));
  const target = resolve(out);
  const elsewhere =
    typeof err?.path === 'string' && !within(resolve(err.path), dirname(target)) && !within(target, resolve(err.path));
  if (elsewhere) return e;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return outProblem(out, msg.outNotWritable(code === 'EROFS'), flag);
  if (code === 'ENOTDIR') return outProblem(out, msg.outUnderFile(), flag);
  if (code === 'ENAMETOOLONG') return outProblem(out, msg.outNameTooLong(), flag);
  // any other system error while writing there (an odd file system, a device gone): said plainly
  if (typeof code === 'string' && typeof err.syscall === 'string' && typeof err.path === 'string') {
    const detail = `${code} on ${err.syscall} ${displayPath(resolve(err.path))}`;
    return new OutputFault(outputFaultText.cannotWrite(displayPath(resolve(out)), detail));
  }
  return e;
}

/** Runs `write`, turning its file-system errors into what `outputError` says. */
export async function withOutputErrors<T>(out: string, write: () => T | Promise<T>, flag = '--out'): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw outputError(e, out, flag);
  }
}

/** The same as `withOutputErrors` for a write that does not wait. */
export function withOutputErrorsSync<T>(out: string, write: () => T, flag = '--out'): T {
  try {
    return write();
  } catch (e) {
    throw outputError(e, out, flag);
  }
}

/**
 * Checks, before any work, that something can be written at `out`: its nearest existing
 * folder is a folder (not a file) that can be written to. Throws InputError otherwise.
 * (As root, permission is only refused by a read-only file system.)
 */
export function checkWritablePlace(out: string, flag = '--out'): void {
  let p = dirname(resolve(out));
  for (;;) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && dirname(p) !== p) {
        p = dirname(p);
        continue;
      }
      throw outputError(e, out, flag);
    }
    if (!isDir) throw outProblem(out, msg.outUnderFile(), flag);
    try {
      accessSync(p, constants.W_OK);
    } catch (e) {
      throw outputError(Object.assign(e as Error, { path: p }), out, flag);
    }
    return;
  }
}

/** lstat of `p`, or null when nothing is there; a path under a file is an InputError. */
export function lstatOut(p: string, flag = '--out'): ReturnType<typeof lstatSync> | null {
  try {
    return lstatSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw outputError(e, p, flag);
  }
}
