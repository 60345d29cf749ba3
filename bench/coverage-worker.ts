/** A worker thread's side of the coverage benchmark: runs one task (bench/coverage-core.ts). */
import { runTask, type CoverageTask, type HistoryResult } from './coverage-core.ts';

/** Runs one truth draw or one history. */
export default function run(task: CoverageTask): number | HistoryResult {
  return runTask(task);
}
