/** Reading a bare data folder (canonical CSV files, no scenario.yaml) from disk. */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTextOrNull } from './files.ts';
import { DEFAULT_FILES, displayPath } from './scenario.ts';
import type { DataFiles, TableName } from '../pipeline.ts';

/** Whether `path` is a folder without a scenario.yaml (a data folder, not a scenario). */
export function isBareDataFolder(path: string, cwd = process.cwd()): boolean {
  const dir = resolve(cwd, path);
  return existsSync(dir) && statSync(dir).isDirectory() && !existsSync(join(dir, 'scenario.yaml'));
}

/**
 * Reads the canonical files of a data folder by their default names (`orders.csv`,
 * `rate_card.csv`, …); a file that does not exist has `text: null`.
 */
export function readDataFolder(dir: string, cwd = process.cwd()): DataFiles {
  const files = {} as Record<Exclude<TableName, 'zones'>, { name: string; text: string | null }>;
  for (const [table, name] of Object.entries(DEFAULT_FILES) as [Exclude<TableName, 'zones'>, string][]) {
    const path = resolve(cwd, dir, name);
    files[table] = { name: displayPath(path, cwd), text: readTextOrNull(path) };
  }
  return files;
}
