/**
 * The module a background bound thread starts with (bundled; see bound.ts): solves the
 * hindsight bound of the model it was started with and posts it back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLpSolver } from '../lp/solver.ts';
import type { Model } from '../model/types.ts';
import { solveBound } from '../pipeline/replay.ts';

await loadLpSolver();
parentPort!.postMessage(solveBound(workerData as Model));
