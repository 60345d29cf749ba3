/**
 * The pipeline, drawn once: parse → validate → compile → simulate → metrics → compare.
 * Pure: file contents come in as text (sim/io reads them), results go out as values
 * (sim/report renders them, sim/io writes them).
 *
 *   parseScenario ─▶ parseData ─▶ checkReferences ─▶ compileModel ─▶ preparePolicies
 *     ─▶ for each policy: simulate ─▶ computeMetrics ─▶ deltas against the baseline
 */
import { deltas, type MetricDelta } from './metrics/deltas.ts';
import { simulate } from './engine/engine.ts';
import type { RunResult } from './engine/outcomes.ts';
import { computeMetrics, type MetricValues } from './metrics/metrics.ts';
import { compileModel, MAX_NODES } from './model/compile.ts';
import type { Model } from './model/types.ts';
import { fromCSV, type CsvTable } from './parse/csv.ts';
import { parseNodes, tooManyNodes } from './parse/nodes.ts';
import { parseOrders } from './parse/orders.ts';
import { parseRates, parseTransit, parseZoneChart } from './parse/rates.ts';
import { parseSkus } from './parse/skus.ts';
import { parseInventory, parseReceipts } from './parse/stock.ts';
import type { DataRows } from './parse/types.ts';
import { PolicySettingError, type PolicyContext, type PolicyFn } from './policies/types.ts';
import { findPolicy, policyNames } from './policies/registry.ts';
import { applyNetwork } from './model/network.ts';
import { compileReview, type CompiledReview } from './engine/review.ts';
import { msg } from './messages.ts';
import { InputError, Problems, type Problem } from './problems.ts';
import { makeRng } from './random/rng.ts';
import type { PolicySpec, Scenario } from './scenario/parse.ts';
import { checkReferences } from './validate/references.ts';
import { closestName } from './suggest.ts';

export const TABLES = ['orders', 'skus', 'nodes', 'inventory', 'receipts', 'rates', 'transit', 'zones'] as const;
export type TableName = (typeof TABLES)[number];

/** One data file: the name used in messages, and its text (`null` when the file does not exist or was refused). */
export interface DataFile {
  name: string;
  text: string | null;
  /** Why the file was refused unread (bytes that are not UTF-8, an over-long line). */
  problem?: Problem;
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

/** The column naming each table's key, for `DataRows.named`. */
const KEY_COLUMN: Partial<Record<TableName, string>> = { skus: 'sku', nodes: 'node_id' };

/**
 * Parses every data file, recording problems; missing required files are errors.
 * `unreadable` names the tables that could not be read at all (missing file, broken CSV,
 * missing required column), so later checks do not report every reference to them.
 * nodes.csv is read first: when it lists more nodes than a model can hold (MAX_NODES),
 * that is reported at the row of the first node too many and orders.csv is not parsed
 * (it is then in `unreadable` and `skipped`).
 */
export function parseData(files: DataFiles, needsRateCard: boolean, problems: Problems): { rows: DataRows; unreadable: Set<TableName>; skipped: Set<TableName> } {
  const rows = { files: {}, columns: {}, named: {} } as DataRows;
  const unreadable = new Set<TableName>();
  const skipped = new Set<TableName>();
  const parseTable = (t: TableName, f: DataFile, into: Problems): unknown[] => {
    const optional = OPTIONAL.has(t) || (!needsRateCard && (t === 'rates' || t === 'transit'));
    let parsed: unknown[] = [];
    const before = into.errors.length;
    if (f.problem) {
      into.add(f.problem);
      unreadable.add(t);
    } else if (f.text === null) {
      if (!optional) into.error({ file: f.name, ...msg.dataFileMissing(WHAT[t]) });
    } else {
      const table = fromCSV(f.text, f.name, into);
      if (table) {
        if (table.rows.length === 0 && !optional && t !== 'inventory') into.error({ file: f.name, line: 1, ...msg.noDataRows() });
        if (t === 'nodes' && tooManyNodes(table, MAX_NODES, into)) skipped.add('orders');
        parsed = PARSERS[t](table, into);
        rows.columns[t] = Object.fromEntries(table.header.map((h, i) => [h, i + 1]));
        const key = KEY_COLUMN[t];
        if (key && table.header.includes(key)) rows.named![t as 'skus' | 'nodes'] = keysNamed(table, key);
      }
    }
    if (into.errors.slice(before).some((p) => p.line === undefined || p.line === 1)) unreadable.add(t);
    return parsed;
  };
  // nodes first, with its problems kept to be listed in table order
  const nodeProblems = new Problems();
  const nodes = files.nodes ? parseTable('nodes', files.nodes, nodeProblems) : [];
  for (const t of TABLES) {
    const f = files[t];
    (rows.files as Record<TableName, string>)[t] = f?.name ?? '';
    (rows as unknown as Record<TableName, unknown[]>)[t] = [];
    rows.columns[t] ??= {};
    if (!f) continue; // a zone chart the scenario does not use
    if (skipped.has(t)) {
      unreadable.add(t);
      continue;
    }
    if (t === 'nodes') for (const p of nodeProblems.list) problems.add(p);
    (rows as unknown as Record<TableName, unknown[]>)[t] = t === 'nodes' ? nodes : parseTable(t, f, problems);
  }
  return { rows, unreadable, skipped };
}

/** Every key a table's rows name (trimmed, non-empty), rows with a bad cell included. */
function keysNamed(table: CsvTable, key: string): Set<string> {
  const i = table.header.indexOf(key);
  const out = new Set<string>();
  for (const r of table.rows) {
    const k = (r[i] ?? '').trim();
    if (k !== '') out.add(k);
  }
  return out;
}

/**
 * Parses, checks and compiles the data for a scenario. Throws `InputError` listing every
 * problem when it cannot. The parsed rows come back too, for entries that change the network.
 */
export function buildModel(scenario: Scenario, files: DataFiles, problems = new Problems()): { model: Model; data: DataRows; problems: Problems } {
  const { rows: data, unreadable } = parseData(files, scenario.config.shipping.model === 'rate-card', problems);
  checkReferences(data, problems, { skus: !unreadable.has('skus'), nodes: !unreadable.has('nodes') });
  const model = problems.hasErrors() ? null : compileModel({ data, scenario: scenario.config, scenarioFile: scenario.file, periodAt: scenario.positions.period }, problems);
  if (!model) throw new InputError(problems.list);
  return { model, data, problems };
}

/** One scenario entry ready to run: its model (its own when it changes the network), policy, review and cadence. */
export interface PreparedPolicy {
  spec: PolicySpec;
  model: Model;
  fn: PolicyFn;
  review: CompiledReview | null;
  /** Batch length in ms (0: each order as it arrives). */
  batchMs: number;
}

/**
 * Creates each entry's policy: compiles the entry's network variant when it has one
 * (`data` is needed then), resolves policies named by pilots and rollouts, compiles review
 * rules. Settings that do not fit are input errors at the entry.
 */
export function preparePolicies(model: Model, scenario: Scenario, problems = new Problems(), data?: DataRows): PreparedPolicy[] {
  const out: PreparedPolicy[] = [];
  const byName = new Map(scenario.policies.map((p) => [p.name, p]));
  for (const spec of scenario.policies) {
    const where = { file: scenario.file, ...spec.position, policy: spec.name };
    let m = model;
    if (spec.network) {
      if (!data) throw new Error('preparePolicies needs the parsed rows for an entry that changes the network');
      const before = problems.errors.length;
      const variant = applyNetwork(data, spec.network, where, problems);
      if (problems.errors.length > before) continue;
      // problems only the variant has (an added node's ZIP, its defaulted columns) are reported at the entry
      const own = new Problems();
      const compiled = compileModel({ data: variant, scenario: scenario.config, scenarioFile: scenario.file }, own);
      for (const p of own.list) if (p.severity === 'error' || p.line === 0) problems.add({ ...p, file: scenario.file, ...spec.position, field: `${spec.name}.network${p.field ? `: ${p.field}` : ''}` });
      if (!compiled) continue;
      m = compiled;
    }
    const creating: string[] = [];
    const create = (s: PolicySpec): PolicyFn => {
      if (creating.includes(s.name)) throw new PolicySettingError(`policies refer to each other in a loop: ${[...creating, s.name].join(' → ')}`, 'policy');
      creating.push(s.name);
      const fn = s.definition.create(m, s.settings as never, ctx);
      creating.pop();
      return fn;
    };
    const ctx: PolicyContext = {
      resolve(name, setting) {
        const entry = byName.get(name);
        if (entry) return create(entry);
        const def = findPolicy(name);
        if (!def) {
          const known = [...byName.keys(), ...policyNames()];
          const near = closestName(name, known);
          throw new PolicySettingError(`${setting}: "${name}" is neither a policy of this scenario nor a built-in policy${near ? ` (did you mean "${near}"?)` : ''}; known: ${known.join(', ')}`, setting);
        }
        return def.create(m, def.settings.parse({}) as never, ctx);
      },
    };
    try {
      const fn = create(spec);
      const review = spec.review ? compileReview(m, spec.review, scenario.config.costs.manual_touch) : null;
      out.push({ spec, model: m, fn, review, batchMs: (spec.cadence?.batch_minutes ?? 0) * 60_000 });
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
  /** The model it ran on (differs from the scenario's when the entry changes the network). */
  model: Model;
  run: RunResult;
  /** Each order's group (pilot or rest, rollout period) when the policy labels them. */
  segments: string[] | null;
  metrics: MetricValues;
  /** Against the baseline (all `same`/0 for the baseline itself). */
  deltas: MetricDelta[];
}

export interface ScenarioRun {
  /** The scenario's own model (orders and dates are the same in every run). */
  model: Model;
  scenario: Scenario;
  seed: string;
  baseline: string;
  runs: PolicyRun[];
}

/**
 * Runs every policy of the scenario over the same orders with the same random draws
 * (common random numbers: draws are keyed by order, line and node id, not by run).
 */
export function runPolicies(model: Model, scenario: Scenario, policies: PreparedPolicy[], seed: string | number = scenario.config.seed): ScenarioRun {
  const rng = makeRng(seed);
  const results = policies.map((p) => {
    const run = simulate(p.model, p.fn, { rng, policyName: p.spec.name, review: p.review, batchMs: p.batchMs });
    const segments = p.fn.segmentOf ? Array.from({ length: p.model.orders.count }, (_, o) => p.fn.segmentOf!(o)) : null;
    return { policy: p.spec.name, use: p.spec.use, model: p.model, run, segments, metrics: computeMetrics(p.model, run.outcomes) };
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
