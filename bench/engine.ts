/**
 * Engine throughput benchmark: generates a synthetic data set in memory (three-location
 * preset), compiles it once, then times `simulate` for each policy.
 *
 *   npm run bench -- [--days 365] [--orders-per-day 1500] [--repeat 3]
 *
 * Prints orders/second per policy (best of the repeats) and the time of each stage.
 */
import { parseArgs } from 'node:util';
import { simulate } from '../sim/engine/engine.ts';
import { DATA_PRESETS } from '../sim/generate/data-presets.ts';
import { generateDataset } from '../sim/generate/synthetic.ts';
import { buildModel, preparePolicies, TABLES, type DataFiles } from '../sim/pipeline/index.ts';
import { makeRng } from '../sim/random/rng.ts';
import { parseScenario } from '../sim/scenario/parse.ts';
import { POLICIES } from '../sim/policies/registry.ts';
import { Problems } from '../sim/problems.ts';
import { readFileSync } from 'node:fs';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '365' },
    'orders-per-day': { type: 'string', default: '1500' },
    repeat: { type: 'string', default: '3' },
  },
});
const days = Number(values.days),
  perDay = Number(values['orders-per-day']),
  repeat = Number(values.repeat);

const time = <T>(label: string, f: () => T): T => {
  const t = performance.now();
  const v = f();
  console.log(`${label.padEnd(34)} ${((performance.now() - t) / 1000).toFixed(2)} s`);
  return v;
};

// daily capacities scale with the volume, so the network can carry it
const preset = DATA_PRESETS['three-location']!;
const scale = perDay / preset.ordersPerDay;
const nodes = preset.nodes.map((n) =>
  n.daily_order_capacity ? { ...n, daily_order_capacity: Math.ceil(n.daily_order_capacity * scale) } : n,
);
const files = time(`generate ${days} days × ~${perDay} orders/day`, () =>
  generateDataset({ ...preset, nodes, seed: 'bench', start: '2026-01-05', days, ordersPerDay: perDay }),
);
const scenarioText = readFileSync('scenarios/three-location/scenario.yaml', 'utf8').replace(
  /period: \{[^}]*\}/,
  `period: { start: 2026-01-05, end: ${new Date(Date.UTC(2026, 0, 5 + days - 1)).toISOString().slice(0, 10)} }`,
);
const scenario = parseScenario(scenarioText, 'scenario.yaml', new Problems(), POLICIES)!;
const names: Record<string, string> = {
  orders: 'orders.csv',
  skus: 'skus.csv',
  nodes: 'nodes.csv',
  inventory: 'inventory.csv',
  receipts: 'receipts.csv',
  rates: 'rate_card.csv',
  transit: 'transit.csv',
};
const data = Object.fromEntries(
  TABLES.filter((t) => t !== 'zones').map((t) => [t, { name: names[t]!, text: files[names[t]!] ?? null }]),
) as DataFiles;
const { model, data: rows } = time('parse + validate + compile', () => buildModel(scenario, data));
const policies = preparePolicies(model, scenario, undefined, rows);
const lines = model.orders.lineStart[model.orders.count]!;
console.log(
  `${model.orders.count} orders, ${lines} lines, ${model.skus.count} skus, ${model.nodes.count} nodes, ${model.dests.count} destinations`,
);

for (const { spec, fn, model, review, batchMs } of policies) {
  let best = Infinity;
  let packages = 0;
  for (let i = 0; i < repeat; i++) {
    const t = performance.now();
    const r = simulate(model, fn, { rng: makeRng(1), policyName: spec.name, review, batchMs });
    best = Math.min(best, performance.now() - t);
    packages = r.packages.count;
  }
  console.log(
    `simulate ${spec.name.padEnd(24)} ${(best / 1000).toFixed(3)} s  ${Math.round(model.orders.count / (best / 1000)).toLocaleString('en-US')} orders/s  (${packages} packages)`,
  );
}
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
