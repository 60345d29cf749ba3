/**
 * Network what-ifs without editing data: a policy entry may add nodes (optionally stocked
 * like another node), remove nodes, or change a node's columns. Applied to the parsed rows
 * before compiling that entry's model.
 */
import type { DataRows, NodeRow } from '../parse/types.ts';
import { parseDate, parseShipDays, parseTimeOfDay, parseTimeZone, type FieldResult } from '../parse/fields.ts';
import { normalizeZip } from '../geo/zip.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';
import type { NetworkSettings } from '../scenario/entry.ts';
import { closestName } from '../suggest.ts';

export interface NetworkSource {
  /** Scenario file and the entry's position, for messages. */
  file: string;
  line: number;
  column: number;
  policy: string;
}

type NodeChanges = NetworkSettings['change'][string];

/** Applies `changes` to a node row, recording bad values as problems. */
function applyChanges(row: NodeRow, c: NodeChanges, where: NetworkSource, problems: Problems): NodeRow {
  const r = { ...row };
  const field = <T>(
    name: string,
    text: string | undefined,
    parse: (t: string) => FieldResult<T>,
    set: (v: T) => void,
  ) => {
    if (text === undefined) return;
    const res = parse(text);
    if (res.ok) set(res.value);
    else
      problems.error({
        file: where.file,
        line: where.line,
        column: where.column,
        field: `${where.policy}.network.${name}`,
        ...res.error,
      });
  };
  if (c.name !== undefined) r.name = c.name;
  field('timezone', c.timezone, parseTimeZone, (v) => (r.timezone = v));
  field('cutoff', c.cutoff, parseTimeOfDay, (v) => (r.cutoff = v));
  field('ship_days', c.ship_days, parseShipDays, (v) => (r.shipDays = v));
  field('active_from', c.active_from, parseDate, (v) => (r.activeFrom = v));
  field('active_to', c.active_to, parseDate, (v) => (r.activeTo = v));
  if (c.daily_order_capacity !== undefined) r.dailyOrderCapacity = c.daily_order_capacity;
  if (c.pick_cost_per_order !== undefined) r.pickCostPerOrder = c.pick_cost_per_order;
  if (c.pick_cost_per_extra_unit !== undefined) r.pickCostPerExtraUnit = c.pick_cost_per_extra_unit;
  if (c.inventory_accuracy !== undefined) r.inventoryAccuracy = c.inventory_accuracy;
  if (c.safety_stock !== undefined) r.safetyStock = c.safety_stock;
  if (c.tags !== undefined) r.tags = c.tags;
  return r;
}

/** `inventory` with node `id`'s on-hand set to `stock` (sku → units), replacing any copied row; unknown skus are problems. */
function withStock(
  inventory: DataRows['inventory'],
  id: string,
  stock: Record<string, number>,
  skus: ReadonlySet<string>,
  err: (field: string, m: { code: string; message: string; hint: string }) => void,
): DataRows['inventory'] {
  const given = Object.entries(stock);
  for (const [sku] of given)
    if (!skus.has(sku)) err(`add.stock.${sku}`, msg.unknownSku(sku, closestName(sku, [...skus])));
  const set = new Set(given.map(([sku]) => sku));
  return [
    ...inventory.filter((r) => r.nodeId !== id || !set.has(r.sku)),
    ...given.filter(([sku]) => skus.has(sku)).map(([sku, onHand]) => ({ line: 0, nodeId: id, sku, onHand })),
  ];
}

/**
 * The rows with the network changes applied. Unknown node ids, duplicate new ids and bad
 * values are recorded as problems at the policy entry.
 * @example applyNetwork(rows, { add: [{ node_id: 'STORE-CHI', type: 'store', zip: '60614', stock_from: 'STORE-NY' }], remove: [], change: {} }, where, problems)
 */
export function applyNetwork(data: DataRows, n: NetworkSettings, where: NetworkSource, problems: Problems): DataRows {
  const known = new Set(data.nodes.map((r) => r.nodeId));
  const err = (field: string, m: { code: string; message: string; hint: string }) =>
    problems.error({
      file: where.file,
      line: where.line,
      column: where.column,
      field: `${where.policy}.network.${field}`,
      ...m,
    });
  for (const id of [...n.remove, ...Object.keys(n.change)])
    if (!known.has(id)) err(n.remove.includes(id) ? 'remove' : `change.${id}`, msg.unknownNode(id, [...known]));
  const removed = new Set(n.remove);
  let nodes = data.nodes
    .filter((r) => !removed.has(r.nodeId))
    .map((r) => (n.change[r.nodeId] ? applyChanges(r, n.change[r.nodeId]!, where, problems) : r));
  let inventory = data.inventory.filter((r) => !removed.has(r.nodeId));
  for (const a of n.add) {
    if (known.has(a.node_id) || nodes.some((x) => x.nodeId === a.node_id)) {
      err('add', msg.nodeExists(a.node_id));
      continue;
    }
    let zip5: string | undefined;
    if (a.zip !== undefined) {
      const z = normalizeZip(String(a.zip));
      if (!z) err('add.zip', msg.badZip(String(a.zip)));
      zip5 = z?.zip5;
    }
    if (zip5 === undefined && (a.lat === undefined || a.lon === undefined))
      err('add', msg.noLocation(`node ${a.node_id}`));
    const base: NodeRow = {
      line: 0,
      nodeId: a.node_id,
      type: a.type,
      name: a.name ?? a.node_id,
      zip5,
      lat: a.lat,
      lon: a.lon,
      tags: [],
    };
    nodes = [...nodes, applyChanges(base, a, where, problems)];
    if (a.stock_from !== undefined) {
      if (!known.has(a.stock_from)) err('add.stock_from', msg.unknownNode(a.stock_from, [...known]));
      inventory = [
        ...inventory,
        ...data.inventory
          .filter((r) => r.nodeId === a.stock_from)
          .map((r) => ({ ...r, nodeId: a.node_id, onHand: Math.floor(r.onHand * a.stock_share) })),
      ];
    }
    if (a.stock) inventory = withStock(inventory, a.node_id, a.stock, new Set(data.skus.map((s) => s.sku)), err);
  }
  return { ...data, nodes, inventory, receipts: data.receipts.filter((r) => !removed.has(r.nodeId)) };
}
