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
  const nodes = ['node_id,type,lat,lon,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy,active_from,active_to'];
  // active windows from the seed alone (no draws, so the rest of the data set stays the same):
  // on some seeds N1 closes after Friday 10 July, N2 opens on Saturday 11 July
  const windowOf = (n: number) => (n === 1 && seed % 3 === 1 ? ',2026-07-10' : n === 2 && seed % 3 === 2 ? '2026-07-11,' : ',');
  for (let n = 0; n < nodeCount; n++) {
    const type = n === 0 ? 'warehouse' : pick(['store', 'store', '3pl', 'warehouse']);
    nodes.push([
      `N${n}`, type, (30 + rng.next() * 15).toFixed(3), (-120 + rng.next() * 45).toFixed(3),
      pick(['America/New_York', 'America/Chicago', 'America/Los_Angeles']), pick(['12:00', '14:00', '16:30']),
      pick(['Mon-Fri', 'Mon-Sat', 'daily']), rng.next() < 0.5 ? 1 + rng.int(4) : '', (2 + rng.next() * 5).toFixed(2),
      (rng.next()).toFixed(2), (0.6 + rng.next() * 0.4).toFixed(2), windowOf(n),
    ].join(','));
  }
  const skus = ['sku,weight_lb,length_in,width_in,height_in'];
  for (let s = 0; s < skuCount; s++) skus.push(`K${s},${(0.2 + rng.next() * 8).toFixed(2)},${rng.int(20)},${rng.int(15)},${rng.int(10)}`);
  const inventory = ['node_id,sku,on_hand'];
  for (let n = 0; n < nodeCount; n++) for (let s = 0; s < skuCount; s++) if (rng.next() < 0.7) inventory.push(`N${n},K${s},${rng.int(6)}`);
  const receipts = ['node_id,sku,quantity,arrives_at'];
  for (let i = 0; i < rng.int(5); i++) receipts.push(`N${rng.int(nodeCount)},K${rng.int(skuCount)},${1 + rng.int(5)},2026-07-${String(6 + rng.int(14)).padStart(2, '0')}`);
  const orders = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon,ship_service'];
  const orderCount = 20 + rng.int(61);
  for (let o = 0; o < orderCount; o++) {
    const day = 6 + rng.int(14);
    const at = `2026-07-${String(day).padStart(2, '0')}T${String(rng.int(24)).padStart(2, '0')}:${String(rng.int(60)).padStart(2, '0')}:00-05:00`;
    const lat = (27 + rng.next() * 20).toFixed(3), lon = (-122 + rng.next() * 50).toFixed(3);
    const service = rng.next() < 0.2 ? 'expedited' : 'standard';
    const lines = 1 + rng.int(3);
    for (let l = 0; l < lines; l++) orders.push(`O${String(o).padStart(3, '0')},${at},K${rng.int(skuCount)},${1 + rng.int(3)},${lat},${lon},${service}`);
  }
  const extra = [
    opts.backorder ? 'backorder: { max_wait_days: 4 }' : '',
    opts.replenishment ? 'replenishment: { every_days: 3, lead_time_days: 2 }' : '',
  ].filter(Boolean).join('\n');
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
  return { scenario, nodes: nodes.join('\n') + '\n', skus: skus.join('\n') + '\n', inventory: inventory.join('\n') + '\n', receipts: receipts.join('\n') + '\n', orders: orders.join('\n') + '\n', rates: TINY_RATES, transit: TINY_TRANSIT };
}
