/**
 * The full `run` (report included) on random valid scenarios, in this process:
 *
 *   npm run bench:random-runs -- [--runs 200] [--first 1]
 *
 * Each seed draws a scenario (test/helpers/random-scenario.ts `randomRun`: 1–40 nodes, 1–8
 * policies, 1–120 days, empty or full stock, lat/lon or ZIP destinations, one line or
 * many). One passes when it exits 0 with a complete report folder and no chart warning.
 * Prints the count passed and each failure's seed, shape and reason.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkRandomRun } from '../test/helpers/random-run.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, first: { type: 'string', default: '1' } },
});
const runs = Number(values.runs),
  first = Number(values.first);
const parent = mkdtempSync(join(tmpdir(), 'routelab-random-runs-'));
const started = performance.now();
let passed = 0;
try {
  for (let seed = first; seed < first + runs; seed++) {
    const v = await checkRandomRun(seed, parent);
    if (v.passed) passed++;
    else process.stdout.write(`FAIL seed ${seed} ${JSON.stringify(v.shape)} exit ${v.exit}: ${v.detail}\n`);
    rmSync(join(parent, `run-${seed}`), { recursive: true, force: true });
  }
} finally {
  rmSync(parent, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${passed} of ${runs} passed in ${seconds.toFixed(1)} s\n`);
process.exitCode = passed === runs ? 0 : 1;
