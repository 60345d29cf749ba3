/**
 * `routelab import shopify`: Shopify exports → a canonical data folder with a starter
 * scenario, the illustrative rate card, import-report.md and import-issues.csv. The orders
 * export is streamed; the folder appears only when the whole import succeeded.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireFile, shownPath, writeImportFolder, type ImportResult } from './import-folder.ts';
import { CsvFileWriter, streamCsv } from './csv-stream.ts';
import { readCsvText } from './files.ts';
import { blank, cells, INVENTORY_OUT, NODE_OUT, ORDER_OUT, SKU_OUT, type SkuOut } from '../import/canonical.ts';
import { parseLocations, type Locations } from '../import/locations.ts';
import { ImportLog } from '../import/log.ts';
import { ShopifyInventory } from '../import/shopify/inventory.ts';
import { ShopifyOrders } from '../import/shopify/orders.ts';
import { ShopifyProducts } from '../import/shopify/products.ts';
import { toDataCSV } from '../format/csv-write.ts';
import { InputError } from '../problems.ts';
import { importText, msg } from '../messages.ts';
import { parseIsoDate } from '../time/calendar.ts';

/** The files of a Shopify import (the CLI's flags of the same names); paths relative to the working directory. */
export interface ShopifyImportOptions {
  /** The orders export (Orders → Export), required. */
  orders: string;
  /** The products export, for weights and categories (default: none; skus.csv lists the orders' skus without weights). */
  products?: string;
  /** The inventory export, for on-hand stock per location (default: none; no inventory.csv is written). */
  inventory?: string;
  /** Your locations (name, type, zip), for nodes.csv (default: none; no nodes.csv is written). */
  locations?: string;
  /** The folder to write (created; an existing one keeps files RouteLab did not write). */
  out: string;
  /**
   * The day the inventory export was counted (default: the inventory file's modification
   * date), written as every row's as_of. It changes no on-hand figure: validate and run
   * compare it with the period start, and a rebuild adds back the units sold up to it.
   */
  inventoryDate?: string;
  /** Rebuild the stock at the period start from the counted stock plus the units sold since. */
  rebuildStartStock?: boolean;
}

/**
 * Imports Shopify exports into a canonical data folder, as `routelab import shopify`: orders
 * (required; streamed), products, inventory and locations (each optional), plus the
 * illustrative rate card, a starter scenario, import-report.md and import-issues.csv.
 * Throws an InputError (file, line, column and what to do; nothing written) on bad input.
 * Every skipped or repaired row is counted in `files` and listed in import-issues.csv.
 * @example
 * const r = await importShopify({ orders: 'orders_export.csv', locations: 'locations.csv', out: 'data/my-shop' });
 * r.files; // [{ file: 'orders_export.csv', read: 9, written: 8, skipped: 1, repaired: 2, kept: 0 }, …]
 */
export async function importShopify(o: ShopifyImportOptions): Promise<ImportResult> {
  const ordersPath = requireFile(o.orders, '--orders')!;
  const productsPath = requireFile(o.products, '--products');
  const inventoryPath = requireFile(o.inventory, '--inventory');
  const locationsPath = requireFile(o.locations, '--locations');
  if (o.inventoryDate !== undefined && parseIsoDate(o.inventoryDate) === null)
    throw new InputError([
      { severity: 'error', file: 'command line', field: '--inventory-date', ...msg.notDate(o.inventoryDate) },
    ]);
  if (o.rebuildStartStock && !inventoryPath)
    throw new InputError([
      { severity: 'error', file: 'command line', field: '--rebuild-start-stock', ...msg.rebuildNeedsInventory() },
    ]);
  const log = new ImportLog();
  const show = shownPath;

  const locations: Locations | undefined = locationsPath
    ? parseLocations(readCsvText(locationsPath, show(locationsPath)), show(locationsPath), log)
    : undefined;
  return writeImportFolder(
    o.out,
    log,
    async (dir, notes) => {
      // orders: streamed straight to orders.csv
      const orders = new ShopifyOrders(show(ordersPath), log);
      const ordersOut = new CsvFileWriter(join(dir, 'orders.csv'), ORDER_OUT, 'data');
      await streamCsv(
        ordersPath,
        show(ordersPath),
        (h) => orders.header(h),
        (row, line) => {
          const r = orders.row(row, line);
          return r ? ordersOut.write(cells(ORDER_OUT, r)) : undefined;
        },
      );
      await ordersOut.close();

      // skus: from the products export, plus any sku the orders name that it lacks
      const skus = new Map<string, SkuOut>();
      if (productsPath) {
        const products = new ShopifyProducts(show(productsPath), log);
        await streamCsv(
          productsPath,
          show(productsPath),
          (h) => products.header(h),
          (row, line) => void products.row(row, line),
        );
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
      if (added)
        notes.push(
          productsPath
            ? `${added} sku(s) in the orders are not in the products export (archived or deleted products?); they were added to skus.csv without weight, so the scenario's default_weight_lb applies.`
            : `No products export was given: skus.csv lists the ${added} sku(s) named in the orders, without weights or categories. Pass --products for weights.`,
        );
      writeFileSync(
        join(dir, 'skus.csv'),
        toDataCSV(
          SKU_OUT,
          [...skus.values()].map((s) => cells(SKU_OUT, s)),
        ),
      );

      // nodes and inventory
      if (locations)
        writeFileSync(
          join(dir, 'nodes.csv'),
          toDataCSV(
            NODE_OUT,
            locations.nodes.map((n) => cells(NODE_OUT, n)),
          ),
        );
      else
        notes.push(
          'No locations file was given, so no nodes.csv was written: write locations.csv (name, type, zip) and import again before running.',
        );
      if (inventoryPath) {
        const asOf = o.inventoryDate ?? statSync(inventoryPath).mtime.toISOString().slice(0, 10);
        const inv = new ShopifyInventory(show(inventoryPath), log, (name) => locations?.nodeOf(name), asOf);
        const rows: string[][] = [];
        await streamCsv(
          inventoryPath,
          show(inventoryPath),
          (h) => inv.header(h),
          (row, line) => {
            for (const r of inv.row(row, line)) rows.push(cells(INVENTORY_OUT, r));
          },
        );
        const problems = inv.problems(locations !== undefined);
        if (problems.length) throw new InputError(problems);
        writeFileSync(join(dir, 'inventory.csv'), toDataCSV(INVENTORY_OUT, rows));
        const source = o.inventoryDate ? '--inventory-date given' : "inventory file's date";
        notes.push(
          o.rebuildStartStock
            ? importText.inventoryRebuilt(asOf, source)
            : orders.firstDate !== '' && asOf > orders.firstDate
              ? importText.inventoryAfterFirstOrder(asOf, source, orders.firstDate)
              : importText.inventoryAsCounted(asOf, source, orders.firstDate, orders.lastDate),
        );
      } else
        notes.push(
          'No inventory export was given, so no inventory.csv was written: every unit would be cancelled. Pass --inventory.',
        );

      return {
        firstDate: orders.firstDate,
        lastDate: orders.lastDate,
        offsets: orders.offsets,
        warehouse: locations?.nodes.find((n) => n.type === 'warehouse')?.node_id,
        counts: `${orders.orderCount} orders, ${skus.size} skus${locations ? `, ${locations.nodes.length} nodes` : ''}.`,
      };
    },
    { rebuildStartStock: o.rebuildStartStock },
  );
}
