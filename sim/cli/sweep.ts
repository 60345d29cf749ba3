/**
 * `routelab sweep <scenario> --set PATH=v1,v2 …`: every combination of the settings, each
 * replayed (in parallel on worker threads), written as a tidy CSV: one row per grid point,
 * policy, replicate and metric. With `--shard i/N`, only shard i's grid points (see
 * io/sweep-partial.ts for the slicing), written as a partial result for `merge` (cli/merge.ts).
 */
import { join } from 'node:path';
import { defaultWorkers } from '../io/pool.ts';
import { displayPath, resolveScenarioPath } from '../io/scenario.ts';
import { checkOwnFile, writeOwnFile } from '../io/own-file.ts';
import { isSweepCsv, replaySweep, sweepCsv as gridCsv } from '../io/sweep.ts';
import type { SweepRow } from '../io/sweep-worker.ts';
import {
  isSweepPartial,
  partialText,
  routelabVersion,
  shardPoints,
  type Shard,
  type SweepPartial,
} from '../io/sweep-partial.ts';
import { msg, sweepText } from '../messages.ts';
import { METRICS } from '../metrics/metrics.ts';
import { formatMetric } from '../format/metric-value.ts';
import { textTable } from '../report/summary.ts';
import { grid, parseSetting, type Override } from '../scenario/override.ts';
import { badOption, positiveInteger } from './options.ts';

export interface SweepOptions {
  set: string[];
  replicates?: string;
  workers?: string;
  seed?: string;
  out?: string;
  /** `i/N`: replay only shard i of N and write a partial result for `merge`. */
  shard?: string;
}

const KEY_METRICS = [
  'fulfillment_cost_per_order',
  'on_time_delivery_rate',
  'split_rate',
  'cancel_rate',
  'manual_touches_per_order',
] as const;

type Setting = { path: string; values: unknown[] };

/** `--shard i/N` read: shard i (1-based) of N; exit 2 for anything else (0/3, 4/3, a/b). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return badOption('--shard', msg.badShard(text, sweepText.shardNotNumbers));
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  if (shard.index < 1 || shard.index > shard.count)
    badOption('--shard', msg.badShard(text, sweepText.shardOutOfRange(shard.index, shard.count)));
  return shard;
}

/** Runs the grid (or one shard of it); returns what to print. */
export async function sweepCommand(arg: string, opts: SweepOptions, root: string): Promise<string> {
  const settings = opts.set.map(parseSetting);
  if (settings.length === 0) badOption('--set', msg.badSetting('(none given)'));
  const points = grid(settings);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (shard && shard.count > points.length)
    badOption('--shard', msg.badShard(opts.shard!, sweepText.shardTooMany(shard.count, points.length)));
  const mine = shard ? shardPoints(points.length, shard) : points.map((_, k) => k);
  const replicates = positiveInteger(opts.replicates, '--replicates', 1);
  const workers = Math.min(positiveInteger(opts.workers, '--workers', defaultWorkers(mine.length)), mine.length);
  const isOurs = shard ? isSweepPartial : isSweepCsv;
  // where the output goes is checked before any work: a file RouteLab did not write is never overwritten
  if (opts.out !== undefined) checkOwnFile(opts.out, isOurs);
  // every point's settings are checked first (every shard's, so all shards refuse a bad grid alike)
  const { first, seed, rows } = await replaySweep(arg, root, points, {
    mine,
    replicates,
    workers,
    seed: opts.seed,
  });
  const name = resolveScenarioPath(arg, root).name;
  if (shard) {
    const partial: SweepPartial = {
      kind: 'routelab-sweep-partial',
      version: 1,
      routelab: routelabVersion(root),
      scenario: name,
      inputs: first.hashes,
      grid: settings,
      seed,
      replicates,
      shard,
      points: mine,
      rows,
    };
    const out = writeOwnFile(
      opts.out ?? join(root, 'reports', `${name}-sweep-shard-${shard.index}-of-${shard.count}.json`),
      partialText(partial),
      isSweepPartial,
    );
    return [
      sweepTable(settings, points, mine, rows),
      '',
      sweepText.shardDone(shard.index, shard.count, mine.length, points.length, displayPath(out)),
    ].join('\n');
  }
  const out = writeOwnFile(
    opts.out ?? join(root, 'reports', `${name}-sweep.csv`),
    sweepCsv(settings, points, rows),
    isSweepCsv,
  );
  const policies = new Set(rows.map((r) => r.policy)).size;
  return [
    sweepTable(settings, points, mine, rows),
    '',
    `${points.length} grid points × ${policies} policies × ${replicates} replicate(s) on ${workers} worker(s). Every metric in ${displayPath(out)} (one row per point, policy, replicate and metric).`,
  ].join('\n');
}

const valueOf = (overrides: Override[], path: string) => String(overrides.find((o) => o.path === path)!.value);

/** The sweep CSV of the whole grid's rows (sorted by point, then replicate): what `sweep` and `merge` write. */
export const sweepCsv = (settings: Setting[], points: Override[][], rows: SweepRow[]): string =>
  gridCsv({ paths: settings.map((s) => s.path), points, rows });

/** A compact view of grid points `shown`: the mean over replicates of the key metrics per point and policy. */
export function sweepTable(settings: Setting[], points: Override[][], shown: number[], rows: SweepRow[]): string {
  const paths = settings.map((s) => s.path);
  const mean = new Map<string, number[]>();
  for (const r of rows)
    if (r.value !== null && (KEY_METRICS as readonly string[]).includes(r.metric)) {
      const k = `${r.point}\u0000${r.policy}\u0000${r.metric}`;
      const values = mean.get(k);
      if (values) values.push(r.value);
      else mean.set(k, [r.value]);
    }
  const policies = [...new Set(rows.map((r) => r.policy))];
  const table = shown.flatMap((i) =>
    policies.map((pol) => [
      ...paths.map((path) => valueOf(points[i]!, path)),
      pol,
      ...KEY_METRICS.map((m) => {
        const v = mean.get(`${i}\u0000${pol}\u0000${m}`);
        return v
          ? formatMetric(
              METRICS.find((x) => x.name === m)!,
              v.reduce((s, x) => s + x, 0) / v.length,
            )
          : '—';
      }),
    ]),
  );
  return textTable([...paths, 'policy', ...KEY_METRICS], table);
}
