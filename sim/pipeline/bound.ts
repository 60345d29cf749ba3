/**
 * The hindsight bound of a run's network, solved here or with its LPs solved elsewhere. A
 * module of its own, importing only the bound's LPs and the solver: it is what the bound's
 * thread (io/bound-thread.ts) loads, so that thread starts without the engine, the parsers and
 * the rest of the pipeline. Pure.
 */
import type { Model } from '../model/types.ts';
import { boundSteps, hindsightBound, type HindsightBound } from '../lp/hindsight.ts';
import { LpError, type LpBuilder, type LpSolution } from '../lp/solver.ts';

/**
 * The hindsight bound of the scenario's network (sim/lp/hindsight.ts), or the reason it has
 * none (the LP solver stopped without an optimum): pass it to `runPolicies`.
 */
export function solveBound(model: Model): { bound: HindsightBound | null; reason: string | null } {
  try {
    return { bound: hindsightBound(model), reason: null };
  } catch (e) {
    if (e instanceof LpError) return { bound: null, reason: e.message };
    throw e;
  }
}

/**
 * `solveBound` with the bound's LPs solved by `solveBatch` (each batch in any order, anywhere:
 * worker threads, say), which answers each batch with its solutions in order; the same bound.
 */
export async function solveBoundWith(
  model: Model,
  solveBatch: (lps: LpBuilder[]) => Promise<LpSolution[]>,
): Promise<{ bound: HindsightBound | null; reason: string | null }> {
  try {
    const steps = boundSteps(model);
    let step = steps.next();
    while (!step.done) step = steps.next(await solveBatch(step.value));
    return { bound: step.value, reason: null };
  } catch (e) {
    if (e instanceof LpError) return { bound: null, reason: e.message };
    throw e;
  }
}
