/**
 * What every `routelab import` shares: checking the input paths, and writing the output
 * folder. The folder is staged and appears only when the whole import succeeded; besides
 * the canonical files the importer writes, it gets the illustrative rate card and transit
 * table, a starter scenario.yaml (an existing one is kept), import-report.md and
 * import-issues.csv.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readTextOrNull, stageFolder } from '../io/files.ts';
import { displayPath } from '../io/scenario.ts';
import type { ImportLog } from '../import/log.ts';
import { importIssuesCsv, importReportMarkdown } from '../import/report.ts';
import { guessTimeZone, starterScenario } from '../import/starter-scenario.ts';
import { illustrativeRateCard, illustrativeTransit } from '../generate/rate-card.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';

/** A path as messages show it (relative to the working directory when inside it). */
export const shownPath = (p: string): string => displayPath(resolve(p));

/** The path, when given, after checking it is a file; an InputError naming the flag otherwise. */
export function requireFile(path: string | undefined, flag: string): string | undefined {
  if (path === undefined) return undefined;
  if (!existsSync(path) || !statSync(path).isFile()) throw new InputError([{ severity: 'error', file: path, field: flag, ...msg.argFileMissing(flag) }]);
  return path;
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

/**
 * Writes an import's folder: `writeData` writes the canonical files into the staged folder
 * (adding notes for the report), then the shared files are added and the folder swapped in.
 * On any error the staged folder is removed and `out` is left as it was.
 * @returns the lines to print
 */
export async function writeImportFolder(out: string, log: ImportLog, writeData: (dir: string, notes: string[]) => Promise<ImportedData>): Promise<string> {
  const stage = stageFolder(out);
  try {
    const notes: string[] = [];
    const d = await writeData(stage.path, notes);

    // shipping tables and a starter scenario (an existing scenario.yaml is kept)
    writeFileSync(join(stage.path, 'rate_card.csv'), illustrativeRateCard());
    writeFileSync(join(stage.path, 'transit.csv'), illustrativeTransit());
    notes.push('rate_card.csv and transit.csv are the bundled ILLUSTRATIVE tables, not your carrier rates: replace them with your own for decisions.');
    const existing = readTextOrNull(join(out, 'scenario.yaml'));
    if (existing !== null) {
      writeFileSync(join(stage.path, 'scenario.yaml'), existing);
      notes.push('scenario.yaml already existed and was kept as it was.');
    } else if (d.firstDate) {
      const timezone = d.timezone?.zone ?? guessTimeZone(d.offsets, d.firstDate, d.lastDate);
      const source = d.timezone?.source ?? "guessed from the timestamps' offsets";
      writeFileSync(join(stage.path, 'scenario.yaml'), starterScenario({
        name: basename(resolve(out)), start: d.firstDate, end: d.lastDate, timezone, warehouse: d.warehouse,
        timezoneNote: d.timezone ? d.timezone.source : undefined,
      }));
      notes.push(`scenario.yaml was written for the period ${d.firstDate} … ${d.lastDate} with time zone ${timezone} (${source})${d.warehouse ? ` and ${d.warehouse} as today's warehouse` : ''}.`);
    }
    writeFileSync(join(stage.path, 'import-report.md'), importReportMarkdown(log, shownPath(out), notes));
    writeFileSync(join(stage.path, 'import-issues.csv'), importIssuesCsv(log));
    stage.commit();
    return [
      ...log.files().map((f) => `${f.file}: ${f.read} rows read, ${f.written} written, ${f.skipped} skipped, ${f.repaired} repaired`),
      d.counts,
      `Wrote ${shownPath(out)} (see import-report.md).`,
    ].join('\n');
  } catch (e) {
    stage.abort();
    throw e;
  }
}
