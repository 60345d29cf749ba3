/**
 * A wide network: --nodes FCs (default 50) × --skus skus (default 50,000) × --orders orders
 * (default 1,000,000), built in memory as RouteLab data files (each node carries each sku
 * with probability 0.2; sku popularity skewed, u² over the catalog; 1–4 lines per order;
 * 1,000 customer points over the continental US; stock at each carrying node covers
 * half the sku's units in the stream), compiled by the real pipeline, then the replay
 * alone (`simulate`) timed per policy.
 *
 *   npm run bench:wide -- [--orders 1000000] [--nodes 50] [--skus 50000] [--per-day 10000] [--repeat 1]
 *                         [--policies closest-with-stock,warehouse-only,fewest-packages]
 *
 * `cheapest` is left out by default: it replays about 1,600 orders a second on this network
 * (50 candidate nodes), so 1M orders would take over 10 minutes; ask for it with
 * --policies …,cheapest on fewer orders.
 * Target in issue 13: ≥ 250,000 orders a second in the replay.
 */
import { parseArgs } from 'node:util';
import { simulate } from '../sim/engine/engine.ts';
import { buildModel, preparePolicies } from '../sim/pipeline/index.ts';
import { benchFiles } from './data-files.ts';
import { POLICIES } from '../sim/policies/registry.ts';
import { Problems } from '../sim/problems.ts';
import { makeRng } from '../sim/random/rng.ts';
import { parseScenario } from '../sim/scenario/parse.ts';
import { networkDay, networkScenario } from './jasin-sinha.ts';
import { int, median, printTable } from './table.ts';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '1000000' },
    nodes: { type: 'string', default: '50' },
    skus: { type: 'string', default: '50000' },
    'per-day': { type: 'string', default: '10000' },
    repeat: { type: 'string', default: '1' },
    policies: { type: 'string', default: 'closest-with-stock,warehouse-only,fewest-packages' },
  },
});
const N = Number(values.nodes),
  S = Number(values.skus),
  perDay = Number(values['per-day']),
  repeat = Number(values.repeat);
const days = Math.max(1, Math.round(Number(values.orders) / perDay));
const POINTS = 1000;

const rng = makeRng('wide-catalog');
const t0 = performance.now();
// continental US box, roughly
const place = () => ({ lat: +(26 + rng.next() * 22).toFixed(4), lon: +(-122 + rng.next() * 50).toFixed(4) });
const nodes = Array.from({ length: N }, (_, n) => ({ id: `N${String(n).padStart(3, '0')}`, ...place() }));
const points = Array.from({ length: POINTS }, place);
const skuId = (s: number) => `K${String(s).padStart(5, '0')}`;
const units = new Float64Array(S);
const lines = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon,customer_state'];
const chosen = new Set<number>();
for (let k = 0; k < days; k++) {
  const day = networkDay(k);
  for (let o = 0; o < perDay; o++) {
    const p = points[rng.int(POINTS)]!;
    const sec = Math.floor((o * 80_000) / perDay);
    const at = `${day}T${String(Math.floor(sec / 3600)).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}-04:00`;
    const count = 1 + Math.floor(rng.next() ** 2 * 4);
    chosen.clear();
    while (chosen.size < count) chosen.add(Math.floor(rng.next() ** 2 * S));
    for (const s of chosen) {
      const q = 1 + (rng.next() < 0.2 ? 1 : 0);
      units[s]! += q;
      lines.push(`W${k}-${String(o).padStart(5, '0')},${at},${skuId(s)},${q},${p.lat},${p.lon},OH`);
    }
  }
}
const inventory = ['node_id,sku,on_hand'];
const carriedBy = Array.from({ length: S }, () => [] as number[]);
for (let n = 0; n < N; n++) for (let s = 0; s < S; s++) if (rng.next() < 0.2) carriedBy[s]!.push(n);
for (let s = 0; s < S; s++) if (!carriedBy[s]!.length) carriedBy[s]!.push(rng.int(N));
for (let n = 0; n < N; n++)
  for (let s = 0; s < S; s++)
    if (carriedBy[s]!.includes(n)) inventory.push(`${nodes[n]!.id},${skuId(s)},${1 + Math.ceil(units[s]! * 0.5)}`);
const files = benchFiles({
  orders: lines,
  skus: Array.from({ length: S }, (_, s) => skuId(s)),
  nodes,
  pick: [1, 0.2],
  inventory,
});
lines.length = 0;
inventory.length = 0;
const buildS = (performance.now() - t0) / 1000;

const SCENARIO = networkScenario(
  days,
  values.policies
    .split(',')
    .map((p) => (p === 'warehouse-only' ? '{ name: warehouse-only, node: N000 }' : `name: ${p}`)),
  'wide-catalog',
);
const problems = new Problems();
const scenario = parseScenario(SCENARIO, 'scenario.yaml', problems, POLICIES)!;
let t = performance.now();
const { model, data } = buildModel(scenario, files, problems);
if (problems.hasErrors()) throw new Error(problems.list.map((p) => p.message).join('\n'));
const compileS = (performance.now() - t) / 1000;
const policies = preparePolicies(model, scenario, problems, data);

const rows: string[][] = [];
for (const { spec, fn, model: m, review, batchMs } of policies) {
  const secs: number[] = [];
  let packages = 0;
  for (let i = 0; i < repeat; i++) {
    t = performance.now();
    const r = simulate(m, fn, { rng: makeRng(1), policyName: spec.name, review, batchMs });
    secs.push((performance.now() - t) / 1000);
    packages = r.packages.count;
  }
  const s = median(secs);
  const rate = model.orders.count / s;
  rows.push([spec.name, s.toFixed(2), int(rate), (rate / 250_000).toFixed(2), int(packages)]);
}
printTable(
  `Wide catalog replay: ${model.nodes.count} nodes × ${int(model.skus.count)} skus × ${int(model.orders.count)} orders ` +
    `(${int(model.orders.lineStart[model.orders.count]!)} lines, ${int(model.dests.count)} destinations); ` +
    `build ${buildS.toFixed(1)} s, parse + compile ${compileS.toFixed(1)} s; median of ${repeat}; target ≥ 250,000 orders/s`,
  ['policy', 'replay s', 'orders/s', '÷ target', 'packages'],
  rows,
);
const mem = process.memoryUsage();
console.log(
  `\nmemory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
