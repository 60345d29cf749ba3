/**
 * `routelab validate`, drawn once: the load stage's checks without the replay, carried on
 * past errors. Pure: file contents come in, a readiness report goes out.
 *
 *   parseData ─▶ checkReferences ─▶ (withStartStock) ─▶ compileModel (on the rows that pass the references)
 *     ─▶ preparePolicies (scenarios only) ─▶ checkReadiness ─▶ summarizeReadiness
 *
 * Unlike `run`, it goes on past errors as far as it can, so one report lists every
 * problem: compileModel sees only the order lines, inventory and receipts that name known
 * skus and nodes, and runs unless orders, skus or nodes could not be read at all.
 */
import { summarizeReadiness, type DataCheck } from '../validate/findings.ts';
import { orderSpan, type Period } from '../validate/order-dates.ts';
import { checkReadiness } from '../validate/readiness.ts';
import { checkReferences } from '../validate/references.ts';
import { withStartStock } from '../compile/start-stock.ts';
import { notCheckedText } from '../messages.ts';
import { compileModel, type CompileInput } from '../compile/model.ts';
import type { Model } from '../model/types.ts';
import type { DataRows } from '../parse/types.ts';
import { parseData, preparePolicies, type DataFiles, type TableName } from './load.ts';
import { InputError, Problems, type Problem } from '../problems.ts';
import { DEFAULT_TIMEZONE, defaultScenarioConfig } from '../scenario/default-scenario.ts';
import type { Scenario } from '../scenario/parse.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { formatEpochDay, parseIsoDate } from '../time/calendar.ts';

export interface DataCheckInput {
  files: DataFiles;
  /** The scenario; `null` for a bare data folder (period: the span of the order dates; defaults for the rest). */
  scenario: Scenario | null;
}

export type { DataCheck } from '../validate/findings.ts';

/** Scenario file name in messages about the defaults a bare folder is checked with. */
const DEFAULTS_FILE = '(scenario defaults)';

/**
 * Checks a data set for a scenario (or a bare data folder) and reports its readiness.
 * @example checkData({ files, scenario: null }).verdict // 'ready with warnings'
 */
export function checkData(input: DataCheckInput): DataCheck {
  const { files, scenario } = input;
  const problems = new Problems();
  const notChecked: string[] = [];
  const rateCard = scenario
    ? scenario.config.shipping.model === 'rate-card'
    : files.rates.text !== null || files.transit.text !== null;
  const { rows: parsed, unreadable } = parseData(files, rateCard, problems);
  checkReferences(parsed, problems, { skus: !unreadable.has('skus'), nodes: !unreadable.has('nodes') });
  // the start stock `run` would replay (rebuilt from today's when the scenario asks), checked as such
  const rows =
    scenario && !unreadable.has('inventory') && !unreadable.has('orders')
      ? withStartStock(scenario, parsed, problems)
      : parsed;

  const timezone = scenario?.config.timezone ?? DEFAULT_TIMEZONE;
  let config: ScenarioFile | null = scenario?.config ?? null;
  if (!scenario) {
    notChecked.push(notCheckedText.scenario);
    if (!rateCard) notChecked.push(notCheckedText.rateCard);
    const span = orderSpan(rows.orders, timezone);
    if (span) config = bareConfig(span, rateCard, rows);
    else notChecked.push(notCheckedText.period);
  }
  const period: Period | null = config
    ? { start: parseIsoDate(config.period.start)!, end: parseIsoDate(config.period.end)! }
    : null;

  const blockers = (['orders', 'skus', 'nodes'] as const).filter((t) => unreadable.has(t));
  if (config && blockers.length === 0) {
    const model = compilePassing(
      rows,
      unreadable,
      config,
      { scenarioFile: scenario?.file ?? DEFAULTS_FILE, periodAt: scenario?.positions.period },
      problems,
    );
    if (model && scenario) checkPolicies(model, scenario, rows, problems);
  } else if (config) notChecked.push(notCheckedText.compile(blockers.map((t) => rows.files[t])));

  checkReadiness(rows, { period, timezone, rateCard, unreadable }, problems);
  notChecked.push(notCheckedText.replay);
  return {
    ...summarizeReadiness(problems.list, rows, { period, timezone }),
    period: config
      ? { start: config.period.start, end: config.period.end, from: scenario ? 'scenario' : 'orders' }
      : null,
    shipping: rateCard ? 'rate-card' : 'linear',
    tables: { skus: rows.skus.length, nodes: rows.nodes.length, inventory: rows.inventory.length },
    problems: problems.list,
    notChecked,
  };
}

/**
 * The scenario a bare folder is checked with: the defaults, over the span of its order
 * dates, with a promise for every ship service its orders name (promises belong to a
 * scenario, so a folder without one is not faulted for them).
 */
function bareConfig(span: Period, rateCard: boolean, rows: DataRows): ScenarioFile {
  const config = defaultScenarioConfig(
    { start: formatEpochDay(span.start), end: formatEpochDay(span.end) },
    rateCard ? 'rate-card' : 'linear',
  );
  const days = { ...config.promise.delivery_business_days };
  const standard = days.standard ?? 5;
  for (const o of rows.orders) days[o.shipService] ??= standard;
  return { ...config, promise: { ...config.promise, delivery_business_days: days } };
}

/** compileModel's errors that there is nothing to replay; they may only echo order lines set aside. */
const EMPTY_REPLAY = new Set(['no-orders', 'all-cancelled', 'nothing-to-replay']);

/**
 * Compiles the rows that pass the reference checks (the others are already reported),
 * adding compileModel's problems. A "nothing to replay" error is left out when order
 * lines were set aside, since it may only echo them.
 */
function compilePassing(
  rows: DataRows,
  unreadable: ReadonlySet<TableName>,
  config: ScenarioFile,
  at: Pick<CompileInput, 'scenarioFile' | 'periodAt'>,
  problems: Problems,
): Model | null {
  const skus = new Set(rows.skus.map((s) => s.sku));
  const nodes = new Set(rows.nodes.map((n) => n.nodeId));
  const stocked = <T extends { nodeId: string; sku: string }>(r: T) => nodes.has(r.nodeId) && skus.has(r.sku);
  const orders = rows.orders.filter((o) => skus.has(o.sku));
  const shipping = !unreadable.has('rates') && !unreadable.has('transit');
  const data: DataRows = {
    ...rows,
    orders,
    inventory: rows.inventory.filter(stocked),
    receipts: rows.receipts.filter(stocked),
    rates: shipping ? rows.rates : [],
    transit: shipping ? rows.transit : [],
    zones: unreadable.has('zones') ? [] : rows.zones,
  };
  const own = new Problems();
  const model = compileModel({ data, scenario: config, ...at }, own);
  const setAside = orders.length < rows.orders.length;
  for (const p of own.list) if (!(setAside && EMPTY_REPLAY.has(p.code))) problems.add(p);
  return model;
}

/** Creates each policy of the scenario, adding the settings that do not fit the data. */
function checkPolicies(model: Model, scenario: Scenario, rows: DataRows, problems: Problems): void {
  const own = new Problems();
  try {
    preparePolicies(model, scenario, own, rows);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
  for (const p of own.list) problems.add(p);
}

/**
 * The report when the data could not be reached (the scenario file has errors, or its data
 * folder does not exist): those problems, and nothing else checked.
 */
export function unreachedData(problems: Problem[], why: string): DataCheck {
  const none = { orders: '', skus: '', nodes: '', inventory: '', receipts: '', rates: '', transit: '', zones: '' };
  const rows: DataRows = {
    orders: [],
    skus: [],
    nodes: [],
    inventory: [],
    receipts: [],
    rates: [],
    transit: [],
    zones: [],
    files: none,
    columns: { orders: {}, skus: {}, nodes: {}, inventory: {}, receipts: {}, rates: {}, transit: {}, zones: {} },
  };
  return {
    ...summarizeReadiness(problems, rows, { period: null, timezone: DEFAULT_TIMEZONE }),
    period: null,
    shipping: null,
    tables: { skus: 0, nodes: 0, inventory: 0 },
    problems,
    notChecked: [notCheckedText.data(why)],
  };
}
