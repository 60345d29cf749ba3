/**
 * A worker thread's side of a sweep: loads the scenario at one grid point and replays it,
 * replicate r on replicate r's order stream as `compare` and `roi` do (`replicatePolicies`).
 */
import { loadScenario, replicatePolicies, type LoadedScenario } from './load.ts';
import { runReplicate } from '../analytics/replicates.ts';
import { METRICS, metricsFromSums } from '../metrics/metrics.ts';
import type { Override } from '../scenario/override.ts';
import { workerReply, type WorkerReply } from './worker-reply.ts';

export interface SweepTask {
  scenario: string;
  root: string;
  seed: string;
  replicates: number;
  point: number;
  overrides: Override[];
}

export interface SweepRow {
  point: number;
  policy: string;
  replicate: number;
  metric: string;
  value: number | null;
}

/** A worker's side of `sweepPoint`: an InputError (bad input, a custom policy that throws) is sent back as data. */
export default function run(task: SweepTask): Promise<WorkerReply<SweepRow[]>> {
  return workerReply(() => sweepPoint(task));
}

/**
 * Every metric of every policy and replicate at one grid point; `loaded` is the point's scenario
 * as loaded with the task's overrides and seed when the caller has it (never replayed before),
 * else it is loaded here.
 */
export async function sweepPoint(task: SweepTask, loaded?: LoadedScenario): Promise<SweepRow[]> {
  loaded ??= await loadScenario(task.scenario, task.root, { overrides: task.overrides, seed: task.seed });
  const rows: SweepRow[] = [];
  for (let r = 0; r < task.replicates; r++) {
    const { policies } = await replicatePolicies(loaded, task, task.seed, r);
    for (const p of runReplicate(policies, task.seed, r).policies) {
      const values = metricsFromSums(p.total);
      for (const m of METRICS)
        rows.push({ point: task.point, policy: p.policy, replicate: r, metric: m.name, value: values[m.name] });
    }
  }
  return rows;
}
