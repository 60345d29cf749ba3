/** Small file-tree helpers for the output writers: listing a folder's files, and removing only named ones. */
import { lstatSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Every non-folder entry (files and links) under `dir`, relative and `/`-separated, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** Whether anything (a file, link or folder) is at `p`. */
export function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Whether two paths are the same file (hard links of one another). */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = lstatSync(a);
    const y = lstatSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/**
 * Removes the named files under `dir` (missing ones are skipped), then every folder left
 * empty, `dir` included; a folder that still holds something stays.
 */
export function removeFiles(dir: string, files: Iterable<string>): void {
  const dirs = new Set<string>();
  for (const f of files) {
    try {
      unlinkSync(join(dir, f));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    for (let d = dirname(f); d !== '.'; d = dirname(d)) dirs.add(d);
  }
  // deepest first
  for (const d of [...dirs].sort((a, b) => b.split('/').length - a.split('/').length)) removeIfEmpty(join(dir, d));
  removeIfEmpty(dir);
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw e;
  }
}

/** Whether `pid` is another running process (a leftover of a live process is not removed; our own pid means a dead earlier one). */
export function otherProcessAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
