/**
 * One random scenario (`randomRun`) through the whole `run`, in this process: written to a
 * folder, run with the report, and judged. Shared by test/cli/random-runs.test.ts and
 * bench/random-runs.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../sim/cli/run.ts';
import { InputError, problemLocation } from '../../sim/problems.ts';
import { randomRun, type RandomRunShape } from './random-scenario.ts';

/** Counts a run may fix (see `randomRun`). */
export type RandomRunFix = Parameters<typeof randomRun>[1];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Files every report folder has, besides each chart's SVG and PNG. */
export const REPORT_FILES = ['index.html', 'summary.md', 'metrics.csv', 'outcomes.csv', 'run.json'];

export interface RandomRunVerdict {
  shape: RandomRunShape;
  /** What `routelab run` would exit with: 0 done, 2 bad input, 1 anything else. */
  exit: 0 | 1 | 2;
  /** Whether the outcome is the expected one: a complete report with no chart warning. */
  passed: boolean;
  /** Why it did not pass. */
  detail?: string;
}

/** Writes random scenario `seed` (with the counts `fix` sets) under `parent` and runs it (report included). */
export async function checkRandomRun(seed: number, parent: string, fix: RandomRunFix = {}): Promise<RandomRunVerdict> {
  const { files, shape } = randomRun(seed, fix);
  const dir = join(
    parent,
    `run-${seed}${Object.entries(fix ?? {})
      .map(([k, v]) => `-${k}${v}`)
      .join('')}`,
  );
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out = join(dir, 'report');
  const env = { routelab: 'random-runs', node: process.version, libraries: {} };
  try {
    const res = await runCommand(dir, { quiet: true, out }, ROOT, env, () => 0);
    const missing = [...REPORT_FILES, ...Object.keys(res.files)].filter((f) => !existsSync(join(out, f)));
    const charts = Object.keys(res.files).filter((f) => f.startsWith('charts/'));
    if (missing.length || charts.length === 0)
      return {
        shape,
        exit: 0,
        passed: false,
        detail: `report folder incomplete: missing ${missing.join(', ') || 'every chart'}`,
      };
    const chartWarnings = res.warnings.filter((w) => w.code === 'chart-warning');
    if (chartWarnings.length)
      return {
        shape,
        exit: 0,
        passed: false,
        detail: `chart warnings: ${chartWarnings.map((w) => w.message).join('; ')}`,
      };
    return { shape, exit: 0, passed: true };
  } catch (e) {
    if (!(e instanceof InputError)) return { shape, exit: 1, passed: false, detail: (e as Error).stack ?? String(e) };
    const errors = e.problems.filter((p) => p.severity === 'error');
    return {
      shape,
      exit: 2,
      passed: false,
      detail: errors.map((p) => `${problemLocation(p)} ${p.message}`).join('\n'),
    };
  }
}
