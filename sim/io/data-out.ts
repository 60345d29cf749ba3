/**
 * Writing RouteLab's files into a data folder that is also the user's (import, generate):
 * only the files the command owns are written, every other file stays. A file RouteLab
 * would write that is there already is replaced only when the folder's manifest lists it
 * and it is unchanged; otherwise the command stops (InputError) before writing anything,
 * or, for a starter file (rate card, transit table), leaves the user's file in place.
 *
 * The files are first written to a hidden sibling staging folder; on success each is
 * renamed into the folder and the manifest updated (a manifest listing both the old and
 * the new hash of each file is written before the renames, so a run killed among them
 * leaves files RouteLab still knows as its own). A staging folder left by a killed run is
 * removed by the next one. On bad input the staging folder is removed and the folder is
 * left as it was.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomically } from './files.ts';
import { fileHash, isOurs, MANIFEST, manifestText, readManifest, type Manifest } from './manifest.ts';
import { checkWritablePlace, lstatOut, outProblem, outputError, requireOut } from './out-errors.ts';
import { displayPath } from './scenario.ts';
import { exists, listFiles, otherProcessAlive } from './tree.ts';
import { msg } from '../messages.ts';
import { InputError, type Problem } from '../problems.ts';

/** The files a command writes into a data folder. */
export interface OwnedFiles {
  /** Files it replaces: one of the user's in the way stops the command; one of RouteLab's it does not write this time is removed. */
  replace: readonly string[];
  /** Files it writes only when absent or still RouteLab's (the caller asks `isTheirs` and keeps the user's). */
  starters: readonly string[];
}

export interface DataStage {
  /** Where to write the files now. */
  path: string;
  /** Whether `name` is in the folder and is not RouteLab's (never written by it, or changed since). */
  isTheirs(name: string): boolean;
  /** Moves every staged file into the folder and updates its manifest. */
  commit(): void;
  /** Removes the staging folder. */
  abort(): void;
}

/** For tests: called after the transitional manifest is written and after each file is moved in. */
export type DataStep = (step: 'manifest' | 'moved', name?: string) => void;

const stagePrefix = (base: string) => `.${base}.routelab-stage-`;

/** The folder's data manifest, or null. */
function dataManifest(dir: string): Manifest | null {
  const m = readManifest(dir);
  return m?.kind === 'data' ? m : null;
}

/** Problems for each of `names` that is in `out` and not RouteLab's. */
function inTheWay(out: string, m: Manifest | null, names: readonly string[]): Problem[] {
  return names
    .filter((n) => exists(join(out, n)) && !isOurs(m, n, join(out, n)))
    .map((n) => ({
      severity: 'error',
      file: displayPath(join(out, n)),
      field: '--out',
      ...(m?.files[n] !== undefined ? msg.outFileChanged() : msg.outFileNotOurs()),
    }));
}

/** Removes staging folders of runs that were killed (their process is gone and every file in them is one they may write). */
function removeStaleStages(out: string): void {
  const re = new RegExp(`^${stagePrefix(basename(out)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)-[0-9a-z]+$`);
  for (const name of readdirSync(dirname(out))) {
    const m = re.exec(name);
    const path = join(dirname(out), name);
    if (!m || otherProcessAlive(Number(m[1])) || !lstatSync(path).isDirectory()) continue;
    const manifest = readManifest(path);
    const listed = (f: string) => f === MANIFEST || manifest?.files[f] !== undefined;
    if (manifest?.kind === 'stage' && listFiles(path).every(listed)) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Starts writing `owned` files into the data folder `outArg`: checks it is a folder (or
 * nothing yet) that can be written, that none of `owned.replace` is a file of the user's,
 * and makes the staging folder. Throws InputError otherwise (nothing written).
 */
export function stageDataFolder(outArg: string, owned: OwnedFiles, onStep: DataStep = () => {}): DataStage {
  const out = requireOut(outArg);
  let stage = '';
  try {
    const st = lstatOut(out);
    if (st && !statSync(out).isDirectory()) throw outProblem(out, msg.outIsFile());
    checkWritablePlace(out);
    const problems = st ? inTheWay(out, dataManifest(out), owned.replace) : [];
    if (problems.length) throw new InputError(problems);
    mkdirSync(dirname(out), { recursive: true });
    removeStaleStages(out);
    stage = join(dirname(out), `${stagePrefix(basename(out))}${process.pid}-${Date.now().toString(36)}`);
    mkdirSync(stage);
    const names = [...owned.replace, ...owned.starters];
    writeFileSync(
      join(stage, MANIFEST),
      manifestText({ kind: 'stage', files: Object.fromEntries(names.map((n) => [n, ''])) }),
    );
  } catch (e) {
    if (stage) rmSync(stage, { recursive: true, force: true });
    throw outputError(e, out);
  }
  return {
    path: stage,
    isTheirs: (name) => exists(join(out, name)) && !isOurs(dataManifest(out), name, join(out, name)),
    commit() {
      try {
        commitStage(out, stage, owned, onStep);
      } catch (e) {
        throw outputError(e, out);
      }
    },
    abort() {
      rmSync(stage, { recursive: true, force: true });
    },
  };
}

function commitStage(out: string, stage: string, owned: OwnedFiles, onStep: DataStep): void {
  const staged = listFiles(stage).filter((f) => f !== MANIFEST);
  const old = exists(out) ? dataManifest(out) : null;
  // checked again: the folder may have changed while the command ran
  const problems = inTheWay(out, old, staged);
  if (problems.length) throw new InputError(problems);
  mkdirSync(out, { recursive: true });
  const hashes = Object.fromEntries(staged.map((n) => [n, fileHash(join(stage, n))!]));
  // RouteLab's files from before that are still as written; those this command replaces and did not write now go
  // (starter files it left in place stay)
  const kept = Object.keys(old?.files ?? {}).filter((n) => isOurs(old, n, join(out, n)));
  const stale = kept.filter((n) => owned.replace.includes(n) && hashes[n] === undefined);
  const during: Manifest['files'] = {};
  for (const n of kept) during[n] = fileHash(join(out, n))!;
  for (const n of staged) during[n] = during[n] ? [hashes[n]!, during[n] as string] : hashes[n]!;
  writeFileAtomically(join(out, MANIFEST), manifestText({ kind: 'data', files: during }));
  onStep('manifest');
  for (const n of staged) {
    renameSync(join(stage, n), join(out, n));
    onStep('moved', n);
  }
  for (const n of stale) unlinkSync(join(out, n));
  const files: Manifest['files'] = {};
  for (const n of kept) if (!stale.includes(n)) files[n] = during[n] as string;
  Object.assign(files, hashes);
  writeFileAtomically(join(out, MANIFEST), manifestText({ kind: 'data', files }));
  rmSync(stage, { recursive: true, force: true });
}

/** Writes in-memory files into a data folder (see `stageDataFolder`); all of them are replaced files. */
export function writeDataFiles(out: string, files: Record<string, string | Uint8Array>): void {
  const stage = stageDataFolder(out, { replace: Object.keys(files), starters: [] });
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(stage.path, name), content);
    stage.commit();
  } catch (e) {
    stage.abort();
    throw outputError(e, out);
  }
}
