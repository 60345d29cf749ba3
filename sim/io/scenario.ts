/** Finding a scenario and reading it and its data files from disk. */
import { loadLpSolver } from '../lp/solver.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readCsvChunksOrNull, readTextOrNull, sha256 } from './files.ts';
import { msg } from '../messages.ts';
import type { DataFiles, TableName } from '../pipeline/load.ts';
import { InputError, Problems } from '../problems.ts';
import { parseScenario, type Scenario } from '../scenario/parse.ts';
import { POLICIES } from '../policies/registry.ts';
import type { GenerateSettings } from '../scenario/schema.ts';
import { DATA_PRESETS as PRESETS } from '../generate/data-presets.ts';
import { generateDataset } from '../generate/synthetic.ts';
import { loadCustomPolicies, type CustomNeed } from './custom-policies.ts';
import type { InputHash } from '../report/run-info.ts';

/** Names of the bundled scenarios (folders of `scenarios/` with a scenario.yaml). */
export function bundledScenarios(root: string): string[] {
  const dir = join(root, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'scenario.yaml')))
    .sort();
}

/**
 * Resolves what a user typed to a scenario.yaml: a path to the file, a folder holding
 * one, or the name of a bundled scenario under `<root>/scenarios/`.
 */
export function resolveScenarioPath(arg: string, root: string, cwd = process.cwd()): { path: string; name: string } {
  const candidates = [resolve(cwd, arg), join(root, 'scenarios', arg)];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const file = statSync(c).isDirectory() ? join(c, 'scenario.yaml') : c;
    if (existsSync(file)) return { path: file, name: basename(dirname(file)) };
  }
  throw new InputError([{ severity: 'error', file: arg, ...msg.scenarioNotFound(arg, bundledScenarios(root)) }]);
}

/** A path as shown in messages: relative to the working directory when that is shorter. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** run.json's entry for the scenario file itself. */
function scenarioHash(path: string, cwd: string): InputHash {
  return { file: displayPath(path, cwd), sha256: sha256(readTextOrNull(path) ?? ''), bytes: statSync(path).size };
}

/** Default file of each table in the data folder. */
export const DEFAULT_FILES: Record<Exclude<TableName, 'zones'>, string> = {
  orders: 'orders.csv',
  skus: 'skus.csv',
  nodes: 'nodes.csv',
  inventory: 'inventory.csv',
  receipts: 'receipts.csv',
  rates: 'rate_card.csv',
  transit: 'transit.csv',
};

/**
 * Reads the data files a scenario names. The rate card and transit table may be given in
 * the scenario (relative to the data folder, or to the scenario when not found there).
 */
export function readScenarioData(
  scenario: Scenario,
  scenarioPath: string,
  cwd = process.cwd(),
  replicate = 0,
  runSeed?: string | number,
): { files: DataFiles; hashes: InputHash[]; dataDir: string } {
  const data = scenario.config.data;
  if (typeof data !== 'string')
    return generatedData(
      scenario,
      scenarioPath,
      data.generate,
      generatorSeed(data.generate.seed, scenario.config.seed, runSeed, replicate),
      cwd,
    );
  const dataDir = resolve(dirname(scenarioPath), data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    const problems = new Problems();
    problems.error({
      file: displayPath(scenarioPath, cwd),
      ...scenario.positions.data,
      field: 'data',
      ...msg.fileMissing(`data folder ${displayPath(dataDir, cwd)}`),
    });
    throw new InputError(problems.list);
  }
  const ship = scenario.config.shipping;
  const names: Partial<Record<TableName, string>> = { ...DEFAULT_FILES };
  if (ship.model === 'rate-card') {
    names.rates = ship.rate_card;
    names.transit = ship.transit;
    if (ship.zone_chart !== undefined) names.zones = ship.zone_chart;
  }
  const files = {} as DataFiles;
  const hashes: InputHash[] = [scenarioHash(scenarioPath, cwd)];
  for (const [table, name] of Object.entries(names) as [TableName, string][]) {
    let path = resolve(dataDir, name);
    if (!existsSync(path) && existsSync(resolve(dirname(scenarioPath), name)))
      path = resolve(dirname(scenarioPath), name);
    const { text, problem, sha256: hash, bytes } = readCsvChunksOrNull(path, displayPath(path, cwd));
    (files as Record<TableName, unknown>)[table] = {
      name: displayPath(path, cwd),
      text,
      ...(problem ? { problem } : {}),
    };
    if (text !== null) hashes.push({ file: displayPath(path, cwd), sha256: hash!, bytes: bytes! });
  }
  return { files, hashes, dataDir };
}

/**
 * The seed of a generated order stream: the `generate.seed` itself for the scenario's own
 * run seed, with `/seed-S` when the run's seed S (`--seed`) is another one, and with
 * `/replicate-r` for replicate r > 0; so `--seed` and each replicate draw their own stream.
 * @example generatorSeed(4, 2, '9', 3) // '4/seed-9/replicate-3'
 */
export function generatorSeed(
  generate: string | number,
  scenarioSeed: string | number,
  runSeed: string | number | undefined,
  replicate: number,
): string {
  const base =
    runSeed === undefined || String(runSeed) === String(scenarioSeed)
      ? String(generate)
      : `${generate}/seed-${runSeed}`;
  return replicate === 0 ? base : `${base}/replicate-${replicate}`;
}

/** A synthetic data set the scenario asks for (`data: { generate: … }`), made in memory from `seed` (see `generatorSeed`). */
function generatedData(
  scenario: Scenario,
  scenarioPath: string,
  g: GenerateSettings,
  seed: string,
  cwd: string,
): { files: DataFiles; hashes: InputHash[]; dataDir: string } {
  const preset = PRESETS[g.preset];
  if (!preset)
    throw new InputError([
      {
        severity: 'error',
        file: displayPath(scenarioPath, cwd),
        ...scenario.positions.data,
        field: 'data.generate.preset',
        ...msg.notOneOf(g.preset, Object.keys(PRESETS)),
      },
    ]);
  const texts = generateDataset({
    ...preset,
    seed,
    start: g.start,
    days: g.days,
    ordersPerDay: g.orders_per_day ?? preset.ordersPerDay,
  });
  const files = {} as DataFiles;
  const hashes: InputHash[] = [scenarioHash(scenarioPath, cwd)];
  for (const [table, name] of Object.entries(DEFAULT_FILES) as [TableName, string][]) {
    const text = texts[name] ?? null;
    (files as Record<TableName, unknown>)[table] = { name: `generated:${g.preset}/${name}`, text };
    if (text !== null)
      hashes.push({
        file: `generated:${g.preset}(seed ${seed})/${name}`,
        sha256: sha256(text),
        bytes: Buffer.byteLength(text),
      });
  }
  return { files, hashes, dataDir: dirname(scenarioPath) };
}

/**
 * Reads and checks the scenario file at `path` (after `edit`, e.g. a sweep's overrides),
 * importing the custom policy modules its entries name first (those `need` asks for), and
 * loading the LP solver (look-ahead policies solve while they are prepared; `run` solves the
 * hindsight bound). Returns `null` (problems recorded) when it has errors.
 */
export async function readScenario(
  path: string,
  problems: Problems,
  cwd = process.cwd(),
  edit: (text: string) => string = (t) => t,
  need: CustomNeed = 'all',
): Promise<Scenario | null> {
  const text = edit(readTextOrNull(path) ?? '');
  const custom = await loadCustomPolicies(text, path, need);
  await loadLpSolver();
  return parseScenario(text, displayPath(path, cwd), problems, POLICIES, custom);
}
