/**
 * Replicates on worker threads (the pool of pool.ts). Replicate indices are dealt out in
 * fixed chunks and the results sorted by index, so the outcome is the same with 1 worker or many.
 */
import { replicateFromRun, runReplicate, type ReplicateResult } from '../analytics/replicates.ts';
import type { ScenarioRun } from '../pipeline/replay.ts';
import { defaultWorkers } from './pool.ts';
import { replicatePolicies, type LoadedScenario, type ScenarioSource } from './load.ts';
import { runOnPool, usableWorkers } from './pool.ts';
import type { ReplicateTask } from './replicate-worker.ts';
import { addedBuiltins } from '../scenario/builtin-entries.ts';
import { usesCustomPolicies } from './custom-policies.ts';

export interface ReplicatesOptions {
  /** Where the scenario comes from (workers load it again). */
  source: ScenarioSource;
  /** The run's seed. */
  seed: string;
  /** Replicates in all (0 … n−1). */
  n: number;
  /** Threads, this one among them (it runs replicates from `loaded`); 1 runs them all here. */
  workers: number;
  /** The scenario as loaded here for replicate 0. */
  loaded: LoadedScenario;
  /** Called with the count done as replicates finish. */
  onDone?: (done: number) => void;
  /** The first replicate to run (default 0; 1 when the caller has replicate 0 from a run already made). */
  first?: number;
  /** Once aborted, no more replicates are started (`startReplicates`' `stop`). */
  signal?: AbortSignal;
}

/**
 * Runs replicates `first` … n−1 of the scenario on `workers` threads; with 1 worker, in this
 * thread from `loaded` (the scenario as loaded here for replicate 0). Each replicate r ≥ 1
 * has its own order stream (`replicatePolicies`). `onDone` is called as replicates finish.
 * `first` 1 skips replicate 0 when the caller has it from a run already made.
 */
export async function runReplicates({
  source,
  seed,
  n,
  workers,
  loaded,
  onDone,
  first = 0,
  signal,
}: ReplicatesOptions): Promise<ReplicateResult[]> {
  const indices = Array.from({ length: Math.max(0, n - first) }, (_, i) => first + i);
  const here = async (r: number): Promise<ReplicateResult> => {
    const { policies, stream } = await replicatePolicies(loaded, source, seed, r);
    return runReplicate(policies, seed, r, stream);
  };
  let done = 0;
  const task = (replicates: number[]): ReplicateTask => ({
    ...source,
    builtins: addedBuiltins(loaded.scenario),
    seed,
    replicates,
  });
  // this thread takes replicates too, from `loaded` (warm), beside workers - 1 threads (none with 1)
  const results = await runOnPool<ReplicateTask, ReplicateResult[]>(
    'replicate',
    indices.map((r) => task([r])),
    usableWorkers(workers),
    {
      onResult: (res) => onDone?.((done += res.length)),
      inThread: async (t) => {
        const out: ReplicateResult[] = [];
        for (const r of t.replicates) out.push(await here(r));
        return out;
      },
      tsx: usesCustomPolicies(loaded.scenario),
      signal,
    },
  );
  return results.flat().sort((a, b) => a.replicate - b.replicate);
}

/** Replicates 1 … n−1 under way (`startReplicates`). */
export interface ReplicatesJob {
  /** Replicates 0 … n−1, replicate 0 being `run` (the scenario's policies replayed with the run's seed). */
  of(run: ScenarioRun): Promise<ReplicateResult[]>;
  /** Starts no more replicates (a run that failed, or needs none after all); those under way finish. */
  stop(): void;
}

/**
 * Starts replicates 1 … n−1 of the scenario now, with the run's `seed`, on `workers` threads
 * (this one among them), while the caller replays replicate 0 itself: they do not depend on
 * it. The worker threads start at once; this thread's share runs whenever it waits (for the
 * bound, say). A replicate's error is thrown by `of`, never unhandled.
 * @example const job = startReplicates(loaded, { scenario: 'three-location', root }, '2026', 4, 2); … const results = await job.of(run);
 */
export function startReplicates(
  loaded: LoadedScenario,
  source: ScenarioSource,
  seed: string,
  n: number,
  workers = defaultWorkers(n - 1),
): ReplicatesJob {
  const stop = new AbortController();
  const rest =
    n > 1
      ? runReplicates({ source, seed, n, workers: Math.min(workers, n - 1), loaded, first: 1, signal: stop.signal })
      : Promise.resolve<ReplicateResult[]>([]);
  rest.catch(() => undefined); // thrown by `of`; a job stopped and never asked for fails quietly
  return {
    of: async (run) => {
      if (run.seed !== seed)
        throw new Error(`replicates started with seed ${seed}, asked for a run with seed ${run.seed}`);
      const results = await rest;
      if (results.length !== n - 1) throw new Error(`the replicates were stopped (${results.length} of ${n - 1} made)`);
      return [replicateFromRun(run), ...results];
    },
    stop: () => stop.abort(),
  };
}

/**
 * Replicates 0 … n−1 of a run: replicate 0 is `run` itself (the scenario's policies already
 * replayed with its seed, not replayed again); 1 … n−1 run on `workers` threads (default
 * `defaultWorkers(n − 1)`, never more than n − 1), or in this thread with 1.
 * @example const results = await replicatesOfRun(loaded, { scenario: 'three-location', root }, run, 5); // results.length 5
 */
export function replicatesOfRun(
  loaded: LoadedScenario,
  source: ScenarioSource,
  run: ScenarioRun,
  n: number,
  workers = defaultWorkers(n - 1),
): Promise<ReplicateResult[]> {
  return startReplicates(loaded, source, run.seed, n, workers).of(run);
}
