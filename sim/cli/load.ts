/** Loading a scenario for a command: find it, read and check it and its data, prepare its policies. */
import { readScenario, readScenarioData, resolveScenarioPath } from '../io/scenario.ts';
import type { Model } from '../model/types.ts';
import type { DataRows } from '../parse/types.ts';
import { buildModel, preparePolicies, type PreparedPolicy } from '../pipeline.ts';
import { InputError, Problems } from '../problems.ts';
import type { InputHash } from '../report/run-info.ts';
import type { Scenario } from '../scenario/parse.ts';

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

/** Everything up to the replay; throws InputError listing every problem when the input is bad. */
export async function loadScenario(arg: string, root: string): Promise<LoadedScenario> {
  const { path, name } = resolveScenarioPath(arg, root);
  const problems = new Problems();
  const scenario = await readScenario(path, problems);
  if (!scenario) throw new InputError(problems.list);
  const { files, hashes } = readScenarioData(scenario, path);
  const { model, data } = buildModel(scenario, files, problems);
  const policies = preparePolicies(model, scenario, problems, data);
  return { path, name, scenario, model, data, policies, problems, hashes };
}
