/**
 * A sweep's grid points replayed: in this thread with 1 worker, else beside it on the pool's
 * sweep workers (sweep-worker.ts). The flow:
 *
 *   read every point's scenario ─▶ open the pool ─▶ load point 0 and check every point's nodes ─▶ replay the points
 *
 * The pool opens before the load, so its threads start (import their module) beside it; this
 * thread replays point 0 from that load instead of loading it again.
 */
import { defaultWorkers, openPool, usableWorkers } from './pool.ts';
import { sweepPoint, type SweepRow, type SweepTask } from './sweep-worker.ts';
import { loadScenario } from './load.ts';
import type { LoadedScenario } from '../pipeline/load.ts';
import { readScenario, resolveScenarioPath } from './scenario.ts';
import { InputError, Problems } from '../problems.ts';
import { toCSV } from '../format/csv-write.ts';
import { usesCustomPolicies } from './custom-policies.ts';
import { grid, overrideNodes, overrideScenario, type Override } from '../scenario/override.ts';
import type { Scenario } from '../scenario/parse.ts';

/**
 * Whether a sweep's workers load RouteLab through tsx (pool.ts `workerModule`): the scenario
 * as read at the first point has custom policies, or a point changes an entry's `use`.
 */
export function sweepNeedsTsx(first: Pick<Scenario, 'policies'>, points: Override[][]): boolean {
  return usesCustomPolicies(first) || points.some((p) => p.some((o) => /(^|\.)use$/.test(o.path)));
}

/** Every grid point's scenario file read with its settings (no data): an InputError at the first point whose settings do not fit. */
async function readPoints(path: string, points: Override[][]): Promise<Scenario[]> {
  const out: Scenario[] = [];
  for (const p of points) {
    const problems = new Problems();
    const s = await readScenario(path, problems, undefined, (text) => overrideScenario(text, p));
    if (!s || problems.hasErrors()) throw new InputError(problems.list);
    out.push(s);
  }
  return out;
}

/** How `replaySweep` runs: the points to replay (indices into the grid; default all), replicates, threads, the run's seed. */
export interface SweepRunOptions {
  mine?: number[];
  replicates: number;
  /** Threads, this one among them (at most one per point replayed). */
  workers: number;
  seed?: string | number;
}

/** What `replaySweep` gives: the load of point 0 (its inputs' hashes, its seed), the run's seed, and every row sorted by point then replicate. */
export interface SweepRun {
  first: LoadedScenario;
  seed: string;
  rows: SweepRow[];
  /** The threads used. */
  workers: number;
}

/**
 * Checks every grid point's settings in this thread (so a bad value is an InputError before
 * any replay), then replays the points `mine` with `replicates` replicates on `workers` threads
 * (see the file's comment for the order). A task keeps its point's index in the whole grid, so
 * its replicates' seeds do not depend on which points are replayed (a shard's).
 * @example const { rows } = await replaySweep('three-location', root, grid([{ path: 'costs.manual_touch', values: [3, 8] }]), { replicates: 1, workers: 2 });
 */
export async function replaySweep(
  arg: string,
  root: string,
  points: Override[][],
  { mine = points.map((_, k) => k), replicates, workers, seed }: SweepRunOptions,
): Promise<SweepRun> {
  const { path } = resolveScenarioPath(arg, root);
  const scenarios = await readPoints(path, points);
  const threads = Math.max(1, Math.min(usableWorkers(workers), mine.length));
  const pool = await openPool<SweepTask, SweepRow[]>('sweep', threads - 1, sweepNeedsTsx(scenarios[0]!, points));
  try {
    const first = await loadScenario(arg, root, { overrides: points[0]!, seed });
    for (const p of points.slice(1)) overrideNodes(first.data, p);
    const runSeed = String(seed ?? first.scenario.config.seed);
    const tasks = mine.map((point) => ({
      scenario: arg,
      root,
      seed: runSeed,
      replicates,
      point,
      overrides: points[point]!,
    }));
    // point 0 (when replayed) is the first task, and this thread takes the first task (pool.ts `shareTasks`)
    let reuse: LoadedScenario | undefined = first;
    const rows = await pool.run(tasks, {
      inThread: (t) => {
        const loaded = t.point === 0 ? reuse : undefined;
        reuse = undefined;
        return sweepPoint(t, loaded);
      },
    });
    return {
      first,
      seed: runSeed,
      rows: rows.flat().sort((a, b) => a.point - b.point || a.replicate - b.replicate),
      workers: threads,
    };
  } finally {
    await pool.destroy();
  }
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
 * Every point of the grid of `settings` replayed with `replicates` replicates on `workers`
 * threads (default `defaultWorkers(points)`, at most one per point): `replaySweep` over the whole grid.
 * @example const g = await sweepGrid('three-location', root, [{ path: 'costs.manual_touch', values: [3, 8] }], { replicates: 1 }); // g.points.length 2
 */
export async function sweepGrid(
  arg: string,
  root: string,
  settings: { path: string; values: unknown[] }[],
  { replicates, workers, seed }: { replicates: number; workers?: number; seed?: string | number },
): Promise<SweepGrid> {
  const points = grid(settings);
  const run = await replaySweep(arg, root, points, {
    replicates,
    workers: workers ?? defaultWorkers(points.length),
    seed,
  });
  return {
    paths: settings.map((s) => s.path),
    points,
    rows: run.rows,
    seed: run.seed,
    replicates,
    workers: run.workers,
  };
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
