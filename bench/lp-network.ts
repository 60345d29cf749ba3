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
import { buildModel } from '../sim/pipeline/index.ts';
import { createLpDilated } from '../sim/policies/lp-dilated.ts';
import { LpPlanState } from '../sim/policies/lp-plan.ts';
import { createLpPriority } from '../sim/policies/lp-priority.ts';
import { POLICIES } from '../sim/policies/registry.ts';
import { Allocation, type PolicyFn, type RouteRequest } from '../sim/policies/types.ts';
import { Problems } from '../sim/problems.ts';
import { makeRng } from '../sim/random/rng.ts';
import {
  buildNetwork,
  FCS,
  METROS,
  networkScenario,
  PER_PACKAGE,
  PER_UNIT,
  PER_UNIT_MILE,
  SKUS,
  skuId,
} from './jasin-sinha.ts';
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

const scenario = parseScenario(networkScenario(SEQUENCES), 'scenario.yaml', new Problems(), POLICIES)!;
interface Instance {
  model: Model;
  plan: LpPlan;
  /** Per destination: miles to its farthest FC (the unfilled-unit cost). */
  maxMiles: Float64Array;
}

/** One instance: carried skus, order types, stock, every sequence's orders in one model, and the DLP of the expected demand. */
function buildInstance(i: number): Instance {
  const N = FCS.length;
  const { files, types, popTotal } = buildNetwork({
    seed: `lp-network/${i}`,
    orders: T,
    sequences: SEQUENCES,
    types: TYPES,
  });
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
  const onHandBySku = new Int32Array(N * S);
  for (let n = 0; n < N; n++) for (let s = 0; s < S; s++) onHandBySku[s * N + n] = onHand[n * S + s]!;
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
    onHandBySku,
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
      onHandBySku[sku * N + n]! -= out.qty[a]!;
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
