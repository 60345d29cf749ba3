/**
 * The canonical table parsers: orders.csv, skus.csv, nodes.csv, inventory.csv,
 * receipts.csv, rate_card.csv and transit.csv. Expected rows written out by hand:
 *   2026-07-01 = epoch day 20635 (07-06 = 20640, 07-10 = 20644, 12-31 = 20818);
 *   14:05 = 845 min, 09:30 = 570 min, 08:00 = 480 min, 14:00 = 840 min; Mon–Fri = 0b0111110.
 *
 * Bad-cell tables are built from one good row: row i (line i + 2) changes one cell, and must
 * give exactly one problem at that line, in that cell's column, and be left out.
 */
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../sim/parse/csv.ts';
import { parseNodes } from '../../sim/parse/nodes.ts';
import { parseOrders } from '../../sim/parse/orders.ts';
import { parseRates, parseTransit } from '../../sim/parse/rates.ts';
import { parseSkus } from '../../sim/parse/skus.ts';
import { parseInventory, parseReceipts } from '../../sim/parse/stock.ts';
import { Problems } from '../../sim/problems.ts';

type Parser<R> = (table: NonNullable<ReturnType<typeof fromCSV>>, problems: Problems) => R[];

function run<R>(parser: Parser<R>, text: string, file = 't.csv') {
  const problems = new Problems();
  const table = fromCSV(text, file, problems);
  if (!table) throw new Error('test CSV did not parse');
  return { rows: parser(table, problems), problems: problems.list };
}

/** CSV text: a header, then one row per variant, each the base row with some cells replaced. */
function build(columns: readonly string[], base: Record<string, string>, variants: Record<string, string>[]): string {
  return [columns.join(','), ...variants.map((v) => columns.map((c) => v[c] ?? base[c] ?? '').join(','))].join('\n') + '\n';
}

/**
 * Runs one bad-cell case per row after a first good row. Each case: the cell overrides, the
 * field the problem must name, and its code. Returns the problems as [line, column, field, code].
 */
function badCells<R extends { line: number }>(parser: Parser<R>, columns: readonly string[], base: Record<string, string>, cases: [Record<string, string>, string, string][]) {
  const text = build(columns, base, [{}, ...cases.map((c) => c[0])]);
  const { rows, problems } = run(parser, text);
  return {
    rows,
    got: problems.map((p) => [p.severity, p.line, p.column, p.field, p.code]),
    want: cases.map(([, field, code], i) => ['error', i + 3, columns.indexOf(field) + 1, field, code]),
  };
}

describe('parseOrders', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(parseOrders, [
      'order_id,placed_at,sku,quantity,customer_zip,unit_price,customer_state,country,ship_service,promised_by,tags',
      '1001,2026-07-01T14:05:00-05:00,A,2,10001,9.99,NY,us,Express,2026-07-06,"gift, vip"',
      '1001,2026-07-01T14:05:00-05:00,B,1,10001,,,,,,',
      '1002,2026-07-01 09:30:00 -0400,C,3,90210,0,CA,US,standard,,',
    ].join('\n') + '\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2, orderId: '1001', placedAt: { day: 20635, minutes: 845, offset: -300 }, sku: 'A', quantity: 2, zip5: '10001',
        lat: undefined, lon: undefined, unitPrice: 9.99, state: 'NY', country: 'US', shipService: 'express', promisedBy: 20640, tags: ['gift', 'vip'], status: '',
      },
      {
        line: 3, orderId: '1001', placedAt: { day: 20635, minutes: 845, offset: -300 }, sku: 'B', quantity: 1, zip5: '10001',
        lat: undefined, lon: undefined, unitPrice: undefined, state: undefined, country: 'US', shipService: 'standard', promisedBy: undefined, tags: [], status: '',
      },
      {
        line: 4, orderId: '1002', placedAt: { day: 20635, minutes: 570, offset: -240 }, sku: 'C', quantity: 3, zip5: '90210',
        lat: undefined, lon: undefined, unitPrice: 0, state: 'CA', country: 'US', shipService: 'standard', promisedBy: undefined, tags: [], status: '',
      },
    ]);
  });

  it('reads the historical status', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,quantity,customer_zip,status\nO1,2026-07-01,A,1,10001,Cancelled\nO2,2026-07-01,A,1,10001,fulfilled\nO3,2026-07-01,A,1,10001,lost\n');
    expect(rows.map((r) => [r.orderId, r.status])).toEqual([['O1', 'cancelled'], ['O2', 'fulfilled']]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code])).toEqual([['error', 4, 6, 'status', 'bad-choice']]);
  });

  it('parses coordinates instead of a ZIP', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-01T10:00:00Z,A,1,40.75,-73.99\n');
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ orderId: 'O1', placedAt: { day: 20635, minutes: 600, offset: 0 }, lat: 40.75, lon: -73.99 });
    expect(rows[0]!.zip5).toBeUndefined();
  });

  it('reports each kind of bad cell once, at its line and column, and leaves the row out', () => {
    const columns = ['order_id', 'placed_at', 'sku', 'quantity', 'customer_zip', 'unit_price', 'promised_by'];
    const base = { order_id: 'G1', placed_at: '2026-07-01T10:00:00Z', sku: 'A', quantity: '1', customer_zip: '10001', unit_price: '5', promised_by: '2026-07-06' };
    const { rows, got, want } = badCells(parseOrders, columns, base, [
      [{ quantity: '0' }, 'quantity', 'bad-integer'],
      [{ quantity: '-2' }, 'quantity', 'bad-integer'],
      [{ quantity: '1.5' }, 'quantity', 'bad-integer'],
      [{ quantity: '' }, 'quantity', 'required-value'],
      [{ placed_at: 'soon' }, 'placed_at', 'bad-timestamp'],
      [{ placed_at: '2026-07-01T24:00:00Z' }, 'placed_at', 'bad-timestamp'],
      [{ placed_at: '' }, 'placed_at', 'required-value'],
      [{ sku: '' }, 'sku', 'required-value'],
      [{ order_id: '' }, 'order_id', 'required-value'],
      [{ customer_zip: 'ABCDE' }, 'customer_zip', 'bad-zip'],
      [{ customer_zip: '12' }, 'customer_zip', 'bad-zip'],
      [{ customer_zip: '' }, 'customer_zip', 'no-location'],
      [{ unit_price: '$5' }, 'unit_price', 'bad-number'],
      [{ unit_price: '-1' }, 'unit_price', 'bad-number'],
      [{ promised_by: '2026-02-30' }, 'promised_by', 'bad-date'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('reports bad coordinates', () => {
    const columns = ['order_id', 'placed_at', 'sku', 'quantity', 'customer_lat', 'customer_lon'];
    const base = { order_id: 'L0', placed_at: '2026-07-01T10:00:00Z', sku: 'A', quantity: '1', customer_lat: '40', customer_lon: '-74' };
    const { rows, got, want } = badCells(parseOrders, columns, base, [
      [{ customer_lat: '95' }, 'customer_lat', 'bad-number'],
      [{ customer_lon: '-190' }, 'customer_lon', 'bad-number'],
      [{ customer_lat: 'north' }, 'customer_lat', 'bad-number'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('an order with half its coordinates has no location', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-01T10:00:00Z,A,1,40,\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.line, p.code])).toEqual([['error', 2, 'no-location']]);
  });

  it('repairs ZIPs with a warning and keeps the row', () => {
    const { rows, problems } = run(parseOrders, [
      'order_id,placed_at,sku,quantity,customer_zip',
      "Z1,2026-07-01T10:00:00Z,A,1,'02134",
      'Z2,2026-07-01T10:00:00Z,A,1,2134',
      'Z3,2026-07-01T10:00:00Z,A,1,02134-1234',
      'Z4,2026-07-01T10:00:00Z,A,1,02134',
    ].join('\n') + '\n');
    expect(rows.map((r) => [r.orderId, r.zip5])).toEqual([['Z1', '02134'], ['Z2', '02134'], ['Z3', '02134'], ['Z4', '02134']]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code, p.message])).toEqual([
      ['warning', 2, 5, 'customer_zip', 'zip-repaired', 'ZIP "\'02134" was read as 02134 (leading apostrophe removed)'],
      ['warning', 3, 5, 'customer_zip', 'zip-repaired', 'ZIP "2134" was read as 02134 (leading zeros restored)'],
      ['warning', 4, 5, 'customer_zip', 'zip-repaired', 'ZIP "02134-1234" was read as 02134 (ZIP+4 shortened)'],
    ]);
  });

  it('a missing required column stops the file', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,customer_zip\n1,2026-07-01,A,10001\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.line, p.field, p.code])).toEqual([['error', 1, 'quantity', 'missing-column']]);
  });

  it('a file with neither a ZIP nor coordinate columns stops', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,quantity\n1,2026-07-01,A,1\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['missing-column']);
  });
});

describe('parseSkus', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(parseSkus, [
      'sku,name,category,weight_lb,length_in,width_in,height_in,unit_cost,unit_price,fragile,oversize',
      'A,Mug,Kitchen,1.5,4,4,5,2.10,8.00,yes,0',
      'B,,,,,,,,,,',
    ].join('\n') + '\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, sku: 'A', name: 'Mug', category: 'Kitchen', weightLb: 1.5, lengthIn: 4, widthIn: 4, heightIn: 5, unitCost: 2.1, unitPrice: 8, fragile: true, oversize: false },
      { line: 3, sku: 'B', name: '', category: '', weightLb: undefined, lengthIn: undefined, widthIn: undefined, heightIn: undefined, unitCost: undefined, unitPrice: undefined, fragile: false, oversize: false },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['sku', 'weight_lb', 'length_in', 'fragile', 'unit_price'];
    const base = { sku: 'G', weight_lb: '1', length_in: '4', fragile: 'no', unit_price: '5' };
    const { rows, got, want } = badCells(parseSkus, columns, base, [
      [{ sku: '' }, 'sku', 'required-value'],
      [{ weight_lb: '-1' }, 'weight_lb', 'bad-number'],
      [{ weight_lb: '2 lb' }, 'weight_lb', 'bad-number'],
      [{ length_in: 'ten' }, 'length_in', 'bad-number'],
      [{ fragile: 'maybe' }, 'fragile', 'bad-boolean'],
      [{ unit_price: '€5' }, 'unit_price', 'bad-number'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseNodes', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(parseNodes, [
      'node_id,type,zip,lat,lon,name,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy,safety_stock,active_from,active_to,tags',
      'WH1,Warehouse,43004,,,Columbus DC,America/New_York,14:00,Mon-Fri,500,3.00,0.75,99.5%,2,2026-07-01,2026-12-31,east|dc',
      'ST1,store,,34.05,-118.24,,,,,,,,,,,,',
    ].join('\n') + '\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2, nodeId: 'WH1', type: 'warehouse', name: 'Columbus DC', zip5: '43004', lat: undefined, lon: undefined,
        timezone: 'America/New_York', cutoff: 840, shipDays: 0b0111110, dailyOrderCapacity: 500, pickCostPerOrder: 3, pickCostPerExtraUnit: 0.75,
        inventoryAccuracy: 0.995, safetyStock: 2, activeFrom: 20635, activeTo: 20818, tags: ['east', 'dc'],
      },
      {
        line: 3, nodeId: 'ST1', type: 'store', name: 'ST1', zip5: undefined, lat: 34.05, lon: -118.24,
        timezone: undefined, cutoff: undefined, shipDays: undefined, dailyOrderCapacity: undefined, pickCostPerOrder: undefined, pickCostPerExtraUnit: undefined,
        inventoryAccuracy: undefined, safetyStock: undefined, activeFrom: undefined, activeTo: undefined, tags: [],
      },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['node_id', 'type', 'zip', 'timezone', 'cutoff', 'ship_days', 'daily_order_capacity', 'inventory_accuracy', 'active_from', 'pick_cost_per_order', 'safety_stock'];
    const base = { node_id: 'N0', type: 'store', zip: '43004' };
    const { rows, got, want } = badCells(parseNodes, columns, base, [
      [{ node_id: '' }, 'node_id', 'required-value'],
      [{ type: 'depot' }, 'type', 'bad-choice'],
      [{ type: '' }, 'type', 'required-value'],
      [{ zip: 'x' }, 'zip', 'bad-zip'],
      [{ zip: '' }, 'zip', 'no-location'],
      [{ timezone: 'Mars/Base' }, 'timezone', 'bad-timezone'],
      [{ cutoff: '25:00' }, 'cutoff', 'bad-time'],
      [{ cutoff: '2pm' }, 'cutoff', 'bad-time'],
      [{ ship_days: 'weekdays' }, 'ship_days', 'bad-ship-days'],
      [{ daily_order_capacity: '0' }, 'daily_order_capacity', 'bad-integer'],
      [{ inventory_accuracy: '120%' }, 'inventory_accuracy', 'bad-fraction'],
      [{ inventory_accuracy: '1.2' }, 'inventory_accuracy', 'bad-fraction'],
      [{ active_from: '2026-13-01' }, 'active_from', 'bad-date'],
      [{ pick_cost_per_order: '-3' }, 'pick_cost_per_order', 'bad-number'],
      [{ safety_stock: '-1' }, 'safety_stock', 'bad-integer'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('repairs a node ZIP with a warning and keeps the row', () => {
    const { rows, problems } = run(parseNodes, "node_id,type,zip\nWH,warehouse,43004-1234\nST,store,'02134\n");
    expect(rows.map((r) => [r.nodeId, r.zip5])).toEqual([['WH', '43004'], ['ST', '02134']]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code])).toEqual([
      ['warning', 2, 3, 'zip', 'zip-repaired'],
      ['warning', 3, 3, 'zip', 'zip-repaired'],
    ]);
  });

  it('a missing type column stops the file', () => {
    const { rows, problems } = run(parseNodes, 'node_id,zip\nWH,43004\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.field, p.code])).toEqual([['error', 'type', 'missing-column']]);
  });
});

describe('parseInventory', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(parseInventory, 'node_id,sku,on_hand,as_of\nWH1,A,10,2026-07-01\nWH1,B,0,\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, nodeId: 'WH1', sku: 'A', onHand: 10, asOf: 20635 },
      { line: 3, nodeId: 'WH1', sku: 'B', onHand: 0, asOf: undefined },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['node_id', 'sku', 'on_hand', 'as_of'];
    const base = { node_id: 'WH1', sku: 'A', on_hand: '3' };
    const { rows, got, want } = badCells(parseInventory, columns, base, [
      [{ node_id: '' }, 'node_id', 'required-value'],
      [{ sku: '' }, 'sku', 'required-value'],
      [{ on_hand: '-1.5' }, 'on_hand', 'bad-integer'],
      [{ on_hand: '2.5' }, 'on_hand', 'bad-integer'],
      [{ on_hand: '' }, 'on_hand', 'required-value'],
      [{ as_of: 'July 1' }, 'as_of', 'bad-date'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseInventory: negative on_hand (real systems oversell)', () => {
  it('keeps the row with on_hand 0 and a warning at its cell', () => {
    const { rows, problems } = run(parseInventory, 'node_id,sku,on_hand,as_of\nWH1,A,-3,2026-07-01\nWH1,B,4,\n');
    expect(rows).toEqual([
      { line: 2, nodeId: 'WH1', sku: 'A', onHand: 0, asOf: 20635 },
      { line: 3, nodeId: 'WH1', sku: 'B', onHand: 4, asOf: undefined },
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code])).toEqual([['warning', 2, 3, 'on_hand', 'negative-on-hand']]);
    expect(problems[0]!.message).toContain('"-3" is negative');
    expect(problems[0]!.message).toContain('read as 0');
  });
});

describe('parseReceipts', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(parseReceipts, 'node_id,sku,quantity,arrives_at\nWH1,A,5,2026-07-10\nWH1,B,3,2026-07-10T08:00:00-04:00\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, nodeId: 'WH1', sku: 'A', quantity: 5, arrivesAt: { day: 20644, minutes: 0, offset: null } },
      { line: 3, nodeId: 'WH1', sku: 'B', quantity: 3, arrivesAt: { day: 20644, minutes: 480, offset: -240 } },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['node_id', 'sku', 'quantity', 'arrives_at'];
    const base = { node_id: 'WH1', sku: 'A', quantity: '3', arrives_at: '2026-07-10' };
    const { rows, got, want } = badCells(parseReceipts, columns, base, [
      [{ quantity: '0' }, 'quantity', 'bad-integer'],
      [{ quantity: '' }, 'quantity', 'required-value'],
      [{ arrives_at: 'tomorrow' }, 'arrives_at', 'bad-timestamp'],
      [{ arrives_at: '' }, 'arrives_at', 'required-value'],
      [{ node_id: '' }, 'node_id', 'required-value'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseRates and parseTransit', () => {
  it('parses a valid rate card', () => {
    const { rows, problems } = run(parseRates, 'carrier,service,zone,max_weight_lb,price\nUPS,Ground,1,1,8.50\nUPS,Ground,8,70,61.25\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, carrier: 'UPS', service: 'Ground', zone: 1, maxWeightLb: 1, price: 8.5 },
      { line: 3, carrier: 'UPS', service: 'Ground', zone: 8, maxWeightLb: 70, price: 61.25 },
    ]);
  });

  it('reports each kind of bad rate cell once', () => {
    const columns = ['carrier', 'service', 'zone', 'max_weight_lb', 'price'];
    const base = { carrier: 'UPS', service: 'Ground', zone: '2', max_weight_lb: '5', price: '9' };
    const { rows, got, want } = badCells(parseRates, columns, base, [
      [{ carrier: '' }, 'carrier', 'required-value'],
      [{ service: '' }, 'service', 'required-value'],
      [{ zone: '9' }, 'zone', 'bad-choice'],
      [{ zone: '0' }, 'zone', 'bad-integer'],
      [{ zone: '2.5' }, 'zone', 'bad-integer'],
      [{ zone: '' }, 'zone', 'required-value'],
      [{ max_weight_lb: 'heavy' }, 'max_weight_lb', 'bad-number'],
      [{ price: '-1' }, 'price', 'bad-number'],
      [{ price: '' }, 'price', 'required-value'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('parses a valid transit table (0 days is allowed)', () => {
    const { rows, problems } = run(parseTransit, 'carrier,service,zone,business_days\nUPS,Ground,8,5\nUPS,Ground,1,0\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, carrier: 'UPS', service: 'Ground', zone: 8, businessDays: 5 },
      { line: 3, carrier: 'UPS', service: 'Ground', zone: 1, businessDays: 0 },
    ]);
  });

  it('reports each kind of bad transit cell once', () => {
    const columns = ['carrier', 'service', 'zone', 'business_days'];
    const base = { carrier: 'UPS', service: 'Ground', zone: '2', business_days: '2' };
    const { rows, got, want } = badCells(parseTransit, columns, base, [
      [{ business_days: '-1' }, 'business_days', 'bad-integer'],
      [{ business_days: '1.5' }, 'business_days', 'bad-integer'],
      [{ zone: 'x' }, 'zone', 'bad-integer'],
      [{ zone: '10' }, 'zone', 'bad-choice'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});
