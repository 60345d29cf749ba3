/**
 * A shard's part of a sweep (`sweep --shard i/N`), one JSON file: the grid definition, the
 * inputs' hashes (as run.json records them), the seed, the replicates, which shard it is,
 * its grid points and their rows. `merge` reads the partials back, refuses any that are not
 * shards of one sweep, and combines their rows into the unsharded sweep's rows.
 *
 * Slicing is round-robin: grid point k (0-based, in the unsharded order) belongs to shard
 * (k mod N) + 1, so neighbouring points (often similar in cost) spread over the shards.
 * A point's replicates use the seeds they use unsharded (`sweepPoint` never sees the shard).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { msg, sweepText } from '../messages.ts';
import { InputError, type Problem } from '../problems.ts';
import type { InputHash } from '../report/run-info.ts';
import { readTextOrNull } from './files.ts';
import type { SweepRow } from './sweep-worker.ts';

export interface Shard {
  /** 1-based: shard i of `count`. */
  index: number;
  count: number;
}

export interface SweepPartial {
  kind: 'routelab-sweep-partial';
  version: 1;
  /** The RouteLab version that replayed it (package.json): shards of other code may differ. */
  routelab: string;
  /** The scenario's name (for messages; the inputs' hashes decide whether two partials agree). */
  scenario: string;
  inputs: InputHash[];
  grid: { path: string; values: unknown[] }[];
  seed: string;
  replicates: number;
  shard: Shard;
  /** The grid points this shard replayed (0-based, in the unsharded order). */
  points: number[];
  rows: SweepRow[];
}

/** A partial sweep file, as written: `kind` first, so `isSweepPartial` knows it by its first bytes. */
type Stored = Omit<SweepPartial, 'rows'> & { rows: [number, string, number, string, number | null][] };

/**
 * The 0-based grid points of shard i of N over a grid of `size` points: every k with k mod N = i − 1.
 * @example shardPoints(7, { index: 2, count: 3 }) // [1, 4]
 */
export function shardPoints(size: number, shard: Shard): number[] {
  const points: number[] = [];
  for (let k = shard.index - 1; k < size; k += shard.count) points.push(k);
  return points;
}

/** Whether a file is a partial sweep RouteLab wrote (it begins `{"kind":"routelab-sweep-partial"`): the only kind `sweep --shard --out` overwrites. */
export const isSweepPartial = (start: string): boolean => /^\{\s*"kind"\s*:\s*"routelab-sweep-partial"/.test(start);

/** The file's text: one JSON object, rows as `[point, policy, replicate, metric, value]`. */
export function partialText(p: SweepPartial): string {
  const stored: Stored = { ...p, rows: p.rows.map((r) => [r.point, r.policy, r.replicate, r.metric, r.value]) };
  return `${JSON.stringify(stored)}\n`;
}

/** The version in the package.json at `root` (the RouteLab checkout). */
export function routelabVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

const isInt = (v: unknown, min: number): v is number => Number.isInteger(v) && (v as number) >= min;

/** Reads a partial sweep at `path` (shown as `file`); InputError naming the file when it is not one. */
export function readPartial(path: string, file: string): SweepPartial {
  const refuse = (why: string): never => {
    throw new InputError([{ severity: 'error', file, ...msg.notPartial(why) }]);
  };
  const text = readTextOrNull(path);
  if (text === null) throw new InputError([{ severity: 'error', file, ...msg.fileMissing(`file ${file}`) }]);
  if (!isSweepPartial(text)) refuse(sweepText.wrongKind);
  let s: Stored;
  try {
    s = JSON.parse(text) as Stored;
  } catch (e) {
    return refuse(sweepText.readFailed((e as Error).message));
  }
  if (s.version !== 1) refuse(sweepText.badField('version'));
  if (typeof s.routelab !== 'string') refuse(sweepText.badField('routelab'));
  if (!Array.isArray(s.inputs)) refuse(sweepText.badField('inputs'));
  if (!Array.isArray(s.grid) || s.grid.some((g) => typeof g?.path !== 'string' || !Array.isArray(g.values)))
    refuse(sweepText.badField('grid'));
  if (typeof s.seed !== 'string') refuse(sweepText.badField('seed'));
  if (!isInt(s.replicates, 1)) refuse(sweepText.badField('replicates'));
  if (!isInt(s.shard?.count, 1) || !isInt(s.shard.index, 1) || s.shard.index > s.shard.count)
    refuse(sweepText.badField('shard'));
  const size = s.grid.reduce((n, g) => n * g.values.length, 1);
  if (JSON.stringify(s.points) !== JSON.stringify(shardPoints(size, s.shard))) refuse(sweepText.badField('points'));
  const mine = new Set(s.points);
  if (!Array.isArray(s.rows) || s.rows.some((r) => !Array.isArray(r) || r.length !== 5 || !mine.has(r[0])))
    refuse(sweepText.badField('rows'));
  const rows = s.rows.map(([point, policy, replicate, metric, value]) => ({ point, policy, replicate, metric, value }));
  return { ...s, rows };
}

/** What must agree between the shards of one sweep (the inputs by content: shards may see other paths). */
const AGREE: [string, (p: SweepPartial) => unknown][] = [
  ['RouteLab version', (p) => p.routelab],
  ['grid (--set)', (p) => p.grid],
  ['scenario or data (the inputs’ SHA-256)', (p) => p.inputs.map((h) => [h.sha256, h.bytes])],
  ['seed', (p) => p.seed],
  ['replicates', (p) => p.replicates],
  ['shard count N', (p) => p.shard.count],
];

/**
 * The rows of the whole sweep from its partials, in the unsharded order (by grid point, then
 * replicate). InputError, each problem naming its file, when the partials are not every shard
 * of one sweep exactly once.
 */
export function mergePartials(partials: { file: string; partial: SweepPartial }[]): SweepRow[] {
  const problems: Problem[] = [];
  const [ref, ...rest] = partials;
  if (!ref) throw new Error('mergePartials needs at least one partial');
  for (const { file, partial } of rest)
    for (const [what, key] of AGREE)
      if (JSON.stringify(key(partial)) !== JSON.stringify(key(ref.partial)))
        problems.push({ severity: 'error', file, ...msg.partialDiffers(what, ref.file) });
  if (problems.length) throw new InputError(problems);
  const n = ref.partial.shard.count;
  const byIndex = new Map<number, string>();
  for (const { file, partial } of partials) {
    const seen = byIndex.get(partial.shard.index);
    if (seen !== undefined)
      problems.push({ severity: 'error', file, ...msg.partialDuplicate(`${partial.shard.index}/${n}`, seen) });
    else byIndex.set(partial.shard.index, file);
  }
  const label = (i: number) => `${i}/${n}`;
  const all = Array.from({ length: n }, (_, k) => k + 1);
  const missing = all.filter((i) => !byIndex.has(i));
  if (missing.length)
    problems.push({
      severity: 'error',
      file: 'command line',
      ...msg.partialMissing(missing.map(label), [...byIndex.keys()].sort((a, b) => a - b).map(label)),
    });
  if (problems.length) throw new InputError(problems);
  return partials.flatMap((p) => p.partial.rows).sort((a, b) => a.point - b.point || a.replicate - b.replicate);
}
