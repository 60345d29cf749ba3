/**
 * Numbers the report shows beyond the contract metrics, derived from a run's outcome
 * records and package log: cost parts per order, weekly metrics, node mix and utilization,
 * destinations by serving node, outcomes by segment, reasons, SKUs on cancelled orders.
 * Pure reductions; nothing here is rounded (the chart builders round).
 */
import { REASONS } from '../engine/reasons.ts';
import { computeMetrics, computeMetricsBy, type MetricName, type MetricValues } from '../metrics/metrics.ts';
import { dayLabel } from '../time/day-label.ts';
import type { PolicyRun, ScenarioRun } from '../runs.ts';

/** Days in a quarter (365.25 / 4). */
export const QUARTER_DAYS = 91.3125;

/** The baseline's run. */
export function baselineRun(r: ScenarioRun): PolicyRun {
  const b = r.runs.find((p) => p.policy === r.baseline);
  if (!b) throw new Error(`the baseline ${r.baseline} has no run`);
  return b;
}

/** Calendar days in the replayed period. */
export function periodDays(r: ScenarioRun): number {
  return r.model.calendar.endDay + 1;
}

/** Orders a quarter at the replayed pace. */
export function ordersPerQuarter(r: ScenarioRun): number {
  return (r.model.orders.count / periodDays(r)) * QUARTER_DAYS;
}

/**
 * Fulfillment cost per order split into parts that add up to `fulfillment_cost_per_order`:
 * the first package of each order (carrier, pick/pack), every further package (splits,
 * reroutes after failed picks, backorders: carrier + pick/pack), manual touches,
 * cancellations. Per order replayed.
 */
export interface CostParts {
  shipping: number;
  pickPack: number;
  extraPackages: number;
  touches: number;
  cancellations: number;
  total: number;
}

export const COST_PARTS: readonly { key: Exclude<keyof CostParts, 'total'>; label: string }[] = [
  { key: 'shipping', label: 'Shipping (first package)' },
  { key: 'pickPack', label: 'Pick/pack (first package)' },
  { key: 'extraPackages', label: 'Extra packages' },
  { key: 'touches', label: 'Manual touches' },
  { key: 'cancellations', label: 'Cancellations' },
];

export function costParts(p: PolicyRun): CostParts {
  const out = p.run.outcomes, log = p.run.packages;
  const seen = new Uint8Array(out.count);
  let shipping = 0, pickPack = 0, extra = 0, touches = 0, cancellations = 0;
  for (let k = 0; k < log.count; k++) {
    const o = log.order[k]!;
    if (seen[o]) extra += log.shipCost[k]! + log.pickCost[k]!;
    else {
      seen[o] = 1;
      shipping += log.shipCost[k]!;
      pickPack += log.pickCost[k]!;
    }
  }
  for (let o = 0; o < out.count; o++) {
    touches += out.touchCost[o]!;
    cancellations += out.cancelCost[o]!;
  }
  const n = Math.max(out.count, 1);
  const parts = { shipping: shipping / n, pickPack: pickPack / n, extraPackages: extra / n, touches: touches / n, cancellations: cancellations / n };
  return { ...parts, total: parts.shipping + parts.pickPack + parts.extraPackages + parts.touches + parts.cancellations };
}

/** One metric of one policy in one week (7-day weeks from the period start, by placement day). */
export interface WeekRow {
  policy: string;
  /** First day of the week, YYYY-MM-DD. */
  week: string;
  metric: MetricName;
  value: number | null;
  orders: number;
  /** Days of the period in the week (7 except perhaps the last). */
  days: number;
}

export function weeklyMetrics(r: ScenarioRun, metrics: readonly MetricName[]): WeekRow[] {
  const m = r.model;
  const rows: WeekRow[] = [];
  const weeks = Math.ceil(periodDays(r) / 7);
  for (const p of r.runs) {
    const by = computeMetricsBy(m, p.run.outcomes, (o) => String(Math.floor(m.orders.placedDay[o]! / 7)));
    for (let w = 0; w < weeks; w++) {
      const v = by.get(String(w));
      if (!v) continue;
      const days = Math.min(7, periodDays(r) - 7 * w);
      for (const metric of metrics) rows.push({ policy: p.policy, week: dayLabel(m, 7 * w), metric, value: v[metric], orders: v.orders ?? 0, days });
    }
  }
  return rows;
}

/** Every node id that appears in any run, scenario nodes first (sorted), added ones after. */
export function allNodes(r: ScenarioRun): string[] {
  const ids = [...r.model.nodes.ids];
  for (const p of r.runs) for (const id of p.model.nodes.ids) if (!ids.includes(id)) ids.push(id);
  return ids;
}

export interface NodeMixRow {
  policy: string;
  node: string;
  packages: number;
  /** Share of the policy's packages. */
  share: number;
}

export function nodeMix(r: ScenarioRun): NodeMixRow[] {
  const rows: NodeMixRow[] = [];
  for (const p of r.runs) {
    const nodes = p.model.nodes;
    const counts = new Float64Array(nodes.count);
    const log = p.run.packages;
    for (let k = 0; k < log.count; k++) counts[log.node[k]!]!++;
    const total = log.count || 1;
    for (let n = 0; n < nodes.count; n++) if (counts[n]! > 0) rows.push({ policy: p.policy, node: nodes.ids[n]!, packages: counts[n]!, share: counts[n]! / total });
  }
  return rows;
}

/** How full a node with a daily capacity was under a policy, over its ship days in the period. */
export interface UtilizationRow {
  policy: string;
  node: string;
  capacity: number;
  /** Ship days in the period on which the node was open. */
  shipDays: number;
  packages: number;
  /** Mean packages shipped per ship day ÷ capacity. */
  mean: number;
  /** The busiest day's packages ÷ capacity. */
  peak: number;
  /** Ship days on which it shipped its full capacity. */
  fullDays: number;
}

export function utilization(r: ScenarioRun): UtilizationRow[] {
  const rows: UtilizationRow[] = [];
  for (const p of r.runs) {
    const { nodes, calendar: cal } = p.model;
    const D = cal.days;
    const perDay = new Int32Array(nodes.count * D);
    const log = p.run.packages;
    for (let k = 0; k < log.count; k++) {
      const d = log.shipDay[k]!;
      if (d >= 0 && d < D) perDay[log.node[k]! * D + d]!++;
    }
    for (let n = 0; n < nodes.count; n++) {
      const cap = nodes.capacity[n]!;
      if (cap <= 0) continue;
      let shipDays = 0, packages = 0, peak = 0, full = 0;
      const from = Math.max(0, nodes.activeFrom[n]!), to = Math.min(cal.endDay, nodes.activeTo[n]!);
      for (let d = from; d <= to; d++) {
        if (!cal.shipDay[n * D + d]) continue;
        const used = perDay[n * D + d]!;
        shipDays++;
        packages += used;
        if (used > peak) peak = used;
        if (used >= cap) full++;
      }
      rows.push({ policy: p.policy, node: nodes.ids[n]!, capacity: cap, shipDays, packages, mean: shipDays ? packages / shipDays / cap : 0, peak: peak / cap, fullDays: full });
    }
  }
  return rows;
}

/** Packages one node shipped to the destinations of one grid cell. */
export interface MapCell {
  /** Package-weighted mean position of the cell's destinations (all nodes' packages). */
  lat: number;
  lon: number;
  node: string;
  packages: number;
  /** The node's share of the cell's packages. */
  share: number;
}

/**
 * Destinations on a grid of `cellDegrees` (rounded latitude and longitude), one record per
 * cell and node that shipped there, cells in key order, nodes by id within a cell.
 */
export function destinationCells(p: PolicyRun, cellDegrees = 1): MapCell[] {
  const { dests, orders, nodes } = p.model;
  const log = p.run.packages;
  const cells = new Map<string, { lat: number; lon: number; packages: number; byNode: Float64Array }>();
  for (let k = 0; k < log.count; k++) {
    const d = orders.dest[log.order[k]!]!;
    const lat = dests.lat[d]!, lon = dests.lon[d]!;
    const key = `${Math.round(lat / cellDegrees)},${Math.round(lon / cellDegrees)}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { lat: 0, lon: 0, packages: 0, byNode: new Float64Array(nodes.count) }));
    c.lat += lat;
    c.lon += lon;
    c.packages++;
    c.byNode[log.node[k]!]!++;
  }
  const out: MapCell[] = [];
  for (const key of [...cells.keys()].sort()) {
    const c = cells.get(key)!;
    for (let n = 0; n < nodes.count; n++) {
      if (c.byNode[n]! > 0) out.push({ lat: c.lat / c.packages, lon: c.lon / c.packages, node: nodes.ids[n]!, packages: c.byNode[n]!, share: c.byNode[n]! / c.packages });
    }
  }
  return out;
}

/** Node locations of a policy's network. */
export function nodeLocations(p: PolicyRun): { node: string; name: string; type: string; lat: number; lon: number }[] {
  const n = p.model.nodes;
  return n.ids.map((id, i) => ({ node: id, name: n.names[i] || id, type: n.types[i]!, lat: n.lat[i]!, lon: n.lon[i]! }));
}

/** A policy's metrics on one of its segments (pilot/rest, rollout period), beside the baseline's on the same orders. */
export interface SegmentRow {
  policy: string;
  segment: string;
  orders: number;
  /** First and last placement day of its orders, YYYY-MM-DD. */
  from: string;
  to: string;
  values: MetricValues;
  baseline: MetricValues;
}

export function segmentRows(r: ScenarioRun): SegmentRow[] {
  const base = baselineRun(r);
  const m = r.model;
  const rows: SegmentRow[] = [];
  for (const p of r.runs) {
    if (!p.segments || p.policy === r.baseline) continue;
    const labels: string[] = [];
    for (const s of p.segments) if (!labels.includes(s)) labels.push(s);
    for (const label of labels) {
      const include = (o: number) => p.segments![o] === label;
      let first = -1, last = -1, n = 0;
      for (let o = 0; o < m.orders.count; o++) {
        if (!include(o)) continue;
        n++;
        const d = m.orders.placedDay[o]!;
        if (first < 0 || d < first) first = d;
        if (d > last) last = d;
      }
      rows.push({
        policy: p.policy, segment: label, orders: n, from: dayLabel(m, first), to: dayLabel(m, last),
        values: computeMetrics(m, p.run.outcomes, include), baseline: computeMetrics(m, base.run.outcomes, include),
      });
    }
  }
  return rows;
}

/** Orders per outcome reason per policy. */
export interface ReasonRow {
  policy: string;
  reason: string;
  text: string;
  orders: number;
  share: number;
}

export function reasonCounts(r: ScenarioRun): ReasonRow[] {
  const rows: ReasonRow[] = [];
  for (const p of r.runs) {
    const counts = new Int32Array(REASONS.length);
    const out = p.run.outcomes;
    for (let o = 0; o < out.count; o++) counts[out.reason[o]!]!++;
    REASONS.forEach((reason, i) => rows.push({ policy: p.policy, reason: reason.code, text: reason.text, orders: counts[i]!, share: out.count ? counts[i]! / out.count : 0 }));
  }
  return rows;
}

/** A SKU on orders that had a cancelled unit under a policy. */
export interface CancelledSku {
  sku: string;
  name: string;
  /** Orders with a cancelled unit that include the SKU. */
  orders: number;
  /** Units of the SKU on those orders. */
  units: number;
}

export function cancelledSkus(r: ScenarioRun, p: PolicyRun, limit = 10): CancelledSku[] {
  const { orders, skus } = r.model;
  const byOrders = new Int32Array(skus.count), byUnits = new Int32Array(skus.count);
  const out = p.run.outcomes;
  for (let o = 0; o < out.count; o++) {
    if (out.unitsCancelled[o]! === 0) continue;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) {
      byOrders[orders.lineSku[l]!]!++;
      byUnits[orders.lineSku[l]!]! += orders.lineQty[l]!;
    }
  }
  const idx = [...byOrders.keys()].filter((s) => byOrders[s]! > 0);
  idx.sort((a, b) => byOrders[b]! - byOrders[a]! || byUnits[b]! - byUnits[a]! || (skus.ids[a]! < skus.ids[b]! ? -1 : 1));
  return idx.slice(0, limit).map((s) => ({ sku: skus.ids[s]!, name: skus.names[s] ?? '', orders: byOrders[s]!, units: byUnits[s]! }));
}
