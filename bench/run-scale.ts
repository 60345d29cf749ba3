/**
 * End-to-end `run` at growing order counts: for each size, `routelab generate` writes a
 * three-location data folder (365 days) into a temporary folder, then
 * `routelab run <scenario> --no-outcomes` replays 2 policies (warehouse-only, the baseline,
 * and closest-with-stock), report included, as a child process. Prints wall seconds and
 * peak RSS of each child (GNU time's %M when /usr/bin/time exists, else VmHWM polled
 * from /proc); a child that fails is a row of the table ("failed: exit 134, heap out of
 * memory"), not a crash of the bench.
 *
 *   npm run bench:scale -- [--sizes 100000,1000000] [--outcomes none|csv|gz] [--keep]
 *
 * 10,000,000 orders only when asked (--sizes 10000000).
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { GNU_TIME, runCli, type Child } from './child.ts';
import { int, printTable } from './table.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    outcomes: { type: 'string', default: 'none' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const DAYS = 365,
  START = '2026-01-05';
const END = new Date(Date.UTC(2026, 0, 5 + DAYS - 1)).toISOString().slice(0, 10);
/** Order lines and distinct order ids (consecutive rows of an order share its id) of an orders.csv, streamed. */
async function countOrders(path: string): Promise<{ orders: number; lines: number }> {
  let orders = 0,
    lines = -1,
    last = '';
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (!line) continue;
    lines++;
    const id = line.slice(0, line.indexOf(','));
    if (lines > 0 && id !== last) orders++;
    last = id;
  }
  return { orders, lines };
}

/** The scenario: the demo's shipping and costs over the generated year, 2 policies. */
const scenarioText = (data: string) => `name: scale
data: ${data}
period: { start: ${START}, end: ${END} }
timezone: America/New_York
seed: 42
shipping:
  model: rate-card
  rate_card: rate_card.csv
  transit: transit.csv
  illustrative: true
  dim_divisor: 139
  fuel_surcharge_pct: 21.75
  residential_surcharge: 3.00
  transit_delay: { probability: 0.04, days: 1 }
  services:
    standard: [ILLUSTRATIVE/Ground]
    expedited: [ILLUSTRATIVE/Ground, ILLUSTRATIVE/2Day]
promise:
  ship_sla_business_days: 1
  delivery_business_days: { standard: 5, expedited: 2 }
costs: { manual_touch: 4.50, cancellation_per_order: 8.00, cancellation_per_unit: 0 }
replenishment: { every_days: 7, lead_time_days: 3 }
backorder: { max_wait_days: 0 }
policies:
  - name: warehouse-only
    node: WH-COLUMBUS
  - name: closest-with-stock
baseline: warehouse-only
`;

const fmtChild = (c: Child) =>
  c.code === 0
    ? [c.seconds.toFixed(1), int(c.peakKiB / 1024)]
    : [`failed: exit ${c.code}, ${c.why}`, int(c.peakKiB / 1024)];

const outcomesArgs =
  values.outcomes === 'none' ? ['--no-outcomes'] : values.outcomes === 'gz' ? ['--outcomes', 'gz'] : [];
const root = mkdtempSync(join(tmpdir(), 'routelab-scale-'));
const rows: string[][] = [];
for (const n of sizes) {
  const dir = join(root, `n${n}`);
  const perDay = Math.round(n / DAYS);
  const gen = await runCli([
    'generate',
    '--preset',
    'three-location',
    '--seed',
    '7',
    '--start',
    START,
    '--days',
    String(DAYS),
    '--orders-per-day',
    String(perDay),
    '--out',
    join(dir, 'data'),
  ]);
  if (gen.code !== 0) {
    rows.push([int(n), '', '', `generate failed: exit ${gen.code}, ${gen.why}`, '', int(gen.peakKiB / 1024), '']);
    continue;
  }
  const { orders, lines: orderLines } = await countOrders(join(dir, 'data', 'orders.csv'));
  writeFileSync(join(dir, 'scenario.yaml'), scenarioText(join(dir, 'data')));
  const run = await runCli([
    'run',
    join(dir, 'scenario.yaml'),
    ...outcomesArgs,
    '--quiet',
    '--out',
    join(dir, 'report'),
  ]);
  const [sec, rss] = fmtChild(run);
  rows.push([
    int(n),
    int(orders),
    int(orderLines),
    gen.seconds.toFixed(1),
    sec!,
    rss!,
    run.code === 0 ? int(orders / run.seconds) : '',
  ]);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
printTable(
  `End-to-end run: three-location preset, ${DAYS} days, 2 policies (warehouse-only, closest-with-stock), ` +
    `${outcomesArgs.join(' ') || 'outcomes.csv'}, report included; peak RSS by ${GNU_TIME ? 'GNU time %M' : '/proc VmHWM polling'}; ` +
    `target: 1M orders under 30 s, peak RSS < 1 GB`,
  ['size', 'orders', 'lines', 'generate s', 'run s', 'peak RSS MiB', 'orders/s'],
  rows,
);
if (values.keep) console.log(`\nkept ${root}`);
else rmSync(root, { recursive: true, force: true });
