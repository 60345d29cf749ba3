/**
 * What every `routelab import` shares: checking the input paths, and writing the output
 * folder. The files are staged and moved in only when the whole import succeeded; the
 * folder may hold the user's own files, which stay (sim/io/data-out.ts). Besides the
 * canonical files the importer writes, it gets the illustrative rate card and transit table
 * (a rate card or transit table of the user's is kept), a starter scenario.yaml (an
 * existing one is kept), import-report.md and import-issues.csv.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { stageDataFolder } from './data-out.ts';
import { withOutputErrors } from './out-errors.ts';
import { displayPath } from './scenario.ts';
import type { FileTotals, ImportLog } from '../import/log.ts';
import { guessTimeZone, starterScenario } from '../import/starter-scenario.ts';
import { illustrativeRateCard, illustrativeTransit } from '../generate/rate-card.ts';
import { importText, msg } from '../messages.ts';
import { InputError, Problems } from '../problems.ts';
import { parseData, type DataFile, type DataFiles } from '../pipeline/load.ts';
import type { DataRows } from '../parse/types.ts';
import { readTextOrNull } from './files.ts';
import { storePlan, LOCAL_MILES } from '../import/store-plan.ts';
import { rebuildStartStock } from '../compile/start-stock.ts';
import { importIssuesCsv, importReportMarkdown, startStockSection } from '../import/import-report.ts';
import { DEFAULT_TIMEZONE } from '../scenario/default-scenario.ts';
import { parseIsoDate } from '../time/calendar.ts';

/** A path as messages show it (relative to the working directory when inside it). */
export const shownPath = (p: string): string => displayPath(resolve(p));

/** The path, when given, after checking it is a file; an InputError naming the flag otherwise. */
export function requireFile(path: string | undefined, flag: string): string | undefined {
  if (path === undefined) return undefined;
  if (!existsSync(path) || !statSync(path).isFile())
    throw new InputError([{ severity: 'error', file: path, field: flag, ...msg.argFileMissing(flag) }]);
  return path;
}

export interface ImportFolderOptions {
  /** Rebuild the start stock from the counted stock: the starter scenario asks for it, import-report.md shows it. */
  rebuildStartStock?: boolean;
}

/**
 * The canonical files staged in `dir`, parsed as `run` reads them (problems were the
 * importer's to report); only nodes.csv unless `all` (orders.csv is read whole then).
 */
function stagedRows(dir: string, all: boolean): DataRows {
  const file = (name: string, read = all): DataFile => ({ name, text: read ? readTextOrNull(join(dir, name)) : null });
  const files: DataFiles = {
    orders: file('orders.csv'),
    skus: file('skus.csv'),
    nodes: file('nodes.csv', true),
    inventory: file('inventory.csv'),
    receipts: file('receipts.csv'),
    rates: { name: 'rate_card.csv', text: null },
    transit: { name: 'transit.csv', text: null },
  };
  return parseData(files, false, new Problems()).rows;
}

/** What an importer tells the shared tail about the data it wrote. */
export interface ImportedData {
  /** Local dates of the first and last orders written (`YYYY-MM-DD`); without them no starter scenario is written. */
  firstDate: string;
  lastDate: string;
  /** UTC offsets (minutes) of the order timestamps → count, for guessing the time zone. */
  offsets: Map<number, number>;
  /** The business's time zone when the input says it, and where it came from; otherwise it is guessed from `offsets`. */
  timezone?: { zone: string; source: string };
  /** Node id of the warehouse shipping everything today, if any. */
  warehouse?: string;
  /** One line of counts for the terminal: `6 orders, 4 skus, 2 nodes.` */
  counts: string;
}

/** What an import did: the library's `importShopify` / `importCsv` result (`routelab import` prints `text`). */
export interface ImportResult {
  /** The folder written (absolute path). */
  out: string;
  /** Per input file, in the order read: rows read, written, skipped, repaired and kept as exported. */
  files: FileTotals[];
  /** One line of counts: `6 orders, 4 skus, 2 nodes.` */
  counts: string;
  /** The lines `routelab import` prints. */
  text: string;
}

/** The files an import replaces (a file of the user's by one of these names stops it before it writes). */
export const IMPORT_FILES = [
  'orders.csv',
  'skus.csv',
  'nodes.csv',
  'inventory.csv',
  'import-report.md',
  'import-issues.csv',
] as const;
/** The starter files an import writes only where the user has none of their own. */
const STARTERS = ['rate_card.csv', 'transit.csv', 'scenario.yaml'] as const;

/**
 * Writes an import's files into `out`: `writeData` writes the canonical files into the
 * staged folder (adding notes for the report), then the shared files are added and every
 * staged file moved in. On any error the staged folder is removed and `out` is left as it was.
 */
export async function writeImportFolder(
  out: string,
  log: ImportLog,
  writeData: (dir: string, notes: string[]) => Promise<ImportedData>,
  options: ImportFolderOptions = {},
): Promise<ImportResult> {
  return withOutputErrors(out, async () => {
    const stage = stageDataFolder(out, { replace: IMPORT_FILES, starters: STARTERS });
    try {
      const notes: string[] = [];
      const sections: string[] = [];
      const d = await writeData(stage.path, notes);
      const keepScenario = existsSync(join(out, 'scenario.yaml'));
      const timezone = d.firstDate
        ? (d.timezone?.zone ?? guessTimeZone(d.offsets, d.firstDate, d.lastDate))
        : DEFAULT_TIMEZONE;
      // the files written, read back: the store plan and the start stock come from what `run` will read
      const hasStore = () => stagedRows(stage.path, false).nodes.some((n) => n.type === 'store');
      const rows =
        d.firstDate && (options.rebuildStartStock || (!keepScenario && hasStore()))
          ? stagedRows(stage.path, true)
          : undefined;
      const stores = rows && !keepScenario ? storePlan(rows) : undefined;
      if (options.rebuildStartStock && rows) {
        const rebuilt = rebuildStartStock({
          inventory: rows.inventory,
          nodes: rows.nodes,
          orders: rows.orders,
          receipts: rows.receipts,
          periodStart: parseIsoDate(d.firstDate)!,
          timezone,
          baseline: d.warehouse ? { policy: 'warehouse-only', node: d.warehouse } : { policy: 'closest-with-stock' },
        });
        sections.push(...startStockSection(rebuilt, d.firstDate, !keepScenario));
      }

      // shipping tables and a starter scenario, each only where the user has none of their own
      const tables = (['rate_card.csv', 'transit.csv'] as const).filter((f) => !stage.isTheirs(f));
      if (tables.includes('rate_card.csv')) writeFileSync(join(stage.path, 'rate_card.csv'), illustrativeRateCard());
      if (tables.includes('transit.csv')) writeFileSync(join(stage.path, 'transit.csv'), illustrativeTransit());
      if (tables.length)
        notes.push(
          `${tables.join(' and ')} ${tables.length === 1 ? 'is the bundled ILLUSTRATIVE table' : 'are the bundled ILLUSTRATIVE tables'}, not your carrier rates: replace ${tables.length === 1 ? 'it' : 'them'} with your own for decisions.`,
        );
      const yours = (['rate_card.csv', 'transit.csv'] as const).filter((f) => !tables.includes(f));
      if (yours.length)
        notes.push(
          `${yours.join(' and ')} ${yours.length === 1 ? 'was' : 'were'} already there and not written by RouteLab, so ${yours.length === 1 ? 'it was' : 'they were'} kept as ${yours.length === 1 ? 'it was' : 'they were'}.`,
        );
      if (keepScenario) notes.push('scenario.yaml already existed and was kept as it was.');
      else if (d.firstDate) {
        const source = d.timezone?.source ?? "guessed from the timestamps' offsets";
        writeFileSync(
          join(stage.path, 'scenario.yaml'),
          starterScenario({
            name: basename(resolve(out)),
            start: d.firstDate,
            end: d.lastDate,
            timezone,
            warehouse: d.warehouse,
            timezoneNote: d.timezone ? d.timezone.source : undefined,
            stores,
            rebuildStartStock: options.rebuildStartStock,
          }),
        );
        notes.push(
          `scenario.yaml was written for the period ${d.firstDate} … ${d.lastDate} with time zone ${timezone} (${source})${d.warehouse ? ` and ${d.warehouse} as today's warehouse` : ''}.`,
        );
        if (stores)
          notes.push(
            importText.ownerQuestion(
              stores.radiusMiles,
              stores.localOrders,
              LOCAL_MILES,
              stores.pilot.nodeId,
              stores.pilot.orders,
            ),
          );
      }
      writeFileSync(
        join(stage.path, 'import-report.md'),
        importReportMarkdown(log, shownPath(out), notes, undefined, sections),
      );
      writeFileSync(join(stage.path, 'import-issues.csv'), importIssuesCsv(log));
      stage.commit();
      const files = log.files();
      const text = [
        ...files.map(
          (f) =>
            `${f.file}: ${f.read} rows read, ${f.written} written, ${f.skipped} skipped, ${f.repaired} repaired${f.kept ? `, ${f.kept} kept as exported (negative on hand)` : ''}`,
        ),
        d.counts,
        `Wrote ${shownPath(out)} (see import-report.md).`,
      ].join('\n');
      return { out: resolve(out), files, counts: d.counts, text };
    } catch (e) {
      stage.abort();
      throw e;
    }
  });
}
