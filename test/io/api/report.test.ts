import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chartIds,
  openScenario,
  renderChart,
  runScenario,
  toTables,
  writeReport,
  type ScenarioResult,
} from '../../../sim/index.ts';
import { runCommand } from '../../../sim/cli/run.ts';
import { runEnvironment } from '../../../sim/io/environment.ts';
import { noProgress } from '../../../sim/cli/progress.ts';
/** A table row, as a script reads it. */
type Row = Record<string, any>;
const rows = (t: { objects(): object[] }) => t.objects() as Row[];
import { InputError } from '../../../sim/problems.ts';
import { starterInput } from '../../helpers/starter.ts';

let r: ScenarioResult;
beforeAll(async () => {
  r = await runScenario(await openScenario(starterInput()), { workers: 1 });
});

describe('writeReport', () => {
  it('writes the folder `routelab run` writes, byte for byte', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'api-report-')), 'report');
    const written = await writeReport(r, out, { png: false });
    expect(written).toEqual(
      expect.arrayContaining(['index.html', 'metrics.csv', 'outcomes.csv', 'summary.md', 'run.json']),
    );
    const cli = await runCommand(
      r.scenario.path,
      { out: join(mkdtempSync(join(tmpdir(), 'api-report-cli-')), 'report'), progress: noProgress },
      r.scenario.root,
      runEnvironment(),
      () => 0,
    );
    for (const f of ['index.html', 'metrics.csv', 'outcomes.csv', 'summary.md', 'run.json', 'charts/kpi-bars.svg'])
      expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(cli.outDir, f), 'utf8'));
  });

  it("outcomes 'gz' writes outcomes.csv.gz (the same rows) and links it; 'none' writes and links no outcomes", async () => {
    const base = mkdtempSync(join(tmpdir(), 'api-report-outcomes-'));
    const [csv, gz, none] = ['csv', 'gz', 'none'].map((f) => join(base, f));
    await writeReport(r, csv!, { png: false });
    const gzFiles = await writeReport(r, gz!, { png: false, outcomes: 'gz' });
    expect(gzFiles).toContain('outcomes.csv.gz');
    expect(gzFiles).not.toContain('outcomes.csv');
    expect(gunzipSync(readFileSync(join(gz!, 'outcomes.csv.gz'))).toString('utf8')).toBe(
      readFileSync(join(csv!, 'outcomes.csv'), 'utf8'),
    );
    expect(readFileSync(join(gz!, 'index.html'), 'utf8')).toContain('<a href="outcomes.csv.gz">');
    const noneFiles = await writeReport(r, none!, { png: false, outcomes: 'none' });
    expect(noneFiles.filter((f) => f.startsWith('outcomes'))).toEqual([]);
    expect(existsSync(join(none!, 'outcomes.csv'))).toBe(false);
    expect(readFileSync(join(none!, 'index.html'), 'utf8')).not.toContain('href="outcomes');
    expect(readFileSync(join(none!, 'routelab-manifest.json'), 'utf8')).not.toContain('outcomes');
    // every other file is the same as with outcomes.csv
    for (const f of ['metrics.csv', 'summary.md', 'run.json'])
      expect(readFileSync(join(none!, f), 'utf8'), f).toBe(readFileSync(join(csv!, f), 'utf8'));
  });
});

describe('chartIds and renderChart', () => {
  it('lists the report’s charts and draws one as SVG', async () => {
    const ids = chartIds(r);
    expect(ids).toContain('kpi-bars');
    const svg = await renderChart(r, 'kpi-bars');
    expect(svg.startsWith('<svg')).toBe(true);
  });

  it('a chart the report does not have: an InputError naming the charts', async () => {
    const err = await renderChart(r, 'pie').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems[0]!.hint).toContain('kpi-bars');
  });
});

describe('toTables', () => {
  it('metrics, weekly, by node, by region, deltas and outcomes as arquero tables (hand-worked from the 2 orders)', () => {
    const t = toTables(r);
    const orders = (table: typeof t.byNode, col: string) =>
      rows(table.filter((d: { metric: string }) => d.metric === 'orders')).map(
        (o) => `${o.policy} ${o[col]} ${o.value}`,
      );
    // O-1001 goes to Manhattan (STORE-1 in Brooklyn is within 100 miles), O-1002 to San Francisco
    expect(orders(t.byNode, 'node')).toEqual([
      'warehouse-only WH-MAIN 2',
      'store-for-local STORE-1 1',
      'store-for-local WH-MAIN 1',
    ]);
    expect(orders(t.byRegion, 'region')).toEqual([
      'warehouse-only Northeast 1',
      'warehouse-only West 1',
      'store-for-local Northeast 1',
      'store-for-local West 1',
    ]);
    expect(orders(t.weekly, 'week')).toEqual(['warehouse-only 2026-01-05 2', 'store-for-local 2026-01-05 2']);
    expect(t.metrics.filter((d: { metric: string }) => d.metric === 'orders').array('value')).toEqual([2, 2]);
    // pick cost: the warehouse 2.75 an order + 0.60 an extra unit; the store 4.25
    expect(rows(t.outcomes).map((o) => `${o.policy} ${o.order_id} ${o.pick_cost}`)).toEqual([
      'warehouse-only O-1001 2.75',
      'warehouse-only O-1002 3.35',
      'store-for-local O-1001 4.25',
      'store-for-local O-1002 3.35',
    ]);
    const d = rows(t.deltas.filter((x: { metric: string }) => x.metric === 'orders'))[0]!;
    expect([d.policy, d.against, d.a, d.b, d.delta]).toEqual(['store-for-local', 'warehouse-only', 2, 2, 0]);
  });
});
