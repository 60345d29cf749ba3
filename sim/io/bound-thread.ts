/**
 * The module a background bound thread starts with (bundled; see bound.ts): solves the
 * hindsight bound of the model it was started with and posts it back. The bound's batches
 * of LPs (`boundSteps`) are shared between this thread and a pool of LP threads
 * (lp-worker.ts), one per core beside the one replaying.
 */
import { availableParallelism } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import Tinypool from 'tinypool';
import { loadLpSolver, solveLp, type LpBuilder } from '../lp/solver.ts';
import type { Model } from '../model/types.ts';
import { solveBoundWith } from '../pipeline/replay.ts';
import { fromLpReply, type LpReply } from './lp-worker.ts';
import { shareTasks } from './pool.ts';

const { model, lp } = workerData as { model: Model; lp: string };
await loadLpSolver();
const threads = Math.max(1, availableParallelism() - 1);
// started with the first batch of many (an exact bound is one LP and never needs it)
const lazy: { pool?: Tinypool } = {};
try {
  const onPool = async (l: LpBuilder) => fromLpReply((await lazy.pool!.run(l.toModel())) as LpReply);
  const solved = await solveBoundWith(model, (lps) => {
    if (lps.length === 1) return Promise.resolve([solveLp(lps[0]!)]);
    lazy.pool ??= new Tinypool({ filename: lp, minThreads: threads, maxThreads: threads });
    return shareTasks(lps, threads, onPool, { inThread: async (l) => solveLp(l) });
  });
  parentPort!.postMessage(solved);
} finally {
  await lazy.pool?.destroy();
}
