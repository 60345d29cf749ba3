/**
 * `routelab import csv` as a user runs it: the WooCommerce fixture through the shipped
 * mapping into a temp folder, then `run` on that folder; mapping and header mistakes exit 2
 * and write nothing.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routelab, T } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'routelab-import-csv-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const FIX = 'test/fixtures/woocommerce';
const MAP = 'examples/mappings/woocommerce.yaml';

describe('import csv → run', () => {
  const out = join(root, 'woo');
  const imp = routelab(
    'import',
    'csv',
    '--map',
    MAP,
    '--orders',
    `${FIX}/orders.csv`,
    '--skus',
    `${FIX}/products.csv`,
    '--inventory',
    `${FIX}/products.csv`,
    '--nodes',
    `${FIX}/locations.csv`,
    '--out',
    out,
  );

  it(
    'writes the canonical folder, the rate card, a starter scenario and a report that accounts for every row',
    T,
    () => {
      expect(imp.status, imp.stderr).toBe(0);
      for (const f of [
        'orders.csv',
        'skus.csv',
        'nodes.csv',
        'inventory.csv',
        'rate_card.csv',
        'transit.csv',
        'scenario.yaml',
        'import-report.md',
        'import-issues.csv',
      ])
        expect(existsSync(join(out, f)), f).toBe(true);
      expect(imp.stdout).toContain(
        'test/fixtures/woocommerce/orders.csv: 13 rows read, 7 written, 6 skipped, 2 repaired',
      );
      expect(imp.stdout).toContain('6 orders, 4 skus, 2 nodes, 3 inventory rows.');
      const report = readFileSync(join(out, 'import-report.md'), 'utf8');
      const totals = [
        ...report.matchAll(/^\| (\S+(?: \(\w+\))?) \| [^|]+ \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm),
      ].map((m) => m.slice(1).join(' '));
      expect(totals).toEqual([
        // file, read, written, skipped, repaired, kept as exported (the negative on-hand count)
        'test/fixtures/woocommerce/orders.csv 13 7 6 2 0',
        'test/fixtures/woocommerce/products.csv (skus) 6 4 2 0 0',
        'test/fixtures/woocommerce/products.csv (inventory) 6 3 3 0 1',
        'test/fixtures/woocommerce/locations.csv 3 2 1 3 0',
      ]);
      for (const t of totals) {
        const [read, written, skipped] = t.split(' ').slice(-5).map(Number);
        expect(read).toBe(written! + skipped!);
      }
      const issues = readFileSync(join(out, 'import-issues.csv'), 'utf8').trim().split('\n');
      expect(issues).toHaveLength(1 + 6 + 2 + 2 + 3 + 1 + 3 + 1); // header, then every skip, repair and kept value
      expect(imp.stdout).toContain('(inventory): 6 rows read, 3 written, 3 skipped, 0 repaired, 1 kept as exported');
      expect(readFileSync(join(out, 'inventory.csv'), 'utf8')).toMatch(/^WH-1,CANDLE-LG,-2/m);
      const orders = readFileSync(join(out, 'orders.csv'), 'utf8').trim().split('\n');
      expect(orders[0]).toBe(
        'order_id,placed_at,sku,quantity,customer_zip,customer_state,country,ship_service,unit_price,tags,status,shipped_at',
      );
      expect(orders[4]).toBe('1003,2026-03-08T03:30:00-05:00,MUG-BLU,1,02134,MA,US,standard,12.50,,fulfilled,');
      const scenario = readFileSync(join(out, 'scenario.yaml'), 'utf8');
      expect(scenario).toContain('period: { start: 2026-03-06, end: 2026-03-10 }');
      expect(scenario).toContain('timezone: America/Chicago   # CHECK: the time zone the mapping reads placed_at in');
      expect(scenario).toContain('node: WH-1');
    },
  );

  it('runs without hand edits', T, () => {
    const run = routelab('run', out, '--out', join(root, 'report'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^orders\s+4\s+4\s+4$/m); // 6 orders written, 2 cancelled in the history left out
    expect(run.stderr).toContain('GIFT-CARD'); // no weight: warned, not hidden
  });

  it('reads the files the mapping names when no flags are given, and keeps an edited scenario.yaml', T, () => {
    const dir = join(root, 'exports');
    mkdirSync(dir);
    copyFileSync(MAP, join(dir, 'woocommerce.yaml'));
    for (const f of ['orders.csv', 'products.csv', 'locations.csv']) copyFileSync(`${FIX}/${f}`, join(dir, f));
    writeFileSync(
      join(out, 'scenario.yaml'),
      readFileSync(join(out, 'scenario.yaml'), 'utf8').replace('seed: 1', 'seed: 42'),
    );
    const again = routelab('import', 'csv', '--map', join(dir, 'woocommerce.yaml'), '--out', out);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('orders.csv: 13 rows read, 7 written, 6 skipped, 2 repaired');
    expect(readFileSync(join(out, 'scenario.yaml'), 'utf8')).toContain('seed: 42');
    expect(readFileSync(join(out, 'import-report.md'), 'utf8')).toContain('scenario.yaml already existed and was kept');
  });
});

describe('import csv with mistakes writes nothing', () => {
  const broken = (name: string, from: string, to: string) => {
    const text = readFileSync(MAP, 'utf8');
    expect(text).toContain(from);
    const path = join(root, name);
    writeFileSync(path, text.replace(from, to));
    return path;
  };

  it('reports a mapping typo at its line and column with a suggestion', T, () => {
    const map = broken(
      'typo.yaml',
      'placed_at: { column: Order Date, format:',
      'placed_at: { column: Order Date, fromat:',
    );
    const dir = join(root, 'typo-out');
    const r = routelab('import', 'csv', '--map', map, '--orders', `${FIX}/orders.csv`, '--out', dir);
    expect(r.status).toBe(2);
    const line =
      readFileSync(map, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('fromat')) + 1;
    const column = readFileSync(map, 'utf8').split('\n')[line - 1]!.indexOf('fromat') + 1;
    expect(r.stderr).toContain(
      `typo.yaml:${line}:${column}: error [orders.columns.placed_at.fromat] "fromat" is not a mapping setting here\n    → did you mean "format"?`,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('reports a source column missing from the export against its header, naming the mapping line', T, () => {
    const map = broken('missing.yaml', 'column: Order Date,', 'column: Order Dat,');
    const dir = join(root, 'missing-out');
    const r = routelab(
      'import',
      'csv',
      '--map',
      map,
      '--orders',
      `${FIX}/orders.csv`,
      '--skus',
      `${FIX}/products.csv`,
      '--inventory',
      `${FIX}/products.csv`,
      '--nodes',
      `${FIX}/locations.csv`,
      '--out',
      dir,
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /test\/fixtures\/woocommerce\/orders\.csv:1:3: error \[Order Dat\] column "Order Dat", named by the mapping at \S*missing\.yaml:\d+:\d+, is not in the header\n {4}→ did you mean "Order Date"\?/,
    );
    expect(existsSync(dir)).toBe(false);
  });

  it('names a flag whose table the mapping does not have, and a mapped table with no file', T, () => {
    const map = join(root, 'orders-only.yaml');
    writeFileSync(
      map,
      'orders:\n  columns: { order_id: Order Number, placed_at: Order Date, sku: SKU, quantity: Quantity, customer_zip: Shipping Postcode }\n',
    );
    const r = routelab('import', 'csv', '--map', map, '--nodes', `${FIX}/locations.csv`, '--out', join(root, 'x'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('error [--nodes] --nodes was given but the mapping has no nodes section');
    expect(r.stderr).toMatch(/orders-only\.yaml:1:1: error \[orders\.file\] no orders file was given/);
    expect(existsSync(join(root, 'x'))).toBe(false);
  });
});
