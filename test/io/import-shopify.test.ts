/** The library's importShopify: the result as data, the same counts the CLI prints and import-report.md lists. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importShopify, InputError } from '../../sim/index.ts';

const FIX = 'test/fixtures/shopify';
const root = mkdtempSync(join(tmpdir(), 'routelab-lib-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('importShopify', () => {
  it('returns the folder, per-file counts (read = written + skipped) and the printed text', async () => {
    const out = join(root, 'shop');
    const r = await importShopify({
      orders: `${FIX}/orders_export.csv`,
      products: `${FIX}/products_export.csv`,
      locations: `${FIX}/locations.csv`,
      out,
    });
    expect(r.out).toBe(out);
    expect(r.files.map((f) => `${f.file} ${f.read} ${f.written} ${f.skipped} ${f.repaired}`)).toEqual([
      `${FIX}/locations.csv 2 2 0 2`,
      `${FIX}/orders_export.csv 11 6 5 4`,
      `${FIX}/products_export.csv 7 4 3 1`,
    ]);
    for (const f of r.files) expect(f.read).toBe(f.written + f.skipped);
    expect(r.counts).toBe('5 orders, 5 skus, 2 nodes.');
    // orders.csv holds the 6 written rows under its header
    expect(readFileSync(join(out, 'orders.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(1 + 6);
    expect(existsSync(join(out, 'scenario.yaml'))).toBe(true);
    expect(r.text.split('\n').slice(-2)).toEqual([
      '5 orders, 5 skus, 2 nodes.',
      `Wrote ${out} (see import-report.md).`,
    ]);
  });

  it('a missing orders file is an InputError naming the flag, and nothing is written', async () => {
    const out = join(root, 'none');
    const e = await importShopify({ orders: `${FIX}/no-such.csv`, out }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems[0]).toMatchObject({ field: '--orders', code: 'file-missing' });
    expect(existsSync(out)).toBe(false);
  });
});
