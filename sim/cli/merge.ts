/**
 * `routelab merge <partial…> --out FILE`: the partial results of `sweep --shard i/N`, one per
 * shard, combined into exactly the CSV the unsharded sweep writes (the library's mergeShards).
 */
import { mergeShards } from '../io/api/merge.ts';
import { displayPath } from '../io/scenario.ts';
import { sweepText } from '../messages.ts';
import { sweepTable } from './sweep.ts';

export interface MergeOptions {
  out: string;
}

/** Reads, checks and combines the partials (paths relative to the working directory); writes `--out`; returns what to print. */
export function mergeCommand(files: string[], opts: MergeOptions): string {
  const m = mergeShards(files, { out: opts.out });
  return [
    sweepTable(
      m.settings,
      m.points,
      m.points.map((_, k) => k),
      m.rows,
    ),
    '',
    sweepText.merged(m.shards, displayPath(m.out!)),
  ].join('\n');
}
