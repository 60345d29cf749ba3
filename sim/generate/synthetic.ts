/**
 * Seeded synthetic data sets in the canonical format: arrivals with a weekday shape,
 * seasonality and a late-November peak; long-tailed sku popularity; baskets mostly of 1–2
 * lines; destinations weighted by state population; sku attributes; nodes and starting
 * stock. Same options and seed ⇒ the same bytes.
 */
import { STATE_POPULATION_M } from './population.ts';
import { illustrativeRateCard, illustrativeTransit } from './rate-card.ts';
import { cumulative, logNormal, pickWeighted, poisson } from './sampling.ts';
import { allZips } from '../geo/zip.ts';
import { makeRng, type Rng } from '../random/rng.ts';
import { toDataCSV } from '../format/csv-write.ts';
import { epochDay, formatEpochDay, MS_PER_DAY, parseIsoDate, weekday } from '../time/calendar.ts';
import { localTimeToUtc, tzOffsetMinutes } from '../time/zone.ts';

export interface SyntheticNode {
  node_id: string;
  type: 'warehouse' | 'store' | '3pl';
  name: string;
  zip: string;
  timezone: string;
  cutoff: string;
  ship_days: string;
  daily_order_capacity?: number;
  pick_cost_per_order: number;
  pick_cost_per_extra_unit: number;
  inventory_accuracy: number;
  /** Share of skus carried, most popular first (1 = all). */
  carries: number;
  /** Starting stock as days of expected demand (warehouses), or a unit range (stores). */
  stock: { daysOfCover: [number, number] } | { units: [number, number] };
  /** Share of carried skus that start out of stock. */
  stockoutShare: number;
}

export interface SyntheticOptions {
  seed: string | number;
  /** First day, YYYY-MM-DD. */
  start: string;
  days: number;
  ordersPerDay: number;
  skuCount: number;
  nodes: SyntheticNode[];
  /** Time zone of the storefront (order timestamps are written with its offset). */
  timezone: string;
  expeditedShare: number;
  vipShare: number;
}

const CATEGORIES = [
  { name: 'apparel', share: 0.35, weightLb: 0.7, dims: [10, 8, 2], price: 38, fragile: 0, oversize: 0 },
  { name: 'accessories', share: 0.2, weightLb: 0.4, dims: [6, 4, 2], price: 28, fragile: 0.02, oversize: 0 },
  { name: 'home', share: 0.2, weightLb: 2.5, dims: [12, 9, 6], price: 54, fragile: 0.25, oversize: 0.02 },
  { name: 'beauty', share: 0.15, weightLb: 0.5, dims: [5, 3, 3], price: 24, fragile: 0.1, oversize: 0 },
  { name: 'outdoor', share: 0.1, weightLb: 4, dims: [16, 10, 6], price: 89, fragile: 0, oversize: 0.15 },
] as const;

/** Relative order volume by weekday (Sun..Sat). */
const WEEKDAY_SHAPE = [0.95, 1.12, 1.08, 1.02, 1.0, 0.95, 0.88];
/** Relative order volume by local hour. */
const HOUR_SHAPE = [
  0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.2, 1.3, 1.4, 1.3, 1.2, 1.1, 1.1, 1.2, 1.4, 1.6, 1.7, 1.5, 1.0,
  0.6,
];
const LINES_PER_ORDER = [0.62, 0.25, 0.09, 0.04];
const UNITS_PER_LINE = [0.86, 0.11, 0.03];

/**
 * Demand multiplier for a calendar day: a gentle yearly cycle (higher in Q4, lower in
 * late summer) and a peak from the Monday before Thanksgiving week through mid-December.
 */
export function seasonality(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  const dayOfYear = (day - epochDay(d.getUTCFullYear(), 1, 1)) / 365;
  let f = 1 + 0.12 * Math.cos(2 * Math.PI * (dayOfYear - 0.92));
  const m = d.getUTCMonth() + 1,
    dom = d.getUTCDate();
  if ((m === 11 && dom >= 20) || (m === 12 && dom <= 15)) f *= 1.9;
  return f;
}

function isoWithOffset(utc: number, tz: string): string {
  const off = tzOffsetMinutes(utc, tz);
  const local = new Date(utc + off * 60_000).toISOString().slice(0, 19);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${local}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

const round2 = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

interface Sku {
  id: string;
  category: (typeof CATEGORIES)[number];
  weight: number;
  dims: [number, number, number];
  price: number;
  cost: number;
  fragile: boolean;
  oversize: boolean;
}

function makeSkus(rng: Rng, n: number): Sku[] {
  const catCum = cumulative(CATEGORIES.map((c) => c.share));
  return Array.from({ length: n }, (_, i) => {
    const category = CATEGORIES[pickWeighted(rng, catCum)]!;
    const scale = logNormal(rng, 1, 0.35);
    const price = Math.max(6, logNormal(rng, category.price, 0.4));
    return {
      id: `SKU-${String(i + 1).padStart(4, '0')}`,
      category,
      weight: Math.max(0.1, category.weightLb * scale),
      dims: category.dims.map((d) => Math.max(1, Math.round(d * Math.cbrt(scale) * 10) / 10)) as [
        number,
        number,
        number,
      ],
      price,
      cost: price * (0.35 + 0.25 * rng.next()),
      fragile: rng.next() < category.fragile,
      oversize: rng.next() < category.oversize,
    };
  });
}

/**
 * Generates the canonical files of a synthetic data set (what `routelab generate` writes),
 * the same for the same options and seed.
 * @returns file name → text (orders.csv, skus.csv, nodes.csv, inventory.csv, receipts.csv, rate_card.csv, transit.csv)
 * @example
 * const files = generateDataset({ ...DATA_PRESETS['three-location'], seed: 'demo', start: '2026-07-06', days: 28 });
 * files['orders.csv'].split('\n').length; // one line per order line, plus the header
 */
export function generateDataset(opts: SyntheticOptions): Record<string, string> {
  const rng = makeRng(opts.seed);
  const skuRng = rng.fork('skus'),
    orderRng = rng.fork('orders'),
    stockRng = rng.fork('stock');
  const skus = makeSkus(skuRng, opts.skuCount);
  const popularity = skus.map((_, i) => 1 / Math.pow(i + 1, 0.85));
  const popCum = cumulative(popularity);
  const popTotal = popCum[popCum.length - 1]!;

  // destinations: a state by population, then a ZIP of that state
  const zipsByState = new Map<string, string[]>();
  for (const z of allZips())
    if (STATE_POPULATION_M[z.state] !== undefined) {
      let list = zipsByState.get(z.state);
      if (!list) zipsByState.set(z.state, (list = []));
      list.push(z.zip5);
    }
  const states = Object.keys(STATE_POPULATION_M)
    .filter((s) => zipsByState.has(s))
    .sort();
  const stateCum = cumulative(states.map((s) => STATE_POPULATION_M[s]!));
  const hourCum = cumulative(HOUR_SHAPE);
  const linesCum = cumulative(LINES_PER_ORDER),
    unitsCum = cumulative(UNITS_PER_LINE);

  const start = parseIsoDate(opts.start);
  if (start === null) throw new RangeError(`start must be YYYY-MM-DD, got ${opts.start}`);
  const orderRows: (string | number)[][] = [];
  let seq = 100000;
  let totalUnits = 0;
  for (let d = 0; d < opts.days; d++) {
    const day = start + d;
    const n = poisson(
      orderRng,
      (opts.ordersPerDay * WEEKDAY_SHAPE[weekday(day)]! * seasonality(day)) / seasonality(start),
    );
    const times: number[] = [];
    for (let k = 0; k < n; k++) {
      const minutes = pickWeighted(orderRng, hourCum) * 60 + orderRng.next() * 60;
      times.push(localTimeToUtc(day, Math.floor(minutes), opts.timezone) + Math.floor(orderRng.next() * 60) * 1000);
    }
    times.sort((a, b) => a - b);
    for (const utc of times) {
      const id = `R${++seq}`;
      const state = states[pickWeighted(orderRng, stateCum)]!;
      const zips = zipsByState.get(state)!;
      const zip = zips[orderRng.int(zips.length)]!;
      const service = orderRng.next() < opts.expeditedShare ? 'expedited' : 'standard';
      const tags = orderRng.next() < opts.vipShare ? 'vip' : '';
      const lines = pickWeighted(orderRng, linesCum) + 1;
      const used = new Set<number>();
      for (let l = 0; l < lines; l++) {
        let s = pickWeighted(orderRng, popCum);
        for (let tries = 0; used.has(s) && tries < 10; tries++) s = pickWeighted(orderRng, popCum);
        if (used.has(s)) continue;
        used.add(s);
        const q = pickWeighted(orderRng, unitsCum) + 1;
        totalUnits += q;
        orderRows.push([
          id,
          isoWithOffset(utc, opts.timezone),
          skus[s]!.id,
          q,
          zip,
          state,
          service,
          round2(skus[s]!.price),
          tags,
        ]);
      }
    }
  }

  // starting stock: warehouses hold days of cover, stores a few units of their best sellers
  const unitsPerDay = totalUnits / opts.days;
  const invRows: (string | number)[][] = [];
  const receiptRows: (string | number)[][] = [];
  for (const node of opts.nodes) {
    const carried = Math.round(skus.length * node.carries);
    for (let i = 0; i < carried; i++) {
      const demand = (unitsPerDay * popularity[i]!) / popTotal;
      let units: number;
      if ('daysOfCover' in node.stock) {
        const [lo, hi] = node.stock.daysOfCover;
        units = Math.ceil(demand * (lo + (hi - lo) * stockRng.next()));
      } else {
        const [lo, hi] = node.stock.units;
        units = lo + stockRng.int(hi - lo + 1);
      }
      // some skus outside the top tenth start out of stock; at a warehouse a receipt brings them in later
      if (i >= skus.length / 10 && stockRng.next() < node.stockoutShare) {
        if (node.type === 'warehouse')
          receiptRows.push([
            node.node_id,
            skus[i]!.id,
            Math.max(units, 5),
            formatEpochDay(start + 10 + stockRng.int(Math.max(1, opts.days - 20))),
          ]);
        units = 0;
      }
      invRows.push([node.node_id, skus[i]!.id, units, formatEpochDay(start - 1)]);
    }
  }

  return {
    'orders.csv': toDataCSV(
      [
        'order_id',
        'placed_at',
        'sku',
        'quantity',
        'customer_zip',
        'customer_state',
        'ship_service',
        'unit_price',
        'tags',
      ],
      orderRows,
    ),
    'skus.csv': toDataCSV(
      [
        'sku',
        'name',
        'category',
        'weight_lb',
        'length_in',
        'width_in',
        'height_in',
        'unit_cost',
        'unit_price',
        'fragile',
        'oversize',
      ],
      skus.map((s) => [
        s.id,
        `${s.category.name} item ${s.id.slice(4)}`,
        s.category.name,
        s.weight.toFixed(2),
        ...s.dims.map((x) => x.toFixed(1)),
        round2(s.cost),
        round2(s.price),
        String(s.fragile),
        String(s.oversize),
      ]),
    ),
    'nodes.csv': toDataCSV(
      [
        'node_id',
        'type',
        'name',
        'zip',
        'timezone',
        'cutoff',
        'ship_days',
        'daily_order_capacity',
        'pick_cost_per_order',
        'pick_cost_per_extra_unit',
        'inventory_accuracy',
      ],
      opts.nodes.map((n) => [
        n.node_id,
        n.type,
        n.name,
        n.zip,
        n.timezone,
        n.cutoff,
        n.ship_days,
        n.daily_order_capacity ?? '',
        n.pick_cost_per_order.toFixed(2),
        n.pick_cost_per_extra_unit.toFixed(2),
        n.inventory_accuracy,
      ]),
    ),
    'inventory.csv': toDataCSV(['node_id', 'sku', 'on_hand', 'as_of'], invRows),
    'receipts.csv': toDataCSV(
      ['node_id', 'sku', 'quantity', 'arrives_at'],
      receiptRows.sort((a, b) => String(a[3]).localeCompare(String(b[3])) || String(a[1]).localeCompare(String(b[1]))),
    ),
    'rate_card.csv': illustrativeRateCard(),
    'transit.csv': illustrativeTransit(),
  };
}
