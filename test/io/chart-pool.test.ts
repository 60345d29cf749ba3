/**
 * The report's charts drawn by two threads are the bytes one thread draws (`openChartPool`
 * against `inThreadCharts`); each chart is drawn once whoever claims it (`drawClaimed`); and a
 * chart's SVG does not depend on the charts drawn before it (vega's clip ids numbered per chart).
 */
import { describe, expect, it } from 'vitest';
import { inThreadCharts, openChartPool, type ChartPool } from '../../sim/io/chart-pool.ts';
import type { ScenarioRun } from '../../sim/metrics/runs.ts';
import { chartSvg, drawClaimed, type ChartTask } from '../../sim/io/chart-render.ts';
import { reportFiles } from '../../sim/io/report.ts';
import { runOnlyCharts } from '../../sim/report/charts/index.ts';
import type { TopLevelSpec } from '../../sim/report/charts/common.ts';
import { runTiny, scenarioWith } from '../helpers/tiny.ts';

const ORDERS =
  [
    'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
    ...Array.from({ length: 14 }, (_, d) => `O${d},2026-07-${String(6 + d).padStart(2, '0')}T10:00:00-04:00,A,1,0,0`),
  ].join('\n') + '\n';
const POLICIES = '  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\n';

/** A bar chart whose marks are clipped: vega gives it a clip path with a numbered id. */
const clipped = (title: string): TopLevelSpec => ({
  title,
  data: {
    values: [
      { x: 'a', y: 1 },
      { x: 'b', y: 3 },
    ],
  },
  mark: { type: 'bar', clip: true },
  encoding: { x: { field: 'x', type: 'nominal' }, y: { field: 'y', type: 'quantitative' } },
});

/**
 * The tiny run's report drawn with a chart thread (after `before` has asked it for charts
 * ahead) against this thread alone: the same files in the same order, every chart reported once.
 */
async function sameAsOneThread(before: (pool: ChartPool, run: ScenarioRun) => void = () => undefined): Promise<void> {
  const run = runTiny({
    orders: ORDERS,
    inventory: 'node_id,sku,on_hand\nWH,A,50\nST,A,50\n',
    scenario: scenarioWith(POLICIES),
  });
  const alone = await reportFiles({ run, warnings: [] }, { charts: inThreadCharts });
  const pool = await openChartPool();
  let drawn = 0;
  try {
    before(pool, run);
    const shared = await reportFiles({ run, warnings: [] }, { charts: pool, onChart: () => drawn++ });
    expect(Object.keys(shared.files)).toEqual(Object.keys(alone.files));
    // a PNG drawn on the other thread arrives as a Uint8Array (a Buffer here): the bytes are compared
    const bytes = (f: string | Uint8Array | undefined) =>
      typeof f === 'string' ? f : Buffer.from(f ?? []).toString('hex');
    for (const [name, content] of Object.entries(alone.files))
      expect(bytes(shared.files[name]), name).toBe(bytes(content));
    expect(shared.chartWarnings).toEqual(alone.chartWarnings);
    expect(drawn).toBe(alone.page.charts.length);
    expect(Object.keys(alone.files).filter((f) => f.endsWith('.png'))).toHaveLength(alone.page.charts.length);
  } finally {
    await pool.close();
  }
}

describe('the report charts', () => {
  it('drawn by this thread and a chart thread are the same files, in the same order, as this thread alone draws', async () => {
    await sameAsOneThread();
  }, 60_000);

  it('drawn ahead on the chart thread: the same files, each chart reported once, the rest shared as before', async () => {
    await sameAsOneThread((pool, run) => {
      const early = runOnlyCharts(run);
      expect(early.length).toBeGreaterThan(0);
      // one of them asked without its PNG is another task: drawn again, not taken from ahead
      pool.drawAhead([...early.map((c) => ({ spec: c.spec, png: true })), { spec: early[0]!.spec, png: false }]);
    });
  }, 60_000);

  it('claimed from one counter by two drawers: each chart drawn exactly once, and every one drawn', async () => {
    const tasks: ChartTask[] = ['a', 'b', 'c', 'd', 'e'].map((t) => ({ spec: clipped(t), png: false }));
    const next = new Int32Array(new SharedArrayBuffer(4));
    const [one, two] = await Promise.all([drawClaimed(tasks, next), drawClaimed(tasks, next)]);
    const keys = [...one.keys(), ...two.keys()].sort();
    expect(keys).toEqual([0, 1, 2, 3, 4]);
    expect(one.size).toBeGreaterThan(0);
    expect(two.size).toBeGreaterThan(0);
    // a counter already past the end: nothing left to draw
    expect((await drawClaimed(tasks, next)).size).toBe(0);
  });

  it('a chart has the same SVG whatever was drawn before it (its clip path is clip1 each time)', async () => {
    const first = await chartSvg(clipped('one'));
    await chartSvg(clipped('another'));
    await chartSvg(clipped('a third'));
    const again = await chartSvg(clipped('one'));
    expect(again).toBe(first);
    expect(first).toContain('id="clip1"');
  });
});
