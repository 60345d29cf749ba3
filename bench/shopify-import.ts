/**
 * Streaming import benchmark: writes a synthetic Shopify orders export of N line-item rows
 * (79 columns, continuation rows, quoted notes) to a temporary folder, imports it, and
 * prints the time and the process's peak resident memory.
 *
 *   npm run bench:import -- [--lines 1000000]
 */
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importShopify } from '../sim/io/import-shopify.ts';
import { makeRng } from '../sim/random/rng.ts';
import { SHOPIFY_ORDER_HEADER } from '../test/fixtures/shopify/header.ts';

const { values } = parseArgs({
  options: { lines: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false } },
});
const target = Number(values.lines);
const dir = mkdtempSync(join(tmpdir(), 'routelab-bench-'));
const exportPath = join(dir, 'orders_export.csv');
const rng = makeRng('bench-import');
const col = new Map(SHOPIFY_ORDER_HEADER.map((h, i) => [h, i]));
const ZIPS = ['02134', '10001', '60614', '94110', '30303', '75201', '98101', '33101', '80202', '19103'];

let t = performance.now();
const out = createWriteStream(exportPath);
const write = async (s: string) => {
  if (!out.write(s)) await once(out, 'drain');
};
await write(`${SHOPIFY_ORDER_HEADER.join(',')}\n`);
let lines = 0,
  order = 1000;
while (lines < target) {
  order++;
  const n = Math.min(target - lines, 1 + (rng.next() < 0.35 ? 1 + rng.int(2) : 0));
  const day = 1 + rng.int(28);
  const created = `2025-02-${String(day).padStart(2, '0')} ${String(rng.int(24)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00 -0500`;
  for (let k = 0; k < n; k++) {
    const cells = new Array<string>(SHOPIFY_ORDER_HEADER.length).fill('');
    cells[col.get('Name')!] = `#${order}`;
    cells[col.get('Email')!] = `c${order}@example.test`;
    cells[col.get('Created at')!] = created;
    cells[col.get('Lineitem quantity')!] = String(1 + rng.int(2));
    cells[col.get('Lineitem name')!] = `Item ${rng.int(500)}`;
    cells[col.get('Lineitem price')!] = '19.00';
    cells[col.get('Lineitem sku')!] = `SKU-${rng.int(500)}`;
    cells[col.get('Lineitem requires shipping')!] = 'true';
    if (k === 0) {
      cells[col.get('Financial Status')!] = 'paid';
      cells[col.get('Shipping Method')!] = rng.next() < 0.1 ? 'Express' : 'Standard';
      cells[col.get('Shipping Zip')!] = rng.next() < 0.2 ? `'${ZIPS[rng.int(10)]}` : ZIPS[rng.int(10)]!;
      cells[col.get('Shipping Country')!] = 'US';
      cells[col.get('Notes')!] = rng.next() < 0.05 ? '"Gate code 1234,\nback door"' : '';
    }
    await write(`${cells.join(',')}\n`);
    lines++;
  }
}
out.end();
await once(out, 'finish');
const mb = statSync(exportPath).size / 2 ** 20;
console.log(
  `wrote ${lines.toLocaleString('en-US')} rows (${mb.toFixed(0)} MiB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
);
writeFileSync(join(dir, 'locations.csv'), 'name,type,zip\nMain Warehouse,warehouse,43219\n');

const rssBefore = process.resourceUsage().maxRSS;
t = performance.now();
const summary = await importShopify({
  orders: exportPath,
  locations: join(dir, 'locations.csv'),
  out: join(dir, 'imported'),
});
const seconds = (performance.now() - t) / 1000;
console.log(summary.text);
console.log(
  `import: ${seconds.toFixed(1)} s (${Math.round(lines / seconds).toLocaleString('en-US')} rows/s); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (before import ${(rssBefore / 1024).toFixed(0)} MiB)`,
);
if (!values.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir}`);
