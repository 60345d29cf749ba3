/**
 * Single-file outputs (`validate --out FILE`, `sweep --out FILE`): a file that exists is
 * overwritten only when it is RouteLab's own output of the same kind, recognised by how it
 * begins (its `isRouteLabs` test on the first 4 KB: a readiness report's heading, a sweep
 * CSV's header), so the output bytes carry no extra marker. Anything else there (another
 * file, a folder, a link) stops the command with exit 2 before it writes.
 */
import { closeSync, mkdirSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpSibling, writeFileAtomically } from './files.ts';
import { checkWritablePlace, lstatOut, outProblem, outputError, requireOut } from './out-errors.ts';
import { otherProcessAlive } from './tree.ts';
import { msg } from '../messages.ts';

/** The first `n` bytes of a file as text. */
function head(path: string, n = 4096): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks that `pathArg` can be written: nothing is there, or a file `isRouteLabs` accepts,
 * in a place that can be written. Throws InputError otherwise. Returns the absolute path.
 */
export function checkOwnFile(pathArg: string, isRouteLabs: (start: string) => boolean, flag = '--out'): string {
  const path = requireOut(pathArg, flag);
  try {
    const st = lstatOut(path, flag);
    if (st?.isDirectory()) throw outProblem(path, msg.outIsFolder(), flag);
    if (st && (!st.isFile() || !isRouteLabs(head(path)))) throw outProblem(path, msg.outFileNotOurs(), flag);
    checkWritablePlace(path, flag);
  } catch (e) {
    throw outputError(e, path, flag);
  }
  return path;
}

/** Writes `content` to `pathArg` after `checkOwnFile`, removing temporary files that killed runs left beside it. */
export function writeOwnFile(
  pathArg: string,
  content: string,
  isRouteLabs: (start: string) => boolean,
  flag = '--out',
): string {
  const path = checkOwnFile(pathArg, isRouteLabs, flag);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const leftover = new RegExp(
      `^${basename(tmpSibling(path, 0))
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/0$/, '(\\d+)')}$`,
    );
    for (const name of readdirSync(dirname(path))) {
      const m = leftover.exec(name);
      if (m && !otherProcessAlive(Number(m[1]))) rmSync(join(dirname(path), name), { force: true });
    }
    writeFileAtomically(path, content);
  } catch (e) {
    throw outputError(e, path, flag);
  }
  return path;
}
