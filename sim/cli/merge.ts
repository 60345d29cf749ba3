/**
 * `routelab merge <partial…> --out FILE`: the partial results of `sweep --shard i/N`, one per
 * shard, combined into exactly the CSV the unsharded sweep writes, after checking they are
 * every shard of one sweep (same grid, inputs, seed and replicates) exactly once.
 */
import { resolve } from 'node:path';
import { checkOwnFile, writeOwnFile } from '../io/own-file.ts';
import { displayPath } from '../io/scenario.ts';
import { mergePartials, readPartial } from '../io/sweep-partial.ts';
import { sweepText } from '../messages.ts';
import { InputError, type Problem } from '../problems.ts';
import { grid } from '../scenario/override.ts';
import { isSweepCsv, sweepCsv, sweepTable } from './sweep.ts';

export interface MergeOptions {
  out: string;
}

/** Reads, checks and combines the partials (paths relative to the working directory); writes `--out`; returns what to print. */
export function mergeCommand(files: string[], opts: MergeOptions): string {
  // where the CSV goes is checked first: a file RouteLab did not write is never overwritten
  checkOwnFile(opts.out, isSweepCsv);
  const problems: Problem[] = [];
  const partials = [];
  for (const f of files)
    try {
      partials.push({ file: displayPath(resolve(f)), partial: readPartial(resolve(f), displayPath(resolve(f))) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  if (problems.length) throw new InputError(problems);
  const rows = mergePartials(partials);
  const { grid: settings } = partials[0]!.partial;
  const points = grid(settings);
  const out = writeOwnFile(opts.out, sweepCsv(settings, points, rows), isSweepCsv);
  return [
    sweepTable(
      settings,
      points,
      points.map((_, k) => k),
      rows,
    ),
    '',
    sweepText.merged(partials.length, displayPath(out)),
  ].join('\n');
}
