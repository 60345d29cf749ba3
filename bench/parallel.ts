/**
 * Parallel scaling on the demo scenario (three-location), 1 worker against 2, measured in
 * pairs (A = 1 worker, B = 2 workers, A, B, …; medians and the median pairwise speed-up):
 *   - `routelab run three-location --replicates R --workers W` (a child process, whole run);
 *   - `routelab sweep three-location --set policies.store-for-local.radius_miles=<P values> --workers W`,
 *     for P points and 3P points;
 *   - in this process, `runReplicates` (sim/io/replicates.ts) over the loaded scenario:
 *     the replicates alone, without the CLI's start-up, reading and report, to separate
 *     worker start-up from the work; and the pool alone (each worker starts and loads the
 *     scenario, no replicate), the start-up every parallel call pays; with R and 4R replicates;
 *   - the machine's own ceiling (cpu-ceiling.ts): plain arithmetic twice on one thread against
 *     twice at once on two warm threads, which no program on this machine can beat.
 *
 *   npm run bench:parallel -- [--pairs 2] [--replicates 4] [--points 4]
 *
 * Target in issue 13: ≥ 1.8× faster on 2 workers than on 1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadScenario } from '../sim/io/load.ts';
import { runOnPool } from '../sim/io/pool.ts';
import { runReplicates } from '../sim/io/replicates.ts';
import type { ReplicateTask } from '../sim/io/replicate-worker.ts';
import { runCli, type Child } from './child.ts';
import { ceilingPair } from './cpu-ceiling.ts';
import { int, median, printTable } from './table.ts';

const { values } = parseArgs({
  options: {
    pairs: { type: 'string', default: '2' },
    replicates: { type: 'string', default: '4' },
    points: { type: 'string', default: '4' },
  },
});
const pairs = Number(values.pairs),
  R = Number(values.replicates),
  P = Number(values.points);
const root = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 'routelab-parallel-'));
/** A sweep of `points` store-for-local radii: 50, 75, 100, … miles. */
const radii = (points: number) =>
  `policies.store-for-local.radius_miles=${Array.from({ length: points }, (_, i) => 50 + 25 * i).join(',')}`;

/** Seconds of A and B run in pairs (A, B, A, B, …); a failed child throws. */
async function paired(a: () => Promise<number>, b: () => Promise<number>) {
  const as: number[] = [],
    bs: number[] = [],
    speedUp: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const x = await a(),
      y = await b();
    as.push(x);
    bs.push(y);
    speedUp.push(x / y);
  }
  return { a: median(as), b: median(bs), speedUp: median(speedUp) };
}

const ok = (c: Child, what: string) => {
  if (c.code !== 0) throw new Error(`${what} failed: exit ${c.code}, ${c.why}`);
  return c.seconds;
};
let k = 0;
const cliRun = (workers: number) => async () =>
  ok(
    await runCli([
      'run',
      'three-location',
      '--replicates',
      String(R),
      '--workers',
      String(workers),
      '--quiet',
      '--out',
      join(tmp, `run-${k++}`),
    ]),
    'run',
  );
const cliSweep = (points: number, workers: number) => async () =>
  ok(
    await runCli([
      'sweep',
      'three-location',
      '--set',
      radii(points),
      '--workers',
      String(workers),
      '--out',
      join(tmp, `sweep-${k++}.csv`),
    ]),
    'sweep',
  );

let t = performance.now();
const loaded = await loadScenario('three-location', root);
const loadS = (performance.now() - t) / 1000;
const seed = String(loaded.scenario.config.seed);
const inProcess = (n: number, workers: number) => async () => {
  const t0 = performance.now();
  const out = await runReplicates({ source: { scenario: 'three-location', root }, seed, n, workers, loaded });
  if (out.length !== n) throw new Error(`expected ${n} replicates, got ${out.length}`);
  return (performance.now() - t0) / 1000;
};

/** Worker start-up alone: each of `workers` threads starts, loads the scenario and runs no replicate. */
const startUp = (workers: number) => async () => {
  const t0 = performance.now();
  await runOnPool<ReplicateTask, unknown[]>(
    'replicate',
    Array.from({ length: workers }, () => ({ scenario: 'three-location', root, seed, replicates: [] })),
    workers,
  );
  return (performance.now() - t0) / 1000;
};

const rows: string[][] = [];
const add = (what: string, r: { a: number; b: number; speedUp: number }) =>
  rows.push([what, r.a.toFixed(2), r.b.toFixed(2), `${r.speedUp.toFixed(2)}×`]);
add('pool start-up + scenario load only (no replicates)', await paired(startUp(1), startUp(2)));
for (const n of [R, 4 * R])
  add(`runReplicates in process, ${n} replicates`, await paired(inProcess(n, 1), inProcess(n, 2)));
add(`run --replicates ${R} (CLI, whole run)`, await paired(cliRun(1), cliRun(2)));
for (const points of [P, 3 * P])
  add(`sweep, ${points} grid points (CLI)`, await paired(cliSweep(points, 1), cliSweep(points, 2)));
const ceilings: { serial: number; parallel: number }[] = [];
for (let i = 0; i < Math.max(pairs, 3); i++) ceilings.push(await ceilingPair(3000));
const ceiling = {
  a: median(ceilings.map((x) => x.serial)),
  b: median(ceilings.map((x) => x.parallel)),
  speedUp: median(ceilings.map((x) => x.serial / x.parallel)),
};
add('the machine: plain arithmetic, twice on 1 thread vs at once on 2', ceiling);
rmSync(tmp, { recursive: true, force: true });

printTable(
  `Parallel scaling, demo scenario three-location (${int(loaded.model.orders.count)} orders × ${loaded.policies.length} policies; ` +
    `loading it in process ${loadS.toFixed(1)} s); median of ${pairs} pairs (1 worker, 2 workers); target ≥ 1.8×`,
  ['what', '1 worker s', '2 workers s', 'speed-up'],
  rows,
);
