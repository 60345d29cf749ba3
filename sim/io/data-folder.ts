/** Reading a bare data folder (canonical CSV files, no scenario.yaml) from disk. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCsvChunksOrNull } from './files.ts';
import { DEFAULT_FILES, displayPath } from './scenario.ts';
import type { DataFile, DataFiles, TableName } from '../pipeline/load.ts';

/** Whether `path` is a folder without a scenario.yaml (a data folder, not a scenario). */
export function isBareDataFolder(path: string, cwd = process.cwd()): boolean {
  const dir = resolve(cwd, path);
  return existsSync(dir) && statSync(dir).isDirectory() && !existsSync(join(dir, 'scenario.yaml'));
}

/**
 * Reads the canonical files of a data folder by their default names (`orders.csv`,
 * `rate_card.csv`, …), read in chunks when parsed; a file that does not exist has `text: null`, and one that is not
 * UTF-8 (or has an over-long line) has `text: null` and the problem.
 */
export function readDataFolder(dir: string, cwd = process.cwd()): DataFiles {
  const files = {} as Record<Exclude<TableName, 'zones'>, DataFile>;
  for (const [table, name] of Object.entries(DEFAULT_FILES) as [Exclude<TableName, 'zones'>, string][]) {
    const path = resolve(cwd, dir, name);
    const shown = displayPath(path, cwd);
    const { text, problem } = readCsvChunksOrNull(path, shown);
    files[table] = { name: shown, text, ...(problem ? { problem } : {}) };
  }
  return files;
}
