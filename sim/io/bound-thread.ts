/**
 * The module a background bound thread starts with (bundled; see bound.ts): loads HiGHS at
 * once, then solves the hindsight bound of the model it is sent (one message) and posts it
 * back. It is started before the model is compiled, so its start-up (this module and the
 * solver's WebAssembly) overlaps the loading; it imports the bound's module only
 * (pipeline/bound.ts), not the rest of the pipeline. The bound's batches of LPs
 * (`boundSteps`) are shared between this thread and a pool of LP threads (lp-worker.ts), one
 * per core beside the one replaying.
 */
import { availableParallelism } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type Tinypool from 'tinypool';
import { loadLpSolver, solveLp, type LpBuilder } from '../lp/solver.ts';
import type { Model } from '../model/types.ts';
import { solveBoundWith } from '../pipeline/bound.ts';
import { fromLpReply, type LpReply } from './lp-worker.ts';
import { newTinypool, shareTasks, TASKS_PER_THREAD } from './pool.ts';

/** What this thread is sent: the model, and the LP threads' module. */
export interface BoundRequest {
  model: Model;
  lp: string;
}

const request = new Promise<BoundRequest>((resolve) => parentPort!.once('message', resolve));
await loadLpSolver();
const { model, lp } = await request;
const threads = Math.max(1, availableParallelism() - 1);
// started with the first batch of many (an exact bound is one LP and never needs it)
const lazy: { pool?: Tinypool } = {};
try {
  const onPool = async (l: LpBuilder) => fromLpReply((await lazy.pool!.run(l.toModel())) as LpReply);
  const solved = await solveBoundWith(model, (lps) => {
    if (lps.length === 1) return Promise.resolve([solveLp(lps[0]!)]);
    lazy.pool ??= newTinypool(lp, threads);
    return shareTasks(lps, threads * TASKS_PER_THREAD, onPool, { inThread: async (l) => solveLp(l) });
  });
  parentPort!.postMessage(solved);
} finally {
  await lazy.pool?.destroy();
}
