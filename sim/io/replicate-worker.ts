/**
 * A worker thread's side of parallel replicates: loads the scenario once (with the run's
 * seed; its policies are not prepared, each replicate r ≥ 1 prepares its own), then runs
 * the replicates it is handed, each on its own order stream. Results depend only on the
 * replicate index, never on which worker ran it.
 */
import { loadScenario, replicatePolicies, type LoadedScenario, type ScenarioSource } from './load.ts';
import { runReplicate, type ReplicateResult } from '../analytics/replicates.ts';
import { workerReply, type WorkerReply } from './worker-reply.ts';

export interface ReplicateTask extends ScenarioSource {
  seed: string;
  replicates: number[];
}

let cached: { key: string; loaded: Promise<LoadedScenario> } | null = null;

/** The task's scenario as loaded with its seed: with replicate 0's policies prepared (`full`), or without. */
function load(task: ReplicateTask, full: boolean): Promise<LoadedScenario> {
  return loadScenario(task.scenario, task.root, {
    overrides: task.overrides,
    seed: task.seed,
    builtins: task.builtins,
    prepare: full,
  });
}

/** Runs the task's replicates in this thread; an InputError (bad input, a custom policy that throws) is sent back as data. */
export default function run(task: ReplicateTask): Promise<WorkerReply<ReplicateResult[]>> {
  return workerReply(() => replicates(task));
}

async function replicates(task: ReplicateTask): Promise<ReplicateResult[]> {
  const key = JSON.stringify([task.root, task.scenario, task.overrides ?? [], task.seed, task.builtins ?? []]);
  if (!cached || cached.key !== key) cached = { key, loaded: load(task, false) };
  const loaded = await cached.loaded;
  const out: ReplicateResult[] = [];
  for (const r of task.replicates) {
    // replicate 0 replays the scenario's own policies (loaded again, prepared)
    const { policies, stream } = await replicatePolicies(r === 0 ? await load(task, true) : loaded, task, task.seed, r);
    out.push(runReplicate(policies, task.seed, r, stream));
  }
  return out;
}
