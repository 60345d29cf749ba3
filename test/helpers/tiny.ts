/**
 * Tiny hand-built scenarios: inline CSV text and scenario YAML, run through the real
 * pipeline, with outcomes rendered as one readable line per order for whole-trace asserts.
 */
import { REASONS } from '../../sim/engine/reasons.ts';
import { dayLabel } from '../../sim/time/day-label.ts';
import {
  buildModel,
  preparePolicies,
  runPolicies,
  solveBound,
  type DataFiles,
  type ScenarioRun,
} from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { parseScenario, type Scenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import type { PolicyDefinition } from '../../sim/policies/types.ts';

/**
 * Geometry: customers and nodes on the meridian, 1° of latitude = 69.09 miles.
 * WH at 2°N is 138 mi from a customer at 0° (zone 2); ST at 0.5°N is 35 mi (zone 1).
 */
export const TINY_NODES = `node_id,type,lat,lon,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy
WH,warehouse,2,0,America/New_York,14:00,Mon-Fri,,3.00,0.50,1
ST,store,0.5,0,America/New_York,16:00,Mon-Sat,,6.00,1.00,1
`;

export const TINY_SKUS = `sku,weight_lb,length_in,width_in,height_in
A,1,,,
B,2,,,
C,1,10,10,10
`;

/** Price = 10 + zone up to 1 lb, 20 + zone up to 5 lb, 40 + zone up to 20 lb. */
export const TINY_RATES =
  [
    'carrier,service,zone,max_weight_lb,price',
    ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((z) => [
      `C,G,${z},1,${10 + z}`,
      `C,G,${z},5,${20 + z}`,
      `C,G,${z},20,${40 + z}`,
    ]),
  ].join('\n') + '\n';

/** Transit: zones 1–2 one day, 3–4 two, 5–6 three, 7–8 four. */
export const TINY_TRANSIT =
  ['carrier,service,zone,business_days', ...[1, 2, 3, 4, 5, 6, 7, 8].map((z) => `C,G,${z},${Math.ceil(z / 2)}`)].join(
    '\n',
  ) + '\n';

export interface ScenarioOpts {
  /** The scenario's name (default `case`). */
  name?: string;
  /** Extra top-level keys, inserted before `policies:`. */
  extra?: string;
  /** Ship SLA business days (default 1). */
  sla?: number;
}

/** The tiny scenario's settings with these policy entries (YAML list items, two-space indent). */
export function scenarioWith(policies: string, o: ScenarioOpts = {}): string {
  return `name: ${o.name ?? 'case'}
data: .
period: { start: 2026-07-06, end: 2026-07-19 }
timezone: America/New_York
seed: 7
shipping:
  model: rate-card
  dim_divisor: 100
  fuel_surcharge_pct: 10
  residential_surcharge: 1
promise:
  ship_sla_business_days: ${o.sla ?? 1}
  delivery_business_days: { standard: 3 }
costs: { manual_touch: 5, cancellation_per_order: 8, cancellation_per_unit: 1 }
${o.extra ? `${o.extra}\n` : ''}policies:
${policies}`;
}

export const TINY_SCENARIO = scenarioWith(
  `  - name: warehouse-only
    node: WH
  - name: closest-with-stock
  - name: fewest-packages
baseline: warehouse-only
`,
  { name: 'tiny' },
);

/** For readiness checks: three orders to real ZIPs (New York, Columbus, Beverly Hills), skus with dimensions, dated stock. */
export const READY_SKUS = 'sku,weight_lb,length_in,width_in,height_in\nA,1,4,4,4\nB,2,6,6,6\nC,1,10,10,10\n';
export const READY_ORDERS = `order_id,placed_at,sku,quantity,customer_zip
O1,2026-07-06T10:00:00-04:00,A,1,10001
O2,2026-07-06T11:00:00-04:00,A,1,43215
O2,2026-07-06T11:00:00-04:00,B,2,43215
O3,2026-07-07T09:00:00-04:00,C,3,90210
`;
export const READY_INVENTORY = 'node_id,sku,on_hand,as_of\nWH,A,10,2026-07-03\nWH,B,5,2026-07-03\nST,C,2,2026-07-03\n';

export interface TinyInput {
  orders: string;
  inventory: string;
  nodes?: string;
  skus?: string;
  receipts?: string;
  rates?: string;
  transit?: string;
  /** A zone chart (used when the scenario names shipping.zone_chart). */
  zones?: string;
  scenario?: string;
  /** Custom policy modules by the `use:` value the scenario gives them. */
  custom?: ReadonlyMap<string, PolicyDefinition | Error>;
  /** Solve the hindsight bound, as `run` does (for cost_gap_to_bound). */
  bound?: boolean;
}

export function tinyFiles(t: TinyInput): DataFiles {
  return {
    orders: { name: 'orders.csv', text: t.orders },
    skus: { name: 'skus.csv', text: t.skus ?? TINY_SKUS },
    nodes: { name: 'nodes.csv', text: t.nodes ?? TINY_NODES },
    inventory: { name: 'inventory.csv', text: t.inventory },
    receipts: { name: 'receipts.csv', text: t.receipts ?? null },
    rates: { name: 'rate_card.csv', text: t.rates ?? TINY_RATES },
    transit: { name: 'transit.csv', text: t.transit ?? TINY_TRANSIT },
    ...(t.zones !== undefined ? { zones: { name: 'zone_chart.csv', text: t.zones } } : {}),
  };
}

export function tinyScenario(text = TINY_SCENARIO, custom?: TinyInput['custom']): Scenario {
  const problems = new Problems();
  const s = parseScenario(text, 'scenario.yaml', problems, POLICIES, custom);
  if (!s)
    throw new Error(`bad test scenario:\n${problems.list.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`);
  return s;
}

/** Runs a tiny scenario through the whole pipeline. */
export function runTiny(t: TinyInput): ScenarioRun & { problems: Problems } {
  const scenario = tinyScenario(t.scenario, t.custom);
  const problems = new Problems();
  const { model, data } = buildModel(scenario, tinyFiles(t), problems);
  const bound = t.bound ? solveBound(model).bound : null;
  const policies = preparePolicies(model, scenario, problems, data);
  return { ...runPolicies(model, scenario, policies, scenario.config.seed, { bound }), problems };
}

/**
 * One line per order for a policy, naming nodes from the policy's own model (an entry that
 * changes the network has its own node list):
 * `O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single`.
 */
export function trace(r: ScenarioRun, policy: string): string[] {
  const p = r.runs.find((x) => x.policy === policy);
  if (!p) throw new Error(`no policy ${policy}`);
  const m = p.model;
  const out = p.run.outcomes;
  return m.orders.ids.map((id, o) => {
    const nodes = m.nodes.ids.filter((_, k) => out.shippedFrom(o, k)).join('+') || '-';
    const ship =
      out.firstShipDay[o] === out.lastShipDay[o]
        ? dayLabel(m, out.lastShipDay[o]!) || '-'
        : `${dayLabel(m, out.firstShipDay[o]!)}..${dayLabel(m, out.lastShipDay[o]!)}`;
    return [
      id,
      nodes,
      `ship ${ship}`,
      `deliver ${dayLabel(m, out.deliveredDay[o]!) || '-'}`,
      `promise ${dayLabel(m, m.orders.promiseDay[o]!)}`,
      `pk${out.packages[o]}`,
      `ship$${out.shipCost[o]!.toFixed(2)}`,
      `pick$${out.pickCost[o]!.toFixed(2)}`,
      `touch${out.touches[o]}`,
      `cancel${out.unitsCancelled[o]}`,
      `ots${out.onTimeShip[o]}`,
      `otd${out.onTimeDelivery[o]}`,
      REASONS[out.reason[o]!]!.code,
    ].join(' ');
  });
}
