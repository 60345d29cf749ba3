/**
 * Look-ahead routing on the warm-up network of Jasin & Sinha (2015, "An LP-based correlated
 * rounding scheme for multi-item ecommerce order fulfillment", Operations Research 63(6)):
 * 10 US metro regions, 5 fulfillment centers, 20 skus, orders of 1–5 distinct skus; each FC
 * carries each sku with probability 0.75; stock covers the demand that would route to the
 * nearest carrying FC plus 0.5·√ of it; a package costs $8.759, a unit $0.423 + $0.000541
 * per mile; an unfilled unit costs twice the package and unit cost (from the farthest FC).
 *
 *   npm run bench:lp -- [--instances 30] [--sequences 5] [--orders 1000] [--types 40]
 *
 * Arrival probabilities are proportional to the metros' populations (US Census Bureau,
 * 2020 Census, metropolitan statistical areas; one metro per state, since a region is a
 * state: Houston, 7,122,240, is left out for Dallas–Fort Worth). Each instance draws its
 * carried skus and its order types (sizes 1–5 uniform, skus without replacement, equally
 * likely); each sequence draws its orders. The DLP is solved once per instance on the
 * known expected demand; every policy meets the same orders and stock, and the product's
 * lp-dilated and lp-priority code routes them (createLpDilated / createLpPriority over
 * an LpPlanState given that plan). The compiled model comes from the real pipeline
 * (CSV text in memory, linear shipping); routing runs on a minimal simulator here
 * (no clock, no capacity: the paper's setting), charging packages with the product's
 * quotePackage. Prints cost / DLP and the split rate of each policy.
 */
import { parseArgs } from 'node:util';
import { classKey, regionsOf, typeKey, type Demand, type DemandClass } from '../sim/lp/demand.ts';
import { classCosts } from '../sim/lp/costs.ts';
import { solveDlp } from '../sim/lp/dlp.ts';
import { loadLpSolver } from '../sim/lp/solver.ts';
import { lineRows, type LpPlan } from '../sim/lp/plan.ts';
import { newQuote, quotePackage } from '../sim/model/pricing.ts';
import type { Model } from '../sim/model/types.ts';
import { buildModel, type DataFiles } from '../sim/pipeline/index.ts';
import { createLpDilated } from '../sim/policies/lp-dilated.ts';
import { LpPlanState } from '../sim/policies/lp-plan.ts';
import { createLpPriority } from '../sim/policies/lp-priority.ts';
import { POLICIES } from '../sim/policies/registry.ts';
import { Allocation, type PolicyFn, type RouteRequest } from '../sim/policies/types.ts';
import { Problems } from '../sim/problems.ts';
import { makeRng, type Rng } from '../sim/random/rng.ts';
import { parseScenario } from '../sim/scenario/parse.ts';

await loadLpSolver();
const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '30' },
    sequences: { type: 'string', default: '5' },
    orders: { type: 'string', default: '1000' },
    types: { type: 'string', default: '40' },
  },
});
const INSTANCES = Number(values.instances),
  SEQUENCES = Number(values.sequences),
  T = Number(values.orders),
  TYPES = Number(values.types);

/** 2020 Census MSA populations; coordinates of the principal city's center. */
const METROS = [
  { name: 'New York', state: 'NY', pop: 20_140_470, lat: 40.7128, lon: -74.006 },
  { name: 'Los Angeles', state: 'CA', pop: 13_200_998, lat: 34.0522, lon: -118.2437 },
  { name: 'Chicago', state: 'IL', pop: 9_618_502, lat: 41.8781, lon: -87.6298 },
  { name: 'Dallas–Fort Worth', state: 'TX', pop: 7_637_387, lat: 32.7767, lon: -96.797 },
  { name: 'Washington', state: 'DC', pop: 6_385_162, lat: 38.9072, lon: -77.0369 },
  { name: 'Philadelphia', state: 'PA', pop: 6_245_051, lat: 39.9526, lon: -75.1652 },
  { name: 'Miami', state: 'FL', pop: 6_138_333, lat: 25.7617, lon: -80.1918 },
  { name: 'Atlanta', state: 'GA', pop: 6_089_815, lat: 33.749, lon: -84.388 },
  { name: 'Boston', state: 'MA', pop: 4_941_632, lat: 42.3601, lon: -71.0589 },
  { name: 'Phoenix', state: 'AZ', pop: 4_845_832, lat: 33.4484, lon: -112.074 },
];
/** Five FCs spread over the country (common distribution hubs). */
const FCS = [
  { id: 'FC-ALLENTOWN', lat: 40.6023, lon: -75.4714 },
  { id: 'FC-JOLIET', lat: 41.525, lon: -88.0817 },
  { id: 'FC-DALLAS', lat: 32.8998, lon: -97.0403 },
  { id: 'FC-RIVERSIDE', lat: 33.9533, lon: -117.3962 },
  { id: 'FC-JACKSONVILLE', lat: 30.3322, lon: -81.6557 },
];
const SKUS = 20;
const PER_PACKAGE = 8.759,
  PER_UNIT = 0.423,
  PER_UNIT_MILE = 0.000541;

const SCENARIO = `name: lp-network
data: .
period: { start: 2026-07-06, end: ${`2026-07-${String(5 + SEQUENCES).padStart(2, '0')}`} }
timezone: America/New_York
seed: 1
shipping: { model: linear, per_package: ${PER_PACKAGE}, per_unit: ${PER_UNIT}, per_unit_mile: ${PER_UNIT_MILE} }
promise: { delivery_business_days: { standard: 5 } }
costs: { manual_touch: 0, cancellation_per_order: 0, cancellation_per_unit: 0 }
policies:
  - name: closest-with-stock
`;
const scenario = parseScenario(SCENARIO, 'scenario.yaml', new Problems(), POLICIES)!;
const skuId = (s: number) => `S${String(s).padStart(2, '0')}`;
const pick = (rng: Rng, weights: readonly number[]) => {
  let x = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < weights.length; k++) if ((x -= weights[k]!) < 0) return k;
  return weights.length - 1;
};

interface Instance {
  model: Model;
  plan: LpPlan;
  /** Per destination: miles to its farthest FC (the unfilled-unit cost). */
  maxMiles: Float64Array;
}

/** One instance: carried skus, order types, stock, every sequence's orders in one model, and the DLP of the expected demand. */
function buildInstance(i: number): Instance {
  const rng = makeRng(`lp-network/${i}`);
  const N = FCS.length;
  const carried = Array.from({ length: N }, () => Array.from({ length: SKUS }, () => rng.next() < 0.75));
  for (let s = 0; s < SKUS; s++) if (!carried.some((c) => c[s])) carried[rng.int(N)]![s] = true;
  const types = Array.from({ length: TYPES }, () => {
    const size = 1 + rng.int(5);
    const all = Array.from({ length: SKUS }, (_, s) => s);
    for (let k = 0; k < size; k++) {
      const j = k + rng.int(SKUS - k);
      [all[k], all[j]] = [all[j]!, all[k]!];
    }
    return all.slice(0, size).sort((a, b) => a - b);
  });
  const popTotal = METROS.reduce((a, m) => a + m.pop, 0);
  const miles = (m: (typeof METROS)[number], f: (typeof FCS)[number]) => {
    const rad = Math.PI / 180;
    const a =
      Math.sin(((f.lat - m.lat) * rad) / 2) ** 2 +
      Math.cos(m.lat * rad) * Math.cos(f.lat * rad) * Math.sin(((f.lon - m.lon) * rad) / 2) ** 2;
    return 3958.8 * 2 * Math.asin(Math.sqrt(a));
  };
  // stock: expected units routed to each sku's nearest carrying FC, + 0.5 √
  const demand = Array.from({ length: N }, () => new Float64Array(SKUS));
  for (const m of METROS)
    for (const t of types)
      for (const s of t) {
        const near = FCS.map((f, n) => ({ n, d: miles(m, f) }))
          .filter(({ n }) => carried[n]![s])
          .sort((a, b) => a.d - b.d)[0]!.n;
        demand[near]![s]! += (T * m.pop) / popTotal / TYPES;
      }
  const inventory = ['node_id,sku,on_hand'];
  FCS.forEach((f, n) => {
    for (let s = 0; s < SKUS; s++)
      if (carried[n]![s])
        inventory.push(`${f.id},${skuId(s)},${Math.round(demand[n]![s]! + 0.5 * Math.sqrt(demand[n]![s]!))}`);
  });
  const orders = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon,customer_state'];
  for (let k = 0; k < SEQUENCES; k++) {
    const seq = rng.fork(`sequence/${k}`);
    for (let o = 0; o < T; o++) {
      const m =
        METROS[
          pick(
            seq,
            METROS.map((x) => x.pop),
          )
        ]!;
      const t = types[seq.int(TYPES)]!;
      const sec = Math.floor((o * 80_000) / T);
      const at = `2026-07-${String(6 + k).padStart(2, '0')}T${String(Math.floor(sec / 3600)).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}-04:00`;
      for (const s of t)
        orders.push(`Q${k}-${String(o).padStart(5, '0')},${at},${skuId(s)},1,${m.lat},${m.lon},${m.state}`);
    }
  }
  const files: DataFiles = {
    orders: { name: 'orders.csv', text: orders.join('\n') + '\n' },
    skus: {
      name: 'skus.csv',
      text: ['sku,weight_lb', ...Array.from({ length: SKUS }, (_, s) => `${skuId(s)},1`)].join('\n') + '\n',
    },
    nodes: {
      name: 'nodes.csv',
      text:
        [
          'node_id,type,lat,lon,timezone,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy',
          ...FCS.map((f) => `${f.id},warehouse,${f.lat},${f.lon},America/New_York,0,0,1`),
        ].join('\n') + '\n',
    },
    inventory: { name: 'inventory.csv', text: inventory.join('\n') + '\n' },
    receipts: { name: 'receipts.csv', text: null },
    rates: { name: 'rate_card.csv', text: null },
    transit: { name: 'transit.csv', text: null },
  };
  const { model } = buildModel(scenario, files);
  if (model.orders.count !== T * SEQUENCES)
    throw new Error(`expected ${T * SEQUENCES} orders, got ${model.orders.count}`);

  // the DLP on the known expected demand: λ = T × P(region) × P(type)
  const { regions, destRegion } = regionsOf(model);
  const someOrder = new Int32Array(regions.length).fill(-1);
  for (let o = 0; o < model.orders.count; o++) {
    const r = destRegion[model.orders.dest[o]!]!;
    if (someOrder[r]! < 0) someOrder[r] = o;
  }
  const skuIndex = (s: number) => model.skus.ids.indexOf(skuId(s));
  const classes: DemandClass[] = [];
  const index = new Map<string, number>();
  for (const m of METROS) {
    const region = regions.indexOf(m.state);
    for (const t of types) {
      const skus = Int32Array.from(t.map(skuIndex)).sort();
      index.set(classKey(typeKey(skus), region), classes.length);
      classes.push({
        skus,
        qty: new Float64Array(t.length).fill(1),
        region,
        lambda: (T * m.pop) / popTotal / TYPES,
        orders: Int32Array.of(someOrder[region]!),
        boxShare: 1,
      });
    }
  }
  const d: Demand = {
    regions,
    destRegion,
    classes,
    index,
    wholeTypes: new Set(types.map((t) => typeKey(Int32Array.from(t.map(skuIndex)).sort()))),
    hindsightInformed: false,
    trainingOrders: 0,
    trainingDays: 1,
    horizonDays: 1,
    expectedOrders: T,
    splitOrders: 0,
  };
  const costs = classCosts(model, classes);
  const solution = solveDlp({
    nodes: N,
    skus: model.skus.count,
    classes,
    costs,
    carried: model.carried,
    supply: Float64Array.from(model.startOnHand),
    capacity: new Float64Array(N).fill(Infinity),
    orders: T,
  });
  const plan: LpPlan = {
    demand: d,
    costs,
    solution,
    window: { trainFrom: 0, trainTo: 0, horizonFrom: 0, horizonTo: 0 },
    lineRow: lineRows(model, d, costs.rowStart),
  };
  const maxMiles = new Float64Array(model.dests.count);
  for (let dst = 0; dst < model.dests.count; dst++)
    for (let n = 0; n < N; n++) maxMiles[dst] = Math.max(maxMiles[dst]!, model.dests.miles[dst * N + n]!);
  return { model, plan, maxMiles };
}

/** Myopic: each line to its nearest carrying FC; unfilled when that one has none left. */
const myopic =
  (model: Model): PolicyFn =>
  (req, out) => {
    const N = model.nodes.count,
      S = model.skus.count;
    for (let i = 0; i < req.count; i++) {
      const sku = model.orders.lineSku[req.lines[i]!]!;
      for (let k = 0; k < N; k++) {
        const n = model.dests.nodesByDistance[req.dest * N + k]!;
        if (!model.carried[n * S + sku]) continue;
        if (req.onHand[n * S + sku]! >= req.need[i]!) out.push(req.lines[i]!, n, req.need[i]!);
        break;
      }
    }
  };

/** Nearest with stock: each line to the nearest FC that has it; unfilled when none has. */
const nearestWithStock =
  (model: Model): PolicyFn =>
  (req, out) => {
    const N = model.nodes.count,
      S = model.skus.count;
    for (let i = 0; i < req.count; i++) {
      const sku = model.orders.lineSku[req.lines[i]!]!;
      for (let k = 0; k < N; k++) {
        const n = model.dests.nodesByDistance[req.dest * N + k]!;
        if (req.onHand[n * S + sku]! >= req.need[i]!) {
          out.push(req.lines[i]!, n, req.need[i]!);
          break;
        }
      }
    }
  };

interface Tally {
  cost: number;
  orders: number;
  shipped: number;
  split: number;
  units: number;
  filled: number;
  routeMs: number;
}

/** Routes sequence k of an instance under `fn` from the starting stock; costs with quotePackage, unfilled at the penalty. */
function replay(inst: Instance, fn: PolicyFn, k: number, seed: string): Tally {
  const { model, maxMiles } = inst;
  const N = model.nodes.count,
    S = model.skus.count;
  const onHand = model.startOnHand.slice();
  const maxLines = 5;
  const req: RouteRequest = {
    model,
    order: 0,
    dest: 0,
    time: 0,
    count: 0,
    lines: new Int32Array(maxLines),
    need: new Int32Array(maxLines),
    eligible: new Uint8Array(N).fill(1),
    onHand,
    reroute: false,
    minDay: -1,
    planner: null as never, // none of these policies asks
    trace: null,
    draw: makeRng(seed).keyed('policy'),
  };
  const out = new Allocation(maxLines * N);
  const units = new Int32Array(N);
  const q = newQuote();
  const t: Tally = { cost: 0, orders: 0, shipped: 0, split: 0, units: 0, filled: 0, routeMs: 0 };
  const { lineStart } = model.orders;
  for (let o = k * T; o < (k + 1) * T; o++) {
    req.order = o;
    req.dest = model.orders.dest[o]!;
    req.time = model.orders.placedUtc[o]!;
    req.count = lineStart[o + 1]! - lineStart[o]!;
    for (let i = 0; i < req.count; i++) {
      req.lines[i] = lineStart[o]! + i;
      req.need[i] = model.orders.lineQty[lineStart[o]! + i]!;
    }
    out.clear();
    const t0 = performance.now();
    fn(req, out);
    t.routeMs += performance.now() - t0;
    units.fill(0);
    let filled = 0;
    for (let a = 0; a < out.count; a++) {
      const n = out.node[a]!,
        sku = model.orders.lineSku[out.line[a]!]!;
      if (onHand[n * S + sku]! < out.qty[a]!) throw new Error('a policy allocated stock that is not there');
      onHand[n * S + sku]! -= out.qty[a]!;
      units[n]! += out.qty[a]!;
      filled += out.qty[a]!;
    }
    let packages = 0;
    for (let n = 0; n < N; n++) {
      if (!units[n]) continue;
      packages++;
      t.cost += quotePackage(model, o, n, 0, units[n]!, 0, 0, q).cost;
    }
    let asked = 0;
    for (let i = 0; i < req.count; i++) asked += req.need[i]!;
    t.cost += (asked - filled) * 2 * (PER_PACKAGE + PER_UNIT + PER_UNIT_MILE * maxMiles[req.dest]!);
    t.orders++;
    t.units += asked;
    t.filled += filled;
    if (packages > 0) t.shipped++;
    if (packages > 1) t.split++;
  }
  return t;
}

const POLICY_NAMES = ['myopic', 'nearest-with-stock', 'lp-dilated', 'lp-priority'] as const;
const ratios = new Map<string, number[]>(POLICY_NAMES.map((p) => [p, []]));
const totals = new Map<string, Tally>(
  POLICY_NAMES.map((p) => [p, { cost: 0, orders: 0, shipped: 0, split: 0, units: 0, filled: 0, routeMs: 0 }]),
);
let solveMs = 0,
  dlpPerOrder = 0,
  lpSize = '';
const start = performance.now();
for (let i = 0; i < INSTANCES; i++) {
  const t0 = performance.now();
  const inst = buildInstance(i);
  solveMs += performance.now() - t0;
  dlpPerOrder += inst.plan.solution.perOrder / INSTANCES;
  lpSize = `${inst.plan.solution.columns} columns × ${inst.plan.solution.rows} rows`;
  const fns: Record<(typeof POLICY_NAMES)[number], PolicyFn> = {
    myopic: myopic(inst.model),
    'nearest-with-stock': nearestWithStock(inst.model),
    'lp-dilated': createLpDilated(new LpPlanState(inst.model, {}, inst.plan)),
    'lp-priority': createLpPriority(new LpPlanState(inst.model, {}, inst.plan)),
  };
  for (let k = 0; k < SEQUENCES; k++)
    for (const p of POLICY_NAMES) {
      const t = replay(inst, fns[p], k, `lp-network/${i}/${k}`);
      ratios.get(p)!.push(t.cost / inst.plan.solution.objective);
      const all = totals.get(p)!;
      for (const key of Object.keys(t) as (keyof Tally)[]) all[key] += t[key];
    }
}
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
const sd = (a: number[]) => Math.sqrt(a.reduce((x, y) => x + (y - mean(a)) ** 2, 0) / (a.length - 1));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `Jasin–Sinha warm-up network: ${METROS.length} metros, ${FCS.length} FCs, ${SKUS} skus, ${TYPES} order types of 1–5 skus; ` +
    `${INSTANCES} instances × ${SEQUENCES} sequences × ${T} orders`,
);
console.log(
  `DLP: ${lpSize}, $${dlpPerOrder.toFixed(3)} per order on average; build + solve ${(solveMs / INSTANCES).toFixed(0)} ms per instance`,
);
console.log('');
console.log(
  `${'policy'.padEnd(20)} ${'cost / DLP'.padStart(10)} ${'± 95%'.padStart(8)} ${'split rate'.padStart(11)} ${'fill rate'.padStart(10)} ${'orders/s'.padStart(10)}`,
);
for (const p of POLICY_NAMES) {
  const r = ratios.get(p)!,
    t = totals.get(p)!;
  console.log(
    `${p.padEnd(20)} ${mean(r).toFixed(4).padStart(10)} ${(1.96 * (sd(r) / Math.sqrt(r.length))).toFixed(4).padStart(8)} ${pct(t.split / t.shipped).padStart(11)} ${pct(t.filled / t.units).padStart(10)} ${Math.round(
      t.orders / (t.routeMs / 1000),
    )
      .toLocaleString('en-US')
      .padStart(10)}`,
  );
}
console.log(`\n${((performance.now() - start) / 1000).toFixed(1)} s in all`);
