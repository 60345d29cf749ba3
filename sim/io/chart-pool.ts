/**
 * The report's charts shared between the calling thread and a worker thread (chart-worker.ts):
 * drawn one after another in one thread they were about a third of a demo run. The thread is
 * opened early (`openChartPool`: while the caller waits for the bound, say), so vega has loaded
 * in it by the time the charts are drawn. Each thread claims the next chart from a shared
 * counter when done with one (`drawClaimed`), so neither waits for the other's event loop. The
 * same code draws each chart either side, so the files are the same bytes whoever drew them.
 */
import type Tinypool from 'tinypool';
import { drawChart, drawClaimed, type ChartTask, type DrawnChart } from './chart-render.ts';
import type { ChartReply, ChartShare } from './chart-worker.ts';
import { newTinypool, threadsWork } from './pool.ts';
import { bundledWorkers } from './worker-bundle.ts';

/** Draws charts; `close` stops its thread (call it once, on success and on failure). */
export interface ChartPool {
  /** Every chart drawn, in task order; `onDrawn` is called as each one is (those of the other thread when it replies). */
  draw(tasks: ChartTask[], onDrawn?: () => void): Promise<DrawnChart[]>;
  /**
   * Starts drawing `tasks` on the chart thread alone while the calling thread does other work
   * (`run` analyzing the decision); a later `draw` of the same task (the same spec and PNG
   * flag) waits for that chart instead of drawing it again, and so does a later `drawAhead`.
   * Nothing where there is no thread.
   */
  drawAhead(tasks: ChartTask[]): void;
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
  drawAhead: () => undefined,
  close: async () => undefined,
};

/** A task's identity for `drawAhead`: its spec and PNG flag as JSON. */
const taskKey = (t: ChartTask) => JSON.stringify(t);

/** A chart the chart thread drew, as the calling thread's are (its PNG a promise). */
const received = (chart: ChartReply[number][1]): DrawnChart => ({ ...chart, png: Promise.resolve(chart.png) });

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
  /** Both threads drawing `tasks`, each claiming the next from one counter. */
  const shared = async (tasks: ChartTask[], onDrawn?: () => void): Promise<DrawnChart[]> => {
    if (!tasks.length) return [];
    const share: ChartShare = { tasks, next: counter() };
    const there = pool.run(share) as Promise<ChartReply>;
    there.catch(() => undefined); // awaited below, after this thread's share
    const drawn = await drawClaimed(tasks, share.next, onDrawn);
    for (const [k, chart] of await there) {
      drawn.set(k, received(chart));
      onDrawn?.();
    }
    return tasks.map((_, k) => drawn.get(k)!);
  };
  // charts drawn ahead, by task; null when the thread failed them (then they are drawn here)
  const ahead = new Map<string, Promise<DrawnChart | null>>();
  return {
    drawAhead: (all) => {
      const tasks = all.filter((t) => !ahead.has(taskKey(t)));
      if (!tasks.length) return;
      const reply = (pool.run({ tasks, next: counter() } satisfies ChartShare) as Promise<ChartReply>).then(
        (r) => new Map(r),
        () => null,
      );
      tasks.forEach((t, k) => {
        ahead.set(
          taskKey(t),
          reply.then((m) => (m?.has(k) ? received(m.get(k)!) : null)),
        );
      });
    },
    draw: async (tasks, onDrawn) => {
      const early = ahead.size ? tasks.map((t) => ahead.get(taskKey(t))) : [];
      const rest = tasks.flatMap((_, k) => (early[k] ? [] : [k]));
      const drawn = await shared(
        rest.map((k) => tasks[k]!),
        onDrawn,
      );
      const all: DrawnChart[] = [];
      rest.forEach((k, i) => (all[k] = drawn[i]!));
      for (const [k, chart] of early.entries()) {
        if (!chart) continue;
        all[k] = (await chart) ?? (await drawChart(tasks[k]!));
        onDrawn?.();
      }
      return all;
    },
    close: () => pool.destroy(),
  };
}
