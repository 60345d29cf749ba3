/**
 * The report's charts shared between the calling thread and a worker thread (chart-worker.ts):
 * drawn one after another in one thread they were about a third of a demo run. The thread is
 * opened early (`openChartPool`: while the caller waits for the bound, say), so vega has loaded
 * in it by the time the charts are drawn. Each thread claims the next chart from a shared
 * counter when done with one (`drawClaimed`), so neither waits for the other's event loop. The
 * same code draws each chart either side, so the files are the same bytes whoever drew them.
 */
import type Tinypool from 'tinypool';
import { drawClaimed, type ChartTask, type DrawnChart } from './chart-render.ts';
import type { ChartReply, ChartShare } from './chart-worker.ts';
import { newTinypool, threadsWork } from './pool.ts';
import { bundledWorkers } from './worker-bundle.ts';

/** Draws charts; `close` stops its thread (call it once, on success and on failure). */
export interface ChartPool {
  /** Every chart drawn, in task order; `onDrawn` is called as each one is (those of the other thread when it replies). */
  draw(tasks: ChartTask[], onDrawn?: () => void): Promise<DrawnChart[]>;
  close(): Promise<void>;
}

/** A shared counter at 0, for `drawClaimed`. */
const counter = () => new Int32Array(new SharedArrayBuffer(4));

/** Charts drawn in the calling thread only (where no thread is opened). */
export const inThreadCharts: ChartPool = {
  draw: async (tasks, onDrawn) => {
    const drawn = await drawClaimed(tasks, counter(), onDrawn);
    return tasks.map((_, k) => drawn.get(k)!);
  },
  close: async () => undefined,
};

/**
 * Opens a chart thread beside the calling one, which draws charts too. Where threads do not
 * work or the worker bundle cannot be built, every chart is drawn in the calling thread.
 * @example const charts = await openChartPool(); try { await reportFiles(input, { charts }); } finally { await charts.close(); }
 */
export async function openChartPool(): Promise<ChartPool> {
  const urls = threadsWork() ? await bundledWorkers() : null;
  if (!urls) return inThreadCharts;
  const pool: Tinypool = newTinypool(urls.chart, 1);
  // a tinypool thread imports its module with its first task: an empty one now, so vega loads in it at once
  pool.run({ tasks: [], next: counter() } satisfies ChartShare).catch(() => undefined);
  return {
    draw: async (tasks, onDrawn) => {
      const share: ChartShare = { tasks, next: counter() };
      const there = pool.run(share) as Promise<ChartReply>;
      there.catch(() => undefined); // awaited below, after this thread's share
      const drawn = await drawClaimed(tasks, share.next, onDrawn);
      for (const [k, chart] of await there) {
        drawn.set(k, { ...chart, png: Promise.resolve(chart.png) });
        onDrawn?.();
      }
      return tasks.map((_, k) => drawn.get(k)!);
    },
    close: () => pool.destroy(),
  };
}
