/**
 * The library's `openScenario`: a scenario from a bundled name, a folder, a scenario.yaml
 * path, or an object built in code (its YAML as text or an object, its data files as text;
 * written to a fresh temporary folder, so replicates and sweeps can load it on workers).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadScenario, type LoadedScenario } from '../load.ts';
import { ROUTELAB_ROOT } from '../environment.ts';
import { checkNamedPolicy } from '../../pipeline/decide.ts';
import type { Scenario } from '../../scenario/parse.ts';

/** A scenario built in code: scenario.yaml's text (or the object it would hold) and its data files by file name. */
export interface ScenarioObject {
  /** scenario.yaml as text, or as an object (written as YAML). `data: .` reads `files` beside it. */
  scenario: string | Record<string, unknown>;
  /** Data files by name ('orders.csv', 'skus.csv', 'nodes.csv', 'inventory.csv', 'rate_card.csv', …) → text. */
  files?: Record<string, string>;
}

/** What `openScenario` opens: a bundled scenario's name, a folder holding scenario.yaml, a scenario.yaml path, or a ScenarioObject. */
export type ScenarioInput = string | ScenarioObject;

export interface OpenOptions {
  /** The run's seed (`--seed`); default the scenario's `seed:`. */
  seed?: string | number;
  /** Where bundled scenarios are found (`<root>/scenarios/<name>`); default this RouteLab checkout. Paths are relative to the working directory. */
  root?: string;
  /** Built-in policies to replay besides the scenario's entries, with their default settings (as `compare --a/--b`). */
  builtins?: readonly string[];
}

/** A scenario read, checked and compiled, ready to run. */
export interface OpenedScenario {
  /** The scenario's folder name (`reports/<name>` by default). */
  name: string;
  /** Its scenario.yaml (a temporary one for a ScenarioObject). */
  path: string;
  root: string;
  /** The run's seed. */
  seed: string;
  scenario: Scenario;
  /** Every policy's name, in the scenario's order (the names `runScenario`'s result, the CLI and the report use). */
  policies: string[];
  baseline: string;
  /** Everything the pipeline loaded: model, data rows, prepared policies, problems, input hashes. */
  loaded: LoadedScenario;
  /** The options it was opened with (replicates and sweeps load it again with them). */
  options: OpenOptions;
}

/**
 * Writes a ScenarioObject to a fresh temporary folder; returns its scenario.yaml's path.
 * @example materialize({ scenario: 'name: shop\n…', files: { 'orders.csv': '…' } }) // '/tmp/routelab-…/scenario.yaml'
 */
export function materialize(o: ScenarioObject): string {
  const dir = mkdtempSync(join(tmpdir(), 'routelab-'));
  for (const [name, text] of Object.entries(o.files ?? {})) writeFileSync(join(dir, name), text);
  const path = join(dir, 'scenario.yaml');
  writeFileSync(path, typeof o.scenario === 'string' ? o.scenario : stringify(o.scenario));
  return path;
}

/**
 * The path or name of an input, a ScenarioObject written out first.
 * @example inputPath('three-location') // 'three-location'
 */
export const inputPath = (source: ScenarioInput): string => (typeof source === 'string' ? source : materialize(source));

/**
 * Opens a scenario: reads, checks and compiles it and its data, and prepares its policies.
 * Throws InputError listing every problem when the input is bad (nothing is run).
 * @example
 * const s = await openScenario('three-location');
 * s.policies; // ['warehouse-only', 'closest-with-stock', …]
 * const t = await openScenario({ scenario: yamlText, files: { 'orders.csv': orders, … } }, { seed: 9 });
 */
export async function openScenario(source: ScenarioInput, options: OpenOptions = {}): Promise<OpenedScenario> {
  const root = options.root ?? ROUTELAB_ROOT;
  const arg = inputPath(source);
  const loaded = await loadScenario(arg, root, { seed: options.seed, builtins: options.builtins ?? [] });
  checkNamedPolicy(loaded);
  return {
    name: loaded.name,
    path: loaded.path,
    root,
    seed: String(options.seed ?? loaded.scenario.config.seed),
    scenario: loaded.scenario,
    policies: loaded.scenario.policies.map((p) => p.name),
    baseline: loaded.scenario.baseline,
    loaded,
    options: { ...options, root },
  };
}
