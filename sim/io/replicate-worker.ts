/**
 * A worker thread's side of parallel replicates: loads the scenario once (with the run's
 * seed), then runs the replicates it is handed, each on its own order stream. Results
 * depend only on the replicate index, never on which worker ran it.
 */
import { loadScenario, replicatePolicies, type LoadedScenario, type ScenarioSource } from './load.ts';
import { runReplicate, type ReplicateResult } from '../analytics/replicates.ts';
import { workerReply, type WorkerReply } from './pool.ts';

export interface ReplicateTask extends ScenarioSource {
  seed: string;
  replicates: number[];
}

let cached: { key: string; loaded: Promise<LoadedScenario> } | null = null;

/** Runs the task's replicates in this thread; an InputError (bad input, a custom policy that throws) is sent back as data. */
export default function run(task: ReplicateTask): Promise<WorkerReply<ReplicateResult[]>> {
  return workerReply(() => replicates(task));
}

async function replicates(task: ReplicateTask): Promise<ReplicateResult[]> {
  const key = JSON.stringify([task.root, task.scenario, task.overrides ?? [], task.seed, task.builtins ?? []]);
  if (!cached || cached.key !== key)
    cached = {
      key,
      loaded: loadScenario(task.scenario, task.root, {
        overrides: task.overrides,
        seed: task.seed,
        builtins: task.builtins,
      }),
    };
  const loaded = await cached.loaded;
  const out: ReplicateResult[] = [];
  for (const r of task.replicates) {
    const { policies, stream } = await replicatePolicies(loaded, task, task.seed, r);
    out.push(runReplicate(policies, task.seed, r, stream));
  }
  return out;
}
