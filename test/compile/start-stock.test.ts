/**
 * Start stock rebuilt from today's count, worked by hand: period start 2026-07-01, stock
 * counted 2026-07-10 at WH (Columbus-ish) and ST (New York-ish).
 */
import { describe, expect, it } from 'vitest';
import {
  FAR_ABOVE_FACTOR,
  rebuildStartStock,
  startStockSummary,
  type StartStockInput,
} from '../../sim/compile/start-stock.ts';
import { parseIsoDate } from '../../sim/time/calendar.ts';
import { parseTimestamp } from '../../sim/parse/fields.ts';
import type { InventoryRow, NodeRow, OrderLineRow, ReceiptRow } from '../../sim/parse/types.ts';

const day = (d: string) => parseIsoDate(d)!;
const ts = (t: string) => {
  const r = parseTimestamp(t);
  if (!r.ok) throw new Error(t);
  return r.value;
};
const node = (nodeId: string, type: NodeRow['type'], lat: number, lon: number): NodeRow => ({
  line: 0,
  nodeId,
  type,
  name: nodeId,
  lat,
  lon,
  tags: [],
});
const inv = (line: number, nodeId: string, sku: string, onHand: number, asOf?: string): InventoryRow => ({
  line,
  nodeId,
  sku,
  onHand,
  ...(asOf ? { asOf: day(asOf) } : {}),
});
const order = (
  orderId: string,
  placed: string,
  sku: string,
  quantity: number,
  o: Partial<OrderLineRow> = {},
): OrderLineRow => ({
  line: 0,
  orderId,
  placedAt: ts(`${placed}T10:00:00-04:00`),
  sku,
  quantity,
  lat: 40,
  lon: -83,
  country: 'US',
  shipService: 'standard',
  tags: [],
  status: 'fulfilled',
  ...o,
});
const receipt = (nodeId: string, sku: string, quantity: number, at: string): ReceiptRow => ({
  line: 0,
  nodeId,
  sku,
  quantity,
  arrivesAt: ts(`${at}T09:00:00-04:00`),
});

const NODES = [node('WH', 'warehouse', 40, -83), node('ST', 'store', 40.7, -74)];
const INVENTORY = [
  inv(2, 'WH', 'A', 4, '2026-07-10'),
  inv(3, 'ST', 'A', 1, '2026-07-10'),
  inv(4, 'WH', 'B', 0, '2026-07-10'),
  inv(5, 'ST', 'B', 2), // no as_of: left as counted
  inv(6, 'WH', 'C', 5, '2026-07-10'),
];
const ORDERS = [
  order('O1', '2026-07-02', 'A', 3, { fulfilledFrom: 'ST' }), // recorded: ST
  order('O2', '2026-07-03', 'A', 2), // today's routing: WH
  order('O3', '2026-07-05', 'A', 1, { status: 'cancelled' }), // not sold
  order('O4', '2026-06-30', 'A', 5), // before the start
  order('O5', '2026-07-11', 'A', 1), // after the count
  order('O6', '2026-07-04', 'B', 7), // WH
  order('O7', '2026-07-06', 'A', 1, { status: '' }), // not yet shipped: still in the count
  order('O8', '2026-07-06', 'D', 1), // no node carries D
];
const RECEIPTS = [receipt('WH', 'C', 8, '2026-07-05'), receipt('WH', 'A', 1, '2026-06-20')];
const INPUT: StartStockInput = {
  inventory: INVENTORY,
  nodes: NODES,
  orders: ORDERS,
  receipts: RECEIPTS,
  periodStart: day('2026-07-01'),
  timezone: 'America/New_York',
  baseline: { policy: 'warehouse-only', node: 'WH' },
};

describe('rebuildStartStock', () => {
  const r = rebuildStartStock(INPUT);

  it('adds back the units sold since the start and takes off receipts since, per node × sku', () => {
    expect(r.rows.map((x) => `${x.nodeId} ${x.sku}: ${x.today} + ${x.sold} − ${x.received} = ${x.start}`)).toEqual([
      'WH A: 4 + 2 − 0 = 6',
      'ST A: 1 + 3 − 0 = 4',
      'WH B: 0 + 7 − 0 = 7',
      'WH C: 5 + 0 − 8 = -3',
    ]);
    // replayed rows: as_of moved to the start, a negative start read as 0, the undated row as it was
    expect(r.inventory.map((x) => `${x.nodeId} ${x.sku} ${x.onHand} ${x.asOf}`)).toEqual([
      `WH A 6 ${day('2026-07-01')}`,
      `ST A 4 ${day('2026-07-01')}`,
      `WH B 7 ${day('2026-07-01')}`,
      'ST B 2 undefined',
      `WH C 0 ${day('2026-07-01')}`,
    ]);
    expect([r.undated, r.notAfterStart, r.fulfilledOnly]).toEqual([1, 0, true]);
    expect(r.units).toEqual({ recorded: 3, baseline: 9, nearest: 0, unplaced: 1 });
    expect(INVENTORY[0]!.onHand).toBe(4); // input unchanged
  });

  it('flags a negative start and one far above any level counted today', () => {
    expect(FAR_ABOVE_FACTOR).toBe(3);
    // B: 7 > 3 × 2 (ST counts 2, the most of any node)
    expect(r.flags.map((f) => `${f.line} ${f.sku} ${f.kind} ${f.start} max ${f.maxSeen}`)).toEqual([
      '4 B far-above 7 max 2',
      '6 C negative -3 max 5',
    ]);
  });

  it('without a one-node baseline, takes each line from the nearest node carrying the sku', () => {
    const n = rebuildStartStock({
      ...INPUT,
      baseline: { policy: 'closest-with-stock' },
      orders: [order('N1', '2026-07-02', 'A', 2, { lat: 40.6, lon: -74.1 }), order('N2', '2026-07-02', 'A', 1)],
    });
    expect(n.rows.slice(0, 2).map((x) => `${x.nodeId} ${x.start}`)).toEqual(['WH 5', 'ST 3']);
    expect(n.units).toEqual({ recorded: 0, baseline: 0, nearest: 3, unplaced: 0 });
  });

  it('counts every line not cancelled when the orders record no status', () => {
    const n = rebuildStartStock({ ...INPUT, orders: [order('U1', '2026-07-02', 'A', 2, { status: '' })] });
    expect([n.fulfilledOnly, n.rows[0]!.start]).toEqual([false, 6]);
  });

  it('says in one sentence what it did', () => {
    expect(startStockSummary(r)).toBe(
      "4 inventory row(s) rebuilt: 12 unit(s) sold since the period start added back, 8 received since taken off; order lines placed from the period start through the count date of fulfilled orders; a line counts against the node its fulfilled_from records, else the node today's routing (baseline warehouse-only) ships it from: WH, or the nearest node carrying the SKU when WH does not. 3 unit(s) by the orders' fulfilled_from. 1 unit(s) of SKUs no node carries were not placed. 1 row(s) left as counted (no as_of, or counted on or before the start). 2 row(s) implausible (see the warnings).",
    );
  });
});
