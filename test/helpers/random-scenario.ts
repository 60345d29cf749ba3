/** Random small data sets for invariant tests: seeded, so a failure names the seed that broke. */
import { makeRng } from '../../sim/random/rng.ts';
import { TINY_RATES, TINY_TRANSIT, type TinyInput } from './tiny.ts';

export interface RandomOptions {
  backorder?: boolean;
  replenishment?: boolean;
}

/**
 * A scenario text and data set drawn from `seed`: 2–5 nodes (some with active windows),
 * 3–8 skus, 20–80 orders over two weeks.
 */
export function randomTiny(seed: number, opts: RandomOptions = {}): TinyInput {
  const rng = makeRng(`random-scenario-${seed}`);
  const pick = <T>(xs: readonly T[]) => xs[rng.int(xs.length)]!;
  const nodeCount = 2 + rng.int(4);
  const skuCount = 3 + rng.int(6);
  const nodes = [
    'node_id,type,lat,lon,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy,active_from,active_to',
  ];
  // active windows from the seed alone (no draws, so the rest of the data set stays the same):
  // on some seeds N1 closes after Friday 10 July, N2 opens on Saturday 11 July
  const windowOf = (n: number) =>
    n === 1 && seed % 3 === 1 ? ',2026-07-10' : n === 2 && seed % 3 === 2 ? '2026-07-11,' : ',';
  for (let n = 0; n < nodeCount; n++) {
    const type = n === 0 ? 'warehouse' : pick(['store', 'store', '3pl', 'warehouse']);
    nodes.push(
      [
        `N${n}`,
        type,
        (30 + rng.next() * 15).toFixed(3),
        (-120 + rng.next() * 45).toFixed(3),
        pick(['America/New_York', 'America/Chicago', 'America/Los_Angeles']),
        pick(['12:00', '14:00', '16:30']),
        pick(['Mon-Fri', 'Mon-Sat', 'daily']),
        rng.next() < 0.5 ? 1 + rng.int(4) : '',
        (2 + rng.next() * 5).toFixed(2),
        rng.next().toFixed(2),
        (0.6 + rng.next() * 0.4).toFixed(2),
        windowOf(n),
      ].join(','),
    );
  }
  const skus = ['sku,weight_lb,length_in,width_in,height_in'];
  for (let s = 0; s < skuCount; s++)
    skus.push(`K${s},${(0.2 + rng.next() * 8).toFixed(2)},${rng.int(20)},${rng.int(15)},${rng.int(10)}`);
  const inventory = ['node_id,sku,on_hand'];
  for (let n = 0; n < nodeCount; n++)
    for (let s = 0; s < skuCount; s++) if (rng.next() < 0.7) inventory.push(`N${n},K${s},${rng.int(6)}`);
  const receipts = ['node_id,sku,quantity,arrives_at'];
  for (let i = 0; i < rng.int(5); i++)
    receipts.push(
      `N${rng.int(nodeCount)},K${rng.int(skuCount)},${1 + rng.int(5)},2026-07-${String(6 + rng.int(14)).padStart(2, '0')}`,
    );
  const orders = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon,ship_service'];
  const orderCount = 20 + rng.int(61);
  for (let o = 0; o < orderCount; o++) {
    const day = 6 + rng.int(14);
    const at = `2026-07-${String(day).padStart(2, '0')}T${String(rng.int(24)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00-05:00`;
    const lat = (27 + rng.next() * 20).toFixed(3),
      lon = (-122 + rng.next() * 50).toFixed(3);
    const service = rng.next() < 0.2 ? 'expedited' : 'standard';
    const lines = 1 + rng.int(3);
    for (let l = 0; l < lines; l++)
      orders.push(
        `O${String(o).padStart(3, '0')},${at},K${rng.int(skuCount)},${1 + rng.int(3)},${lat},${lon},${service}`,
      );
  }
  const extra = [
    opts.backorder ? 'backorder: { max_wait_days: 4 }' : '',
    opts.replenishment ? 'replenishment: { every_days: 3, lead_time_days: 2 }' : '',
  ]
    .filter(Boolean)
    .join('\n');
  const scenario = `name: random-${seed}
data: .
period: { start: 2026-07-06, end: 2026-07-19 }
timezone: America/Chicago
seed: ${seed}
shipping:
  model: rate-card
  dim_divisor: 139
  fuel_surcharge_pct: 12.5
  residential_surcharge: 2
  transit_delay: { probability: 0.2, days: 2 }
promise:
  delivery_business_days: { standard: 5, expedited: 2 }
costs: { manual_touch: 4, cancellation_per_order: 6, cancellation_per_unit: 1 }
${extra}
policies:
  - name: warehouse-only
    node: N0
  - name: closest-with-stock
  - name: fewest-packages
  - name: cheapest
  - name: local
    use: store-for-local
    radius_miles: 400
    review: { rules: [{ store_stock_within: 1 }], delay_hours: 5 }
  - name: batched
    use: fewest-packages
    cadence: { batch_minutes: 45 }
    split: { max_packages: 2 }
`;
  return {
    scenario,
    nodes: nodes.join('\n') + '\n',
    skus: skus.join('\n') + '\n',
    inventory: inventory.join('\n') + '\n',
    receipts: receipts.join('\n') + '\n',
    orders: orders.join('\n') + '\n',
    rates: TINY_RATES,
    transit: TINY_TRANSIT,
  };
}

/** What `randomRun` drew, for naming a failure. */
export interface RandomRunShape {
  seed: number;
  nodes: number;
  policies: number;
  days: number;
  stock: 'empty' | 'full';
  destinations: 'lat/lon' | 'ZIP';
  lines: 'one' | 'many';
  orders: number;
}

/** Real ZIPs across the US (New York, Columbus, Beverly Hills, Chicago, Atlanta, Seattle, Dallas, Boston, Miami, Denver). */
const ZIPS = ['10001', '43215', '90210', '60601', '30303', '98101', '75201', '02108', '33131', '80202'];
const TIMEZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
/** Entries a random scenario draws its policies from (the first is always the baseline). */
const ENTRIES = [
  '  - name: warehouse-only\n    node: N00\n',
  '  - name: closest-with-stock\n',
  '  - name: fewest-packages\n',
  '  - name: cheapest\n',
  '  - name: local\n    use: store-for-local\n    radius_miles: 300\n',
  '  - name: batched\n    use: fewest-packages\n    cadence: { batch_minutes: 60 }\n',
  '  - name: two-packages\n    use: closest-with-stock\n    split: { max_packages: 2 }\n',
  '  - name: reviewed\n    use: closest-with-stock\n    review: { rules: [{ store_stock_within: 1 }], delay_hours: 4 }\n',
];

/**
 * A whole scenario folder drawn from `seed`, for end-to-end runs: 1–40 nodes, 1–8 policies, 1–120 days from Monday 6 July 2026, empty or full stock,
 * lat/lon or ZIP destinations, one line per order or up to four. Files by name. `fix`
 * sets some of the counts (the extremes), the rest still drawn from the seed.
 */
export function randomRun(
  seed: number,
  fix: Partial<Pick<RandomRunShape, 'nodes' | 'policies' | 'days'>> = {},
): { files: Record<string, string>; shape: RandomRunShape } {
  const rng = makeRng(`random-run-${seed}`);
  const pick = <T>(xs: readonly T[]) => xs[rng.int(xs.length)]!;
  const nodeCount = fix.nodes ?? 1 + rng.int(40);
  const policyCount = fix.policies ?? 1 + rng.int(8);
  const days = fix.days ?? 1 + rng.int(120);
  const stock = rng.next() < 0.25 ? 'empty' : 'full';
  const destinations = rng.next() < 0.5 ? 'lat/lon' : 'ZIP';
  const lines = rng.next() < 0.5 ? 'one' : 'many';
  const skuCount = 1 + rng.int(6);
  const ids = Array.from({ length: nodeCount }, (_, n) => `N${String(n).padStart(2, '0')}`);
  const nodes = [
    'node_id,type,lat,lon,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy',
  ];
  ids.forEach((id, n) =>
    nodes.push(
      [
        id,
        n === 0 ? 'warehouse' : pick(['store', 'store', '3pl', 'warehouse']),
        (30 + rng.next() * 15).toFixed(3),
        (-120 + rng.next() * 45).toFixed(3),
        pick(TIMEZONES),
        pick(['12:00', '14:00', '16:30']),
        pick(['Mon-Fri', 'Mon-Sat', 'daily']),
        rng.next() < 0.3 ? 2 + rng.int(20) : '',
        (2 + rng.next() * 5).toFixed(2),
        rng.next().toFixed(2),
        (0.7 + rng.next() * 0.3).toFixed(2),
      ].join(','),
    ),
  );
  const skus = ['sku,weight_lb,length_in,width_in,height_in'];
  for (let s = 0; s < skuCount; s++)
    skus.push(`K${s},${(0.2 + rng.next() * 4).toFixed(2)},${4 + rng.int(12)},${3 + rng.int(10)},${2 + rng.int(8)}`);
  const inventory = ['node_id,sku,on_hand'];
  if (stock === 'full')
    for (const id of ids) for (let s = 0; s < skuCount; s++) inventory.push(`${id},K${s},${5 + rng.int(60)}`);
  const start = Date.UTC(2026, 6, 6);
  const dayText = (d: number) => new Date(start + d * 86_400_000).toISOString().slice(0, 10);
  const orders = [
    `order_id,placed_at,sku,quantity,${destinations === 'ZIP' ? 'customer_zip' : 'customer_lat,customer_lon'},ship_service`,
  ];
  let count = 0;
  for (let d = 0; d < days; d++) {
    const today = 1 + rng.int(4);
    for (let k = 0; k < today; k++) {
      const id = `O${String(count++).padStart(5, '0')}`;
      const at = `${dayText(d)}T${String(6 + rng.int(16)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00-05:00`;
      const where =
        destinations === 'ZIP'
          ? pick(ZIPS)
          : `${(27 + rng.next() * 20).toFixed(3)},${(-122 + rng.next() * 50).toFixed(3)}`;
      const service = rng.next() < 0.2 ? 'expedited' : 'standard';
      const n = lines === 'one' ? 1 : 1 + rng.int(4);
      for (let l = 0; l < n; l++)
        orders.push(`${id},${at},K${(l + rng.int(skuCount)) % skuCount},${1 + rng.int(3)},${where},${service}`);
    }
  }
  const entries = [
    ENTRIES[0]!,
    ...ENTRIES.slice(1)
      .map((e) => ({ e, k: rng.next() }))
      .sort((a, b) => a.k - b.k)
      .slice(0, policyCount - 1)
      .map((x) => x.e),
  ];
  const scenario = `name: random-run-${seed}
data: .
period: { start: ${dayText(0)}, end: ${dayText(days - 1)} }
timezone: America/Chicago
seed: ${seed}
shipping:
  model: rate-card
  dim_divisor: 139
  fuel_surcharge_pct: 12.5
  residential_surcharge: 2
promise:
  delivery_business_days: { standard: 5, expedited: 2 }
costs: { manual_touch: 4, cancellation_per_order: 6, cancellation_per_unit: 1 }
policies:
${entries.join('')}baseline: warehouse-only
`;
  return {
    files: {
      'scenario.yaml': scenario,
      'nodes.csv': `${nodes.join('\n')}\n`,
      'skus.csv': `${skus.join('\n')}\n`,
      'inventory.csv': `${inventory.join('\n')}\n`,
      'orders.csv': `${orders.join('\n')}\n`,
      'rate_card.csv': TINY_RATES,
      'transit.csv': TINY_TRANSIT,
    },
    shape: { seed, nodes: nodeCount, policies: policyCount, days, stock, destinations, lines, orders: count },
  };
}
