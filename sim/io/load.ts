/**
 * Loading a scenario for a command or a worker: find it, read it and its data files, and
 * hand their contents to the pipeline's load stage (`loadModel`, pure).
 */
import { readScenario, readScenarioData, resolveScenarioPath } from './scenario.ts';
import {
  generatesOrders,
  loadModel,
  needsRateCard,
  parseData,
  type LoadedScenario,
  type PreparedPolicy,
} from '../pipeline/load.ts';
import { dataFindings } from '../validate/serious.ts';
import type { DataRows, OrderLineRow } from '../parse/types.ts';
import type { Model } from '../model/types.ts';
import { resampledPolicies } from '../pipeline/replay.ts';
import { InputError, Problems } from '../problems.ts';
import { overrideScenario, type Override } from '../scenario/override.ts';
import type { ReplicateStream } from '../analytics/replicates.ts';
import { isUnloaded, type CustomNeed } from './custom-policies.ts';
import { addedBuiltins, withBuiltinEntries } from '../scenario/builtin-entries.ts';
import { POLICIES } from '../policies/registry.ts';

export type { LoadedScenario } from '../pipeline/load.ts';

export interface LoadOptions {
  /** A sweep's grid point: changes the scenario and node columns first. */
  overrides?: Override[];
  /** The replicate whose order stream a generated data set draws (default 0). */
  replicate?: number;
  /** The run's seed (`--seed`; default the scenario's), for a generated data set's stream. */
  seed?: string | number;
  /** Whose custom policy code to import (default 'all'); entries left unloaded are not prepared. */
  custom?: CustomNeed;
  /**
   * Policy names given outside the scenario (`compare --a/--b`, `roi --policy`): each built-in
   * among them that no entry is called is replayed too, with its default settings
   * (scenario/builtin-entries.ts). Other names are left for the caller to refuse.
   */
  builtins?: readonly string[];
  /**
   * Whether to prepare the entries' policies for this replicate (default true). A worker
   * running replicates r ≥ 1 needs only the scenario, model and data (`replicatePolicies`
   * prepares each replicate's own), and preparing them is most of a load.
   */
  prepare?: boolean;
  /** Called with the compiled model before the policies are prepared (see `loadModel`). */
  onModel?: (model: Model) => void;
}

/**
 * Everything up to the replay; throws InputError listing every problem when the input is
 * bad. `overrides` (a sweep's grid point) change the scenario and node columns first;
 * `replicate` and the run's `seed` (`--seed`; default the scenario's) pick the order
 * stream of a generated data set (`data: { generate: … }`).
 */
export async function loadScenario(
  arg: string,
  root: string,
  {
    overrides = [],
    replicate = 0,
    seed,
    custom = 'all',
    builtins = [],
    prepare: prepareAny = true,
    onModel,
  }: LoadOptions = {},
): Promise<LoadedScenario> {
  const { path, name } = resolveScenarioPath(arg, root);
  const problems = new Problems();
  const read = await readScenario(path, problems, undefined, (text) => overrideScenario(text, overrides), custom);
  const scenario = read && withBuiltinEntries(read, builtins, POLICIES, problems);
  if (!scenario || problems.hasErrors()) throw new InputError(problems.list);
  const { files, hashes } = readScenarioData(scenario, path, undefined, replicate, seed);
  const prepare = !prepareAny
    ? []
    : custom === 'all'
      ? undefined
      : scenario.policies.filter((p) => !isUnloaded(p.definition));
  const { model, data, policies } = loadModel(scenario, files, problems, { overrides, prepare, onModel });
  // a worker's load (no policies prepared) never reports readiness: its findings are not worked out
  const findings = prepareAny ? dataFindings(data, scenario.config, problems.list) : null;
  releaseOrderRows(data, () => parseData(files, needsRateCard(scenario), new Problems()).rows.orders);
  const loaded = { path, name, scenario, model, data, policies, problems, hashes };
  return findings ? { ...loaded, findings } : withFindingsLater(loaded);
}

/** The load with `findings` worked out the first time they are read (from the orders parsed again). */
function withFindingsLater(loaded: Omit<LoadedScenario, 'findings'>): LoadedScenario {
  let findings: LoadedScenario['findings'] | null = null;
  return Object.defineProperty(loaded, 'findings', {
    get: () => (findings ??= dataFindings(loaded.data, loaded.scenario.config, loaded.problems.list)),
    enumerable: true,
  }) as LoadedScenario;
}

/**
 * Drops the parsed order rows once the model is compiled (a million lines hold about a GB
 * of row objects and slow every garbage collection after), leaving `data.orders` a getter
 * that parses the orders file again the first time it is read, and keeps them from then on:
 * only resampled history, an entry's network compiled again, and `compare --history` read them.
 */
function releaseOrderRows(data: DataRows, parse: () => OrderLineRow[]): void {
  let rows: OrderLineRow[] | null = null;
  Object.defineProperty(data, 'orders', { get: () => (rows ??= parse()), enumerable: true, configurable: true });
}

/** Where a scenario comes from, to load it again in another thread or for another replicate. */
export interface ScenarioSource {
  scenario: string;
  root: string;
  /** A sweep's grid point. */
  overrides?: Override[];
  /** Built-ins replayed besides the scenario's entries (LoadOptions.builtins). */
  builtins?: string[];
}

/**
 * The policies of replicate `r` with the run's `seed`: replicate 0's are `loaded`'s own;
 * generated data draws replicate r's stream (loaded again); replayed history resamples
 * its weeks (`resampledPolicies`).
 */
export async function replicatePolicies(
  loaded: LoadedScenario,
  source: ScenarioSource,
  seed: string,
  r: number,
): Promise<{ policies: PreparedPolicy[]; stream: ReplicateStream }> {
  if (r === 0) return { policies: loaded.policies, stream: generatesOrders(loaded) ? 'generated' : 'given' };
  if (generatesOrders(loaded))
    return {
      policies: (
        await loadScenario(source.scenario, source.root, {
          overrides: source.overrides,
          replicate: r,
          seed,
          builtins: addedBuiltins(loaded.scenario),
        })
      ).policies,
      stream: 'generated',
    };
  return { policies: resampledPolicies(loaded, seed, r), stream: 'resampled' };
}
