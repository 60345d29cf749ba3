/** A sweep's grid points replayed: in this thread with 1 worker, else on the pool's sweep workers. */
import { runOnPool } from './pool.ts';
import { sweepPoint, type SweepRow, type SweepTask } from './sweep-worker.ts';

/** Every row of every grid point, in the order the tasks finish (callers sort them). */
export async function runSweep(tasks: SweepTask[], workers: number): Promise<SweepRow[]> {
  if (workers <= 1) {
    const rows: SweepRow[] = [];
    for (const t of tasks) rows.push(...(await sweepPoint(t)));
    return rows;
  }
  return (await runOnPool<SweepTask, SweepRow[]>('sweep', tasks, workers)).flat();
}
