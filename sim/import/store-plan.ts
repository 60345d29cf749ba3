/**
 * The owner's question in a starter scenario: "if a store ships the orders near it, what
 * happens?". From the imported nodes and orders: the radius stores ship within, and the one
 * store to pilot it on.
 *
 * - Radius: among the orders within LOCAL_MILES (150 miles, the edge of ground zone 2) of
 *   their nearest store, the distance of the median one, rounded up to a multiple of
 *   RADIUS_STEP (25) miles: half the local orders fall inside it. With no order that close,
 *   the store-for-local default of 100 miles.
 * - Pilot store: the store with the most orders within that radius (ties: node id); its
 *   cohort is the states those orders ship to.
 */
import { haversineMiles } from '../geo/distance.ts';
import { locateZip, stateOfZip } from '../geo/zip.ts';
import { US_STATE_CODES } from '../geo/timezones.ts';
import type { DataRows } from '../parse/types.ts';

const STATES = new Set(US_STATE_CODES);

/** Orders farther than this from every store are not local to any (ground zone 2 ends at 150 miles). */
export const LOCAL_MILES = 150;
/** The radius is rounded up to a multiple of this many miles. */
export const RADIUS_STEP = 25;
/** The radius when no order is local to a store (store-for-local's default). */
export const DEFAULT_RADIUS = 100;

export interface StorePlan {
  radiusMiles: number;
  /** Orders within LOCAL_MILES of a store, and within the radius of one. */
  localOrders: number;
  withinRadius: number;
  /** Orders with a known destination. */
  orders: number;
  /** The store to pilot on, its orders within the radius and the states they ship to. */
  pilot: { nodeId: string; name: string; orders: number; states: string[] };
}

const coords = (p: { lat?: number; lon?: number; zip5?: string }) =>
  p.lat !== undefined && p.lon !== undefined ? { lat: p.lat, lon: p.lon } : p.zip5 ? locateZip(p.zip5) : null;

/**
 * The radius and pilot store for a data set with stores; `undefined` without a store that
 * can be located. Each order counts once, at its first line's destination.
 * @example storePlan(rows)?.pilot.nodeId // 'BROOKLYN-STORE'
 */
export function storePlan(rows: Pick<DataRows, 'nodes' | 'orders'>): StorePlan | undefined {
  const stores = rows.nodes
    .filter((n) => n.type === 'store')
    .map((n) => ({ node: n, at: coords(n) }))
    .filter((s): s is { node: (typeof rows.nodes)[number]; at: { lat: number; lon: number } } => s.at !== null)
    .sort((a, b) => (a.node.nodeId < b.node.nodeId ? -1 : a.node.nodeId > b.node.nodeId ? 1 : 0));
  if (stores.length === 0) return undefined;
  const seen = new Set<string>();
  const dests: { miles: number[]; state: string }[] = [];
  for (const o of rows.orders) {
    if (seen.has(o.orderId)) continue;
    seen.add(o.orderId);
    const at = coords(o);
    if (!at) continue;
    dests.push({
      miles: stores.map((s) => haversineMiles(s.at.lat, s.at.lon, at.lat, at.lon)),
      state: [o.zip5 ? stateOfZip(o.zip5) : '', o.state?.toUpperCase() ?? ''].find((c) => STATES.has(c)) ?? '',
    });
  }
  const nearest = dests.map((d) => Math.min(...d.miles)).filter((m) => m <= LOCAL_MILES);
  nearest.sort((a, b) => a - b);
  const median = nearest.length ? nearest[Math.floor((nearest.length - 1) / 2)]! : undefined;
  const radiusMiles =
    median === undefined ? DEFAULT_RADIUS : Math.max(RADIUS_STEP, Math.ceil(median / RADIUS_STEP) * RADIUS_STEP);
  const counts = stores.map((_, i) => dests.filter((d) => d.miles[i]! <= radiusMiles).length);
  let best = 0;
  counts.forEach((c, i) => {
    if (c > counts[best]!) best = i;
  });
  const states = [
    ...new Set(dests.filter((d) => d.miles[best]! <= radiusMiles && d.state !== '').map((d) => d.state)),
  ].sort();
  return {
    radiusMiles,
    localOrders: nearest.length,
    withinRadius: dests.filter((d) => Math.min(...d.miles) <= radiusMiles).length,
    orders: dests.length,
    pilot: {
      nodeId: stores[best]!.node.nodeId,
      name: stores[best]!.node.name || stores[best]!.node.nodeId,
      orders: counts[best]!,
      states,
    },
  };
}
