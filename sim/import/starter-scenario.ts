/** A first scenario for an imported data set, so `routelab run <folder>` works straight away. */
import { tzOffsetMinutes } from '../time/zone.ts';
import { parseIsoDate, MS_PER_DAY } from '../time/calendar.ts';
import { LOCAL_MILES, RADIUS_STEP, type StorePlan } from './store-plan.ts';

const CANDIDATE_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Phoenix',
];

/**
 * The US time zone whose UTC offset in the middle of the period matches most order
 * timestamps (`offsets`: offset in minutes → count). Falls back to New York.
 */
export function guessTimeZone(offsets: Map<number, number>, start: string, end: string): string {
  const a = parseIsoDate(start),
    b = parseIsoDate(end);
  if (a === null || b === null) return CANDIDATE_ZONES[0]!;
  const mid = Math.floor((a + b) / 2) * MS_PER_DAY + 12 * 3_600_000;
  let best = CANDIDATE_ZONES[0]!,
    bestCount = 0;
  for (const tz of CANDIDATE_ZONES) {
    const count = offsets.get(tzOffsetMinutes(mid, tz)) ?? 0;
    if (count > bestCount) {
      best = tz;
      bestCount = count;
    }
  }
  return best;
}

export interface StarterOptions {
  name: string;
  start: string;
  end: string;
  timezone: string;
  /** Where the time zone came from, for its CHECK comment (default: guessed from the offsets). */
  timezoneNote?: string;
  /** Node id of the warehouse shipping everything today, when there is one. */
  warehouse?: string;
  /** With stores: the radius they ship within and the store to pilot on (store-plan.ts). */
  stores?: StorePlan;
  /** Rebuild the start stock from today's count (`inventory: { start: rebuild }`). */
  rebuildStartStock?: boolean;
}

/** A policy entry name from a node id: `BROOKLYN-STORE` → `brooklyn-store`. */
const entryName = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The store-ships-local entries: every store within the radius, one store alone, and a pilot of it. */
function storeEntries(p: StorePlan, baseline: string): string[] {
  const one = entryName(p.pilot.nodeId);
  const cohort = p.pilot.states.length ? `{ states: [${p.pilot.states.join(', ')}] }` : '{}';
  return [
    `  # stores ship the orders within ${p.radiusMiles} miles of them (keeping their safety stock and daily
  # capacity); splits only when they save money. The radius, from your orders: ${p.localOrders} of ${p.orders} orders ${p.localOrders === 1 ? 'is' : 'are'}
  # within ${LOCAL_MILES} miles of a store; half of those (the median, rounded up to ${RADIUS_STEP} miles) are within
  # ${p.radiusMiles} miles: ${p.withinRadius} order${p.withinRadius === 1 ? '' : 's'} in all. CHECK: how far your stores can ship to cheaply.
  - name: store-for-local
    radius_miles: ${p.radiusMiles}`,
    `  # only ${p.pilot.name} ships local: the store with the most orders within ${p.radiusMiles} miles (${p.pilot.orders})
  - name: ${one}-local
    use: store-for-local
    stores: [${p.pilot.nodeId}]`,
    `  # a one-store pilot: ${p.pilot.name} ships local orders${p.pilot.states.length ? ` to ${p.pilot.states.join(', ')} (the states its local orders ship to)` : ''};
  # every other order ships as today. CHECK: add from: YYYY-MM-DD to the cohort to start it later
  - name: ${one}-pilot
    use: pilot
    policy: ${one}-local
    fallback: ${baseline}
    cohort: ${cohort}`,
  ];
}

/** A commented roi: block with every cost to fill in (all 0 until you do). */
function roiBlock(policy: string | undefined): string {
  return `
# What the change costs, for the ROI, payback and the verdict. CHECK: fill in your own
# figures and remove the leading "# " of the roi: lines below (until then every cost is 0).
# roi:
${policy ? `#   policy: ${policy}   # the policy decided on (default: the largest saving that keeps service)\n` : ''}#   horizon_months: 24
#   discount_rate_pct: 10
#   one_time: { setup: 0, implementation: 0, training: 0, store_readiness: 0 }   # dollars at month 0
#   monthly: { subscription: 0, store_labor: 0 }                                  # dollars a month
#   integration: unknown   # connector | custom-work | unknown: can the systems be connected without custom work?
`;
}

/**
 * scenario.yaml text for an imported folder (data: .): today's routing (the baseline), two
 * built-in alternatives and, with stores, store-ships-local, one store alone and a pilot of
 * it; a commented roi: block; `inventory: { start: rebuild }` when asked.
 */
export function starterScenario(o: StarterOptions): string {
  const baseline = o.warehouse ? 'warehouse-only' : 'closest-with-stock';
  const policies = [
    ...(o.warehouse
      ? [`  # today: everything ships from ${o.warehouse}\n  - name: warehouse-only\n    node: ${o.warehouse}`]
      : []),
    '  - name: closest-with-stock',
    '  - name: fewest-packages',
    ...(o.stores ? storeEntries(o.stores, baseline) : []),
  ];
  const inventory = o.rebuildStartStock
    ? `
# The inventory export is today's stock: the replay starts from it plus the units sold since
# the period start, taken from the node today's routing (the baseline) ships them from.
# See "Start stock" in import-report.md.
inventory: { start: rebuild }
`
    : '';
  return `# Written by routelab import. Check every setting marked CHECK before trusting results.
name: ${o.name}
data: .
period: { start: ${o.start}, end: ${o.end} }   # first and last order dates in the export
timezone: ${o.timezone}   # CHECK: ${o.timezoneNote ?? "guessed from the order timestamps' UTC offsets"}
seed: 1

shipping:
  model: rate-card
  rate_card: rate_card.csv   # CHECK: the bundled ILLUSTRATIVE rates; replace with your own
  transit: transit.csv
  illustrative: true
  dim_divisor: 139
  fuel_surcharge_pct: 21.75
  residential_surcharge: 3.00
  services:
    standard: [ILLUSTRATIVE/Ground]
    expedited: [ILLUSTRATIVE/Ground, ILLUSTRATIVE/2Day]

promise:
  ship_sla_business_days: 1
  delivery_business_days: { standard: 5, expedited: 2 }   # CHECK: what you promise customers

costs:
  manual_touch: 4.50            # CHECK: staff cost of handling one exception
  cancellation_per_order: 8.00  # CHECK: support contact and goodwill per cancelled order
${inventory}${roiBlock(o.stores ? `${entryName(o.stores.pilot.nodeId)}-pilot` : undefined)}
policies:
${policies.join('\n')}
baseline: ${baseline}
`;
}
