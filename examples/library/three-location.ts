/**
 * The README's "Library" example as a script: open the demo, validate, run with replicates,
 * compare, decide, tidy tables, sweep, explain an order, draw a chart, write the report.
 *   npx tsx examples/library/three-location.ts
 */
import {
  openScenario,
  runScenario,
  compareResult,
  decideResult,
  sweepScenario,
  explainOrder,
  toTables,
  renderChart,
  writeReport,
  validateScenario,
} from '../../sim/index.ts';

const s = await openScenario('three-location', { seed: 42 }); // a name, a folder, a scenario.yaml,
// or { scenario: yamlTextOrObject, files: { 'orders.csv': text, … } } built in code
console.log((await validateScenario(s)).verdict); // 'ready' | 'ready with warnings' | 'not ready'
const r = await runScenario(s, { replicates: 5 }); // defaults: replicates 1, workers one per core, bound true
for (const p of r.policies) console.log(p.name, p.metrics.fulfillment_cost_per_order);
console.log(r.verdict?.verdict); // the decision `run` prints
const rows = compareResult(r, 'warehouse-only', 'store-for-local'); // B − A with intervals
const d = decideResult(r, { policy: 'store-for-local' }); // d.cashFlow.npv, d.decision, d.tornado
const t = toTables(r); // arquero tables: metrics, weekly, byNode, byRegion, deltas, outcomes
t.byRegion.filter((x) => x.metric === 'on_time_delivery_rate').objects();
const sweep = await sweepScenario(s, { set: { 'costs.manual_touch': [3, 5, 8] } }); // sweep.table, sweep.csv
console.log(explainOrder(s, r.run.model.orders.ids[0]!, { policy: 'store-for-local' }).text);
const svg = await renderChart(r, 'kpi-bars'); // chartIds(r) lists the report's charts
console.log(rows.length, d.decision.verdict, sweep.table.numRows(), svg.length);
await writeReport(r, 'reports/three-location-lib'); // the folder `routelab run` writes
