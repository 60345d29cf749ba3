/**
 * The hindsight bound solved beside the replay: on a thread of its own started with the
 * model (a plain Worker, not the pool: it must start at once, while this thread is busy
 * replaying, and tinypool hands out tasks only from this thread's event loop). The same
 * HiGHS and the same LPs as in this thread, so the same bound. Where threads do not work or
 * the worker bundle cannot be built, it is solved here, first.
 */
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/types.ts';
import { solveBound } from '../pipeline/replay.ts';
import { threadsWork } from './pool.ts';
import { bundledWorkers } from './worker-bundle.ts';

export type SolvedBound = ReturnType<typeof solveBound>;

/**
 * Starts solving the model's hindsight bound; resolves once it is under way, with `done`,
 * the bound when solved (or why it could not be). Await this before starting synchronous work.
 * @example const bound = await boundBeside(model); const run = runPolicies(…); withBound(run, (await bound.done).bound)
 */
export async function boundBeside(model: Model): Promise<{ done: Promise<SolvedBound> }> {
  const urls = threadsWork() ? await bundledWorkers() : null;
  if (!urls) return { done: Promise.resolve(solveBound(model)) };
  const worker = new Worker(new URL(urls.bound), { workerData: { model, lp: urls.lp } });
  const done = new Promise<SolvedBound>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the hindsight bound's thread stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
  return { done };
}
