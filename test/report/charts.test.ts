/**
 * The report's charts: typed Vega-Lite specs, snapshot-tested (data rounded in the builders;
 * the map's state outlines replaced by their count), each compiled and rendered headless
 * to SVG and PNG without a warning. User names only reach data, titles and labels, never
 * a Vega expression.
 */
import { describe, expect, it } from 'vitest';
import { parseExpression } from 'vega';
import { compile } from 'vega-lite';
import { chartSvg, svgPng } from '../../sim/io/chart-render.ts';
import { usStates } from '../../sim/io/report-assets.ts';
import { reportCharts, runOnlyCharts, type ReportChart } from '../../sim/report/charts/index.ts';
import { STATES_DATASET } from '../../sim/report/charts/map.ts';
import type { ReportInput } from '../../sim/report/input.ts';
import { verdict } from '../../sim/report/verdict.ts';
import { analyticsFor, HOSTILE_NODE, HOSTILE_POLICY, HOSTILE_SKU, hostileRun, reportRun } from '../helpers/report.ts';

const states = usStates();
const run = reportRun();
const plain: ReportInput = { run, warnings: [] };
const full: ReportInput = { run, warnings: [], analytics: analyticsFor(run, 'store-pilot') };
const chartsOf = (input: ReportInput) => reportCharts(input, verdict(input), states);

/** The spec with the map outlines (large, from us-atlas) replaced by their count. */
function forSnapshot(c: ReportChart): unknown {
  const spec = c.spec as { datasets?: Record<string, unknown[]> };
  if (!spec.datasets) return c.spec;
  return {
    ...spec,
    datasets: Object.fromEntries(Object.entries(spec.datasets).map(([k, v]) => [k, `${v.length} features`])),
  };
}

/** Identifiers and string literals of a vega expression. */
function tokens(expr: string): { identifiers: string[]; literals: string[] } {
  const identifiers: string[] = [],
    literals: string[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      const node = n as { type?: string; name?: string; value?: unknown };
      if (node.type === 'Identifier') identifiers.push(node.name!);
      if (node.type === 'Literal' && typeof node.value === 'string') literals.push(node.value);
      Object.values(n).forEach(walk);
    }
  };
  walk(parseExpression(expr));
  return { identifiers, literals };
}

/** Every string under the keys vega evaluates as an expression. */
function expressions(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) expressions(x, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && ['expr', 'test', 'update', 'signal', 'filter', 'calculate'].includes(k)) out.push(v);
      else expressions(v, out);
    }
  }
  return out;
}

describe('report charts', () => {
  it('builds these charts without analytics, and these specs', () => {
    const charts = chartsOf(plain);
    expect(charts.map((c) => c.id)).toEqual([
      'kpi-bars',
      'cost-waterfall',
      'weekly-trends',
      'node-mix',
      'node-utilization',
      'destination-map',
      'segments',
      'reasons',
    ]);
    for (const c of charts) expect(forSnapshot(c)).toMatchSnapshot(c.id);
  });

  it('adds the analytics charts and interval whiskers when the analytics are there', () => {
    const charts = chartsOf(full);
    expect(charts.map((c) => c.id)).toEqual([
      'kpi-bars',
      'cost-waterfall',
      'effect-ladder',
      'roi-cash-flow',
      'tornado',
      'weekly-trends',
      'node-mix',
      'node-utilization',
      'destination-map',
      'segments',
      'pre-post',
      'pilot-sizing',
      'reasons',
    ]);
    for (const c of charts.filter((x) =>
      ['kpi-bars', 'effect-ladder', 'roi-cash-flow', 'tornado', 'pre-post', 'pilot-sizing'].includes(x.id),
    ))
      expect(forSnapshot(c)).toMatchSnapshot(`${c.id} with analytics`);
    const whiskers = (c: ReportChart) => JSON.stringify(c.spec).includes('"x2":{"field":"high"}');
    expect(whiskers(charts[0]!)).toBe(true);
    expect(whiskers(chartsOf(plain)[0]!)).toBe(false);
  });

  it('runOnlyCharts: the charts of the run alone, each the very chart the report lists, with or without analytics', () => {
    const early = runOnlyCharts(run);
    expect(early.map((c) => c.id)).toEqual(['node-mix', 'node-utilization', 'segments', 'reasons']);
    for (const input of [plain, full]) {
      const byId = new Map(chartsOf(input).map((c) => [c.id, c]));
      for (const c of early) expect(byId.get(c.id), c.id).toEqual(c);
    }
  });

  it('puts the map outlines in a named dataset of the map spec', () => {
    const map = chartsOf(plain).find((c) => c.id === 'destination-map')!;
    const spec = map.spec as { datasets: Record<string, unknown[]> };
    expect(Object.keys(spec.datasets)).toEqual([STATES_DATASET]);
    expect(spec.datasets[STATES_DATASET]!.length).toBeGreaterThanOrEqual(50);
  });

  it('renders every chart headless to SVG and PNG without a vega or vega-lite warning', async () => {
    for (const c of chartsOf(full)) {
      const warnings: string[] = [];
      const svg = await chartSvg(c.spec, warnings);
      expect(warnings, c.id).toEqual([]);
      expect(svg, c.id).toMatch(/^<svg[^>]*class="marks"/);
      expect(svg, c.id).toContain('role-mark');
      const png = await svgPng(svg, 1);
      expect([...png.slice(0, 8)], c.id).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    }
  });

  it('lets hostile names into vega expressions only as quoted string literals, and escapes them in the SVG', async () => {
    const hostile = hostileRun();
    const charts = chartsOf({ run: hostile, warnings: [], analytics: analyticsFor(hostile, HOSTILE_POLICY) });
    let quoted = 0;
    for (const c of charts) {
      // vega-lite turns a custom sort order into `datum.x === "value" ? 0 : …`: the values must stay literals
      for (const e of expressions(compile(c.spec).spec)) {
        const { identifiers, literals } = tokens(e);
        expect(identifiers, `${c.id}: ${e}`).not.toContain('alert');
        for (const bad of [HOSTILE_POLICY, HOSTILE_NODE, HOSTILE_SKU]) {
          if (!e.includes(JSON.stringify(bad).slice(1, -1))) continue;
          expect(
            literals.some((l) => l.includes(bad)),
            `${c.id}: ${e}`,
          ).toBe(true);
          quoted++;
        }
      }
    }
    expect(quoted).toBeGreaterThan(0);
    const kpi = await chartSvg(charts.find((c) => c.id === 'kpi-bars')!.spec);
    expect(kpi).not.toContain(HOSTILE_POLICY);
    expect(kpi).toContain('&lt;b onmouseover=');
    const mix = await chartSvg(charts.find((c) => c.id === 'node-mix')!.spec);
    expect(mix).not.toContain('</script>');
  });
});
