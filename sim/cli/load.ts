/** Loading a scenario for a command: find it, read and check it and its data, prepare its policies. */
import { readScenario, readScenarioData, resolveScenarioPath } from '../io/scenario.ts';
import type { Model } from '../model/types.ts';
import type { DataRows } from '../parse/types.ts';
import { buildModel, preparePolicies, type PreparedPolicy } from '../pipeline.ts';
import { InputError, Problems } from '../problems.ts';
import type { InputHash } from '../report/run-info.ts';
import type { Scenario } from '../scenario/parse.ts';
import { overrideNodes, overrideScenario, type Override } from '../scenario/override.ts';
import { compileModel } from '../compile/model.ts';
import { resampledPolicies, type ReplicateStream } from '../analytics/replicates.ts';

/** Whether the scenario's orders are generated (so each replicate draws its own stream). */
export function generatesOrders(s: LoadedScenario): boolean {
  return typeof s.scenario.config.data !== 'string';
}

export interface LoadedScenario {
  /** The scenario file and its folder's name. */
  path: string;
  name: string;
  scenario: Scenario;
  model: Model;
  data: DataRows;
  policies: PreparedPolicy[];
  /** Warnings and notes about the input (errors have been thrown). */
  problems: Problems;
  hashes: InputHash[];
}

/**
 * Everything up to the replay; throws InputError listing every problem when the input is
 * bad. `overrides` (a sweep's grid point) change the scenario and node columns first;
 * `replicate` and the run's `seed` (`--seed`; default the scenario's) pick the order
 * stream of a generated data set (`data: { generate: … }`).
 */
export async function loadScenario(arg: string, root: string, overrides: Override[] = [], replicate = 0, seed?: string | number): Promise<LoadedScenario> {
  const { path, name } = resolveScenarioPath(arg, root);
  const problems = new Problems();
  const scenario = await readScenario(path, problems, undefined, (text) => overrideScenario(text, overrides));
  if (!scenario) throw new InputError(problems.list);
  const { files, hashes } = readScenarioData(scenario, path, undefined, replicate, seed);
  const built = buildModel(scenario, files, problems);
  let { model, data } = built;
  if (overrides.some((o) => o.path.startsWith('nodes.'))) {
    data = overrideNodes(data, overrides);
    const compiled = compileModel({ data, scenario: scenario.config, scenarioFile: scenario.file }, new Problems());
    if (!compiled) throw new InputError(problems.list);
    model = compiled;
  }
  const policies = preparePolicies(model, scenario, problems, data);
  return { path, name, scenario, model, data, policies, problems, hashes };
}

/** Where a scenario comes from, to load it again in another thread or for another replicate. */
export interface ScenarioSource {
  scenario: string;
  root: string;
  /** A sweep's grid point. */
  overrides?: Override[];
}

/**
 * The policies of replicate `r` with the run's `seed`: replicate 0's are `loaded`'s own;
 * generated data draws replicate r's stream (loaded again); replayed history resamples
 * its weeks (`resampledPolicies`).
 */
export async function replicatePolicies(loaded: LoadedScenario, source: ScenarioSource, seed: string, r: number): Promise<{ policies: PreparedPolicy[]; stream: ReplicateStream }> {
  if (r === 0) return { policies: loaded.policies, stream: generatesOrders(loaded) ? 'generated' : 'given' };
  if (generatesOrders(loaded)) return { policies: (await loadScenario(source.scenario, source.root, source.overrides, r, seed)).policies, stream: 'generated' };
  return { policies: resampledPolicies(loaded, seed, r), stream: 'resampled' };
}
