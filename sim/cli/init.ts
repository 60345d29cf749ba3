/** `routelab init <folder>`: a new starter data folder and scenario (the library's initFolder), and the next three commands. */
import { initFolder } from '../io/api/init.ts';
import { displayPath } from '../io/scenario.ts';

/** Writes the starter folder at `folder` (which must not exist); returns the lines to print. */
export function initCommand(folder: string): string {
  const f = initFolder(folder);
  const shown = displayPath(f.out);
  return [
    `Wrote a starter folder with ${f.files.length} files to ${shown} (example rows: replace them with yours; README.md there lists every column).`,
    'Next:',
    `  routelab validate ${shown}     # check the data and the scenario`,
    `  routelab run ${shown}          # replay both policies and write reports/${f.name}/`,
    `  routelab compare ${shown} --a warehouse-only --b store-for-local   # the what-if against today, with intervals`,
  ].join('\n');
}
