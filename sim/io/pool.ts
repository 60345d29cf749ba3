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
  { onResult, inThread, tsx = true }: PoolOptions<T, R> = {},
): Promise<R[]> {
  const threads = inThread ? Math.min(workers - 1, tasks.length - 1) : workers;
  const pool =
    threads > 0
      ? new Tinypool({ filename: await workerModule(job, tsx), minThreads: threads, maxThreads: threads })
      : null;
  const onPool = async (t: T): Promise<R> => fromWorker((await pool!.run(t)) as WorkerReply<R>);
  try {
    return await shareTasks(tasks, pool ? threads : 0, onPool, { inThread, onResult });
  } finally {
    await pool?.destroy();
  }
}

/**
 * Deals `tasks` out to `threads` runners of `onPool` (a pool's threads) and, given `inThread`,
 * the calling thread too; each takes the next task when it is done with one, and the results
 * come back in task order. The first error stops every runner from taking more and is thrown.
 */
export async function shareTasks<T, R>(
  tasks: T[],
  threads: number,
  onPool: (task: T) => Promise<R>,
  { inThread, onResult }: Pick<PoolOptions<T, R>, 'inThread' | 'onResult'> = {},
): Promise<R[]> {
  const results: R[] = new Array<R>(tasks.length);
  let next = 0,
    failed = false;
  const take = (): number => (failed || next >= tasks.length ? -1 : next++);
  const share = async (run: (task: T) => Promise<R>, yieldAfter: boolean): Promise<void> => {
    try {
      for (let k = take(); k >= 0; k = take()) {
        results[k] = await run(tasks[k]!);
        onResult?.(results[k]!);
        // let the pool's replies in between the calling thread's tasks (its work is synchronous)
        if (yieldAfter) await new Promise((done) => setImmediate(done));
      }
    } catch (e) {
      failed = true;
      throw e;
    }
  };
  await Promise.all([
    ...Array.from({ length: Math.max(0, threads) }, () => share(onPool, false)),
    ...(inThread ? [share(inThread, true)] : []),
  ]);
  return results;
}
