/** What the engine did under a policy, as counts: packages shipped and the engine's counters (run.json, run warnings). */
import type { RunStats } from '../engine/outcomes.ts';
import type { PolicyRun } from './runs.ts';

/** Packages shipped, then the engine's counters (failed picks, backordered units, …) in the engine's order. */
export type EngineCounts = { packages: number } & RunStats;

/**
 * A policy's engine counts.
 * @example engineCounts(run.runs[0]).packages // 14
 */
export function engineCounts(p: PolicyRun): EngineCounts {
  return { packages: p.run.packages.count, ...p.run.stats };
}
