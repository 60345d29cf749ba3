/** The library's `initFolder`: `routelab init` as data. */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { starterFolder } from '../../generate/starter-folder.ts';
import { msg } from '../../messages.ts';
import { InputError } from '../../problems.ts';
import { writeDataFiles } from '../data-out.ts';

export interface InitResult {
  /** The folder written (absolute path). */
  out: string;
  /** The scenario's name: the folder's name. */
  name: string;
  /** The files written, by name (every canonical CSV with example rows, the rate card, README.md, scenario.yaml). */
  files: string[];
}

/**
 * Writes a starter data folder and scenario a user can edit, as `routelab init`: every
 * canonical CSV with invented example rows, the illustrative rate card and transit table, a
 * README listing every column, and a scenario.yaml with every section commented (today's
 * warehouse-only routing as the baseline, a store-ships-local policy, `roi:`). It runs as
 * written. An existing file or folder at `folder`, even an empty one, is an InputError and
 * nothing is written.
 * @example
 * const f = initFolder('data/my-shop');
 * f.files; // ['orders.csv', 'skus.csv', 'nodes.csv', …, 'scenario.yaml']
 * const s = await openScenario(f.out);
 */
export function initFolder(folder: string): InitResult {
  if (folder.trim() === '') throw new InputError([{ severity: 'error', file: 'folder argument', ...msg.outEmpty() }]);
  if (existsSync(folder)) throw new InputError([{ severity: 'error', file: folder, ...msg.initExists() }]);
  const name = basename(resolve(folder));
  const files = starterFolder(name);
  writeDataFiles(folder, files);
  return { out: resolve(folder), name, files: Object.keys(files) };
}
