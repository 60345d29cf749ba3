/**
 * The one worker pool (tinypool): replicates and sweep points run on worker threads
 * through here. Each entry is a plain module that loads its TypeScript worker (worker
 * threads do not inherit tsx's loader).
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { InputError, type Problem } from '../problems.ts';

/**
 * What a worker thread sends back: its result, or the problems of the InputError it threw.
 * An InputError does not survive the structured clone between threads (it arrives as a
 * plain Error without its problems), so it is carried as data and rebuilt on the main side.
 */
export type WorkerReply<T> = { result: T } | { inputError: Problem[] };

/** Runs a worker's task, turning an InputError into a reply (any other error is thrown on). */
export async function workerReply<T>(work: () => Promise<T>): Promise<WorkerReply<T>> {
  try {
    return { result: await work() };
  } catch (e) {
    if (e instanceof InputError) return { inputError: e.problems };
    throw e;
  }
}

/** A worker's result, or its InputError thrown again in this thread. */
export function fromWorker<T>(reply: WorkerReply<T>): T {
  if ('inputError' in reply) throw new InputError(reply.inputError);
  return reply.result;
}

/** The worker modules, by the job they do. */
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
 * Runs every task on `workers` threads of the `job`'s worker and returns the results in
 * task order; `onResult` is called as each task finishes. A worker's InputError is thrown
 * again here (see `WorkerReply`). The pool is always torn down.
 */
export async function runOnPool<T, R>(
  job: WorkerJob,
  tasks: T[],
  workers: number,
  onResult?: (result: R) => void,
): Promise<R[]> {
  const pool = new Tinypool({ filename: ENTRIES[job], minThreads: workers, maxThreads: workers });
  try {
    return await Promise.all(
      tasks.map(async (t) => {
        const res = fromWorker((await pool.run(t)) as WorkerReply<R>);
        onResult?.(res);
        return res;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
