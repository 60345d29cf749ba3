/**
 * `routelab import csv --map <mapping.yaml>`: any export that is not Shopify (WooCommerce
 * plugin exports, ERP or WMS dumps) → a canonical data folder, through a column mapping
 * file (sim/import/mapping/mapping-file.ts). Orders are streamed; skus, nodes and inventory are
 * small enough to hold. The shared tail adds the rate card, a starter scenario and the report.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { requireFile, shownPath, writeImportFolder, type ImportResult } from './import-folder.ts';
import { CsvFileWriter, streamCsv } from './csv-stream.ts';
import { readTextOrNull } from './files.ts';
import { blank, SKU_OUT } from '../import/canonical.ts';
import { ImportLog } from '../import/log.ts';
import { parseMapping, TABLES, type Mapping, type Table } from '../import/mapping/mapping-file.ts';
import {
  MappedInventory,
  MappedNodes,
  MappedOrders,
  MappedSkus,
  type MappedRows,
  type Row,
} from '../import/mapping/transform.ts';
import { toDataCSV } from '../format/csv-write.ts';
import { msg } from '../messages.ts';
import { InputError, Problems } from '../problems.ts';

/** The files of a mapped import (the CLI's flags of the same names); paths relative to the working directory. */
export interface CsvImportOptions {
  /** The mapping file (YAML: per table its file and column mapping). */
  map: string;
  /** Input files; each overrides the `file:` of its section in the mapping (default: the mapping's). */
  orders?: string;
  skus?: string;
  inventory?: string;
  nodes?: string;
  /** The folder to write (created; an existing one keeps files RouteLab did not write). */
  out: string;
}

const cellsOf = (columns: readonly string[], r: Row) => columns.map((c) => r[c] ?? '');

/** The input file of each mapped table: the flag's, else the mapping's `file:` (relative to the mapping file). */
function inputFiles(o: CsvImportOptions, mapping: Mapping, mapPath: string): Partial<Record<Table, string>> {
  const problems = new Problems();
  const files: Partial<Record<Table, string>> = {};
  for (const t of TABLES) {
    const flag = `--${t}`;
    const section = mapping.tables[t];
    const given = o[t];
    if (!section) {
      if (given !== undefined)
        problems.error({ file: mapping.file, line: 1, field: flag, ...msg.mappingNoSection(flag, t) });
      continue;
    }
    if (given !== undefined) {
      requireFile(given, flag);
      files[t] = given;
    } else if (section.file === undefined)
      problems.error({ file: mapping.file, ...section.fileAt, field: `${t}.file`, ...msg.mappingNoFile(t, flag) });
    else {
      const path = resolve(dirname(mapPath), section.file);
      if (readTextOrNull(path) === null)
        problems.error({
          file: mapping.file,
          ...section.fileAt,
          field: `${t}.file`,
          ...msg.mappingFileMissing(t, shownPath(path), flag),
        });
      else files[t] = path;
    }
  }
  if (problems.hasErrors()) throw new InputError(problems.list);
  return files;
}

/** Streams a file through a mapped table; `onRow` gets each row written. */
async function feed(path: string, t: MappedRows, onRow: (r: Row) => void | Promise<void> = () => {}): Promise<void> {
  await streamCsv(
    path,
    t.file,
    (h) => t.header(h),
    (row, line) => {
      const r = t.row(row, line);
      return r ? onRow(r) : undefined;
    },
  );
}

/**
 * Imports any other export through a column mapping file, as `routelab import csv --map`:
 * each mapped table (orders streamed; skus, nodes, inventory) becomes its canonical file,
 * with the illustrative rate card, a starter scenario, import-report.md and
 * import-issues.csv. Throws an InputError (nothing written) on bad input or a bad mapping.
 * @example
 * const r = await importCsv({ map: 'woo-mapping.yaml', out: 'data/woo' });
 * r.counts; // '120 orders, 14 skus, 2 nodes.'
 */
export async function importCsv(o: CsvImportOptions): Promise<ImportResult> {
  const mapPath = requireFile(o.map, '--map')!;
  const mapFile = shownPath(mapPath);
  const problems = new Problems();
  const mapping = parseMapping(readTextOrNull(mapPath) ?? '', mapFile, problems);
  if (!mapping) throw new InputError(problems.list);
  const files = inputFiles(o, mapping, mapPath);
  const log = new ImportLog();
  const kind = (t: Table) => `${t}, mapped by ${basename(mapPath)}`;
  const tables = mapping.tables;
  // a file feeding two tables (a product export giving skus and stock) is counted once per table
  const logAs = (t: Table) => {
    const path = resolve(files[t]!);
    return TABLES.some((u) => u !== t && files[u] !== undefined && resolve(files[u]!) === path)
      ? `${shownPath(path)} (${t})`
      : shownPath(path);
  };
  const make = <T extends MappedRows>(
    t: Table,
    ctor: new (...a: ConstructorParameters<typeof MappedRows>) => T,
  ): T | undefined =>
    tables[t] && files[t] ? new ctor(tables[t], shownPath(files[t]), log, kind(t), logAs(t)) : undefined;
  // created in the order the report lists them
  const orders = make('orders', MappedOrders);
  const skus = make('skus', MappedSkus);
  const inventory = make('inventory', MappedInventory);
  const nodes = make('nodes', MappedNodes);

  return writeImportFolder(o.out, log, async (dir, notes) => {
    // nodes first: inventory rows are checked against them
    if (nodes) {
      await feed(files.nodes!, nodes);
      writeFileSync(
        join(dir, 'nodes.csv'),
        toDataCSV(
          nodes.output,
          nodes.rows.map((r) => cellsOf(nodes.output, r)),
        ),
      );
    } else
      notes.push(
        'The mapping has no nodes section, so no nodes.csv was written: add one (or write nodes.csv: node_id, type, zip) before running.',
      );

    if (skus) await feed(files.skus!, skus);

    // orders: streamed straight to orders.csv
    if (orders) {
      const out = new CsvFileWriter(join(dir, 'orders.csv'), orders.output, 'data');
      await feed(files.orders!, orders, (r) => out.write(cellsOf(orders.output, r)));
      await out.close();
      if (orders.naivePlacedAt)
        notes.push(
          `${orders.naivePlacedAt} placed_at value(s) have no UTC offset and the mapping gives no timezone for placed_at: the replay reads them in the scenario's time zone. Add timezone: to placed_at in the mapping if the export was written in another zone.`,
        );
    } else notes.push('The mapping has no orders section, so no orders.csv was written: every run needs one.');

    if (inventory) {
      if (nodes) {
        const ids = new Set(nodes.rows.map((n) => n.node_id!));
        inventory.knownNode = (id) => ids.has(id);
      }
      await feed(files.inventory!, inventory);
      writeFileSync(
        join(dir, 'inventory.csv'),
        toDataCSV(
          inventory.output,
          inventory.rows.map((r) => cellsOf(inventory.output, r)),
        ),
      );
    } else
      notes.push(
        'The mapping has no inventory section, so no inventory.csv was written: every unit would be cancelled.',
      );

    // skus.csv: the skus file, plus every sku the orders or inventory name that it lacks
    const skuRows = new Map<string, Row>(skus?.rows ?? []);
    let added = 0;
    for (const sku of [...(orders?.skus ?? []), ...(inventory?.skus ?? [])]) {
      if (skuRows.has(sku)) continue;
      skuRows.set(sku, { ...blank(SKU_OUT), sku });
      added++;
    }
    const skuColumns = skus?.output ?? [...SKU_OUT];
    if (skuRows.size)
      writeFileSync(
        join(dir, 'skus.csv'),
        toDataCSV(
          skuColumns,
          [...skuRows.values()].map((r) => cellsOf(skuColumns, r)),
        ),
      );
    if (added)
      notes.push(
        skus
          ? `${added} sku(s) in the orders or inventory are not in the skus file; they were added to skus.csv without weight, so the scenario's default_weight_lb applies.`
          : `The mapping has no skus section: skus.csv lists the ${added} sku(s) named in the orders and inventory, without weights. Map a product export under skus: for weights.`,
      );

    const timezone = orders?.timezone;
    return {
      firstDate: orders?.firstDate ?? '',
      lastDate: orders?.lastDate ?? '',
      offsets: orders?.offsets ?? new Map(),
      timezone: timezone ? { zone: timezone, source: 'the time zone the mapping reads placed_at in' } : undefined,
      warehouse: nodes?.rows.find((n) => n.type === 'warehouse')?.node_id,
      counts: `${orders?.orderCount ?? 0} orders, ${skuRows.size} skus${nodes ? `, ${nodes.rows.length} nodes` : ''}${inventory ? `, ${inventory.rows.length} inventory rows` : ''}.`,
    };
  });
}
