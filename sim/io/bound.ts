/**
 * The hindsight bound solved beside the replay: on a thread of its own started before the
 * model is compiled and sent it once it is (a plain Worker, not the pool: it must start at once, while this thread is busy
 * loading and replaying, and tinypool hands out tasks only from this thread's event loop).
 * The same HiGHS and the same LPs as in this thread, so the same bound. Where threads do not
 * work or the worker bundle cannot be built, it is solved here when asked for.
 */
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/types.ts';
import { solveBound } from '../pipeline/bound.ts';
import { threadsWork } from './pool.ts';
import { bundledWorkers } from './worker-bundle.ts';
import type { BoundRequest } from './bound-thread.ts';

export type SolvedBound = ReturnType<typeof solveBound>;

/** A bound being solved. */
export interface BoundJob {
  /** The bound when solved, or why it could not be; the process waits for it from the first call. */
  done(): Promise<SolvedBound>;
  /** Stops the solve if it is still under way (a run that fails); nothing once it is done. */
  stop(): void;
}

/** Starts a model's bound (see `boundStarter`). */
export interface BoundStarter {
  /** Starts the model's bound (once): a synchronous call, so it can be made in the middle of loading. */
  start(model: Model): BoundJob;
  /** Ends the thread whatever it is doing (waiting for a model or solving); nothing once the bound is done. */
  close(): void;
}

/**
 * What starts a model's bound. Where threads work, the bound's thread is started now, before
 * there is a model: it loads the solver while this thread loads the scenario, and `start`
 * sends it the model as soon as that is compiled. Where threads do not work (or the worker
 * bundle cannot be built), the bound is solved in this thread when `done` is first called. A
 * thread never asked for does not keep the process alive; `close` ends it (a run that fails,
 * or one that never compiled a model).
 * @example const starter = await boundStarter(); const job = starter.start(model); … (await job.done()).bound; starter.close()
 */
export async function boundStarter(): Promise<BoundStarter> {
  const urls = threadsWork() ? await bundledWorkers() : null;
  if (!urls) {
    return {
      start: (model) => ({ done: async () => solveBound(model), stop: () => undefined }),
      close: () => undefined,
    };
  }
  const worker = new Worker(new URL(urls.bound));
  worker.unref();
  const solved = new Promise<SolvedBound>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the hindsight bound's thread stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
  solved.catch(() => undefined); // a job never asked for fails quietly
  const close = () => void worker.terminate();
  let started = false;
  return {
    start: (model) => {
      if (started) throw new Error("the hindsight bound's thread was already sent a model");
      started = true;
      const request: BoundRequest = { model, lp: urls.lp };
      worker.postMessage(request);
      return {
        done: () => {
          worker.ref();
          return solved;
        },
        stop: close,
      };
    },
    close,
  };
}

/** Starts the model's bound now (see `boundStarter`). */
export async function boundBeside(model: Model): Promise<BoundJob> {
  return (await boundStarter()).start(model);
}
