/**
 * orders.csv (parseOrders). Expected rows written out by hand:
 *   2026-07-01 = epoch day 20635 (07-06 = 20640, 07-10 = 20644, 12-31 = 20818);
 *   14:05 = 845 min, 09:30 = 570 min, 08:00 = 480 min, 14:00 = 840 min; Mon–Fri = 0b0111110.
 * Bad-cell tables (helpers/parse.ts) are built from one good row: row i (line i + 2) changes one
 * cell, and must give exactly one problem at that line, in that cell's column, and be left out.
 */
import { describe, expect, it } from 'vitest';
import { parseOrders, readOrders } from '../../sim/parse/orders.ts';
import { Problems } from '../../sim/problems.ts';
import { badCells, run } from '../helpers/parse.ts';

describe('parseOrders', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(
      parseOrders,
      [
        'order_id,placed_at,sku,quantity,customer_zip,unit_price,customer_state,country,ship_service,promised_by,tags',
        '1001,2026-07-01T14:05:00-05:00,A,2,10001,9.99,NY,us,Express,2026-07-06,"gift, vip"',
        '1001,2026-07-01T14:05:00-05:00,B,1,10001,,,,,,',
        '1002,2026-07-01 09:30:00 -0400,C,3,90210,0,CA,US,standard,,',
      ].join('\n') + '\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        orderId: '1001',
        placedAt: { day: 20635, minutes: 845, offset: -300 },
        sku: 'A',
        quantity: 2,
        zip5: '10001',
        lat: undefined,
        lon: undefined,
        unitPrice: 9.99,
        state: 'NY',
        country: 'US',
        shipService: 'express',
        promisedBy: 20640,
        tags: ['gift', 'vip'],
        status: '',
      },
      {
        line: 3,
        orderId: '1001',
        placedAt: { day: 20635, minutes: 845, offset: -300 },
        sku: 'B',
        quantity: 1,
        zip5: '10001',
        lat: undefined,
        lon: undefined,
        unitPrice: undefined,
        state: undefined,
        country: 'US',
        shipService: 'standard',
        promisedBy: undefined,
        tags: [],
        status: '',
      },
      {
        line: 4,
        orderId: '1002',
        placedAt: { day: 20635, minutes: 570, offset: -240 },
        sku: 'C',
        quantity: 3,
        zip5: '90210',
        lat: undefined,
        lon: undefined,
        unitPrice: 0,
        state: 'CA',
        country: 'US',
        shipService: 'standard',
        promisedBy: undefined,
        tags: [],
        status: '',
      },
    ]);
  });

  it('reads the historical status', () => {
    const { rows, problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_zip,status\nO1,2026-07-01,A,1,10001,Cancelled\nO2,2026-07-01,A,1,10001,fulfilled\nO3,2026-07-01,A,1,10001,lost\n',
    );
    expect(rows.map((r) => [r.orderId, r.status])).toEqual([
      ['O1', 'cancelled'],
      ['O2', 'fulfilled'],
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code])).toEqual([
      ['error', 4, 6, 'status', 'bad-choice'],
    ]);
  });

  it('parses coordinates instead of a ZIP', () => {
    const { rows, problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-01T10:00:00Z,A,1,40.75,-73.99\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orderId: 'O1',
      placedAt: { day: 20635, minutes: 600, offset: 0 },
      lat: 40.75,
      lon: -73.99,
    });
    expect(rows[0]!.zip5).toBeUndefined();
  });

  it('reports each kind of bad cell once, at its line and column, and leaves the row out', () => {
    const columns = ['order_id', 'placed_at', 'sku', 'quantity', 'customer_zip', 'unit_price', 'promised_by'];
    const base = {
      order_id: 'G1',
      placed_at: '2026-07-01T10:00:00Z',
      sku: 'A',
      quantity: '1',
      customer_zip: '10001',
      unit_price: '5',
      promised_by: '2026-07-06',
    };
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
    const base = {
      order_id: 'L0',
      placed_at: '2026-07-01T10:00:00Z',
      sku: 'A',
      quantity: '1',
      customer_lat: '40',
      customer_lon: '-74',
    };
    const { rows, got, want } = badCells(parseOrders, columns, base, [
      [{ customer_lat: '95' }, 'customer_lat', 'bad-number'],
      [{ customer_lon: '-190' }, 'customer_lon', 'bad-number'],
      [{ customer_lat: 'north' }, 'customer_lat', 'bad-number'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('an order with half its coordinates has no location', () => {
    const { rows, problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-01T10:00:00Z,A,1,40,\n',
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.line, p.code])).toEqual([['error', 2, 'no-location']]);
  });

  it('repairs ZIPs with a warning and keeps the row', () => {
    const { rows, problems } = run(
      parseOrders,
      [
        'order_id,placed_at,sku,quantity,customer_zip',
        "Z1,2026-07-01T10:00:00Z,A,1,'02134",
        'Z2,2026-07-01T10:00:00Z,A,1,2134',
        'Z3,2026-07-01T10:00:00Z,A,1,02134-1234',
        'Z4,2026-07-01T10:00:00Z,A,1,02134',
      ].join('\n') + '\n',
    );
    expect(rows.map((r) => [r.orderId, r.zip5])).toEqual([
      ['Z1', '02134'],
      ['Z2', '02134'],
      ['Z3', '02134'],
      ['Z4', '02134'],
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code, p.message])).toEqual([
      ['warning', 2, 5, 'customer_zip', 'zip-repaired', 'ZIP "\'02134" was read as 02134 (leading apostrophe removed)'],
      ['warning', 3, 5, 'customer_zip', 'zip-repaired', 'ZIP "2134" was read as 02134 (leading zeros restored)'],
      ['warning', 4, 5, 'customer_zip', 'zip-repaired', 'ZIP "02134-1234" was read as 02134 (ZIP+4 shortened)'],
    ]);
  });

  it('a missing required column stops the file', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,customer_zip\n1,2026-07-01,A,10001\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.line, p.field, p.code])).toEqual([
      ['error', 1, 'quantity', 'missing-column'],
    ]);
  });

  it('a file with neither a ZIP nor coordinate columns stops', () => {
    const { rows, problems } = run(parseOrders, 'order_id,placed_at,sku,quantity\n1,2026-07-01,A,1\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['missing-column']);
  });
});

describe('parseOrders: edges', () => {
  it('a header with no rows gives no rows and no problems', () => {
    expect(run(parseOrders, 'order_id,placed_at,sku,quantity,customer_zip\n')).toEqual({ rows: [], problems: [] });
  });

  it('gives the exact problem text, file, line and column', () => {
    const { rows, problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_zip\nO1,2026-07-01T10:00:00Z,A,0,10001\nO2,2026-07-01T10:00:00Z,A,1,1000\nO3,yesterday,A,1,10001\n',
      'orders.csv',
    );
    // 1000 is four digits: read as 01000 with a warning (leading zero restored), the row kept
    expect(rows.map((r) => [r.orderId, r.zip5])).toEqual([['O2', '01000']]);
    expect(problems.map((p) => [p.severity, p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['error', 'orders.csv', 2, 4, 'quantity', '"0" is not a whole number ≥ 1'],
      ['warning', 'orders.csv', 3, 5, 'customer_zip', 'ZIP "1000" was read as 01000 (leading zeros restored)'],
      ['error', 'orders.csv', 4, 2, 'placed_at', '"yesterday" is not a date-time'],
    ]);
  });

  it('quantity 1 is the smallest allowed; coordinates at the ±90 / ±180 bounds are allowed', () => {
    const { rows, problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-01T10:00:00Z,A,1,90,-180\nO2,2026-07-01T10:00:00Z,A,1,-90,180\n',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.quantity, r.lat, r.lon])).toEqual([
      [1, 90, -180],
      [1, -90, 180],
    ]);
  });

  it('drops coordinates when a ZIP is given, and reads the historical columns', () => {
    const { rows, problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_zip,customer_lat,customer_lon,fulfilled_from,shipped_at,delivered_at,shipping_cost\nO1,2026-07-01T10:00:00Z,A,1,10001,40,-74,WH,2026-07-02T09:00:00Z,2026-07-06,7.25\n',
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      zip5: '10001',
      lat: undefined,
      lon: undefined,
      fulfilledFrom: 'WH',
      shippedAt: { day: 20636, minutes: 540, offset: 0 }, // 07-02 = 20635 + 1; 09:00 = 540 min
      deliveredAt: { day: 20640, minutes: 0, offset: null },
      shippingCost: 7.25,
    });
  });

  it('names customer_lat when a coordinates-only file has no latitude', () => {
    const { problems } = run(
      parseOrders,
      'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-01T10:00:00Z,A,1,,-74\n',
    );
    expect(problems.map((p) => [p.line, p.column, p.field, p.message])).toEqual([
      [2, 5, 'customer_lat', 'order O1 has neither a ZIP nor latitude and longitude'],
    ]);
  });
});

describe('readOrders: orders.csv read row by row', () => {
  const text =
    [
      'order_id,placed_at,sku,quantity,customer_zip,tags',
      '1001,2026-07-01T14:05:00-05:00,A,2,10001,gift',
      '1001,2026-07-01T14:05:00-05:00,B,x,10001,gift',
      '1001,2026-07-01T14:05:00-05:00,B,1,10001,gift',
      '1002,2026-07-01T14:05:00-05:00,A,1,10001,',
    ].join('\n') + '\n';

  it('gives the rows and problems parseOrders gives', () => {
    const problems = new Problems();
    const read = readOrders(text, 't.csv', problems, { pieceChars: 16 })!;
    expect({ rows: read.rows, problems: problems.list }).toEqual(run(parseOrders, text));
    expect(read.count).toBe(4);
    expect(problems.list.map((p) => [p.line, p.column, p.field])).toEqual([[3, 4, 'quantity']]);
  });

  it('lines share their order’s timestamp, equal strings and one frozen tag list', () => {
    const rows = readOrders(text, 't.csv', new Problems())!.rows;
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5]);
    // the same placement written again is the same timestamp, even across orders
    expect(rows[1]!.placedAt).toBe(rows[0]!.placedAt);
    expect(rows[2]!.placedAt).toBe(rows[0]!.placedAt);
    expect(rows[1]!.tags).toBe(rows[0]!.tags);
    expect(Object.isFrozen(rows[0]!.tags)).toBe(true);
    expect(rows[2]!.tags).toEqual([]);
    expect(() => rows[0]!.tags.push('x')).toThrow();
  });
});
