/**
 * Engine throughput on the Jasin–Sinha warm-up network (bench/jasin-sinha.ts: 10 metros,
 * 5 FCs, 20 skus, orders of 1–5 skus), arrivals scaled to --orders, beside a plain
 * typed-array loop of nearest-with-stock written here (node-by-distance order, stock
 * decremented per line, packages counted) on the same compiled orders.
 *
 *   npm run bench:network -- [--orders 1000000] [--per-day 10000] [--repeat 3]
 *
 * The network is built in memory as RouteLab data files and compiled by the real pipeline
 * (buildModel); stock covers the whole stream's expected demand (no replenishment, no
 * capacity limits). Each policy is timed pairwise with the loop (loop, policy, loop,
 * policy, …); the table gives the medians and the median of the pairwise ratios.
 */
import { parseArgs } from 'node:util';
import { simulate } from '../sim/engine/engine.ts';
import type { Model } from '../sim/model/types.ts';
import { buildModel, preparePolicies } from '../sim/pipeline/index.ts';
import { POLICIES } from '../sim/policies/registry.ts';
import { Problems } from '../sim/problems.ts';
import { makeRng } from '../sim/random/rng.ts';
import { parseScenario } from '../sim/scenario/parse.ts';
import { buildNetwork, networkScenario } from './jasin-sinha.ts';
import { int, median, printTable } from './table.ts';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    'per-day': { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '3' },
  },
});
const perDay = Number(values['per-day']);
const days = Math.max(1, Math.round(Number(values.orders) / perDay));
const repeat = Number(values.repeat);

const POLICY_ENTRIES = [
  'name: closest-with-stock',
  '{ name: warehouse-only, node: FC-JOLIET }',
  'name: fewest-packages',
  'name: cheapest',
];

let t = performance.now();
const { files } = buildNetwork({
  seed: 'research-network',
  orders: perDay,
  sequences: days,
  types: 40,
  stockFor: perDay * days,
});
const buildS = (performance.now() - t) / 1000;
const problems = new Problems();
const scenario = parseScenario(networkScenario(days, POLICY_ENTRIES), 'scenario.yaml', problems, POLICIES)!;
t = performance.now();
const { model, data } = buildModel(scenario, files, problems);
if (problems.hasErrors()) throw new Error(problems.list.map((p) => p.message).join('\n'));
const compileS = (performance.now() - t) / 1000;
const policies = preparePolicies(model, scenario, problems, data);
const lines = model.orders.lineStart[model.orders.count]!;

/** Nearest with stock over typed arrays: each line from the nearest node holding its quantity; returns packages. */
function plainLoop(m: Model, onHand: Int32Array | Float64Array, mark: Int32Array): number {
  const N = m.nodes.count,
    S = m.skus.count;
  const { count, lineStart, lineSku, lineQty, dest } = m.orders;
  const byDistance = m.dests.nodesByDistance;
  let packages = 0;
  mark.fill(-1);
  for (let o = 0; o < count; o++) {
    const base = dest[o]! * N;
    for (let l = lineStart[o]!, end = lineStart[o + 1]!; l < end; l++) {
      const sku = lineSku[l]!,
        q = lineQty[l]!;
      for (let k = 0; k < N; k++) {
        const n = byDistance[base + k]!;
        const at = n * S + sku;
        if (onHand[at]! >= q) {
          onHand[at]! -= q;
          if (mark[n] !== o) {
            mark[n] = o;
            packages++;
          }
          break;
        }
      }
    }
  }
  return packages;
}

const stock = Int32Array.from(model.startOnHand);
const mark = new Int32Array(model.nodes.count);
const runLoop = () => {
  stock.set(model.startOnHand);
  const t0 = performance.now();
  const packages = plainLoop(model, stock, mark);
  return { s: (performance.now() - t0) / 1000, packages };
};

const rows: string[][] = [];
const loopAll: number[] = [];
let loopPackages = 0;
for (const { spec, fn, model: m, review, batchMs } of policies) {
  const loopS: number[] = [],
    policyS: number[] = [],
    ratio: number[] = [];
  let packages = 0;
  for (let i = 0; i < repeat; i++) {
    const a = runLoop();
    loopPackages = a.packages;
    const t0 = performance.now();
    const r = simulate(m, fn, { rng: makeRng(1), policyName: spec.name, review, batchMs });
    const b = (performance.now() - t0) / 1000;
    packages = r.packages.count;
    loopS.push(a.s);
    policyS.push(b);
    ratio.push(a.s / b);
  }
  loopAll.push(...loopS);
  rows.push([
    spec.name,
    int(model.orders.count / median(policyS)),
    int(model.orders.count / median(loopS)),
    median(ratio).toFixed(3),
    (1 / median(ratio)).toFixed(0) + '×',
    int(packages),
  ]);
}
rows.push([
  'plain loop (nearest-with-stock)',
  int(model.orders.count / median(loopAll)),
  '',
  '',
  '',
  int(loopPackages),
]);

printTable(
  `Engine on the Jasin–Sinha network: ${int(model.orders.count)} orders (${days} days × ${int(perDay)}), ${int(lines)} lines, ` +
    `${model.nodes.count} nodes, ${model.skus.count} skus; build ${buildS.toFixed(1)} s, parse + compile ${compileS.toFixed(1)} s; ` +
    `median of ${repeat} pairs (loop, policy); target ratio ≥ 0.3`,
  ['policy', 'orders/s', 'loop orders/s', 'policy/loop', 'slower', 'packages'],
  rows,
);
const mem = process.memoryUsage();
console.log(
  `\nmemory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
