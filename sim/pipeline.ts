/**
 * The pipeline, drawn once: parse → validate → compile → simulate → metrics → compare.
 * Pure: file contents come in as text (sim/io reads them), results go out as values
 * (sim/report renders them, sim/io writes them).
 *
 *   parseScenario ─▶ parseData ─▶ checkReferences ─▶ compileModel ─▶ preparePolicies
 *     ─▶ for each policy: simulate ─▶ computeMetrics ─▶ deltas against the baseline
 */
import { deltas, type MetricDelta } from './compare/deltas.ts';
import { simulate } from './engine/engine.ts';
import type { RunResult } from './engine/outcomes.ts';
import { computeMetrics, type MetricValues } from './metrics/metrics.ts';
import { compileModel } from './model/compile.ts';
import type { Model } from './model/types.ts';
import { fromCSV } from './parse/csv.ts';
import { parseNodes } from './parse/nodes.ts';
import { parseOrders } from './parse/orders.ts';
import { parseRates, parseTransit, parseZoneChart } from './parse/rates.ts';
import { parseSkus } from './parse/skus.ts';
import { parseInventory, parseReceipts } from './parse/stock.ts';
import type { DataRows } from './parse/types.ts';
import { PolicySettingError, type PolicyFn } from './policies/types.ts';
import { msg } from './messages.ts';
import { InputError, Problems } from './problems.ts';
import { makeRng } from './random/rng.ts';
import type { PolicySpec, Scenario } from './scenario/parse.ts';
import { checkReferences } from './validate/references.ts';

export const TABLES = ['orders', 'skus', 'nodes', 'inventory', 'receipts', 'rates', 'transit', 'zones'] as const;
export type TableName = (typeof TABLES)[number];

/** One data file: the name used in messages, and its text (`null` when the file does not exist). */
export interface DataFile {
  name: string;
  text: string | null;
}

/** The data files; `zones` (a zone chart) only when the scenario names one. */
export type DataFiles = Record<Exclude<TableName, 'zones'>, DataFile> & { zones?: DataFile };

/** Tables that may be absent: receipts always; the rate card and transit under the linear model. */
const OPTIONAL: ReadonlySet<TableName> = new Set(['receipts']);

const PARSERS = {
  orders: parseOrders,
  skus: parseSkus,
  nodes: parseNodes,
  inventory: parseInventory,
  receipts: parseReceipts,
  rates: parseRates,
  transit: parseTransit,
  zones: parseZoneChart,
} as const;

const WHAT: Record<TableName, string> = {
  orders: 'orders', skus: 'skus', nodes: 'nodes', inventory: 'inventory', receipts: 'receipts', rates: 'rate card', transit: 'transit', zones: 'zone chart',
};

/**
 * Parses every data file, recording problems; missing required files are errors.
 * `unreadable` names the tables that could not be read at all (missing file, broken CSV,
 * missing required column), so later checks do not report every reference to them.
 */
export function parseData(files: DataFiles, needsRateCard: boolean, problems: Problems): { rows: DataRows; unreadable: Set<TableName> } {
  const rows = { files: {}, columns: {} } as DataRows;
  const unreadable = new Set<TableName>();
  for (const t of TABLES) {
    const f = files[t];
    (rows.files as Record<TableName, string>)[t] = f?.name ?? '';
    (rows as unknown as Record<TableName, unknown[]>)[t] = [];
    rows.columns[t] = {};
    if (!f) continue; // a zone chart the scenario does not use
    const optional = OPTIONAL.has(t) || (!needsRateCard && (t === 'rates' || t === 'transit'));
    let parsed: unknown[] = [];
    const before = problems.errors.length;
    if (f.text === null) {
      if (!optional) problems.error({ file: f.name, ...msg.dataFileMissing(WHAT[t]) });
    } else {
      const table = fromCSV(f.text, f.name, problems);
      if (table) {
        if (table.rows.length === 0 && !optional && t !== 'inventory') problems.error({ file: f.name, line: 1, ...msg.noDataRows() });
        parsed = PARSERS[t](table, problems);
        rows.columns[t] = Object.fromEntries(table.header.map((h, i) => [h, i + 1]));
      }
    }
    if (problems.errors.slice(before).some((p) => p.line === undefined || p.line === 1)) unreadable.add(t);
    (rows as unknown as Record<TableName, unknown[]>)[t] = parsed;
  }
  return { rows, unreadable };
}

/** Parses, checks and compiles the data for a scenario. Throws `InputError` listing every problem when it cannot. */
export function buildModel(scenario: Scenario, files: DataFiles, problems = new Problems()): { model: Model; problems: Problems } {
  const { rows: data, unreadable } = parseData(files, scenario.config.shipping.model === 'rate-card', problems);
  checkReferences(data, problems, { skus: !unreadable.has('skus'), nodes: !unreadable.has('nodes') });
  const model = problems.hasErrors() ? null : compileModel({ data, scenario: scenario.config, scenarioFile: scenario.file }, problems);
  if (!model) throw new InputError(problems.list);
  return { model, problems };
}

/** Creates each policy for the model; settings that do not fit it are input errors. */
export function preparePolicies(model: Model, scenario: Scenario, problems = new Problems()): { spec: PolicySpec; fn: PolicyFn }[] {
  const out: { spec: PolicySpec; fn: PolicyFn }[] = [];
  for (const spec of scenario.policies) {
    try {
      out.push({ spec, fn: spec.definition.create(model, spec.settings as never) });
    } catch (e) {
      if (!(e instanceof PolicySettingError)) throw e;
      problems.error({ file: scenario.file, ...spec.position, field: `${spec.name}.${e.setting}`, ...msg.policyParam(spec.name, e.message) });
    }
  }
  if (problems.hasErrors()) throw new InputError(problems.list);
  return out;
}

export interface PolicyRun {
  policy: string;
  /** Registered policy it used. */
  use: string;
  run: RunResult;
  metrics: MetricValues;
  /** Against the baseline (all `same`/0 for the baseline itself). */
  deltas: MetricDelta[];
}

export interface ScenarioRun {
  model: Model;
  scenario: Scenario;
  seed: string;
  baseline: string;
  runs: PolicyRun[];
}

/**
 * Runs every policy of the scenario over the same orders with the same random draws
 * (common random numbers: draws are keyed by order, line and node, not by run).
 */
export function runPolicies(model: Model, scenario: Scenario, policies: { spec: PolicySpec; fn: PolicyFn }[], seed: string | number = scenario.config.seed): ScenarioRun {
  const rng = makeRng(seed);
  const results = policies.map(({ spec, fn }) => {
    const run = simulate(model, fn, { rng, policyName: spec.name });
    return { policy: spec.name, use: spec.use, run, metrics: computeMetrics(model, run.outcomes) };
  });
  const base = results.find((r) => r.policy === scenario.baseline)!;
  return {
    model,
    scenario,
    seed: String(seed),
    baseline: scenario.baseline,
    runs: results.map((r) => ({ ...r, deltas: deltas(base.metrics, r.metrics) })),
  };
}
