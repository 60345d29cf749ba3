/**
 * What a worker thread sends back, and how an InputError crosses the thread boundary. A
 * file of its own so a worker loads neither tinypool nor the bundler (pool.ts).
 */
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
