/**
 * A worker thread's side of parallel replicates: loads the scenario once, then runs the
 * replicates it is handed. Results depend only on the replicate index, never on which
 * worker ran it.
 */
import { loadScenario, type LoadedScenario } from '../cli/load.ts';
import { runReplicate, type ReplicateResult } from '../analytics/replicates.ts';

export interface ReplicateTask {
  scenario: string;
  root: string;
  seed: string;
  replicates: number[];
  /** The data is generated: load each replicate's own order stream. */
  regenerate?: boolean;
}

let cached: { key: string; loaded: Promise<LoadedScenario> } | null = null;

/** Runs the task's replicates in this thread. */
export default async function run(task: ReplicateTask): Promise<ReplicateResult[]> {
  if (task.regenerate) {
    const out: ReplicateResult[] = [];
    for (const r of task.replicates) out.push(runReplicate((await loadScenario(task.scenario, task.root, [], r)).policies, task.seed, r));
    return out;
  }
  const key = `${task.root}\u0000${task.scenario}`;
  if (!cached || cached.key !== key) cached = { key, loaded: loadScenario(task.scenario, task.root) };
  const { policies } = await cached.loaded;
  return task.replicates.map((r) => runReplicate(policies, task.seed, r));
}
