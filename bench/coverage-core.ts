/**
 * The coverage benchmark's work, shared by the main thread and its workers (bench/coverage.ts).
 *
 * A retailer with a known truth: the three-location preset's catalog, nodes, starting stock
 * and receipts are generated once (seed `retailer`) and kept; only demand varies, each order
 * stream drawn by the generator with its own seed. The truth is the expected difference of
 * B − A in fulfillment cost per order over such streams (each replayed once with its own
 * random parts), estimated from many independent streams. A "history" is one more stream,
 * treated as last quarter's orders: replayed with replicates the way `roi --replicates N`
 * does it (replicate 0 the plain replay, replicates 1 … N−1 its weeks resampled), giving the
 * interval whose coverage is measured; beside it the interval the same history gives with
 * replicates that only redraw the random parts (the procedure before demand was resampled)
 * and the day-block bootstrap of the plain replay.
 */
import { comparePolicies } from '../sim/analytics/compare.ts';
import { runReplicate, type ReplicateResult } from '../sim/analytics/replicates.ts';
import { DATA_PRESETS } from '../sim/generate/data-presets.ts';
import { generateDataset } from '../sim/generate/synthetic.ts';
import { buildModel, preparePolicies, resampledPolicies, type DataFiles } from '../sim/pipeline/index.ts';
import { Problems } from '../sim/problems.ts';
import { makeRng } from '../sim/random/rng.ts';
import { parseScenario, type Scenario } from '../sim/scenario/parse.ts';
import { POLICIES } from '../sim/policies/registry.ts';
import type { Interval } from '../sim/stats/index.ts';
import { formatEpochDay, parseIsoDate } from '../sim/time/calendar.ts';

export interface CoverageSettings {
  days: number;
  ordersPerDay: number;
  /** Replicates per history (the N of `--replicates N`). */
  replicates: number;
}

export const A = 'warehouse-only',
  B = 'store-for-local',
  METRIC = 'fulfillment_cost_per_order';
const START = '2026-06-29';

function scenarioText(days: number): string {
  const end = formatEpochDay(parseIsoDate(START)! + days - 1);
  return `data: .
period: { start: ${START}, end: ${end} }
timezone: America/New_York
seed: 1
shipping:
  model: rate-card
  rate_card: rate_card.csv
  transit: transit.csv
  illustrative: true
  dim_divisor: 139
  fuel_surcharge_pct: 21.75
  residential_surcharge: 3.00
  transit_delay: { probability: 0.04, days: 1 }
  services: { standard: [ILLUSTRATIVE/Ground], expedited: [ILLUSTRATIVE/Ground, ILLUSTRATIVE/2Day] }
promise: { ship_sla_business_days: 1, delivery_business_days: { standard: 5, expedited: 2 } }
costs: { manual_touch: 4.50, cancellation_per_order: 8.00 }
replenishment: { every_days: 7, lead_time_days: 3 }
backorder: { max_wait_days: 0 }
policies:
  - name: ${A}
    node: WH-COLUMBUS
  - name: ${B}
    radius_miles: 100
`;
}

interface Retailer {
  scenario: Scenario;
  fixed: Record<string, string>;
}

let retailer: { key: string; value: Retailer } | null = null;

function retailerOf(s: CoverageSettings): Retailer {
  const key = `${s.days}/${s.ordersPerDay}`;
  if (retailer?.key === key) return retailer.value;
  const problems = new Problems();
  const scenario = parseScenario(scenarioText(s.days), 'coverage.yaml', problems, POLICIES);
  if (!scenario) throw new Error(problems.list.map((p) => p.message).join('; '));
  const fixed = generateDataset({
    ...DATA_PRESETS['three-location']!,
    seed: 'retailer',
    start: START,
    days: s.days,
    ordersPerDay: s.ordersPerDay,
  });
  retailer = { key, value: { scenario, fixed } };
  return retailer.value;
}

/** The retailer with the orders of demand stream `seed`, compiled and its two policies prepared. */
function load(s: CoverageSettings, seed: string) {
  const { scenario, fixed } = retailerOf(s);
  const orders = generateDataset({
    ...DATA_PRESETS['three-location']!,
    seed,
    start: START,
    days: s.days,
    ordersPerDay: s.ordersPerDay,
  })['orders.csv']!;
  const file = (name: string, text: string | null) => ({ name, text });
  const files: DataFiles = {
    orders: file('orders.csv', orders),
    skus: file('skus.csv', fixed['skus.csv']!),
    nodes: file('nodes.csv', fixed['nodes.csv']!),
    inventory: file('inventory.csv', fixed['inventory.csv']!),
    receipts: file('receipts.csv', fixed['receipts.csv'] ?? null),
    rates: file('rate_card.csv', fixed['rate_card.csv']!),
    transit: file('transit.csv', fixed['transit.csv']!),
  };
  const { model, data } = buildModel(scenario, files);
  return { scenario, model, data, policies: preparePolicies(model, scenario, undefined, data) };
}

const costOf = (results: ReplicateResult[], resamples = 400) =>
  comparePolicies(results, A, B, { rng: makeRng('coverage').fork('bootstrap'), resamples }).find(
    (c) => c.metric === METRIC,
  )!;

/** One draw of the truth: B − A on demand stream `truth-j`, replayed once. */
export function truthDraw(s: CoverageSettings, j: number): number {
  const { policies } = load(s, `truth-${j}`);
  const c = costOf([runReplicate(policies, `truth-${j}`, 0)], 1);
  return c.delta!;
}

export interface HistoryResult {
  k: number;
  /** B − A in the plain replay. */
  delta: number;
  /** N replicates, weeks resampled (today's procedure). */
  resampled: Interval;
  /** N replicates redrawing only the random parts on the same orders (before). */
  randomOnly: Interval;
  /** Day-block bootstrap of the plain replay (one replicate). */
  days: Interval;
}

/** History k: the intervals of the three procedures. */
export function historyRun(s: CoverageSettings, k: number): HistoryResult {
  const base = load(s, `history-${k}`);
  const seed = `run-${k}`;
  const plain = runReplicate(base.policies, seed, 0);
  const resampled = [plain],
    randomOnly = [plain];
  for (let r = 1; r < s.replicates; r++) {
    resampled.push(runReplicate(resampledPolicies(base, seed, r), seed, r, 'resampled'));
    randomOnly.push(runReplicate(base.policies, seed, r));
  }
  const one = costOf([plain]),
    res = costOf(resampled, 1),
    old = costOf(randomOnly, 1);
  return {
    k,
    delta: one.delta!,
    resampled: res.replicates!.interval!,
    randomOnly: old.replicates!.interval!,
    days: one.bootstrap.interval!,
  };
}

export type CoverageTask =
  | { kind: 'truth'; settings: CoverageSettings; index: number }
  | { kind: 'history'; settings: CoverageSettings; index: number };

/** A worker's task: one truth draw or one history. */
export function runTask(t: CoverageTask): number | HistoryResult {
  return t.kind === 'truth' ? truthDraw(t.settings, t.index) : historyRun(t.settings, t.index);
}
