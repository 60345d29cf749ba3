/**
 * A worker thread's side of the hindsight bound's LPs (bound-thread.ts hands them out): solves
 * the LP it is sent. An LpError does not survive the structured clone between threads, so it
 * is carried as data (`LpReply`) and thrown again on the other side (`fromLpReply`).
 */
import { loadLpSolver, LpError, solveLpModel, type LpModel, type LpSolution } from '../lp/solver.ts';

export type LpReply = { solution: LpSolution } | { lpError: { message: string; status: string } };

const ready = loadLpSolver();

/** Solves one LP in this thread; a solver stop without an optimum comes back as data. */
export default async function solve(lp: LpModel): Promise<LpReply> {
  await ready;
  try {
    return { solution: solveLpModel(lp) };
  } catch (e) {
    if (e instanceof LpError) return { lpError: { message: e.message, status: e.status } };
    throw e;
  }
}

/** A reply's solution, or its LpError thrown again in this thread. */
export function fromLpReply(reply: LpReply): LpSolution {
  if ('lpError' in reply) throw new LpError(reply.lpError.message, reply.lpError.status);
  return reply.solution;
}
