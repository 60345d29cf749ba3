/**
 * The one worker pool (tinypool): replicates and sweep points run on worker threads
 * through here. A worker loads its job's bundled module (worker-bundle.ts); a scenario
 * with custom TypeScript policies, or where the bundle cannot be built, loads the plain
 * entry that registers tsx and imports the TypeScript worker (worker threads do not
 * inherit tsx's loader).
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { fromWorker, type WorkerReply } from './worker-reply.ts';
import { bundledWorkers } from './worker-bundle.ts';

export { fromWorker, workerReply, type WorkerReply } from './worker-reply.ts';

/** The tsx entries, by the job they do. */
const ENTRIES = {
  replicate: new URL('./worker-entry.mjs', import.meta.url).href,
  sweep: new URL('./sweep-entry.mjs', import.meta.url).href,
} as const;

export type WorkerJob = keyof typeof ENTRIES;

/**
 * Whether worker threads can run here. Under Deno (its Jupyter kernel runs the notebooks) a
 * worker that loads TypeScript through tsx hangs, so replicates and sweep points run in the
 * calling thread there: the same results, one core.
 */
export const threadsWork = (): boolean => !('Deno' in globalThis);

/** Worker count used when none is given: the machine's cores, at most the jobs to share (1 where threads do not work). */
export function defaultWorkers(jobs: number): number {
  return threadsWork() ? Math.max(1, Math.min(availableParallelism(), jobs)) : 1;
}

/** The worker threads a caller's `workers` gets: as asked, or 1 where threads do not work (`threadsWork`). */
export const usableWorkers = (workers: number): number => (threadsWork() ? workers : 1);

/**
 * The module a `job`'s worker threads load: the bundled one, or the tsx entry when `tsx`
 * (the scenario has custom TypeScript policies: the worker imports them, and they import
 * RouteLab's own modules, which must be the same modules as the worker's) or when the
 * bundle cannot be built.
 */
export async function workerModule(job: WorkerJob, tsx: boolean): Promise<string> {
  return (!tsx && (await bundledWorkers())?.[job]) || ENTRIES[job];
}

/** How `runOnPool` runs: `onResult` as each task finishes; the calling thread's share (`inThread`); `tsx` (`workerModule`). */
export interface PoolOptions<T, R> {
  /** Called with each task's result as it finishes. */
  onResult?: (result: R) => void;
  /**
   * Runs a task in the calling thread, which then takes tasks too, as one of the `workers`
   * (its modules and data are loaded and warm already; a worker thread starts cold).
   */
  inThread?: (task: T) => Promise<R>;
  /** The scenario has custom TypeScript policies (`workerModule`; default true, always safe). */
  tsx?: boolean;
  /** Once aborted, no runner takes another task (those under way finish); the results then have holes. */
  signal?: AbortSignal;
}

/**
 * Tasks handed to each worker thread at a time. Replies and new tasks pass through the calling
 * thread's event loop, which is shut while it runs a task of its own; with the next task
 * already waiting in it, a worker thread goes straight on instead of idling until then
 * (a 12-point sweep on 2 threads: each thread's point took 2× as long with one at a time).
 */
export const TASKS_PER_THREAD = 2;

/** A tinypool of `threads` threads of the module at `filename`, each handed TASKS_PER_THREAD tasks at a time. */
export function newTinypool(filename: string, threads: number): Tinypool {
  return new Tinypool({
    filename,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_THREAD,
  });
}

/** Worker threads of one job, started when opened: each imports its module at once, while the caller goes on. */
export interface OpenPool<T, R> {
  /** The pool's threads (0: none; tasks then run only in the calling thread). */
  readonly threads: number;
  /** Runs every task on the pool's threads and, given `inThread`, the calling thread too (`shareTasks`); results in task order. */
  run(tasks: T[], options?: Pick<PoolOptions<T, R>, 'inThread' | 'onResult' | 'signal'>): Promise<R[]>;
  /** Stops the threads (call it once, after the last `run`, on success and on failure). */
  destroy(): Promise<void>;
}

/**
 * Starts `threads` worker threads of the `job`'s worker (none for 0) to run tasks on later:
 * a caller opens the pool before its own loading, so the threads import their module (and
 * warm up) beside it. A worker's InputError is thrown again by `run` (see `WorkerReply`).
 * @example const pool = await openPool('sweep', 1, false); try { await pool.run(tasks, { inThread }); } finally { await pool.destroy(); }
 */
export async function openPool<T, R>(job: WorkerJob, threads: number, tsx = true): Promise<OpenPool<T, R>> {
  const pool = threads > 0 ? newTinypool(await workerModule(job, tsx), threads) : null;
  const onPool = async (t: T): Promise<R> => fromWorker((await pool!.run(t)) as WorkerReply<R>);
  return {
    threads: pool ? threads : 0,
    run: (tasks, options) => shareTasks(tasks, pool ? threads * TASKS_PER_THREAD : 0, onPool, options),
    destroy: async () => void (await pool?.destroy()),
  };
}

/**
 * Runs every task on `workers` threads of the `job`'s worker (one of them the calling thread
 * when `inThread` is given) and returns the results in task order. Each thread takes the next
 * task when it is done with one, so a thread that starts late takes fewer. A worker's
 * InputError is thrown again here (see `WorkerReply`). The pool is always torn down.
 */
export async function runOnPool<T, R>(
  job: WorkerJob,
  tasks: T[],
  workers: number,
  { onResult, inThread, tsx = true, signal }: PoolOptions<T, R> = {},
): Promise<R[]> {
  const pool = await openPool<T, R>(job, inThread ? Math.min(workers - 1, tasks.length - 1) : workers, tsx);
  try {
    return await pool.run(tasks, { inThread, onResult, signal });
  } finally {
    await pool.destroy();
  }
}

/**
 * Deals `tasks` out to `threads` runners of `onPool` (a pool's task slots) and, given `inThread`,
 * the calling thread too; each takes the next task when it is done with one, and the results
 * come back in task order. The calling thread takes the first task (its modules and data are
 * warm; a thread's first task waits for it to start), then lets the pool's runners take theirs
 * before it runs it. The first error stops every runner from taking more and is thrown; so
 * does `signal` once aborted (without an error: the results then have holes).
 */
export async function shareTasks<T, R>(
  tasks: T[],
  threads: number,
  onPool: (task: T) => Promise<R>,
  { inThread, onResult, signal }: Pick<PoolOptions<T, R>, 'inThread' | 'onResult' | 'signal'> = {},
): Promise<R[]> {
  const results: R[] = new Array<R>(tasks.length);
  let next = 0,
    failed = false;
  const stopped = () => failed || signal?.aborted === true;
  const take = (): number => (stopped() || next >= tasks.length ? -1 : next++);
  const share = async (run: (task: T) => Promise<R>, here: boolean): Promise<void> => {
    try {
      for (let k = take(); k >= 0; k = take()) {
        // the calling thread's work is synchronous: let the pool's runners take their tasks, and its replies in, first
        if (here) await new Promise((done) => setImmediate(done));
        if (stopped()) return;
        results[k] = await run(tasks[k]!);
        onResult?.(results[k]!);
      }
    } catch (e) {
      failed = true;
      throw e;
    }
  };
  await Promise.all([
    ...(inThread ? [share(inThread, true)] : []),
    ...Array.from({ length: Math.max(0, threads) }, () => share(onPool, false)),
  ]);
  return results;
}
