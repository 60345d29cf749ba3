/**
 * A worker thread's side of the report's charts (chart-pool.ts): draws the charts it claims
 * from the shared list, as the calling thread does from the same list (`drawClaimed`), and
 * replies with them once none is left. vega and resvg load as soon as the thread starts, so its
 * first chart does not wait for them.
 */
import { drawClaimed, preloadChartEngines, type ChartTask, type DrawnChart } from './chart-render.ts';

preloadChartEngines();

/** The charts to share, and the counter both threads claim them by (a SharedArrayBuffer's Int32Array). */
export interface ChartShare {
  tasks: ChartTask[];
  next: Int32Array;
}

/** A chart drawn on this thread, by task index: the PNG's bytes cross the thread boundary, not a promise. */
export type ChartReply = [number, Omit<DrawnChart, 'png'> & { png: Uint8Array | null }][];

/** Draws the charts this thread claims, their PNGs finished before the reply. */
export default async function draw({ tasks, next }: ChartShare): Promise<ChartReply> {
  const drawn = await drawClaimed(tasks, next);
  const reply: ChartReply = [];
  for (const [k, chart] of drawn) reply.push([k, { ...chart, png: await chart.png }]);
  return reply;
}
