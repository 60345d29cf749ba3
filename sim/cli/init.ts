/** `routelab init <folder>`: a new starter data folder and scenario, never over anything that exists. */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { writeDataFiles } from '../io/data-out.ts';
import { displayPath } from '../io/scenario.ts';
import { starterFolder } from '../generate/starter-folder.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';

/** Writes the starter folder at `folder` (which must not exist); returns the lines to print. */
export function initCommand(folder: string): string {
  if (folder.trim() === '') throw new InputError([{ severity: 'error', file: 'command line', ...msg.outEmpty() }]);
  if (existsSync(folder)) throw new InputError([{ severity: 'error', file: folder, ...msg.initExists() }]);
  const name = basename(resolve(folder));
  const files = starterFolder(name);
  writeDataFiles(folder, files);
  const shown = displayPath(resolve(folder));
  return [
    `Wrote a starter folder with ${Object.keys(files).length} files to ${shown} (example rows: replace them with yours; README.md there lists every column).`,
    'Next:',
    `  routelab validate ${shown}     # check the data and the scenario`,
    `  routelab run ${shown}          # replay both policies and write reports/${name}/`,
    `  routelab compare ${shown} --a warehouse-only --b store-for-local   # the what-if against today, with intervals`,
  ].join('\n');
}
