/**
 * `--out` end to end, the way a user types it: RouteLab never deletes or overwrites a file
 * it did not write. Each case puts the user's files where --out points and checks them
 * byte for byte afterwards.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, routelab, T, tinyFolder, type Result } from '../helpers/cli.ts';

const ORDERS = `order_id,placed_at,sku,quantity,customer_lat,customer_lon
O1,2026-07-06T10:00:00-04:00,A,1,0,0
O2,2026-07-07T09:00:00-04:00,C,1,1,0
`;
const INVENTORY = `node_id,sku,on_hand
WH,A,10
ST,C,2
`;
const { root, dataset, remove } = datasets('out', tinyFolder({ orders: ORDERS, inventory: INVENTORY }));
afterAll(remove);
const SHOPIFY = 'test/fixtures/shopify';

/** A folder `name` under the temp root holding the user's `files`. */
function userFolder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, t] of Object.entries(files)) writeFileSync(join(dir, f), t);
  return dir;
}
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/** Exit 2 with the problem on `file`, no stack trace, nothing on stdout. */
function expectRefused(r: Result, file: string, code: RegExp): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: error \\[--out\\] `, 'm'));
  expect(r.stderr).toMatch(code);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stdout).toBe('');
}

describe('run --out', () => {
  let n = 0;
  const scenario = () => join(dataset(`scenario-${++n}`), 'scenario.yaml');

  it('a folder that is not a RouteLab report (taxes-2025.xlsx): exit 2 naming it, the file intact', T, () => {
    const out = userFolder('taxes', { 'taxes-2025.xlsx': 'my taxes' });
    expectRefused(
      routelab('run', scenario(), '--out', out),
      out,
      /is not a RouteLab report folder[\s\S]*→ pick another --out .*or empty this folder first/,
    );
    expect(contents(out)).toEqual({ 'taxes-2025.xlsx': 'my taxes' });
    expect(readdirSync(root).filter((f) => f.includes('taxes'))).toEqual(['taxes']);
  });

  it('an existing file: exit 2, the file intact', T, () => {
    const out = join(userFolder('files', { 'budget.csv': 'a,b\n' }), 'budget.csv');
    expectRefused(routelab('run', scenario(), '--out', out), out, /this is a file/);
    expect(readFileSync(out, 'utf8')).toBe('a,b\n');
  });

  it('a path under a file, and an empty path: exit 2 with what to do', T, () => {
    const file = join(userFolder('under', { 'notes.txt': 'x' }), 'notes.txt');
    expectRefused(
      routelab('run', scenario(), '--out', join(file, 'report')),
      join(file, 'report'),
      /a part of this path is a file/,
    );
    const r = routelab('run', scenario(), '--out', '');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('command line: error [--out] the output path is empty');
  });

  it('rerun over a RouteLab report: replaced, a file the user added to it kept', T, () => {
    const sc = scenario();
    const out = join(root, 'rerun', 'report');
    expect(routelab('run', sc, '--out', out, '--seed', '1').status).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    writeFileSync(join(out, 'screenshot.png'), 'mine');
    const again = routelab('run', sc, '--out', out, '--seed', '2');
    expect(again.status, again.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).seed).toBe('2');
    expect(readFileSync(join(out, 'screenshot.png'), 'utf8')).toBe('mine');
    expect(readdirSync(join(root, 'rerun'))).toHaveLength(2);
  });
});

describe("import and generate into a folder that holds the user's files", () => {
  it('import shopify --locations mystore/locations.csv --out mystore: locations.csv and notes.txt kept', T, () => {
    const locations = readFileSync(join(SHOPIFY, 'locations.csv'), 'utf8');
    const out = userFolder('mystore', { 'locations.csv': locations, 'notes.txt': 'call the 3PL' });
    const r = routelab(
      'import',
      'shopify',
      '--orders',
      `${SHOPIFY}/orders_export.csv`,
      '--inventory',
      `${SHOPIFY}/inventory_export.csv`,
      '--locations',
      join(out, 'locations.csv'),
      '--out',
      out,
    );
    expect(r.status, r.stderr).toBe(0);
    const after = contents(out);
    expect(after['locations.csv']).toBe(locations);
    expect(after['notes.txt']).toBe('call the 3PL');
    for (const f of [
      'orders.csv',
      'nodes.csv',
      'inventory.csv',
      'skus.csv',
      'scenario.yaml',
      'import-report.md',
      'routelab-manifest.json',
    ])
      expect(after[f], f).toBeDefined();
    // imported again: still kept, RouteLab's files replaced
    expect(
      routelab(
        'import',
        'shopify',
        '--orders',
        `${SHOPIFY}/orders_export.csv`,
        '--locations',
        join(out, 'locations.csv'),
        '--out',
        out,
      ).status,
    ).toBe(0);
    expect(contents(out)['notes.txt']).toBe('call the 3PL');
  });

  it("import into a folder holding the user's own orders.csv: exit 2 naming it before anything is written", T, () => {
    const out = userFolder('own-orders', { 'orders.csv': 'my orders', 'plan.md': 'plan' });
    const r = routelab('import', 'shopify', '--orders', `${SHOPIFY}/orders_export.csv`, '--out', out);
    expectRefused(r, join(out, 'orders.csv'), /RouteLab did not write it/);
    expect(contents(out)).toEqual({ 'orders.csv': 'my orders', 'plan.md': 'plan' });
  });

  it('import keeps a rate card the user put in place of the illustrative one', T, () => {
    const out = join(root, 'rates');
    expect(routelab('import', 'shopify', '--orders', `${SHOPIFY}/orders_export.csv`, '--out', out).status).toBe(0);
    writeFileSync(join(out, 'rate_card.csv'), 'my carrier rates');
    expect(routelab('import', 'shopify', '--orders', `${SHOPIFY}/orders_export.csv`, '--out', out).status).toBe(0);
    expect(readFileSync(join(out, 'rate_card.csv'), 'utf8')).toBe('my carrier rates');
    expect(readFileSync(join(out, 'import-report.md'), 'utf8')).toContain(
      'rate_card.csv was already there and not written by RouteLab, so it was kept as it was.',
    );
  });

  it('generate --out a folder holding plan.md: kept', T, () => {
    const out = userFolder('gen', { 'plan.md': '# my plan' });
    const r = routelab('generate', '--days', '3', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const after = contents(out);
    expect(after['plan.md']).toBe('# my plan');
    expect(after['orders.csv']).toMatch(/^order_id,/);
  });
});

describe('single-file outputs', () => {
  it('validate --out a file RouteLab did not write: exit 2, the file intact', T, () => {
    const dir = dataset('validate-own');
    writeFileSync(join(dir, 'notes.md'), '# my notes');
    expectRefused(
      routelab('validate', dir, '--out', join(dir, 'notes.md')),
      join(dir, 'notes.md'),
      /RouteLab did not write it/,
    );
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('# my notes');
    // its own readiness.md is overwritten
    expect(routelab('validate', dir, '--out', join(dir, 'readiness.md')).status).toBe(0);
    expect(routelab('validate', dir, '--out', join(dir, 'readiness.md')).status).toBe(0);
  });

  it('sweep --out a file RouteLab did not write: exit 2 before the sweep, the file intact', T, () => {
    const dir = dataset('sweep-own');
    writeFileSync(join(dir, 'budget.csv'), 'item,amount\n');
    expectRefused(
      routelab('sweep', dir, '--set', 'costs.manual_touch=1,9', '--workers', '1', '--out', join(dir, 'budget.csv')),
      join(dir, 'budget.csv'),
      /RouteLab did not write it/,
    );
    expect(readFileSync(join(dir, 'budget.csv'), 'utf8')).toBe('item,amount\n');
  });
});
