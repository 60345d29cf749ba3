/**
 * `routelab import shopify`: Shopify exports → a canonical data folder with a starter
 * scenario, the illustrative rate card, import-report.md and import-issues.csv. The orders
 * export is streamed; the folder appears only when the whole import succeeded.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CsvFileWriter, streamCsv } from '../io/csv-stream.ts';
import { readTextOrNull, stageFolder } from '../io/files.ts';
import { displayPath } from '../io/scenario.ts';
import { blank, cells, INVENTORY_OUT, NODE_OUT, ORDER_OUT, SKU_OUT, type SkuOut } from '../import/canonical.ts';
import { parseLocations, type Locations } from '../import/locations.ts';
import { ImportLog } from '../import/log.ts';
import { importIssuesCsv, importReportMarkdown } from '../import/report.ts';
import { ShopifyInventory } from '../import/shopify/inventory.ts';
import { ShopifyOrders } from '../import/shopify/orders.ts';
import { ShopifyProducts } from '../import/shopify/products.ts';
import { guessTimeZone, starterScenario } from '../import/starter-scenario.ts';
import { illustrativeRateCard, illustrativeTransit } from '../generate/rate-card.ts';
import { toCSV } from '../report/csv.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';

export interface ShopifyImportOptions {
  orders: string;
  products?: string;
  inventory?: string;
  locations?: string;
  out: string;
  /** Date of the inventory snapshot (default: the inventory file's modification date). */
  inventoryDate?: string;
}

function requireFile(path: string | undefined, flag: string): string | undefined {
  if (path === undefined) return undefined;
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError([{ severity: 'error', file: path, field: flag, ...msg.fileMissing(`file given to ${flag}`) }]);
  return path;
}

/** Runs the import; returns the lines to print. Throws InputError (nothing written) on bad input. */
export async function importShopify(o: ShopifyImportOptions): Promise<string> {
  const ordersPath = requireFile(o.orders, '--orders')!;
  const productsPath = requireFile(o.products, '--products');
  const inventoryPath = requireFile(o.inventory, '--inventory');
  const locationsPath = requireFile(o.locations, '--locations');
  const log = new ImportLog();
  const notes: string[] = [];
  const show = (p: string) => displayPath(resolve(p));

  const locations: Locations | undefined = locationsPath ? parseLocations(readTextOrNull(locationsPath) ?? '', show(locationsPath), log) : undefined;
  const stage = stageFolder(o.out);
  try {
    // orders: streamed straight to orders.csv
    const orders = new ShopifyOrders(show(ordersPath), log);
    const ordersOut = new CsvFileWriter(join(stage.path, 'orders.csv'), ORDER_OUT);
    await streamCsv(ordersPath, show(ordersPath), (h) => orders.header(h), (row, line) => {
      const r = orders.row(row, line);
      return r ? ordersOut.write(cells(ORDER_OUT, r)) : undefined;
    });
    await ordersOut.close();

    // skus: from the products export, plus any sku the orders name that it lacks
    const skus = new Map<string, SkuOut>();
    if (productsPath) {
      const products = new ShopifyProducts(show(productsPath), log);
      await streamCsv(productsPath, show(productsPath), (h) => products.header(h), (row, line) => void products.row(row, line));
      for (const [k, v] of products.skus) skus.set(k, v);
    }
    let added = 0;
    for (const [sku, name] of orders.skus) {
      if (skus.has(sku)) continue;
      const s = blank(SKU_OUT);
      s.sku = sku;
      s.name = name;
      skus.set(sku, s);
      added++;
    }
    if (added) notes.push(productsPath
      ? `${added} sku(s) in the orders are not in the products export (archived or deleted products?); they were added to skus.csv without weight, so the scenario's default_weight_lb applies.`
      : `No products export was given: skus.csv lists the ${added} sku(s) named in the orders, without weights or categories. Pass --products for weights.`);
    writeFileSync(join(stage.path, 'skus.csv'), toCSV(SKU_OUT, [...skus.values()].map((s) => cells(SKU_OUT, s))));

    // nodes and inventory
    if (locations) writeFileSync(join(stage.path, 'nodes.csv'), toCSV(NODE_OUT, locations.nodes.map((n) => cells(NODE_OUT, n))));
    else notes.push('No locations file was given, so no nodes.csv was written: write locations.csv (name, type, zip) and import again before running.');
    if (inventoryPath) {
      const asOf = o.inventoryDate ?? statSync(inventoryPath).mtime.toISOString().slice(0, 10);
      const inv = new ShopifyInventory(show(inventoryPath), log, (name) => locations?.nodeOf(name), asOf);
      const rows: string[][] = [];
      const seen = new Set<string>();
      await streamCsv(inventoryPath, show(inventoryPath), (h) => inv.header(h), (row, line) => {
        for (const r of inv.row(row, line)) {
          const key = `${r.node_id}\u0000${r.sku}`;
          if (seen.has(key)) log.repair(inv.file, line, 'SKU listed again at the same location (first kept)', `${r.sku} at ${r.node_id}`);
          else {
            seen.add(key);
            rows.push(cells(INVENTORY_OUT, r));
          }
        }
      });
      const problems = inv.problems(locations !== undefined);
      if (problems.length) throw new InputError(problems);
      writeFileSync(join(stage.path, 'inventory.csv'), toCSV(INVENTORY_OUT, rows));
      notes.push(`Inventory is the snapshot of ${asOf} (the ${o.inventoryDate ? '--inventory-date given' : "inventory file's date"}); the replay starts the period with it. Check it against the order period (${orders.firstDate} … ${orders.lastDate}).`);
    } else notes.push('No inventory export was given, so no inventory.csv was written: every unit would be cancelled. Pass --inventory.');

    // shipping tables and a starter scenario (an existing scenario.yaml is kept)
    writeFileSync(join(stage.path, 'rate_card.csv'), illustrativeRateCard());
    writeFileSync(join(stage.path, 'transit.csv'), illustrativeTransit());
    notes.push('rate_card.csv and transit.csv are the bundled ILLUSTRATIVE tables, not your carrier rates: replace them with your own for decisions.');
    const existing = readTextOrNull(join(o.out, 'scenario.yaml'));
    if (existing !== null) {
      writeFileSync(join(stage.path, 'scenario.yaml'), existing);
      notes.push('scenario.yaml already existed and was kept as it was.');
    } else if (orders.firstDate) {
      const timezone = guessTimeZone(orders.offsets, orders.firstDate, orders.lastDate);
      const warehouse = locations?.nodes.find((n) => n.type === 'warehouse')?.node_id;
      writeFileSync(join(stage.path, 'scenario.yaml'), starterScenario({ name: basename(resolve(o.out)), start: orders.firstDate, end: orders.lastDate, timezone, warehouse }));
      notes.push(`scenario.yaml was written for the period ${orders.firstDate} … ${orders.lastDate} with time zone ${timezone} (guessed from the timestamps' offsets)${warehouse ? ` and ${warehouse} as today's warehouse` : ''}.`);
    }
    writeFileSync(join(stage.path, 'import-report.md'), importReportMarkdown(log, show(o.out), notes));
    writeFileSync(join(stage.path, 'import-issues.csv'), importIssuesCsv(log));
    stage.commit();
    const t = log.files();
    return [
      ...t.map((f) => `${f.file}: ${f.read} rows read, ${f.written} written, ${f.skipped} skipped, ${f.repaired} repaired`),
      `${orders.orderCount} orders, ${skus.size} skus${locations ? `, ${locations.nodes.length} nodes` : ''}.`,
      `Wrote ${show(o.out)} (see import-report.md).`,
    ].join('\n');
  } catch (e) {
    stage.abort();
    throw e;
  }
}
