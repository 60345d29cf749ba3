/** The library's `sweepScenario`: `routelab sweep` as tidy data. */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { msg } from '../../messages.ts';
import { InputError } from '../../problems.ts';
import { parseSetting } from '../../scenario/override.ts';
import { sweepCsv, sweepGrid, sweepRecords, type SweepGrid } from '../sweep.ts';
import type { OpenedScenario } from './open.ts';
import { count } from './run.ts';

export interface SweepOptions {
  /** The settings to vary: path → values (`{ 'costs.manual_touch': [3, 5, 8] }`), or `--set` texts (`'costs.manual_touch=3,5,8'`). */
  set: Record<string, readonly (string | number | boolean)[]> | readonly string[];
  /** Replicates per grid point (default 1). */
  replicates?: number;
  /** Worker threads (default: one per core, at most one per point; 1 runs in this thread, as always under Deno). */
  workers?: number;
}

export interface SweepResult extends SweepGrid {
  /** One row per grid point, policy, replicate and metric (settings as columns named by their paths). */
  table: ColumnTable;
  /** The CSV `routelab sweep` writes. */
  csv: string;
}

/**
 * Every combination of the settings replayed (each grid point a scenario of its own), as
 * `routelab sweep --set …`; InputError for no setting or a bad value, before any work.
 * @example
 * const w = await sweepScenario(s, { set: { 'costs.manual_touch': [3, 8] } });
 * w.table.filter((d) => d.metric === 'fulfillment_cost_per_order').objects();
 */
export async function sweepScenario(s: OpenedScenario, opts: SweepOptions): Promise<SweepResult> {
  const texts = Array.isArray(opts.set)
    ? (opts.set as readonly string[])
    : Object.entries(opts.set).map(([path, values]) => `${path}=${values.join(',')}`);
  if (texts.length === 0)
    throw new InputError([{ severity: 'error', file: 'options', field: 'set', ...msg.noSettings() }]);
  const settings = texts.map(parseSetting);
  const g = await sweepGrid(s.path, s.root, settings, {
    replicates: count(opts.replicates, 'replicates', 1),
    workers: opts.workers === undefined ? undefined : count(opts.workers, 'workers', 1),
    seed: s.seed,
  });
  return { ...g, table: aq.from(sweepRecords(g)), csv: sweepCsv(g) };
}
