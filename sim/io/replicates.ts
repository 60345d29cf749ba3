/**
 * Replicates on worker threads (tinypool). Replicate indices are dealt out in fixed chunks
 * and the results sorted by index, so the outcome is the same with 1 worker or many.
 */
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import { runReplicate, type ReplicateResult } from '../analytics/replicates.ts';
import { replicatePolicies, type LoadedScenario, type ScenarioSource } from '../cli/load.ts';
import type { ReplicateTask } from './replicate-worker.ts';
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

/** Worker count used when none is given: the machine's cores, at most the replicates. */
export function defaultWorkers(replicates: number): number {
  return Math.max(1, Math.min(availableParallelism(), replicates));
}

/**
 * Runs replicates `first` … n−1 of the scenario on `workers` threads; with 1 worker, in this
 * thread from `loaded` (the scenario as loaded here for replicate 0). Each replicate r ≥ 1
 * has its own order stream (`replicatePolicies`). `onDone` is called as replicates finish.
 * `first` 1 skips replicate 0 when the caller has it from a run already made.
 */
export async function runReplicates(source: ScenarioSource, seed: string, n: number, workers: number, loaded: LoadedScenario, onDone?: (done: number) => void, first = 0): Promise<ReplicateResult[]> {
  const indices = Array.from({ length: Math.max(0, n - first) }, (_, i) => first + i);
  if (workers <= 1) {
    const out: ReplicateResult[] = [];
    for (const r of indices) {
      const { policies, stream } = await replicatePolicies(loaded, source, seed, r);
      out.push(runReplicate(policies, seed, r, stream));
      onDone?.(out.length);
    }
    return out;
  }
  const pool = new Tinypool({ filename: new URL('./worker-entry.mjs', import.meta.url).href, minThreads: workers, maxThreads: workers });
  try {
    let done = 0;
    const chunks = indices.map((r) => [r]);
    const results = await Promise.all(chunks.map(async (replicates) => {
      const res = fromWorker((await pool.run({ ...source, seed, replicates } satisfies ReplicateTask)) as WorkerReply<ReplicateResult[]>);
      onDone?.((done += res.length));
      return res;
    }));
    return results.flat().sort((a, b) => a.replicate - b.replicate);
  } finally {
    await pool.destroy();
  }
}
