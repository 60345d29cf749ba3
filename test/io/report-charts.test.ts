/**
 * Every chart of the report renders for the everyday shapes of a run (one policy, A against
 * B, eight days or more, no stock at all, 31 nodes, 200 nodes) without a vega warning; and a
 * chart vega does warn about never stops the run: its warnings are collected per chart (issue 9).
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../sim/io/chart-render.ts';
import { chartProblems, reportFiles } from '../../sim/io/report.ts';
import { summaryMarkdown } from '../../sim/report/summary.ts';
import type { TopLevelSpec } from '../../sim/report/charts/common.ts';
import { runTiny, scenarioWith, TINY_NODES } from '../helpers/tiny.ts';

const HEADER = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon';
/** One order a day for `days` days from Monday 6 July, to the customer at 0,0. */
const daily = (days: number) =>
  [
    HEADER,
    ...Array.from(
      { length: days },
      (_, d) => `O${d},2026-07-${String(6 + d).padStart(2, '0')}T10:00:00-04:00,A,1,${(d % 3) * 0.4},0`,
    ),
  ].join('\n') + '\n';
const ONE = '  - name: warehouse-only\n    node: WH\n';
const TWO = `${ONE}  - name: closest-with-stock\n`;
const THREE = `${TWO}  - name: fewest-packages\n`;
const STOCK = 'node_id,sku,on_hand\nWH,A,50\nST,A,50\n';
/** 31 nodes on the meridian, each with stock: every one in the legends (vega's own limit is 30). */
const NODES_31 =
  [
    TINY_NODES.split('\n')[0]!,
    ...Array.from(
      { length: 31 },
      (_, i) =>
        `${i === 0 ? 'WH' : `N${String(i).padStart(2, '0')}`},${i === 0 ? 'warehouse' : 'store'},${(i * 0.25).toFixed(2)},0,America/New_York,14:00,Mon-Fri,,3.00,0.50,1`,
    ),
  ].join('\n') + '\n';
const STOCK_31 =
  [
    'node_id,sku,on_hand',
    ...NODES_31.trim()
      .split('\n')
      .slice(1)
      .map((l) => `${l.split(',')[0]},A,3`),
  ].join('\n') + '\n';

const SHAPES = [
  { name: 'one policy, 8 days', orders: daily(8), inventory: STOCK, policies: ONE },
  { name: 'two policies (A against B), 8 days', orders: daily(8), inventory: STOCK, policies: TWO },
  { name: 'three policies, 14 days', orders: daily(14), inventory: STOCK, policies: THREE },
  {
    name: 'no stock at all (a metric null every week), two policies, 14 days',
    orders: daily(14),
    inventory: 'node_id,sku,on_hand\n',
    policies: TWO,
  },
  {
    name: '31 nodes, two policies, 14 days',
    orders: daily(14),
    inventory: STOCK_31,
    nodes: NODES_31,
    policies: TWO.replace(
      '- name: closest-with-stock',
      '- name: closest-with-stock\n  - name: local\n    use: store-for-local\n    radius_miles: 5000',
    ),
  },
];

describe('every chart renders for the everyday shapes of a run, without a vega warning', () => {
  for (const s of SHAPES) {
    it(
      s.name,
      async () => {
        const run = runTiny({
          orders: s.orders,
          inventory: s.inventory,
          nodes: s.nodes,
          scenario: scenarioWith(s.policies),
        });
        const { files, page, chartWarnings } = await reportFiles({ run, warnings: [] }, { png: false });
        expect(chartWarnings).toEqual([]);
        expect(page.charts.map((c) => c.id)).toContain('weekly-trends');
        for (const c of page.charts) expect(files[`charts/${c.id}.svg`], c.id).toMatch(/^<svg[^>]*class="marks"/);
      },
      30_000,
    );
  }

  it("31 nodes: every node is in the legends (none dropped at vega's limit of 30)", async () => {
    const run = runTiny({ orders: daily(14), inventory: STOCK_31, nodes: NODES_31, scenario: scenarioWith(TWO) });
    const { page } = await reportFiles({ run, warnings: [] }, { png: false });
    const legends = page.charts.flatMap((c) => (JSON.stringify(c.spec).includes('"legend":{') ? [c] : []));
    expect(legends.length).toBeGreaterThan(0);
    for (const c of legends) {
      const warnings: string[] = [];
      await chartSvg(c.spec, warnings);
      expect(warnings, c.id).toEqual([]);
    }
  }, 30_000);
});

describe('200 nodes', () => {
  // WH at 0°N and stores N001…N199 every 0.05° north of it, each with 3 A; every 10th store
  // ships at most 2 a day; 60 orders, one a day at a time, to 60 latitudes (i × 0.05°N), each
  // next to its own store
  const nodes =
    [
      TINY_NODES.split('\n')[0]!,
      ...Array.from(
        { length: 200 },
        (_, i) =>
          `${i === 0 ? 'WH' : `N${String(i).padStart(3, '0')}`},${i === 0 ? 'warehouse' : 'store'},${(i * 0.05).toFixed(2)},0,America/New_York,14:00,Mon-Fri,${i % 10 === 0 && i > 0 ? 2 : ''},3.00,0.50,1`,
      ),
    ].join('\n') + '\n';
  const inventory =
    [
      'node_id,sku,on_hand',
      ...nodes
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => `${l.split(',')[0]},A,3`),
    ].join('\n') + '\n';
  const orders =
    [
      HEADER,
      ...Array.from(
        { length: 60 },
        (_, i) =>
          `O${String(i).padStart(2, '0')},2026-07-${String(6 + (i % 14)).padStart(2, '0')}T10:${String(i).padStart(2, '0')}:00-04:00,A,1,${(i * 0.05).toFixed(2)},0`,
      ),
    ].join('\n') + '\n';

  it('the legends list the 32 busiest nodes and say so; capacity panels wrap six to a row; no vega warning', async () => {
    const run = runTiny({ orders, inventory, nodes, scenario: scenarioWith(TWO) });
    expect(run.model.nodes.count).toBe(200);
    const { files, page, chartWarnings } = await reportFiles({ run, warnings: [] }, { png: false });
    expect(chartWarnings).toEqual([]);
    const spec = (id: string) => JSON.stringify(page.charts.find((c) => c.id === id)!.spec);
    const mix = JSON.parse(spec('node-mix'));
    expect(mix.encoding.color.title).toBe('node (busiest 32 of 200)');
    const listed: string[] = mix.encoding.color.legend.values;
    expect(listed).toHaveLength(32);
    // closest-with-stock ships each order from its own node (WH's own order too); warehouse-only all 60 from WH
    expect(listed[0]).toBe('WH');
    expect(listed.slice(1, 4)).toEqual(['N001', 'N002', 'N003']);
    const util = JSON.parse(spec('node-utilization'));
    expect([util.columns, util.facet.field]).toEqual([6, 'column']);
    for (const c of page.charts) expect(files[`charts/${c.id}.svg`], c.id).toMatch(/^<svg[^>]*class="marks"/);
  }, 60_000);
});

describe('a chart vega warns about is drawn, and its warnings collected', () => {
  // an empty layer on a shared scale: vega warns "Infinite extent"
  const warning: TopLevelSpec = {
    data: { values: [{ x: 1, y: 1, k: 'a' }] },
    layer: [
      {
        transform: [{ filter: { field: 'k', equal: 'none' } }],
        mark: 'line',
        encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
      },
    ],
  };

  it('chartSvg: the warning is in the list (the logger does not depend on `this`), the SVG is drawn', async () => {
    const warnings: string[] = [];
    const svg = await chartSvg(warning, warnings);
    expect(svg).toMatch(/^<svg/);
    expect(warnings.join('\n')).toContain('Infinite extent');
  });

  it('chartProblems: each chart warning is a run warning naming the chart, shown in summary.md', () => {
    const problems = chartProblems([{ chart: 'weekly-trends', message: 'Infinite extent for field "value"' }]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'chart-warning', file: 'charts/weekly-trends.svg' }),
    ]);
    expect(problems[0]!.message).toContain('"weekly-trends" was drawn, but vega warned: Infinite extent');
    const run = runTiny({ orders: daily(8), inventory: STOCK, scenario: scenarioWith(TWO) });
    expect(summaryMarkdown(run, problems)).toContain('vega warned: Infinite extent');
  });
});
