/**
 * `routelab validate` end to end: the real command in a child process, on data sets
 * written to fresh temp folders (a scenario folder, or a bare data folder), and on the
 * bundled demo. Exit 0 when ready (with or without warnings), 2 when something blocks a
 * run (the errors listed as `run` lists them, nothing written).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, replace, ROOT, routelab, T, tinyFolder } from '../helpers/cli.ts';
import { READY_INVENTORY, READY_ORDERS, READY_SKUS } from '../helpers/tiny.ts';

const GOOD = tinyFolder({ orders: READY_ORDERS, inventory: READY_INVENTORY, skus: READY_SKUS });

const { root: tmpRoot, dataset, remove } = datasets('validate', GOOD);
afterAll(remove);

const files = (dir: string) => readdirSync(dir).sort();

describe('routelab validate: verdicts and exit codes', () => {
  it('a clean scenario folder: READY, exit 0, nothing written', T, () => {
    const dir = dataset('clean');
    const r = routelab('validate', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`RouteLab data readiness: ${dir}`);
    expect(r.stdout).toContain('  period    2026-07-06 … 2026-07-19 (from the scenario)');
    expect(r.stdout).toContain('Verdict: READY — nothing found that would change the results.');
    expect(files(dir)).toEqual(Object.keys(GOOD).sort());
  });

  it('warnings: READY WITH WARNINGS, exit 0, and --out writes readiness.md and nothing else', T, () => {
    const dir = dataset('warnings', {
      'orders.csv': `${READY_ORDERS}O2,2026-07-06T11:00:00-04:00,A,4,43215\n`, // a repeated line, line 6
      'inventory.csv': replace(READY_INVENTORY, 'WH,B,5,2026-07-03', 'WH,B,5,2026-06-20'), // stale row, line 3
    });
    const out = join(dir, 'readiness.md');
    const r = routelab('validate', join(dir, 'scenario.yaml'), '--out', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Verdict: READY WITH WARNINGS — the data can be replayed, but 2 findings change what the results mean',
    );
    expect(r.stdout).toContain('[serious warning] Duplicate order lines (same order_id and sku twice): 1 order line');
    expect(r.stdout).toContain('at inventory.csv:3:4'.replace('inventory.csv', join(dir, 'inventory.csv')));
    expect(r.stdout).toContain('inventory as_of 2026-06-20 is 16 days before the period start 2026-07-06');
    expect(r.stdout).toContain(`Report: ${out}`);
    expect(files(dir)).toEqual([...Object.keys(GOOD), 'readiness.md'].sort());
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('**Verdict: ready with warnings**');
    expect(md).toContain('Duplicate order lines');
  });

  it('a blocking error: NOT READY, exit 2, the errors listed with file:line:column, nothing written', T, () => {
    const dir = dataset('blocking', {
      'orders.csv': replace(READY_ORDERS, 'O3,2026-07-07T09:00:00-04:00,C,', 'O3,2026-07-07T09:00:00-04:00,c,'),
    });
    const r = routelab('validate', dir, '--out', join(dir, 'readiness.md'));
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('Verdict: NOT READY — 1 problem blocks a run');
    expect(r.stdout).toContain('1. [blocks the run] Unknown SKUs in orders: 1 order line');
    expect(r.stderr).toContain('routelab: 1 problem in the input; nothing was written.');
    expect(r.stderr).toContain(`${join(dir, 'orders.csv')}:5:3: error [sku] sku "c" is not in skus.csv`);
    expect(r.stderr).toContain('→ did you mean "C"?');
    expect(r.stderr).not.toMatch(/internal error/);
    expect(files(dir)).toEqual(Object.keys(GOOD).sort());
  });

  it('--json prints the findings as JSON', T, () => {
    const dir = dataset('json', { 'inventory.csv': `${READY_INVENTORY}ST,A,-2,2026-07-03\n` });
    const r = routelab('validate', dir, '--json');
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as {
      verdict: string;
      kind: string;
      period: unknown;
      report: null;
      findings: { rank: number; key: string; count: number; locations: string[]; touches: unknown }[];
    };
    expect(json.verdict).toBe('ready with warnings');
    expect(json.kind).toBe('scenario');
    expect(json.period).toEqual({ start: '2026-07-06', end: '2026-07-19', from: 'scenario' });
    expect(json.report).toBeNull();
    expect(json.findings.map((f) => [f.rank, f.key, f.count, f.locations, f.touches])).toEqual([
      [1, 'negative-on-hand', 1, [`${join(dir, 'inventory.csv')}:5:3`], { orders: 2, lines: 2, units: 2 }],
    ]);
  });
});

describe('routelab validate: a bare data folder', () => {
  it('uses the span of the order dates as the period and says when inventory was counted after it', T, () => {
    const dir = dataset('bare', {
      'scenario.yaml': null,
      'rate_card.csv': null,
      'transit.csv': null,
      'inventory.csv': READY_INVENTORY.replaceAll('2026-07-03', '2026-07-31'),
    });
    const r = routelab('validate', dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('  period    2026-07-06 … 2026-07-07 (the span of the order dates)');
    expect(r.stdout).toContain('  shipping  linear cost model (no rate card checked)');
    expect(r.stdout).toContain(
      "[serious warning] Inventory counted after the period start (today's stock against past orders): 3 inventory rows",
    );
    expect(r.stdout).toContain(
      "inventory as_of 2026-07-31 is 25 days after the period start 2026-07-06: the replay starts the period with stock counted later, i.e. today's stock against last quarter's orders",
    );
    expect(r.stdout).toContain(
      'shipping prices: the folder has no rate_card.csv or transit.csv, so no rate card was checked',
    );
    expect(files(dir)).toEqual(['inventory.csv', 'nodes.csv', 'orders.csv', 'skus.csv']);
  });

  it('a folder or scenario that does not exist: exit 2, naming what can be passed', T, () => {
    const r = routelab('validate', join(tmpRoot, 'nowhere'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`no data folder or scenario "${join(tmpRoot, 'nowhere')}"`);
    expect(r.stderr).toMatch(/bundled scenarios: .*three-location/);
  });
});

describe('routelab validate: the bundled demo', () => {
  it('three-location is ready', T, () => {
    const r = routelab('validate', 'three-location');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('  scenario  scenarios/three-location/scenario.yaml');
    expect(r.stdout).toContain('Verdict: READY — nothing found that would change the results.');
    expect(r.stdout).not.toContain('What to fix');
    expect(existsSync(join(ROOT, 'readiness.md'))).toBe(false);
  });
});
