/** `validate`'s input: the data folder or scenario a user names, read and checked without a replay. */
import { resolve } from 'node:path';
import { isBareDataFolder, readDataFolder } from './data-folder.ts';
import { bundledScenarios, displayPath, readScenario, readScenarioData, resolveScenarioPath } from './scenario.ts';
import { isUnloaded } from './custom-policies.ts';
import { msg, notCheckedText } from '../messages.ts';
import { InputError, Problems } from '../problems.ts';
import { checkData, unreachedData, type DataCheck } from '../pipeline/check.ts';
import type { ReadinessSource } from '../report/readiness-report.ts';

/**
 * Reads and checks what `arg` names: a bare data folder, or a scenario (name, folder or
 * file), going on past errors (`validate`'s checks); custom policy code is not run.
 * @example (await checkTarget('three-location', root)).check.verdict // 'ready'
 */
export async function checkTarget(arg: string, root: string): Promise<{ check: DataCheck; source: ReadinessSource }> {
  if (isBareDataFolder(arg)) {
    const dir = resolve(arg);
    return {
      check: checkData({ files: readDataFolder(dir), scenario: null }),
      source: { target: arg, kind: 'data folder', scenario: null, data: displayPath(dir) },
    };
  }
  let path: string;
  try {
    path = resolveScenarioPath(arg, root).path;
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError([
      { severity: 'error', file: arg, ...msg.validateTargetNotFound(arg, bundledScenarios(root)) },
    ]);
  }
  const problems = new Problems();
  const file = displayPath(path);
  const source: ReadinessSource = { target: arg, kind: 'scenario', scenario: file, data: null };
  // custom policy files are code: validate does not run them
  const scenario = await readScenario(path, problems, undefined, undefined, 'none');
  if (!scenario)
    return { check: unreachedData(problems.list, 'the scenario has errors, so its data folder was not read'), source };
  try {
    const { files, dataDir } = readScenarioData(scenario, path);
    const check = checkData({ files, scenario });
    const custom = [...new Set(scenario.policies.filter((p) => isUnloaded(p.definition)).map((p) => p.use))];
    if (custom.length) check.notChecked.push(notCheckedText.customPolicies(custom));
    return { check, source: { ...source, data: displayPath(dataDir) } };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { check: unreachedData(e.problems, 'the data folder the scenario names does not exist'), source };
  }
}
