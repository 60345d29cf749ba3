/** The library's importCsv: a mapped WooCommerce export, the result as data. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCsv, InputError } from '../../sim/index.ts';

const FIX = 'test/fixtures/woocommerce';
const root = mkdtempSync(join(tmpdir(), 'routelab-lib-import-csv-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('importCsv', () => {
  it('returns per-file counts and the counts line, as import-report.md lists them', async () => {
    const r = await importCsv({
      map: 'examples/mappings/woocommerce.yaml',
      orders: `${FIX}/orders.csv`,
      skus: `${FIX}/products.csv`,
      inventory: `${FIX}/products.csv`,
      nodes: `${FIX}/locations.csv`,
      out: join(root, 'woo'),
    });
    // the CLI test (test/cli/import-csv.test.ts) reads the same totals from import-report.md
    expect(r.files.map((f) => `${f.file} ${f.read} ${f.written} ${f.skipped} ${f.repaired} ${f.kept}`)).toEqual([
      `${FIX}/orders.csv 13 7 6 2 0`,
      `${FIX}/products.csv (skus) 6 4 2 0 0`,
      `${FIX}/products.csv (inventory) 6 3 3 0 1`,
      `${FIX}/locations.csv 3 2 1 3 0`,
    ]);
    expect(r.counts).toBe('6 orders, 4 skus, 2 nodes, 3 inventory rows.');
  });

  it('a mapping file that does not exist is an InputError', async () => {
    const e = await importCsv({ map: 'examples/mappings/nope.yaml', out: join(root, 'x') }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
  });
});
