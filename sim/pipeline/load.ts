/**
 * Stage 1, load: the scenario and the contents of its data files → the model and its
 * prepared policies, with every problem found. Pure: sim/io reads the files and hands
 * their text in (`DataFiles`); nothing here touches a file.
 *
 *   parseData ─▶ checkReferences ─▶ (withStartStock) ─▶ compileModel ─▶ (a sweep's node overrides) ─▶ preparePolicies
 */
import { compileModel } from '../compile/model.ts';
import type { Model } from '../model/types.ts';
import { fromCSV, type CsvTable } from '../parse/csv.ts';
import { parseNodes } from '../parse/nodes.ts';
import { parseOrders, readOrders } from '../parse/orders.ts';
import { parseRates, parseTransit, parseZoneChart } from '../parse/rates.ts';
import { parseSkus } from '../parse/skus.ts';
import { parseInventory, parseReceipts } from '../parse/stock.ts';
import type { DataRows } from '../parse/types.ts';
import { PolicySettingError, type PolicyContext, type PolicyFn } from '../policies/types.ts';
import { findPolicy, policyNames } from '../policies/registry.ts';
import { applyNetwork } from '../compile/network.ts';
import { compileReview, type CompiledReview } from '../engine/review.ts';
import type { ReviewSettings } from '../scenario/review-schema.ts';
import { msg } from '../messages.ts';
import { InputError, Problems, type Problem } from '../problems.ts';
import type { InputHash } from '../report/run-info.ts';
import type { PreparedPolicy } from '../metrics/runs.ts';
import type { PolicySpec, Scenario } from '../scenario/parse.ts';
import { overrideNodes, type Override } from '../scenario/override.ts';
import { checkReferences } from '../validate/references.ts';
import { withStartStock } from '../compile/start-stock.ts';
import { closestName } from '../suggest.ts';
import type { DataFindings } from '../validate/serious.ts';

export type { PreparedPolicy } from '../metrics/runs.ts';

export const TABLES = ['orders', 'skus', 'nodes', 'inventory', 'receipts', 'rates', 'transit', 'zones'] as const;
export type TableName = (typeof TABLES)[number];

/**
 * One data file: the name used in messages, and its text (`null` when the file does not
 * exist or was refused): whole, or chunks of it that sim/io reads from the file each time
 * they are iterated (so a big file is never one string; see `fromCSV`).
 */
export interface DataFile {
  name: string;
  text: string | Iterable<string> | null;
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
  orders: 'orders',
  skus: 'skus',
  nodes: 'nodes',
  inventory: 'inventory',
  receipts: 'receipts',
  rates: 'rate card',
  transit: 'transit',
  zones: 'zone chart',
};

/** The column naming each table's key, for `DataRows.named`. */
const KEY_COLUMN: Partial<Record<TableName, string>> = { skus: 'sku', nodes: 'node_id' };

/**
 * Parses every data file, recording problems; missing required files are errors.
 * `unreadable` names the tables that could not be read at all (missing file, broken CSV,
 * missing required column), so later checks do not report every reference to them.
 */
export function parseData(
  files: DataFiles,
  needsRateCard: boolean,
  problems: Problems,
): { rows: DataRows; unreadable: Set<TableName> } {
  const rows = { files: {}, columns: {}, named: {} } as DataRows;
  const unreadable = new Set<TableName>();
  const parseTable = (t: TableName, f: DataFile, into: Problems): unknown[] => {
    const optional = OPTIONAL.has(t) || (!needsRateCard && (t === 'rates' || t === 'transit'));
    let parsed: unknown[] = [];
    const before = into.errors.length;
    if (f.problem) {
      into.add(f.problem);
      unreadable.add(t);
    } else if (f.text === null) {
      if (!optional) into.error({ file: f.name, ...msg.dataFileMissing(WHAT[t]) });
    } else if (t === 'orders') {
      // the biggest file by far: read row by row, never held as a table of cells
      const read = readOrders(f.text, f.name, into, { requireRows: true });
      if (read) {
        parsed = read.rows;
        rows.columns[t] = Object.fromEntries(read.header.map((h, i) => [h, i + 1]));
      }
    } else {
      const table = fromCSV(f.text, f.name, into);
      if (table) {
        if (table.rows.length === 0 && !optional && t !== 'inventory')
          into.error({ file: f.name, line: 1, ...msg.noDataRows() });
        parsed = PARSERS[t](table, into);
        rows.columns[t] = Object.fromEntries(table.header.map((h, i) => [h, i + 1]));
        const key = KEY_COLUMN[t];
        if (key && table.header.includes(key)) rows.named![t as 'skus' | 'nodes'] = keysNamed(table, key);
      }
    }
    if (into.errors.slice(before).some((p) => p.line === undefined || p.line === 1)) unreadable.add(t);
    return parsed;
  };
  for (const t of TABLES) {
    const f = files[t];
    (rows.files as Record<TableName, string>)[t] = f?.name ?? '';
    (rows as unknown as Record<TableName, unknown[]>)[t] = [];
    rows.columns[t] ??= {};
    if (!f) continue; // a zone chart the scenario does not use
    (rows as unknown as Record<TableName, unknown[]>)[t] = parseTable(t, f, problems);
  }
  return { rows, unreadable };
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

/** Whether the scenario's shipping model needs the rate card and transit files. */
export const needsRateCard = (scenario: Scenario): boolean => scenario.config.shipping.model === 'rate-card';

/**
 * Parses, checks and compiles the data for a scenario. Throws `InputError` listing every
 * problem when it cannot. The parsed rows come back too, for entries that change the network.
 */
export function buildModel(
  scenario: Scenario,
  files: DataFiles,
  problems = new Problems(),
): { model: Model; data: DataRows; problems: Problems } {
  const { rows: parsed, unreadable } = parseData(files, needsRateCard(scenario), problems);
  checkReferences(parsed, problems, { skus: !unreadable.has('skus'), nodes: !unreadable.has('nodes') });
  // `inventory: { start: rebuild }`: today's counted stock + units sold since → the period start's
  const data = problems.hasErrors() ? parsed : withStartStock(scenario, parsed, problems);
  const model = problems.hasErrors()
    ? null
    : compileModel(
        { data, scenario: scenario.config, scenarioFile: scenario.file, periodAt: scenario.positions.period },
        problems,
      );
  if (!model) throw new InputError(problems.list);
  return { model, data, problems };
}

/**
 * Creates each entry's policy: compiles the entry's network variant when it has one
 * (`data` is needed then), resolves policies named by pilots and rollouts, compiles review
 * rules. Settings that do not fit are input errors at the entry. `only` prepares just the
 * entries it names (others stay known to the ones that refer to them); `models` gives an
 * entry's network variant already compiled (by entry name), so it is not compiled again.
 */
export function preparePolicies(
  model: Model,
  scenario: Scenario,
  problems = new Problems(),
  data?: DataRows,
  { only, models }: { only?: ReadonlySet<string>; models?: ReadonlyMap<string, Model> } = {},
): PreparedPolicy[] {
  const out: PreparedPolicy[] = [];
  const byName = new Map(scenario.policies.map((p) => [p.name, p]));
  const review = reviewsOnce(scenario.config.costs.manual_touch);
  for (const spec of scenario.policies) {
    if (only && !only.has(spec.name)) continue;
    const where = { file: scenario.file, ...spec.position, policy: spec.name };
    let m = model;
    const given = spec.network ? models?.get(spec.name) : undefined;
    if (given) m = given;
    else if (spec.network) {
      if (!data) throw new Error('preparePolicies needs the parsed rows for an entry that changes the network');
      const before = problems.errors.length;
      const variant = applyNetwork(data, spec.network, where, problems);
      if (problems.errors.length > before) continue;
      // problems only the variant has (an added node's ZIP, its defaulted columns) are reported at the entry
      const own = new Problems();
      const compiled = compileModel({ data: variant, scenario: scenario.config, scenarioFile: scenario.file }, own);
      for (const p of own.list)
        if (p.severity === 'error' || p.line === 0)
          problems.add({
            ...p,
            file: scenario.file,
            ...spec.position,
            field: `${spec.name}.network${p.field ? `: ${p.field}` : ''}`,
          });
      if (!compiled) continue;
      m = compiled;
    }
    const creating: string[] = [];
    const create = (s: PolicySpec): PolicyFn => {
      if (creating.includes(s.name))
        throw new PolicySettingError(
          `policies refer to each other in a loop: ${[...creating, s.name].join(' → ')}`,
          'policy',
        );
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
          throw new PolicySettingError(
            `${setting}: "${name}" is neither a policy of this scenario nor a built-in policy${near ? ` (did you mean "${near}"?)` : ''}; known: ${known.join(', ')}`,
            setting,
          );
        }
        return def.create(m, def.settings.parse({}) as never, ctx);
      },
    };
    try {
      const fn = create(spec);
      out.push({
        spec,
        model: m,
        fn,
        review: spec.review ? review(m, spec.review) : null,
        batchMs: (spec.cadence?.batch_minutes ?? 0) * 60_000,
      });
    } catch (e) {
      if (!(e instanceof PolicySettingError)) throw e;
      problems.error({
        file: scenario.file,
        ...spec.position,
        field: `${spec.name}.${e.setting}`,
        ...msg.policyParam(spec.name, e.message),
      });
    }
  }
  if (problems.hasErrors()) throw new InputError(problems.list);
  return out;
}

/**
 * `compileReview` with `manualTouch`, worked out once per model and review settings: entries
 * that inherit their review from the entry they use (`use:`) share one compiled review
 * (it is read, never changed). Kept only for one `preparePolicies` call.
 */
function reviewsOnce(manualTouch: number): (model: Model, settings: ReviewSettings) => CompiledReview {
  const done = new Map<Model, Map<ReviewSettings, CompiledReview>>();
  return (model, settings) => {
    let byModel = done.get(model);
    if (!byModel) done.set(model, (byModel = new Map()));
    let review = byModel.get(settings);
    if (!review) byModel.set(settings, (review = compileReview(model, settings, manualTouch)));
    return review;
  };
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
  /** Validate's findings on the data, worked out at load (the order rows are let go after). */
  findings: DataFindings;
}

/** Whether the scenario's orders are generated (so each replicate draws its own stream). */
export function generatesOrders(s: LoadedScenario): boolean {
  return typeof s.scenario.config.data !== 'string';
}

/**
 * The load stage after the files are read: builds the model from the data files, applies
 * a sweep's node `overrides` (recompiling), and prepares the policy of every entry in `prepare`
 * (default all; a command that imports only some custom policies leaves the others out). Throws
 * `InputError` listing every problem when the input is bad. `onModel` is called with the
 * compiled model before the policies are prepared (`run` starts its bound there).
 */
export function loadModel(
  scenario: Scenario,
  files: DataFiles,
  problems: Problems,
  {
    overrides = [],
    prepare = scenario.policies,
    onModel,
  }: { overrides?: Override[]; prepare?: Scenario['policies']; onModel?: (model: Model) => void } = {},
): { model: Model; data: DataRows; policies: PreparedPolicy[] } {
  const built = buildModel(scenario, files, problems);
  let { model, data } = built;
  if (overrides.some((o) => o.path.startsWith('nodes.'))) {
    data = overrideNodes(data, overrides);
    const compiled = compileModel({ data, scenario: scenario.config, scenarioFile: scenario.file }, new Problems());
    if (!compiled) throw new InputError(problems.list);
    model = compiled;
  }
  onModel?.(model);
  const policies = preparePolicies(
    model,
    prepare === scenario.policies ? scenario : { ...scenario, policies: prepare },
    problems,
    data,
  );
  return { model, data, policies };
}
