/**
 * Small builders for hand-worked policy cases: nodes, skus and orders written as rows,
 * a scenario with the tiny prices and any policy entries, a runner that reports scenario
 * problems as an InputError (as the CLI does), and per-run traces that name nodes by the
 * entry's own model (entries that change the network have their own node list).
 *
 * Geometry (as in helpers/tiny.ts): everything on the meridian, 1° of latitude = 69.09 mi,
 * the customer at 0°N unless a case says otherwise. Zones from miles: ≤50 zone 1, 51–150
 * zone 2, 151–300 zone 3, 301–600 zone 4, 601–1000 zone 5, 1001–1400 zone 6, 1401–1800
 * zone 7, beyond zone 8. Prices (TINY_RATES): base 10 + zone up to 1 lb, 20 + zone up to
 * 5 lb; cost = base × 1.10 fuel + $1 residential:
 *   1 lb: zone 1 $13.10, zone 2 $14.20, zone 3 $15.30, zone 4 $16.40, zone 5 $17.50, zone 6 $18.60, zone 7 $19.70, zone 8 $20.80
 *   2–5 lb: zone 1 $24.10, zone 2 $25.20, zone 3 $26.30, zone 5 $28.50, zone 6 $29.60
 * Transit: zones 1–2 one business day, 3–4 two, 5–6 three, 7–8 four.
 * 2026-07-06 is a Monday; times are EDT (-04:00). Promise: 3 business days; ship SLA: 1.
 */
import { REASONS } from '../../sim/engine/reasons.ts';
import {
  buildModel,
  preparePolicies,
  runPolicies,
  type PolicyRun,
  type ScenarioRun,
} from '../../sim/pipeline/index.ts';
import { InputError, Problems, type Problem } from '../../sim/problems.ts';
import { parseScenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { tinyFiles, TINY_RATES, TINY_TRANSIT, type TinyInput } from './tiny.ts';

export const MI_PER_DEGREE = 69.0945;

export interface NodeSpec {
  id: string;
  type?: 'warehouse' | 'store' | '3pl';
  lat: number;
  lon?: number;
  cutoff?: string;
  ship_days?: string;
  capacity?: number;
  pick?: number;
  extra?: number;
  accuracy?: number;
  safety?: number;
  tags?: string;
  active_from?: string;
  active_to?: string;
  /** IANA time zone (default America/New_York). */
  timezone?: string;
}

/**
 * A nodes.csv; warehouses default to 14:00 Mon-Fri $3.00 + $0.50, stores to 16:00 Mon-Sat $6.00 + $1.00,
 * accuracy 1, New York time.
 */
export function nodesCsv(...nodes: NodeSpec[]): string {
  const rows = nodes.map((n) => {
    const type = n.type ?? 'warehouse';
    const store = type === 'store';
    return [
      n.id,
      type,
      n.lat,
      n.lon ?? 0,
      n.timezone ?? 'America/New_York',
      n.cutoff ?? (store ? '16:00' : '14:00'),
      n.ship_days ?? (store ? 'Mon-Sat' : 'Mon-Fri'),
      n.capacity ?? '',
      (n.pick ?? (store ? 6 : 3)).toFixed(2),
      (n.extra ?? (store ? 1 : 0.5)).toFixed(2),
      n.accuracy ?? 1,
      n.safety ?? '',
      n.tags ?? '',
      n.active_from ?? '',
      n.active_to ?? '',
    ].join(',');
  });
  return (
    [
      'node_id,type,lat,lon,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy,safety_stock,tags,active_from,active_to',
      ...rows,
    ].join('\n') + '\n'
  );
}

/** Every sku weighs 1 lb and has no dimensions. A, B, D, E, G are mugs ($20, cost $8); C is glass. */
export const SKUS = `sku,weight_lb,category,unit_price,unit_cost,fragile,oversize
A,1,mugs,20,8,,
B,1,mugs,20,8,,
C,1,glass,20,8,,
D,1,mugs,20,8,,
E,1,mugs,20,8,,
G,1,mugs,20,8,,
`;

export interface LineOpts {
  lat?: number;
  lon?: number;
  zip?: string;
  state?: string;
  price?: number;
  tags?: string;
}

/** One orders.csv row: `at` is `DDTHH:MM` in July 2026, EDT. */
export function line(id: string, at: string, sku: string, qty: number, o: LineOpts = {}): string {
  const loc = o.zip !== undefined ? [o.zip, '', ''] : ['', o.lat ?? 0, o.lon ?? 0];
  return [id, `2026-07-${at}:00-04:00`, sku, qty, ...loc, o.state ?? '', o.price ?? '', o.tags ?? ''].join(',');
}

export function ordersCsv(...rows: string[]): string {
  return (
    [
      'order_id,placed_at,sku,quantity,customer_zip,customer_lat,customer_lon,customer_state,unit_price,tags',
      ...rows,
    ].join('\n') + '\n'
  );
}

/** `stock('ST,A,2', …)` */
export function stock(...rows: string[]): string {
  return ['node_id,sku,on_hand', ...rows].join('\n') + '\n';
}

export { scenarioWith, type ScenarioOpts } from './tiny.ts';

/** 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" is not in the text`);
  return i + 1;
}

export interface Case extends Omit<TinyInput, 'scenario' | 'skus'> {
  scenario: string;
  skus?: string;
}

/** Runs a case through the whole pipeline; scenario problems throw an InputError, as in `routelab run`. */
export function runCase(c: Case): ScenarioRun & { problems: Problems } {
  const problems = new Problems();
  const scenario = parseScenario(c.scenario, 'scenario.yaml', problems, POLICIES);
  if (!scenario) throw new InputError(problems.list);
  const { model, data } = buildModel(
    scenario,
    tinyFiles({ rates: TINY_RATES, transit: TINY_TRANSIT, ...c, skus: c.skus ?? SKUS }),
    problems,
  );
  return { ...runPolicies(model, scenario, preparePolicies(model, scenario, problems, data)), problems };
}

/** The errors of the InputError a case throws (fails when it runs). */
export function inputErrors(c: Case): Problem[] {
  try {
    runCase(c);
  } catch (e) {
    if (e instanceof InputError) return e.problems.filter((p) => p.severity === 'error');
    throw e;
  }
  throw new Error('expected an InputError, but the case ran');
}

export function runOf(r: ScenarioRun, policy: string): PolicyRun {
  const p = r.runs.find((x) => x.policy === policy);
  if (!p) throw new Error(`no policy ${policy}`);
  return p;
}

/** One line per order for a policy (helpers/tiny.ts `trace`). */
export { trace as traceOf } from './tiny.ts';

/** Per order, the units each node shipped (nodes by id) and any cancelled units: `O1 ST:1 WH:2 cancel:1`. */
export function shipped(r: ScenarioRun, policy: string): string[] {
  const p = runOf(r, policy);
  const m = p.model;
  const log = p.run.packages;
  const out = p.run.outcomes;
  return m.orders.ids.map((id, o) => {
    const units = new Map<string, number>();
    for (let k = 0; k < log.count; k++)
      if (log.order[k] === o)
        units.set(m.nodes.ids[log.node[k]!]!, (units.get(m.nodes.ids[log.node[k]!]!) ?? 0) + log.units[k]!);
    const parts = [...units].sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, u]) => `${n}:${u}`);
    if (out.unitsCancelled[o]) parts.push(`cancel:${out.unitsCancelled[o]}`);
    return [id, ...(parts.length ? parts : ['-'])].join(' ');
  });
}

/** Reason code of each order. */
export function reasons(r: ScenarioRun, policy: string): string[] {
  const p = runOf(r, policy);
  return p.model.orders.ids.map((id, o) => `${id} ${REASONS[p.run.outcomes.reason[o]!]!.code}`);
}
