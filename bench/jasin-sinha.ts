/**
 * The warm-up network of Jasin & Sinha (2015, "An LP-based correlated rounding scheme for
 * multi-item ecommerce order fulfillment", Operations Research 63(6)) as RouteLab data files
 * in memory: 10 US metro regions, 5 fulfillment centers, 20 skus, orders of 1–5 distinct
 * skus; each FC carries each sku with probability 0.75; stock covers the demand that would
 * route to the nearest carrying FC plus 0.5·√ of it; a package costs $8.759, a unit
 * $0.423 + $0.000541 per mile. Used by bench/lp-network.ts and bench/research-network.ts.
 *
 * Arrival probabilities are proportional to the metros' populations (US Census Bureau,
 * 2020 Census, metropolitan statistical areas; one metro per state, since a region is a
 * state: Houston, 7,122,240, is left out for Dallas–Fort Worth).
 */
import type { DataFiles } from '../sim/pipeline/index.ts';
import { benchFiles } from './data-files.ts';
import { makeRng, type Rng } from '../sim/random/rng.ts';

/** 2020 Census MSA populations; coordinates of the principal city's center. */
export const METROS = [
  { name: 'New York', state: 'NY', pop: 20_140_470, lat: 40.7128, lon: -74.006 },
  { name: 'Los Angeles', state: 'CA', pop: 13_200_998, lat: 34.0522, lon: -118.2437 },
  { name: 'Chicago', state: 'IL', pop: 9_618_502, lat: 41.8781, lon: -87.6298 },
  { name: 'Dallas–Fort Worth', state: 'TX', pop: 7_637_387, lat: 32.7767, lon: -96.797 },
  { name: 'Washington', state: 'DC', pop: 6_385_162, lat: 38.9072, lon: -77.0369 },
  { name: 'Philadelphia', state: 'PA', pop: 6_245_051, lat: 39.9526, lon: -75.1652 },
  { name: 'Miami', state: 'FL', pop: 6_138_333, lat: 25.7617, lon: -80.1918 },
  { name: 'Atlanta', state: 'GA', pop: 6_089_815, lat: 33.749, lon: -84.388 },
  { name: 'Boston', state: 'MA', pop: 4_941_632, lat: 42.3601, lon: -71.0589 },
  { name: 'Phoenix', state: 'AZ', pop: 4_845_832, lat: 33.4484, lon: -112.074 },
];
/** Five FCs spread over the country (common distribution hubs). */
export const FCS = [
  { id: 'FC-ALLENTOWN', lat: 40.6023, lon: -75.4714 },
  { id: 'FC-JOLIET', lat: 41.525, lon: -88.0817 },
  { id: 'FC-DALLAS', lat: 32.8998, lon: -97.0403 },
  { id: 'FC-RIVERSIDE', lat: 33.9533, lon: -117.3962 },
  { id: 'FC-JACKSONVILLE', lat: 30.3322, lon: -81.6557 },
];
export const SKUS = 20;
export const PER_PACKAGE = 8.759,
  PER_UNIT = 0.423,
  PER_UNIT_MILE = 0.000541;

/** The sku id of sku s (S00 … S19). */
export const skuId = (s: number) => `S${String(s).padStart(2, '0')}`;

/** An index drawn with probability proportional to `weights`. */
export const pick = (rng: Rng, weights: readonly number[]) => {
  let x = rng.next() * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < weights.length; k++) if ((x -= weights[k]!) < 0) return k;
  return weights.length - 1;
};

/** Great-circle miles from a metro to an FC. */
export const miles = (m: (typeof METROS)[number], f: (typeof FCS)[number]) => {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((f.lat - m.lat) * rad) / 2) ** 2 +
    Math.cos(m.lat * rad) * Math.cos(f.lat * rad) * Math.sin(((f.lon - m.lon) * rad) / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.sqrt(a));
};

/** Day k of the network's period (2026-07-06 + k), YYYY-MM-DD. */
export const networkDay = (k: number) => new Date(Date.UTC(2026, 6, 6 + k)).toISOString().slice(0, 10);

/** The scenario.yaml text of the network over `days` days (linear shipping at the paper's costs), with these policy entries (each the text after `- `). */
export function networkScenario(
  days: number,
  policies: readonly string[] = ['name: closest-with-stock'],
  name = 'lp-network',
): string {
  return `name: ${name}
data: .
period: { start: 2026-07-06, end: ${networkDay(days - 1)} }
timezone: America/New_York
seed: 1
shipping: { model: linear, per_package: ${PER_PACKAGE}, per_unit: ${PER_UNIT}, per_unit_mile: ${PER_UNIT_MILE} }
promise: { delivery_business_days: { standard: 5 } }
costs: { manual_touch: 0, cancellation_per_order: 0, cancellation_per_unit: 0 }
policies:
${policies.map((p) => `  - ${p}\n`).join('')}`;
}

export interface NetworkOptions {
  /** Seed of the instance's draws. */
  seed: string;
  /** Orders in each sequence (one sequence is one day). */
  orders: number;
  /** Sequences (days). */
  sequences: number;
  /** Order types (sku sets of 1–5 skus) drawn for the instance. */
  types: number;
  /** Orders whose expected demand the stock covers (default `orders`: one sequence). */
  stockFor?: number;
}

export interface Network {
  files: DataFiles;
  /** The order types, sku indices ascending. */
  types: number[][];
  /** carried[n][s]: FC n carries sku s. */
  carried: boolean[][];
  /** Sum of the metros' populations. */
  popTotal: number;
}

/** One instance of the network: carried skus, order types, stock, and every sequence's orders as data files. */
export function buildNetwork({ seed, orders: T, sequences, types: TYPES, stockFor = T }: NetworkOptions): Network {
  const rng = makeRng(seed);
  const N = FCS.length;
  const carried = Array.from({ length: N }, () => Array.from({ length: SKUS }, () => rng.next() < 0.75));
  for (let s = 0; s < SKUS; s++) if (!carried.some((c) => c[s])) carried[rng.int(N)]![s] = true;
  const types = Array.from({ length: TYPES }, () => {
    const size = 1 + rng.int(5);
    const all = Array.from({ length: SKUS }, (_, s) => s);
    for (let k = 0; k < size; k++) {
      const j = k + rng.int(SKUS - k);
      [all[k], all[j]] = [all[j]!, all[k]!];
    }
    return all.slice(0, size).sort((a, b) => a - b);
  });
  const popTotal = METROS.reduce((a, m) => a + m.pop, 0);
  // stock: expected units routed to each sku's nearest carrying FC, + 0.5 √
  const demand = Array.from({ length: N }, () => new Float64Array(SKUS));
  for (const m of METROS)
    for (const t of types)
      for (const s of t) {
        const near = FCS.map((f, n) => ({ n, d: miles(m, f) }))
          .filter(({ n }) => carried[n]![s])
          .sort((a, b) => a.d - b.d)[0]!.n;
        demand[near]![s]! += (stockFor * m.pop) / popTotal / TYPES;
      }
  const inventory = ['node_id,sku,on_hand'];
  FCS.forEach((f, n) => {
    for (let s = 0; s < SKUS; s++)
      if (carried[n]![s])
        inventory.push(`${f.id},${skuId(s)},${Math.round(demand[n]![s]! + 0.5 * Math.sqrt(demand[n]![s]!))}`);
  });
  const weights = METROS.map((x) => x.pop);
  const lines = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon,customer_state'];
  for (let k = 0; k < sequences; k++) {
    const seq = rng.fork(`sequence/${k}`);
    const day = networkDay(k);
    for (let o = 0; o < T; o++) {
      const m = METROS[pick(seq, weights)]!;
      const t = types[seq.int(TYPES)]!;
      const sec = Math.floor((o * 80_000) / T);
      const at = `${day}T${String(Math.floor(sec / 3600)).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}-04:00`;
      for (const s of t)
        lines.push(`Q${k}-${String(o).padStart(5, '0')},${at},${skuId(s)},1,${m.lat},${m.lon},${m.state}`);
    }
  }
  const files = benchFiles({
    orders: lines,
    skus: Array.from({ length: SKUS }, (_, s) => skuId(s)),
    nodes: FCS,
    pick: [0, 0],
    inventory,
  });
  return { files, types, carried, popTotal };
}
