/**
 * The one worker pool (tinypool): replicates and sweep points run on worker threads
 * through here. Each entry is a plain module that loads its TypeScript worker (worker
 * threads do not inherit tsx's loader).
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';

/** The worker modules, by the job they do. */
const ENTRIES = {
  replicate: new URL('./worker-entry.mjs', import.meta.url).href,
  sweep: new URL('./sweep-entry.mjs', import.meta.url).href,
} as const;

export type WorkerJob = keyof typeof ENTRIES;

/** Worker count used when none is given: the machine's cores, at most the jobs to share. */
export function defaultWorkers(jobs: number): number {
  return Math.max(1, Math.min(availableParallelism(), jobs));
}

/**
 * Runs every task on `workers` threads of the `job`'s worker and returns the results in
 * task order; `onResult` is called as each task finishes. The pool is always torn down.
 */
export async function runOnPool<T, R>(job: WorkerJob, tasks: T[], workers: number, onResult?: (result: R) => void): Promise<R[]> {
  const pool = new Tinypool({ filename: ENTRIES[job], minThreads: workers, maxThreads: workers });
  try {
    return await Promise.all(tasks.map(async (t) => {
      const res = (await pool.run(t)) as R;
      onResult?.(res);
      return res;
    }));
  } finally {
    await pool.destroy();
  }
}
