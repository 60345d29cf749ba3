/**
 * routelab-manifest.json: the list of files RouteLab wrote in a folder, each with the
 * SHA-256 of what it wrote. RouteLab replaces or deletes a file only when the manifest lists
 * it and its content is still what RouteLab wrote; everything else in a folder is the user's.
 * It is a visible file (not a dotfile) so that a user sees why RouteLab treats a folder as
 * its own, and can delete it to take the folder back. Its text has no clock or path in it,
 * so reruns stay byte-identical.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'routelab-manifest.json';

/** What kind of folder: a report (`run`), a data folder (import, generate), or a write under way. */
export type ManifestKind = 'report' | 'data' | 'stage';

export interface Manifest {
  kind: ManifestKind;
  /**
   * File (relative, `/`-separated) → SHA-256 of what RouteLab wrote; a list while a write
   * is under way (the file holds either the old or the new content). A `stage` manifest
   * lists the names the write may create, with no hash ('').
   */
  files: Record<string, string | string[]>;
}

const NOTE = 'files RouteLab wrote here; it replaces or deletes only these, and only while unchanged';

/** SHA-256 (hex) of a file's content as written. */
export function contentHash(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The manifest's text, with the files sorted so the same files give the same bytes. */
export function manifestText(m: Manifest): string {
  const files = Object.fromEntries(
    Object.keys(m.files)
      .sort()
      .map((k) => [k, m.files[k]]),
  );
  return `${JSON.stringify({ routelab: NOTE, kind: m.kind, files }, null, 2)}\n`;
}

/** The manifest of a folder, or null when it has none (or a file of that name RouteLab did not write). */
export function readManifest(dir: string): Manifest | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST), 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(text) as { routelab?: unknown; kind?: unknown; files?: unknown };
    const kinds: unknown[] = ['report', 'data', 'stage'];
    if (m.routelab !== NOTE || !kinds.includes(m.kind) || typeof m.files !== 'object' || m.files === null) return null;
    return { kind: m.kind as ManifestKind, files: m.files as Manifest['files'] };
  } catch {
    return null;
  }
}

/** The SHA-256 of a file on disk, read a block at a time (an outcomes.csv may be hundreds of MB), or null when it cannot be read as a file. */
export function fileHash(path: string): string | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const hash = createHash('sha256');
    const block = Buffer.alloc(1 << 20);
    for (let n; (n = readSync(fd, block, 0, block.length, null)) > 0;) hash.update(block.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Whether the manifest lists `name` and the file at `path` still holds what RouteLab wrote. */
export function isOurs(m: Manifest | null, name: string, path: string): boolean {
  const listed = m?.files[name];
  if (listed === undefined) return false;
  const hash = fileHash(path);
  return hash !== null && (Array.isArray(listed) ? listed.includes(hash) : listed === hash);
}
