/**
 * Start stock rebuilt from today's: an inventory export is the stock on the day it was
 * counted (`as_of`), usually after the period replayed. The stock at the period start is
 * then, for each node × sku,
 *
 *   start = on hand at as_of + units sold from the node since the start − units received since,
 *
 * where the units sold are the order lines placed from the period start through the as_of
 * day that are not cancelled (and, when the orders record a status at all, only those of
 * fulfilled orders: Shopify's On hand still holds the units of orders not yet shipped), and
 * the units received are receipts.csv rows arriving in the same days. A line is taken from
 * the node its `fulfilled_from` records when it carries the sku; else from the node today's
 * routing (the scenario's baseline) would ship it from, approximated without a replay: the
 * baseline's one node when it is `warehouse-only`, otherwise (or when that node does not
 * carry the sku) the nearest node that carries the sku. Stock is not checked while
 * rebuilding (the approximation ignores stock-outs and splits).
 *
 * A result is implausible when it is negative (more received than held and sold: read as 0)
 * or far above any level seen: more than FAR_ABOVE_FACTOR × the highest on hand any node
 * counts today for the sku (at least FAR_ABOVE_FACTOR units), usually a receipt missing from
 * receipts.csv. Those SKUs are flagged; the rebuilt value is kept.
 */
import { haversineMiles } from '../geo/distance.ts';
import { locateZip } from '../geo/zip.ts';
import { timestampInZone } from '../parse/fields.ts';
import type { DataRows, InventoryRow, NodeRow, OrderLineRow, ReceiptRow } from '../parse/types.ts';
import type { Scenario } from '../scenario/parse.ts';
import { localEpochDay } from '../time/zone.ts';
import { parseIsoDate } from '../time/calendar.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';

/** "Far above any level seen": more than this many times the highest on hand any node counts today for the sku. */
export const FAR_ABOVE_FACTOR = 3;

/** How the units sold without a recorded node are attributed: today's routing, the scenario's baseline. */
export interface BaselineRouting {
  /** The baseline entry's name. */
  policy: string;
  /** The one node it ships everything from (`warehouse-only`), if so; else the nearest node carrying the sku. */
  node?: string;
}

export interface StartStockInput {
  inventory: InventoryRow[];
  nodes: NodeRow[];
  orders: OrderLineRow[];
  receipts: ReceiptRow[];
  /** Epoch day of the period start. */
  periodStart: number;
  /** The business time zone (placement days of timestamps without an offset). */
  timezone: string;
  baseline: BaselineRouting;
}

/** One inventory row rebuilt. */
export interface RebuiltRow {
  line: number;
  nodeId: string;
  sku: string;
  /** On hand as counted at `asOf`. */
  today: number;
  sold: number;
  received: number;
  /** today + sold − received (may be negative: flagged, read as 0). */
  start: number;
}

export interface StockFlag {
  line: number;
  nodeId: string;
  sku: string;
  kind: 'negative' | 'far-above';
  today: number;
  sold: number;
  received: number;
  start: number;
  /** The highest on hand any node counts today for the sku. */
  maxSeen: number;
}

export interface StartStock {
  /** The inventory rows to replay: rebuilt ones with on hand = max(0, start) and as_of = the period start. */
  inventory: InventoryRow[];
  /** Every row rebuilt (those with an as_of after the period start). */
  rows: RebuiltRow[];
  flags: StockFlag[];
  /** Rows left as they were: no as_of, or counted on or before the period start. */
  undated: number;
  notAfterStart: number;
  /** Units sold in the window by how their node was found; `unplaced`: no node carries the sku. */
  units: { recorded: number; baseline: number; nearest: number; unplaced: number };
  /** Whether only fulfilled orders' lines counted (the orders record a status). */
  fulfilledOnly: boolean;
  baseline: BaselineRouting;
}

/**
 * Today's routing for the rebuild: the baseline entry, with its one node when it is
 * `warehouse-only` (its `node`, else the only warehouse of `warehouses`, the warehouse ids).
 */
export function baselineRouting(scenario: Scenario, warehouses: readonly string[]): BaselineRouting {
  const spec = scenario.policies.find((p) => p.name === scenario.baseline);
  if (!spec) return { policy: scenario.baseline };
  if (spec.use !== 'warehouse-only') return { policy: spec.name };
  const named = (spec.settings as { node?: string }).node;
  const node = named ?? (warehouses.length === 1 ? warehouses[0] : undefined);
  return node === undefined ? { policy: spec.name } : { policy: spec.name, node };
}

const key = (node: string, sku: string) => `${node}\u0000${sku}`;

function coordsOf(p: { lat?: number; lon?: number; zip5?: string }): { lat: number; lon: number } | null {
  if (p.lat !== undefined && p.lon !== undefined) return { lat: p.lat, lon: p.lon };
  return p.zip5 ? locateZip(p.zip5) : null;
}

/**
 * Rebuilds the start stock (see the file comment). Pure; inputs are not changed.
 * @example
 * // WH counts 4 of A on 2026-07-10; 6 were sold from it since the 2026-07-01 start: it starts with 10
 * rebuildStartStock({ inventory, nodes, orders, receipts: [], periodStart, timezone, baseline: { policy: 'warehouse-only', node: 'WH' } }).rows[0].start // 10
 */
export function rebuildStartStock(input: StartStockInput): StartStock {
  const { inventory, nodes, orders, receipts, periodStart, timezone, baseline } = input;
  const carried = new Set(inventory.map((r) => key(r.nodeId, r.sku)));
  const carriers = new Map<string, string[]>(); // sku → node ids carrying it, by id
  for (const r of inventory) {
    const list = carriers.get(r.sku) ?? [];
    if (!list.includes(r.nodeId)) list.push(r.nodeId);
    carriers.set(r.sku, list);
  }
  for (const list of carriers.values()) list.sort();
  const where = new Map(nodes.map((n) => [n.nodeId, coordsOf(n)]));
  let lastDay = periodStart;
  for (const r of inventory) if (r.asOf !== undefined && r.asOf > lastDay) lastDay = r.asOf;
  const fulfilledOnly = orders.some((o) => o.status !== '');

  // units sold per node × sku, per placement day within [start, last as_of]
  const sold = new Map<string, Map<number, number>>();
  const units = { recorded: 0, baseline: 0, nearest: 0, unplaced: 0 };
  const dayCache = new Map<string, number>();
  for (const o of orders) {
    if (o.status === 'cancelled' || (fulfilledOnly && o.status !== 'fulfilled')) continue;
    let day = dayCache.get(o.orderId);
    if (day === undefined) {
      day = localEpochDay(timestampInZone(o.placedAt, timezone), timezone);
      dayCache.set(o.orderId, day);
    }
    if (day < periodStart || day > lastDay) continue;
    let node: string | undefined;
    if (o.fulfilledFrom !== undefined && carried.has(key(o.fulfilledFrom, o.sku))) {
      node = o.fulfilledFrom;
      units.recorded += o.quantity;
    } else if (baseline.node !== undefined && carried.has(key(baseline.node, o.sku))) {
      node = baseline.node;
      units.baseline += o.quantity;
    } else {
      node = nearest(carriers.get(o.sku) ?? [], coordsOf(o), where);
      if (node === undefined) units.unplaced += o.quantity;
      else units.nearest += o.quantity;
    }
    if (node === undefined) continue;
    const k = key(node, o.sku);
    const byDay = sold.get(k) ?? new Map<number, number>();
    byDay.set(day, (byDay.get(day) ?? 0) + o.quantity);
    sold.set(k, byDay);
  }
  const received = new Map<string, Map<number, number>>();
  const zones = new Map(nodes.map((n) => [n.nodeId, n.timezone ?? timezone]));
  for (const r of receipts) {
    const tz = zones.get(r.nodeId) ?? timezone;
    const day = localEpochDay(timestampInZone(r.arrivesAt, tz), tz);
    if (day < periodStart || day > lastDay) continue;
    const k = key(r.nodeId, r.sku);
    const byDay = received.get(k) ?? new Map<number, number>();
    byDay.set(day, (byDay.get(day) ?? 0) + r.quantity);
    received.set(k, byDay);
  }
  const through = (m: Map<number, number> | undefined, asOf: number) => {
    let n = 0;
    for (const [d, q] of m ?? []) if (d <= asOf) n += q;
    return n;
  };

  const maxSeen = new Map<string, number>();
  for (const r of inventory) maxSeen.set(r.sku, Math.max(maxSeen.get(r.sku) ?? 0, r.onHand));
  const out: InventoryRow[] = [];
  const rows: RebuiltRow[] = [];
  const flags: StockFlag[] = [];
  let undated = 0,
    notAfterStart = 0;
  for (const r of inventory) {
    if (r.asOf === undefined || r.asOf <= periodStart) {
      if (r.asOf === undefined) undated++;
      else notAfterStart++;
      out.push(r);
      continue;
    }
    const k = key(r.nodeId, r.sku);
    const row: RebuiltRow = {
      line: r.line,
      nodeId: r.nodeId,
      sku: r.sku,
      today: r.onHand,
      sold: through(sold.get(k), r.asOf),
      received: through(received.get(k), r.asOf),
      start: 0,
    };
    row.start = row.today + row.sold - row.received;
    rows.push(row);
    const seen = maxSeen.get(r.sku) ?? 0;
    if (row.start < 0) flags.push({ ...row, kind: 'negative', maxSeen: seen });
    else if (row.sold > 0 && row.start > FAR_ABOVE_FACTOR * Math.max(seen, 1))
      flags.push({ ...row, kind: 'far-above', maxSeen: seen });
    out.push({ ...r, onHand: Math.max(0, row.start), asOf: periodStart });
  }
  return { inventory: out, rows, flags, undated, notAfterStart, units, fulfilledOnly, baseline };
}

/** The node among `ids` nearest to `to` (ties and an unknown destination: the first by id). */
function nearest(
  ids: string[],
  to: { lat: number; lon: number } | null,
  where: Map<string, { lat: number; lon: number } | null>,
): string | undefined {
  if (ids.length === 0) return undefined;
  if (!to) return ids[0];
  let best = ids[0]!,
    bestMiles = Infinity;
  for (const id of ids) {
    const at = where.get(id);
    const miles = at ? haversineMiles(at.lat, at.lon, to.lat, to.lon) : Infinity;
    if (miles < bestMiles) {
      best = id;
      bestMiles = miles;
    }
  }
  return best;
}

/** Whether the scenario asks for the start stock to be rebuilt (`inventory: { start: rebuild }`). */
export function rebuildsStartStock(scenario: Pick<Scenario, 'config'>): boolean {
  return scenario.config.inventory?.start === 'rebuild';
}

/**
 * The data with its start stock rebuilt when the scenario asks for it (else `data` as it
 * is): a note at the scenario's `inventory` saying how, and a warning at each implausible
 * row. Used by `run` (buildModel) and `validate` (checkData) alike.
 */
export function withStartStock(scenario: Scenario, data: DataRows, problems: Problems): DataRows {
  if (!rebuildsStartStock(scenario)) return data;
  const warehouses = data.nodes.filter((n) => n.type === 'warehouse').map((n) => n.nodeId);
  const r = rebuildStartStock({
    inventory: data.inventory,
    nodes: data.nodes,
    orders: data.orders,
    receipts: data.receipts,
    periodStart: parseIsoDate(scenario.config.period.start)!,
    timezone: scenario.config.timezone,
    baseline: baselineRouting(scenario, warehouses),
  });
  problems.note({
    file: scenario.file,
    ...scenario.positions.inventory,
    field: 'inventory.start',
    ...msg.startStockRebuilt(startStockSummary(r)),
  });
  for (const f of r.flags)
    problems.warning({
      file: data.files.inventory,
      line: f.line,
      column: data.columns.inventory.on_hand,
      field: 'on_hand',
      ...msg.startStockImplausible(f, FAR_ABOVE_FACTOR),
    });
  return { ...data, inventory: r.inventory };
}

/** One sentence of what the rebuild did, for the note, the import report and the run report. */
export function startStockSummary(r: StartStock): string {
  const sold = r.rows.reduce((n, x) => n + x.sold, 0);
  const received = r.rows.reduce((n, x) => n + x.received, 0);
  const left = r.undated + r.notAfterStart;
  return `${r.rows.length} inventory row(s) rebuilt: ${sold} unit(s) sold since the period start added back${received ? `, ${received} received since taken off` : ''}; ${startStockMethod(r.baseline, r.fulfilledOnly)}${r.units.recorded ? ` ${r.units.recorded} unit(s) by the orders' fulfilled_from.` : ''}${r.units.unplaced ? ` ${r.units.unplaced} unit(s) of SKUs no node carries were not placed.` : ''}${left ? ` ${left} row(s) left as counted (no as_of, or counted on or before the start).` : ''}${r.flags.length ? ` ${r.flags.length} row(s) implausible (see the warnings).` : ''}`;
}

/**
 * How units sold are attributed and which lines count, in words (the run report's
 * assumption uses it too, without `fulfilledOnly`: then both cases are named).
 */
export function startStockMethod(baseline: BaselineRouting, fulfilledOnly?: boolean): string {
  const which =
    fulfilledOnly === undefined
      ? ' (not cancelled; only those of fulfilled orders when the orders record a status)'
      : fulfilledOnly
        ? ' of fulfilled orders'
        : ' of orders not cancelled';
  return `order lines placed from the period start through the count date${which}; a line counts against the node its fulfilled_from records, else the node today's routing (baseline ${baseline.policy}) ships it from: ${baseline.node ? `${baseline.node}, or the nearest node carrying the SKU when ${baseline.node} does not` : 'approximated as the nearest node carrying the SKU'}.`;
}

/**
 * The run report's assumption about the start stock when the scenario rebuilds it (else
 * `undefined`): how it was rebuilt, in one sentence (`warehouses`: the model's warehouse ids).
 */
export function startStockAssumption(scenario: Scenario, warehouses: readonly string[]): string | undefined {
  if (!rebuildsStartStock(scenario)) return undefined;
  return `rebuilt from the stock counted on as_of (today's export): on hand + units sold since the period start − receipts since, per node and SKU; ${startStockMethod(baselineRouting(scenario, warehouses))} An approximation (stock-outs and splits in the history are not replayed); implausible SKUs are in the data-quality warnings.`;
}
