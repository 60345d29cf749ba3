/** A sweep's grid points replayed: in this thread with 1 worker, else on the pool's sweep workers. */
import { defaultWorkers, runOnPool, usableWorkers } from './pool.ts';
import { sweepPoint, type SweepRow, type SweepTask } from './sweep-worker.ts';
import { loadScenario } from './load.ts';
import type { LoadedScenario } from '../pipeline/load.ts';
import { readScenario } from './scenario.ts';
import { InputError, Problems } from '../problems.ts';
import { toCSV } from '../format/csv-write.ts';
import { usesCustomPolicies } from './custom-policies.ts';
import { grid, overrideNodes, overrideScenario, type Override } from '../scenario/override.ts';

/**
 * Whether a sweep's workers load RouteLab through tsx (pool.ts `workerModule`): the scenario
 * as loaded at the first point has custom policies, or a point changes an entry's `use`.
 */
export function sweepNeedsTsx(first: LoadedScenario, points: Override[][]): boolean {
  return usesCustomPolicies(first.scenario) || points.some((p) => p.some((o) => /(^|\.)use$/.test(o.path)));
}

/**
 * Every row of every grid point, in the order the tasks finish (callers sort them). `tsx`:
 * the workers load RouteLab through tsx (`sweepNeedsTsx`; default true, always safe).
 */
export async function runSweep(tasks: SweepTask[], workers: number, tsx = true): Promise<SweepRow[]> {
  // this thread replays points too, beside workers - 1 threads (none with 1)
  const threads = usableWorkers(workers);
  return (await runOnPool<SweepTask, SweepRow[]>('sweep', tasks, threads, { tsx, inThread: sweepPoint })).flat();
}

/** A sweep's grid replayed: every point, the rows sorted by point then replicate. */
export interface SweepGrid {
  /** The settings varied, in the order given. */
  paths: string[];
  /** Every combination of the settings' values, in grid order. */
  points: Override[][];
  /** One per grid point, policy, replicate and metric. */
  rows: SweepRow[];
  seed: string;
  replicates: number;
  workers: number;
}

/**
 * Loads the scenario with the first grid point's settings and checks every other point's in
 * this thread, so a bad value is an InputError before any work; returns the first point's load.
 */
export async function checkGrid(arg: string, root: string, points: Override[][]): Promise<LoadedScenario> {
  const first = await loadScenario(arg, root, { overrides: points[0]! });
  for (const p of points.slice(1)) {
    const problems = new Problems();
    if (!(await readScenario(first.path, problems, undefined, (text) => overrideScenario(text, p))))
      throw new InputError(problems.list);
    overrideNodes(first.data, p);
  }
  return first;
}

/**
 * Checks every grid point's settings in this thread (so a bad value is reported before any
 * work), then replays each point with `replicates` replicates on `workers` threads (default
 * `defaultWorkers(points)`, at most one per point).
 * @example const g = await sweepGrid('three-location', root, [{ path: 'costs.manual_touch', values: [3, 8] }], { replicates: 1 }); // g.points.length 2
 */
export async function sweepGrid(
  arg: string,
  root: string,
  settings: { path: string; values: unknown[] }[],
  { replicates, workers, seed }: { replicates: number; workers?: number; seed?: string | number },
): Promise<SweepGrid> {
  const points = grid(settings);
  const threads = Math.min(workers ?? defaultWorkers(points.length), points.length);
  const first = await checkGrid(arg, root, points);
  const runSeed = String(seed ?? first.scenario.config.seed);
  const tasks: SweepTask[] = points.map((overrides, point) => ({
    scenario: arg,
    root,
    seed: runSeed,
    replicates,
    point,
    overrides,
  }));
  const rows = await runSweep(tasks, threads, sweepNeedsTsx(first, points));
  rows.sort((a, b) => a.point - b.point || a.replicate - b.replicate);
  return { paths: settings.map((s) => s.path), points, rows, seed: runSeed, replicates, workers: threads };
}

/** A grid point's value of the setting `path`, as written in the CSV. */
const valueOf = (overrides: Override[], path: string) => String(overrides.find((o) => o.path === path)!.value);

/**
 * The sweep as tidy records: one per grid point, policy, replicate and metric, the settings
 * as columns named by their paths (values as given), then policy, replicate, metric, value.
 * @example sweepRecords(g)[0] // { 'costs.manual_touch': 3, policy: 'warehouse-only', replicate: 0, metric: 'orders', value: 40 }
 */
export function sweepRecords(g: Pick<SweepGrid, 'paths' | 'points' | 'rows'>): Record<string, unknown>[] {
  return g.rows.map((r) => ({
    ...Object.fromEntries(g.paths.map((p) => [p, g.points[r.point]!.find((o) => o.path === p)!.value])),
    policy: r.policy,
    replicate: r.replicate,
    metric: r.metric,
    value: r.value,
  }));
}

/**
 * The sweep CSV `routelab sweep` writes: the settings' columns, then policy, replicate, metric, value.
 * @example sweepCsv(g).split('\n')[0] // 'costs.manual_touch,policy,replicate,metric,value'
 */
export function sweepCsv(g: Pick<SweepGrid, 'paths' | 'points' | 'rows'>): string {
  return toCSV(
    [...g.paths, 'policy', 'replicate', 'metric', 'value'],
    g.rows.map((r) => [
      ...g.paths.map((p) => valueOf(g.points[r.point]!, p)),
      r.policy,
      r.replicate,
      r.metric,
      r.value === null ? '' : r.value,
    ]),
  );
}

/** Whether a file is a sweep CSV RouteLab wrote (its header ends with these columns): the only kind `sweep --out` and `merge --out` overwrite. */
export const isSweepCsv = (start: string): boolean =>
  /,policy,replicate,metric,value\r?\n/.test(start.slice(0, start.indexOf('\n') + 1));
