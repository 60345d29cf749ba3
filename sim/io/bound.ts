/**
 * The hindsight bound solved beside the replay: on a thread of its own started with the
 * model (a plain Worker, not the pool: it must start at once, while this thread is busy
 * loading and replaying, and tinypool hands out tasks only from this thread's event loop).
 * The same HiGHS and the same LPs as in this thread, so the same bound. Where threads do not
 * work or the worker bundle cannot be built, it is solved here when asked for.
 */
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/types.ts';
import { solveBound } from '../pipeline/replay.ts';
import { threadsWork } from './pool.ts';
import { bundledWorkers } from './worker-bundle.ts';

export type SolvedBound = ReturnType<typeof solveBound>;

/** A bound being solved. */
export interface BoundJob {
  /** The bound when solved, or why it could not be; the process waits for it from the first call. */
  done(): Promise<SolvedBound>;
  /** Stops the solve if it is still under way (a run that fails); nothing once it is done. */
  stop(): void;
}

/**
 * What starts a model's bound: at once, on a thread of its own (a synchronous call, so it can
 * be made in the middle of loading, as soon as the model is compiled), or, where threads do
 * not work, in this thread when `done` is first called. A job never asked for does not keep
 * the process alive; `stop` ends one still under way (a run that fails after starting it).
 * @example const start = await boundStarter(); const job = start(model); … (await job.done()).bound
 */
export async function boundStarter(): Promise<(model: Model) => BoundJob> {
  const urls = threadsWork() ? await bundledWorkers() : null;
  if (!urls) return (model) => ({ done: async () => solveBound(model), stop: () => undefined });
  return (model) => {
    const worker = new Worker(new URL(urls.bound), { workerData: { model, lp: urls.lp } });
    worker.unref();
    const solved = new Promise<SolvedBound>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the hindsight bound's thread stopped (exit code ${code})`)));
    }).finally(() => void worker.terminate());
    solved.catch(() => undefined); // a job never asked for fails quietly
    return {
      done: () => {
        worker.ref();
        return solved;
      },
      stop: () => void worker.terminate(),
    };
  };
}

/** Starts the model's bound now (see `boundStarter`). */
export async function boundBeside(model: Model): Promise<BoundJob> {
  return (await boundStarter())(model);
}
