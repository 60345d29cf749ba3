/** run.json: what is needed to reproduce a run (no wall-clock time, so reruns are byte-identical). */
import { engineCounts } from '../metrics/engine-counts.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { Problem } from '../problems.ts';
import { dataQualityJson, toDataQuality, type DataQuality } from './data-quality.ts';

export interface InputHash {
  file: string;
  sha256: string;
  bytes: number;
}

export interface RunEnvironment {
  routelab: string;
  node: string;
  /** Versions of the libraries that shape results. */
  libraries: Record<string, string>;
}

/** The run.json document (`warnings`: the run's data quality; its counts and ranked findings). */
export function runInfo(
  r: ScenarioRun,
  inputs: InputHash[],
  env: RunEnvironment,
  warnings: DataQuality | Problem[],
): object {
  const quality = dataQualityJson(toDataQuality(warnings));
  const sc = r.scenario.config;
  return {
    scenario: sc.name ?? null,
    scenario_file: r.scenario.file,
    seed: r.seed,
    period: sc.period,
    baseline: r.baseline,
    policies: r.scenario.policies.map((p) => ({ name: p.name, uses: p.use, settings: p.settings })),
    orders: r.model.orders.count,
    lines: r.model.orders.lineStart[r.model.orders.count],
    nodes: r.model.nodes.ids,
    inputs,
    warnings: quality.warnings,
    notes: quality.notes,
    findings: quality.ranked,
    engine: Object.fromEntries(r.runs.map((p) => [p.policy, engineCounts(p)])),
    versions: env,
  };
}
