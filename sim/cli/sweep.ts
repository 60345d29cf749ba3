/**
 * `routelab sweep <scenario> --set PATH=v1,v2 …`: every combination of the settings, each
 * replayed (in parallel on worker threads), written as a tidy CSV: one row per grid point,
 * policy, replicate and metric.
 */
import { join } from 'node:path';
import { defaultWorkers } from '../io/pool.ts';
import { displayPath, readScenario, resolveScenarioPath } from '../io/scenario.ts';
import { checkOwnFile, writeOwnFile } from '../io/own-file.ts';
import { runSweep } from '../io/sweep.ts';
import type { SweepTask } from '../io/sweep-worker.ts';
import { msg } from '../messages.ts';
import { METRICS } from '../metrics/metrics.ts';
import { InputError, Problems } from '../problems.ts';
import { formatMetric } from '../format/metric-value.ts';
import { toCSV } from '../format/csv-write.ts';
import { textTable } from '../report/summary.ts';
import { grid, overrideNodes, overrideScenario, parseSetting, type Override } from '../scenario/override.ts';
import { loadScenario } from '../io/load.ts';
import { badOption, positiveInteger } from './options.ts';

export interface SweepOptions {
  set: string[];
  replicates?: string;
  workers?: string;
  seed?: string;
  out?: string;
}

const KEY_METRICS = [
  'fulfillment_cost_per_order',
  'on_time_delivery_rate',
  'split_rate',
  'cancel_rate',
  'manual_touches_per_order',
] as const;

/** Whether a file is a sweep CSV RouteLab wrote (its header ends with these columns): the only kind `sweep --out` overwrites. */
export const isSweepCsv = (start: string): boolean =>
  /,policy,replicate,metric,value\r?\n/.test(start.slice(0, start.indexOf('\n') + 1));

/** Runs the grid; returns what to print. */
export async function sweepCommand(arg: string, opts: SweepOptions, root: string): Promise<string> {
  const settings = opts.set.map(parseSetting);
  if (settings.length === 0) badOption('--set', msg.badSetting('(none given)'));
  const points = grid(settings);
  const replicates = positiveInteger(opts.replicates, '--replicates', 1);
  const workers = Math.min(positiveInteger(opts.workers, '--workers', defaultWorkers(points.length)), points.length);
  // where the CSV goes is checked before any work: a file RouteLab did not write is never overwritten
  if (opts.out !== undefined) checkOwnFile(opts.out, isSweepCsv);
  // check every point's settings in this thread first, so a bad value is reported before any work
  const first = await loadScenario(arg, root, { overrides: points[0]! });
  for (const p of points.slice(1)) {
    const problems = new Problems();
    if (!(await readScenario(first.path, problems, undefined, (text) => overrideScenario(text, p))))
      throw new InputError(problems.list);
    overrideNodes(first.data, p);
  }
  const seed = String(opts.seed ?? first.scenario.config.seed);
  const tasks: SweepTask[] = points.map((overrides, point) => ({
    scenario: arg,
    root,
    seed,
    replicates,
    point,
    overrides,
  }));
  const rows = await runSweep(tasks, workers);
  rows.sort((a, b) => a.point - b.point || a.replicate - b.replicate);
  const paths = settings.map((s) => s.path);
  const valueOf = (overrides: Override[], path: string) => String(overrides.find((o) => o.path === path)!.value);
  const csv = toCSV(
    [...paths, 'policy', 'replicate', 'metric', 'value'],
    rows.map((r) => [
      ...paths.map((p) => valueOf(points[r.point]!, p)),
      r.policy,
      r.replicate,
      r.metric,
      r.value === null ? '' : r.value,
    ]),
  );
  const out = writeOwnFile(
    opts.out ?? join(root, 'reports', `${resolveScenarioPath(arg, root).name}-sweep.csv`),
    csv,
    isSweepCsv,
  );
  // a compact view: mean over replicates of the key metrics per point and policy
  const mean = new Map<string, number[]>();
  for (const r of rows)
    if (r.value !== null && (KEY_METRICS as readonly string[]).includes(r.metric)) {
      const k = `${r.point}\u0000${r.policy}\u0000${r.metric}`;
      const values = mean.get(k);
      if (values) values.push(r.value);
      else mean.set(k, [r.value]);
    }
  const policies = [...new Set(rows.map((r) => r.policy))];
  const table = points.flatMap((p, i) =>
    policies.map((pol) => [
      ...paths.map((path) => valueOf(p, path)),
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
  return [
    textTable([...paths, 'policy', ...KEY_METRICS], table),
    '',
    `${points.length} grid points × ${policies.length} policies × ${replicates} replicate(s) on ${workers} worker(s). Every metric in ${displayPath(out)} (one row per point, policy, replicate and metric).`,
  ].join('\n');
}
