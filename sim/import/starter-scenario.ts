/** A first scenario for an imported data set, so `routelab run <folder>` works straight away. */
import { tzOffsetMinutes } from '../time/zone.ts';
import { parseIsoDate, MS_PER_DAY } from '../time/calendar.ts';

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
}

/** scenario.yaml text for an imported folder (data: .), with the three starting policies. */
export function starterScenario(o: StarterOptions): string {
  const policies = [
    ...(o.warehouse ? [`  - name: warehouse-only\n    node: ${o.warehouse}`] : []),
    '  - name: closest-with-stock',
    '  - name: fewest-packages',
  ];
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

policies:
${policies.join('\n')}
baseline: ${o.warehouse ? 'warehouse-only' : 'closest-with-stock'}
`;
}
