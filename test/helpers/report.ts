/**
 * Small runs for report tests: a warehouse in Columbus and a store in New York with a daily
 * capacity, 14 orders over two weeks to New York, Chicago and Los Angeles, four policies
 * (one a pilot). `hostileRun` is the same with hostile names for the SKU, node, policy and
 * scenario, to check escaping. `ANALYTICS` is a made-up analytics result for the run.
 */
import { analyze, type Analysis } from '../../sim/analytics/analyze.ts';
import { replicateFromRun } from '../../sim/analytics/replicates.ts';
import type { ScenarioRun } from '../../sim/pipeline/index.ts';
import type { ReportAnalytics } from '../../sim/report/input.ts';
import type { EffectLadders, LadderStep } from '../../sim/analytics/ladder.ts';
import { roi } from '../../sim/analytics/roi.ts';
import { asCostLines } from '../../sim/analytics/node-costs.ts';
import { runTiny, TINY_RATES, TINY_TRANSIT } from './tiny.ts';

export const HOSTILE_SKU = '<img src=x onerror=alert(1)>';
export const HOSTILE_NODE = '</script><script>alert(2)</script>';
/** Double quotes and a backslash too, to test quoting inside chart expressions. */
export const HOSTILE_POLICY = '<b onmouseover="alert(3)">bo\\ld</b>';
export const HOSTILE_SCENARIO = '<svg onload=alert(4)>';
/** A product name with a script end, an entity and the JavaScript line separator. */
export const HOSTILE_NAME = 'Mug </script><b>&amp;\u2028x';

const NODES = `node_id,type,name,lat,lon,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy
WH,warehouse,Warehouse,39.96,-83.00,America/New_York,14:00,Mon-Fri,,3.00,0.50,1
ST,store,City store,40.71,-74.00,America/New_York,16:00,Mon-Sat,2,4.00,1.00,0.9
`;

const SKUS = `sku,name,weight_lb
A,Alpha,1
B,Beta,2
C,Gamma,1
`;

const INVENTORY = `node_id,sku,on_hand
WH,A,20
WH,B,3
WH,C,1
ST,A,8
ST,B,8
`;

const NY = '40.75,-73.99',
  CHI = '41.88,-87.63',
  LA = '34.05,-118.24';
const ORDERS =
  [
    'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
    `O01,2026-07-06T10:00:00-04:00,A,1,${NY}`,
    `O02,2026-07-06T11:00:00-04:00,B,2,${NY}`,
    `O03,2026-07-07T09:00:00-04:00,A,1,${CHI}`,
    `O04,2026-07-07T12:00:00-04:00,C,2,${LA}`,
    `O05,2026-07-08T09:00:00-04:00,A,1,${NY}`,
    `O05,2026-07-08T09:00:00-04:00,B,1,${NY}`,
    `O06,2026-07-09T15:00:00-04:00,B,1,${LA}`,
    `O07,2026-07-10T10:00:00-04:00,A,2,${NY}`,
    `O08,2026-07-13T10:00:00-04:00,A,1,${NY}`,
    `O09,2026-07-13T11:00:00-04:00,B,1,${NY}`,
    `O10,2026-07-14T09:00:00-04:00,A,1,${CHI}`,
    `O11,2026-07-15T09:00:00-04:00,B,2,${NY}`,
    `O12,2026-07-16T10:00:00-04:00,C,1,${NY}`,
    `O13,2026-07-17T10:00:00-04:00,A,1,${LA}`,
    `O14,2026-07-18T10:00:00-04:00,B,1,${NY}`,
  ].join('\n') + '\n';

export const REPORT_SCENARIO = `name: report-test
description: A warehouse and a city store; should the store ship local orders?
data: .
period: { start: 2026-07-06, end: 2026-07-19 }
timezone: America/New_York
seed: 5
shipping:
  model: rate-card
  dim_divisor: 139
promise:
  ship_sla_business_days: 1
  delivery_business_days: { standard: 3 }
costs: { manual_touch: 4, cancellation_per_order: 30, cancellation_per_unit: 0 }
policies:
  - name: warehouse-only
    node: WH
  - name: closest-with-stock
  - name: store-for-local
    radius_miles: 100
  - name: store-pilot
    use: pilot
    policy: store-for-local
    fallback: warehouse-only
    cohort: { from: 2026-07-13 }
baseline: warehouse-only
`;

/** The clean run. */
export function reportRun(): ScenarioRun {
  return runTiny({
    orders: ORDERS,
    inventory: INVENTORY,
    nodes: NODES,
    skus: SKUS,
    rates: TINY_RATES,
    transit: TINY_TRANSIT,
    scenario: REPORT_SCENARIO,
  });
}

/** The same data with the store picking at $40 an order: every policy that ships from it costs more than the baseline. */
export function losingRun(): ScenarioRun {
  return runTiny({
    orders: ORDERS,
    inventory: INVENTORY,
    nodes: NODES.replace(',2,4.00,1.00,0.9', ',2,40.00,1.00,0.9'),
    skus: SKUS,
    rates: TINY_RATES,
    transit: TINY_TRANSIT,
    scenario: REPORT_SCENARIO,
  });
}

/** The same data with hostile names for a SKU, a node, a policy, the scenario and a product. */
export function hostileRun(): ScenarioRun {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return runTiny({
    orders: ORDERS.replace(/,B,/g, `,${q(HOSTILE_SKU)},`),
    inventory: INVENTORY.replace(/^ST,/gm, `${q(HOSTILE_NODE)},`).replace(/,B,/g, `,${q(HOSTILE_SKU)},`),
    nodes: NODES.replace('\nST,', `\n${q(HOSTILE_NODE)},`),
    skus: SKUS.replace('B,Beta,', `${q(HOSTILE_SKU)},${q(HOSTILE_NAME)},`),
    rates: TINY_RATES,
    transit: TINY_TRANSIT,
    scenario: REPORT_SCENARIO.replace('name: report-test', `name: ${JSON.stringify(HOSTILE_SCENARIO)}`)
      .replace('  - name: store-for-local\n', `  - name: ${JSON.stringify(HOSTILE_POLICY)}\n    use: store-for-local\n`)
      .replace('    policy: store-for-local\n', `    policy: ${JSON.stringify(HOSTILE_POLICY)}\n`),
  });
}

/** Made-up analytics for `policy` of a run (intervals for every policy on three metrics). */
export function analyticsFor(run: ScenarioRun, policy: string): ReportAnalytics {
  const others = run.runs.filter((p) => p.policy !== run.baseline);
  return {
    intervals: others.flatMap((p) =>
      (['fulfillment_cost_per_order', 'on_time_delivery_rate', 'cancel_rate'] as const).map((metric) => {
        const d = p.deltas.find((x) => x.metric === metric)!.delta ?? 0;
        return {
          policy: p.policy,
          metric,
          low: d - 0.5 * Math.abs(d) - 0.01,
          high: d + 0.5 * Math.abs(d) + 0.01,
          n: 1000,
          method: 'paired day-block bootstrap',
          level: 0.95,
        };
      }),
    ),
    roi: {
      policy,
      months: [0, 1, 2, 3, 4, 5, 6].map((month) => ({ month, cumulative: -5000 + 1400 * month })),
      paybackMonth: 3.6,
      investment: 5000,
      npv: 3200,
    },
    tornado: {
      policy,
      baseNpv: 3200,
      rows: [
        { driver: 'Store pick cost', lowNpv: 4100, highNpv: 1900, range: '−30% / +30%' },
        { driver: 'Order volume', lowNpv: 1500, highNpv: 4900, range: '−20% / +20%' },
        { driver: 'Inventory accuracy', lowNpv: -600, highNpv: 3900 },
      ],
    },
    pilotSizing: {
      policy,
      metric: 'fulfillment_cost_per_order',
      curve: [7, 14, 21, 28, 35, 42].map((days, i) => ({ days, power: Math.min(0.97, 0.18 * (i + 1)) })),
      targetPower: 0.8,
    },
    prePost: [
      {
        policy,
        metric: 'fulfillment_cost_per_order',
        raw: -0.62,
        rateEffect: -0.41,
        mixEffect: -0.21,
        pre: 'before the pilot',
        post: 'in the pilot',
      },
    ],
    ladder: { focus: policy, ladders: ladderFor(run, policy) },
  };
}

/**
 * Made-up effect ladders from the run's costs: one step from the baseline for every policy but
 * `policy`, whose ladder climbs through another policy and then adds a node (NEW-STORE, with
 * $1,200 a month and $8,000 once), each step ±$0.30.
 */
export function ladderFor(run: ScenarioRun, policy: string): EffectLadders {
  const cost = (name: string) => run.runs.find((p) => p.policy === name)!.metrics.fulfillment_cost_per_order ?? 0;
  const step = (from: string, to: string, added: string[] = []): LadderStep => {
    const d = cost(from) - cost(to);
    const saving = {
      carrier: d,
      pickPack: 0,
      touches: 0,
      cancellations: 0,
      margin: 0,
      marginCounted: true,
      fulfillment: d,
      total: d,
    };
    const interval = { low: d - 0.3, high: d + 0.3, method: 'day bootstrap' as const };
    const costs = {
      oneTime: [{ label: 'NEW-STORE opening', amount: 8000 }],
      monthly: [{ label: 'NEW-STORE rent', amount: 1200 }],
      unpriced: [],
    };
    const network = added.length
      ? {
          costs,
          roi: roi({
            savings: saving,
            savingsInterval: interval,
            monthlyOrders: 3000,
            config: run.scenario.config.roi,
            extraCosts: asCostLines(costs),
          }),
        }
      : null;
    return {
      from,
      to,
      costFrom: cost(from),
      costTo: cost(to),
      saving,
      costInterval: { low: -d - 0.3, high: -d + 0.3 },
      interval,
      added,
      removed: [],
      network,
    };
  };
  const b = run.baseline;
  const others = run.runs.map((p) => p.policy).filter((p) => p !== b);
  const mid = others.find((p) => p !== policy)!;
  return {
    baseline: b,
    ladders: others.map((p) =>
      p === policy
        ? { policy: p, rungs: [b, mid, p], steps: [step(b, mid), step(mid, p, ['NEW-STORE'])] }
        : { policy: p, rungs: [b, p], steps: [step(b, p)] },
    ),
  };
}

/** The real decision analytics of a run (replicate 0 only, no accuracy replays), optionally for `policy`. */
export function analysisOf(run: ScenarioRun, policy?: string): Analysis {
  return analyze(run, [replicateFromRun(run)], { policy });
}
