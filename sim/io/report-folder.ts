/**
 * Writing a report folder so that `--out` holds, at every instant, either the complete old
 * report or the complete new one, and nothing RouteLab did not write is lost.
 *
 * `--out` (say `reports/demo`) is a symbolic link to a hidden sibling version folder
 * (`reports/.demo.routelab-<pid>-<t>/`). A run writes the new version folder whole (its
 * routelab-manifest.json first), makes a temporary link to it and renames the link over
 * `--out` (one atomic rename), then deletes the old version. Files the user put in the old
 * report (a screenshot, notes) are carried into the new version by hard link. A folder at
 * `--out` is replaced only when it is absent, empty, RouteLab's link, or a real folder
 * holding a RouteLab report (an earlier RouteLab's, or a copy): that one is moved aside and
 * the link renamed in, two renames during which `--out` is briefly absent (it happens once,
 * the first time; the old report is then in `.demo.routelab-old-…`). Leftovers of a run that
 * was killed (version, old and link entries named after a process that is gone) are removed
 * by the next run, and only when every file in them is RouteLab's.
 */
import {
  closeSync,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { contentHash, isOurs, MANIFEST, manifestText, readManifest, type Manifest } from './manifest.ts';
import { checkWritablePlace, lstatOut, outProblem, outputError, requireOut } from './out-errors.ts';
import { gzipChunks } from './gzip-chunks.ts';
import { exists, listFiles, otherProcessAlive, removeFiles, sameFile } from './tree.ts';
import { msg } from '../messages.ts';
import { InputError, type Problem } from '../problems.ts';
import { displayPath } from './scenario.ts';

/** The files of a report as RouteLab writes them (what a report folder without a manifest may hold as RouteLab's). */
const REPORT_FILE = /^(index\.html|summary\.md|metrics\.csv|outcomes\.csv(\.gz)?|run\.json|charts\/[^/]+\.(svg|png))$/;

/** A file written chunk by chunk (text as UTF-8) as the chunks are made (outcomes.csv), never held whole; `gzip` compresses as it goes. */
export interface StreamedFile {
  chunks: Iterable<string | Uint8Array>;
  gzip?: boolean;
}

/** A report file's content: text, bytes, or a stream of text chunks. */
export type ReportFile = string | Uint8Array | StreamedFile;

const isStreamed = (f: ReportFile): f is StreamedFile => typeof f === 'object' && !(f instanceof Uint8Array);

/** Writes a streamed file at `path` chunk by chunk; returns the SHA-256 of the bytes written. */
function writeStreamed(path: string, f: StreamedFile): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  try {
    for (const c of f.gzip ? gzipChunks(f.chunks) : f.chunks) {
      const bytes = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
      hash.update(bytes);
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The steps of a write, for tests that stop a run between them. */
export type SwapStep = 'written' | 'linked' | 'moved-aside' | 'switched';

export interface ReportWriteHooks {
  /** Called after each step (a test may throw or kill the process here). */
  onStep?(step: SwapStep): void;
}

/** The report at `--out` now: the folder holding it, which of its files are RouteLab's and which the user's. */
interface Current {
  form: 'link' | 'folder';
  dir: string;
  owned: string[];
  keep: string[];
}

/** What is at `--out`. */
export type ReportTarget = { form: 'absent' } | { form: 'empty' } | Current;

const prefix = (base: string) => `.${base}.routelab-`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `dir` holds a report written before manifests: index.html and a RouteLab run.json. */
function isUnmarkedReport(dir: string, files: string[]): boolean {
  if (!files.includes('index.html') || !files.includes('run.json')) return false;
  try {
    const info = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as {
      versions?: { routelab?: unknown };
      engine?: unknown;
    };
    return typeof info.versions?.routelab === 'string' && typeof info.engine === 'object';
  } catch {
    return false;
  }
}

/** The version folder `out` links to, when it is RouteLab's link (a sibling version folder with a report manifest). */
function linkedVersion(out: string): string | null {
  const dir = resolve(dirname(out), readlinkSync(out));
  if (dirname(dir) !== dirname(out) || !basename(dir).startsWith(prefix(basename(out)))) return null;
  try {
    if (!statSync(dir).isDirectory()) return null;
  } catch {
    return null;
  }
  return readManifest(dir)?.kind === 'report' ? dir : null;
}

/** Splits a report folder's files into RouteLab's and the user's; a RouteLab file changed since is an InputError. */
function current(out: string, form: 'link' | 'folder', dir: string, m: Manifest | null): Current {
  const files = listFiles(dir).filter((f) => f !== MANIFEST);
  const owned: string[] = [];
  const keep: string[] = [];
  const changed: Problem[] = [];
  for (const f of files) {
    const listed = m ? m.files[f] : REPORT_FILE.test(f) ? [] : undefined;
    if (listed === undefined) keep.push(f);
    else if (!m || isOurs(m, f, join(dir, f))) owned.push(f);
    else changed.push({ severity: 'error', file: displayPath(join(out, f)), field: '--out', ...msg.outFileChanged() });
  }
  if (changed.length) throw new InputError(changed);
  if (m) owned.push(MANIFEST);
  return { form, dir, owned, keep };
}

/**
 * What is at `--out`, checked before a run does any work: nothing, an empty folder, or a
 * RouteLab report; anything else (a folder of other files, a file, a path under a file, a
 * place that cannot be written) is an InputError saying what to do.
 */
export function inspectReportOut(outArg: string): ReportTarget {
  const out = requireOut(outArg);
  try {
    const st = lstatOut(out);
    checkWritablePlace(out);
    if (!st) return { form: 'absent' };
    if (st.isSymbolicLink()) {
      const dir = linkedVersion(out);
      if (!dir) throw outProblem(out, msg.outNotOurs('report'));
      return current(out, 'link', dir, readManifest(dir));
    }
    if (st.isDirectory()) {
      if (readdirSync(out).length === 0) return { form: 'empty' };
      const m = readManifest(out);
      const report = m?.kind === 'report' ? m : null;
      if (report || (!m && isUnmarkedReport(out, listFiles(out)))) return current(out, 'folder', out, report);
      throw outProblem(out, msg.outNotOurs('report'));
    }
    throw outProblem(out, msg.outIsFile());
  } catch (e) {
    throw outputError(e, out);
  }
}

/** A user's file from the old report, into the new version: a hard link (no copy, no window), else a copy. */
function carry(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
  }
}

/**
 * Removes what killed runs left beside `out`: temporary links, version and old folders named
 * after a process that is no longer running, and the `.tmp-<name>-<pid>` / `.old-<name>-<pid>`
 * folders of RouteLab before manifests. A folder goes only when each of its files is
 * RouteLab's (listed in its manifest, a report file when it has none, or a hard link of a
 * file in the current report); anything else is left alone.
 */
export function removeLeftovers(out: string, currentDir: string | null): void {
  const parent = dirname(out);
  const base = basename(out);
  const ours = new RegExp(`^${escape(prefix(base))}(link-|old-)?(\\d+)-[0-9a-z]+$`);
  const before = new RegExp(`^\\.(?:tmp|old)-${escape(base)}-()(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const m = ours.exec(name) ?? before.exec(name);
    const path = join(parent, name);
    if (!m || path === currentDir || otherProcessAlive(Number(m[2]))) continue;
    const st = lstatSync(path);
    if (m[1] === 'link-') {
      if (st.isSymbolicLink()) unlinkSync(path);
      continue;
    }
    if (!st.isDirectory()) continue;
    const manifest = readManifest(path);
    const files = listFiles(path);
    const mine = (f: string) =>
      (manifest ? f === MANIFEST || f === `${MANIFEST}.tmp` || manifest.files[f] !== undefined : REPORT_FILE.test(f)) ||
      (currentDir !== null && sameFile(join(path, f), join(currentDir, f)));
    if (files.every(mine)) rmSync(path, { recursive: true, force: true });
  }
}

/** The user's files in the old report that are where new report files go (an InputError naming each), or nothing. */
function refuseClashes(out: string, target: ReportTarget, names: string[]): void {
  if (target.form !== 'link' && target.form !== 'folder') return;
  const clash = (k: string) =>
    names.some((n) => n === k || n.startsWith(`${k}/`) || k.startsWith(`${n}/`)) || k === MANIFEST;
  const inTheWay = target.keep.filter(clash);
  if (inTheWay.length) {
    throw new InputError(
      inTheWay.map((k) => ({
        severity: 'error',
        file: displayPath(join(out, k)),
        field: '--out',
        ...msg.outFileNotOurs(),
      })),
    );
  }
}

/**
 * A report folder being written (see the module comment): a new version folder beside `--out`
 * that files go into as soon as they are made (`add`: outcomes.csv while the run waits for its
 * bound, say); `commit` writes the rest and puts the complete report at `--out` with one rename;
 * `discard` removes the version folder and leaves `--out` as it was. A failed commit discards.
 */
export interface ReportDraft {
  /** Writes one file into the version folder now. */
  add(name: string, file: ReportFile): void;
  /** Writes `files` beside those added and switches `--out` to the new report (throws as writeReportFolder does). */
  commit(files: Record<string, ReportFile>, hooks?: ReportWriteHooks): void;
  /** Removes the version folder, and the folders above it this draft made (after a commit: nothing). */
  discard(): void;
}

/** The draft's version folder: named after this process, so a killed run's is recognised as a leftover. */
class VersionFolder implements ReportDraft {
  private readonly hashes: Record<string, string> = {};
  private done = false;

  constructor(
    private readonly out: string,
    /** The first folder above `out` this draft made (removed again on discard), if any. */
    private readonly made: string | undefined,
    private readonly id: string,
  ) {}

  get path(): string {
    return join(dirname(this.out), `${prefix(basename(this.out))}${this.id}`);
  }

  /** The manifest as the hashes stand (a file listed before it is written has ''), renamed in whole. */
  writeManifest(): void {
    const path = join(this.path, MANIFEST);
    writeFileSync(`${path}.tmp`, manifestText({ kind: 'report', files: this.hashes }));
    renameSync(`${path}.tmp`, path);
  }

  /** Writes a file into the version folder; returns its hash. */
  private write(name: string, f: ReportFile): string {
    const path = join(this.path, name);
    mkdirSync(dirname(path), { recursive: true });
    if (isStreamed(f)) return writeStreamed(path, f);
    writeFileSync(path, f);
    return contentHash(f);
  }

  add(name: string, file: ReportFile): void {
    try {
      // listed before it is written: a version folder left by a killed run is recognised and removed
      this.hashes[name] = '';
      this.writeManifest();
      this.hashes[name] = this.write(name, file);
    } catch (e) {
      throw outputError(e, this.out);
    }
  }

  commit(files: Record<string, ReportFile>, hooks: ReportWriteHooks = {}): void {
    const { out } = this;
    const step = (s: SwapStep) => hooks.onStep?.(s);
    const link = join(dirname(out), `${prefix(basename(out))}link-${this.id}`);
    const aside = join(dirname(out), `${prefix(basename(out))}old-${this.id}`);
    let target: ReportTarget | null = null;
    let switched = false;
    let movedAside = false;
    try {
      // --out as it is now (the draft may have been open a while)
      target = inspectReportOut(out);
      const names = Object.keys(files);
      refuseClashes(out, target, [...Object.keys(this.hashes), ...names]);
      for (const n of names) this.hashes[n] = '';
      this.writeManifest();
      for (const n of names) this.hashes[n] = this.write(n, files[n]!);
      this.writeManifest();
      if ('keep' in target) for (const k of target.keep) carry(join(target.dir, k), join(this.path, k));
      step('written');
      symlinkSync(basename(this.path), link);
      step('linked');
      if (target.form === 'empty') rmdirSync(out);
      if (target.form === 'folder') {
        renameSync(out, aside);
        movedAside = true;
        step('moved-aside');
      }
      renameSync(link, out);
      // the version is the report at --out now: never discarded
      switched = this.done = true;
      step('switched');
    } catch (e) {
      if (!switched) {
        if (movedAside && !exists(out)) renameSync(aside, out);
        if (target?.form === 'empty' && !exists(out)) mkdirSync(out);
        rmSync(link, { force: true });
        this.discard();
      }
      throw outputError(e, out);
    }
    // the old version: RouteLab's files, and the user's now that the new version holds them
    if (target.form === 'link' || target.form === 'folder') {
      const old = target.form === 'folder' ? aside : target.dir;
      removeFiles(old, [...target.owned, ...target.keep.filter((k) => exists(join(this.path, k)))]);
    }
  }

  discard(): void {
    if (this.done) return;
    this.done = true;
    rmSync(this.path, { recursive: true, force: true });
    // the folders made for --out's parent, emptiest first, while they are empty
    if (this.made === undefined) return;
    for (let d = dirname(this.out); d.length >= this.made.length; d = dirname(d)) {
      try {
        rmdirSync(d);
      } catch {
        return;
      }
      if (d === this.made) return;
    }
  }
}

/**
 * Starts writing a report at `out` (see ReportDraft): checks `out` as inspectReportOut does,
 * removes what killed runs left beside it, and makes the new version folder. Throws InputError
 * (nothing written) when `out` is not RouteLab's to replace.
 * @example const d = draftReportFolder('reports/demo'); try { d.add('outcomes.csv', csv); d.commit(rest); } finally { d.discard(); }
 */
export function draftReportFolder(outArg: string): ReportDraft {
  const out = requireOut(outArg);
  const target = inspectReportOut(out);
  const parent = dirname(out);
  let draft: VersionFolder | null = null;
  try {
    draft = new VersionFolder(out, mkdirSync(parent, { recursive: true }), `${process.pid}-${Date.now().toString(36)}`);
    removeLeftovers(out, 'dir' in target ? target.dir : null);
    mkdirSync(draft.path);
    draft.writeManifest();
    return draft;
  } catch (e) {
    draft?.discard();
    throw outputError(e, out);
  }
}

/**
 * Writes the report `files` at `out` (see the module comment): the complete old report stays
 * at `out` until one rename puts the complete new one there. Throws InputError (nothing
 * written) when `out` is not RouteLab's to replace, or when a user's file is where a new
 * report file goes; a full disk is an OutputFault.
 */
export function writeReportFolder(
  outArg: string,
  files: Record<string, ReportFile>,
  hooks: ReportWriteHooks = {},
): void {
  draftReportFolder(outArg).commit(files, hooks);
}
