/** The library's `mergeShards`: `routelab merge` as data. */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { resolve } from 'node:path';
import { msg } from '../../messages.ts';
import { InputError, type Problem } from '../../problems.ts';
import { grid, type Override } from '../../scenario/override.ts';
import { checkOwnFile, writeOwnFile } from '../own-file.ts';
import { displayPath } from '../scenario.ts';
import { mergePartials, readPartial, type SweepPartial } from '../sweep-partial.ts';
import { isSweepCsv, sweepCsv, sweepRecords } from '../sweep.ts';
import type { SweepRow } from '../sweep-worker.ts';

export interface MergeOptions {
  /** Where to write the merged CSV (a sweep CSV RouteLab wrote is replaced, any other file refused); default: nothing written. */
  out?: string;
}

export interface MergeResult {
  /** The swept settings, each with its values (the unsharded sweep's grid). */
  settings: SweepPartial['grid'];
  /** Setting paths, in grid order (the CSV's first columns). */
  paths: string[];
  /** Every grid point's overrides, in the unsharded order. */
  points: Override[][];
  /** Every row of the whole sweep, by grid point, then replicate. */
  rows: SweepRow[];
  /** The rows as a tidy table (settings as columns named by their paths), as `sweepScenario` gives. */
  table: ColumnTable;
  /** Exactly the CSV the unsharded `routelab sweep` writes. */
  csv: string;
  /** How many partials were merged. */
  shards: number;
  /** The file written (absolute), or null when `out` was not given. */
  out: string | null;
}

/**
 * Combines the partial results of `routelab sweep --shard i/N` (one JSON file per shard) into
 * the unsharded sweep's rows and CSV, as `routelab merge`, after checking they are every shard
 * of one sweep (same grid, inputs, seed and replicates) exactly once. InputError otherwise,
 * each problem naming its file; nothing is written then.
 * @example
 * const m = mergeShards(['part-1.json', 'part-2.json', 'part-3.json'], { out: 'sweep.csv' });
 * m.table.groupby('policy').rollup({ n: aq.op.count() });
 */
export function mergeShards(files: readonly string[], opts: MergeOptions = {}): MergeResult {
  if (files.length === 0) throw new InputError([{ severity: 'error', file: 'options', ...msg.noPartials() }]);
  // where the CSV goes is checked first: a file RouteLab did not write is never overwritten
  if (opts.out !== undefined) checkOwnFile(opts.out, isSweepCsv);
  const problems: Problem[] = [];
  const partials: { file: string; partial: SweepPartial }[] = [];
  for (const f of files) {
    const file = displayPath(resolve(f));
    try {
      partials.push({ file, partial: readPartial(resolve(f), file) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length) throw new InputError(problems);
  const rows = mergePartials(partials);
  const settings = partials[0]!.partial.grid;
  const paths = settings.map((s) => s.path);
  const points = grid(settings);
  const csv = sweepCsv({ paths, points, rows });
  const out = opts.out === undefined ? null : writeOwnFile(opts.out, csv, isSweepCsv);
  return {
    settings,
    paths,
    points,
    rows,
    table: aq.from(sweepRecords({ paths, points, rows })),
    csv,
    shards: partials.length,
    out,
  };
}
