/**
 * A mapping applied to rows: the WooCommerce fixture through the shipped example mapping
 * with hand-worked canonical rows, then fill_down, skip rules, order-level checks and
 * header problems on small hand-written exports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../../sim/import/log.ts';
import { importReportMarkdown } from '../../../sim/import/import-report.ts';
import { parseMapping, type Mapping } from '../../../sim/import/mapping/mapping-file.ts';
import {
  MappedInventory,
  MappedNodes,
  MappedOrders,
  MappedSkus,
  type MappedRows,
  type Row,
} from '../../../sim/import/mapping/transform.ts';
import { fromCSV } from '../../../sim/parse/csv.ts';
import { InputError, Problems } from '../../../sim/problems.ts';

const FIX = 'test/fixtures/woocommerce';

function mappingOf(yaml: string, file = 'map.yaml'): Mapping {
  const problems = new Problems();
  const m = parseMapping(yaml, file, problems);
  expect(problems.list).toEqual([]);
  return m!;
}

/** Feeds CSV text through a transform the way the streaming reader does. */
function feed(t: MappedRows, csv: string): (Row | null)[] {
  const table = fromCSV(csv, t.file, new Problems())!;
  t.header(table.header);
  return table.rows.map((r, i) => t.row(r, table.lines[i]!));
}

const entries = (log: ImportLog) => log.entries.map((e) => `${e.line} ${e.action} ${e.reason} | ${e.detail}`);
const line = (r: Row | null, cols: string[]) => (r ? cols.map((c) => r[c]).join(' ') : null);

describe('the WooCommerce fixture through examples/mappings/woocommerce.yaml', () => {
  const mapping = mappingOf(readFileSync('examples/mappings/woocommerce.yaml', 'utf8'), 'woocommerce.yaml');
  const log = new ImportLog();
  const orders = new MappedOrders(mapping.tables.orders!, 'orders.csv', log, 'orders');
  const out = feed(orders, readFileSync(`${FIX}/orders.csv`, 'utf8'));
  const COLS = [
    'order_id',
    'placed_at',
    'sku',
    'quantity',
    'customer_zip',
    'customer_state',
    'country',
    'ship_service',
    'unit_price',
    'status',
  ];

  it('writes one canonical line per line item, with order fields filled down to the item rows', () => {
    expect(out.map((r) => line(r, COLS))).toEqual([
      '1001 2026-03-06T09:15:00-06:00 MUG-BLU 2 78701 TX US standard 12.50 fulfilled', // line 2: Completed, Flat rate, CST
      '1001 2026-03-06T09:15:00-06:00 TOTE-NAT 1 78701 TX US standard 18.00 fulfilled', // line 3: order fields filled down
      '1002 2026-03-07T14:00:00-06:00 CANDLE-LG 1 10001 NY US expedited 22.00 ', // Processing: no status; Express
      null, // line 5: gift wrap without a SKU
      '1003 2026-03-08T03:30:00-05:00 MUG-BLU 1 02134 MA US standard 12.50 fulfilled', // 02:30 skipped by DST → 03:30 CDT; ZIP+4
      null, // 1004 Pending payment
      null, // … and its item row (status filled down, so the skip rule sees it)
      null, // 1005 to Canada
      '1006 2026-03-09T16:45:00-05:00 CANDLE-LG 2 02134 MA US standard 22.00 cancelled', // Excel-stripped ZIP 2134
      null, // 1007 local pickup: no postcode
      null, // 1008 line 1: quantity 0
      '1008 2026-03-10T15:05:00-05:00 TOTE-NAT 3 98101 WA US expedited 18.00 fulfilled', // its second line is kept
      '1009 2026-03-10T18:30:00-05:00 CANDLE-LG 1 80202 CO US standard 22.00 cancelled', // Refunded
    ]);
    expect(orders.output).toEqual([
      'order_id',
      'placed_at',
      'sku',
      'quantity',
      'customer_zip',
      'customer_state',
      'country',
      'ship_service',
      'unit_price',
      'tags',
      'status',
      'shipped_at',
    ]);
  });

  it('logs every skip and repair at its line; read = written + skipped', () => {
    expect(entries(log)).toEqual([
      '5 skipped sku is empty | ',
      '6 repaired customer_zip: ZIP repaired (ZIP+4 shortened) | 02134-1234 → 02134',
      "7 skipped left out by the mapping's skip rule: Order Status in [failed, wc-failed, pending, pending payment, wc-pending, draft, checkout-draft] | Pending payment",
      "8 skipped left out by the mapping's skip rule: Order Status in [failed, wc-failed, pending, pending payment, wc-pending, draft, checkout-draft] | Pending payment",
      '9 skipped destination outside the US | CA',
      '10 repaired customer_zip: ZIP repaired (leading zeros restored) | 2134 → 02134',
      '11 skipped no destination: no customer_zip (pickup, digital or draft order?) | ',
      '12 skipped quantity (column "Quantity") is not a whole number ≥ 1 | 0',
    ]);
    expect(log.files()).toEqual([
      { file: 'orders.csv', kind: 'orders', read: 13, written: 7, skipped: 6, repaired: 2, kept: 0 },
    ]);
  });

  it('records the orders, skus, date span and offsets for the starter scenario', () => {
    expect(orders.orderCount).toBe(6);
    expect([...orders.skus]).toEqual(['MUG-BLU', 'TOTE-NAT', 'CANDLE-LG']);
    expect([orders.firstDate, orders.lastDate]).toEqual(['2026-03-06', '2026-03-10']);
    expect(orders.offsets).toEqual(
      new Map([
        [-360, 3],
        [-300, 4],
      ]),
    );
    expect(orders.timezone).toBe('America/Chicago');
    expect(orders.naivePlacedAt).toBe(0);
  });

  it('reads skus and inventory from the same product export, converting kg and cm', () => {
    const log2 = new ImportLog();
    const products = readFileSync(`${FIX}/products.csv`, 'utf8');
    const skus = new MappedSkus(mapping.tables.skus!, 'products.csv', log2, 'skus', 'products.csv (skus)');
    feed(skus, products);
    expect(
      [...skus.rows.values()].map((r) =>
        line(r, ['sku', 'name', 'category', 'weight_lb', 'length_in', 'width_in', 'height_in', 'unit_price']),
      ),
    ).toEqual([
      'MUG-BLU Ceramic Mug - Blue Kitchen 0.992079 4.724412 3.543309 3.93701 12.50', // 0.45 kg × 2.20462; 12, 9, 10 cm × 0.393701
      'TOTE-NAT Canvas Tote - Natural Bags 0.440924 15.74804 13.779535 0.787402 18.00',
      'CANDLE-LG Hand-poured Candle Home 1.322772 3.93701 3.93701 4.724412 22.00',
      'GIFT-CARD Gift Card Gift cards     25.00',
    ]);
    const inv = new MappedInventory(
      mapping.tables.inventory!,
      'products.csv',
      log2,
      'inventory',
      'products.csv (inventory)',
    );
    inv.knownNode = (id) => id === 'WH-1';
    feed(inv, products);
    expect(inv.rows.map((r) => line(r, ['node_id', 'sku', 'on_hand', 'as_of']))).toEqual([
      'WH-1 MUG-BLU 40 ',
      'WH-1 TOTE-NAT 25 ',
      'WH-1 CANDLE-LG -2 ', // kept as exported
    ]);
    expect(entries(log2)).toEqual([
      "3 skipped left out by the mapping's skip rule: Type in [variable, grouped, external] | variable",
      '7 skipped sku listed again (the first row is kept) | MUG-BLU (first on line 2)',
      "3 skipped left out by the mapping's skip rule: Type in [variable, grouped, external] | variable",
      '5 kept-as-exported on_hand: negative count (oversold) written as exported; run and validate read it as 0 | -2',
      '6 skipped on_hand is empty | ',
      '7 skipped node and sku listed again (the first row is kept) | MUG-BLU at WH-1 (first on line 2)',
    ]);
    expect(log2.files().map((f) => `${f.file}: ${f.read} = ${f.written} + ${f.skipped}`)).toEqual([
      'products.csv (skus): 6 = 4 + 2',
      'products.csv (inventory): 6 = 3 + 3',
    ]);
  });

  it('reads nodes: types in canonical spelling, ZIP repaired, time zones from the ZIP, rows without a location left out', () => {
    const log3 = new ImportLog();
    const nodes = new MappedNodes(mapping.tables.nodes!, 'locations.csv', log3, 'nodes');
    feed(nodes, readFileSync(`${FIX}/locations.csv`, 'utf8'));
    expect(
      nodes.rows.map((r) => line(r, ['node_id', 'type', 'name', 'zip', 'timezone', 'daily_order_capacity'])),
    ).toEqual([
      'WH-1 warehouse Austin Warehouse 78744 America/Chicago ',
      '3PL-RNO 3pl Reno 3PL 89502 America/Los_Angeles 200',
    ]);
    expect(entries(log3)).toEqual([
      '2 repaired no timezone: taken from the state of the ZIP | WH-1: America/Chicago',
      '3 repaired zip: ZIP repaired (ZIP+4 shortened) | 89502-1234 → 89502',
      '3 repaired no timezone: taken from the state of the ZIP | 3PL-RNO: America/Los_Angeles',
      '4 skipped no location: neither zip nor lat and lon | STORE-OLD',
    ]);
  });

  it('the import report lists each file with totals that add up', () => {
    const md = importReportMarkdown(log, 'data/woo', []);
    expect(md).toContain('| orders.csv | orders | 13 | 7 | 6 | 2 |');
    for (const f of log.files()) expect(f.read).toBe(f.written + f.skipped);
  });
});

const SMALL = `orders:
  columns:
    order_id: Order
    placed_at: { column: Date, timezone: America/New_York }
    sku: Item
    quantity: Qty
    customer_zip: Zip
    ship_service: { column: Method, map: { express: expedited }, default: standard }
`;

describe('fill_down', () => {
  const csv = `Order,Date,Status,Zip,Method,Item,Qty
A1,2026-07-01 10:00,paid,10001,Express,X,1
,,,,,Y,2
A2,2026-07-01 11:00,paid,,Express,X,1
A3,2026-07-01 12:00,,30301,,X,1
,,,,,Y,1
`;

  it('fills blank cells from the same order only, never from the order above', () => {
    const log = new ImportLog();
    const t = new MappedOrders(
      mappingOf(`${SMALL}  fill_down: [order_id, placed_at, customer_zip, ship_service]\n`).tables.orders!,
      'o.csv',
      log,
      'orders',
    );
    expect(
      feed(t, csv).map((r) => line(r, ['order_id', 'placed_at', 'sku', 'quantity', 'customer_zip', 'ship_service'])),
    ).toEqual([
      'A1 2026-07-01T10:00:00-04:00 X 1 10001 expedited',
      'A1 2026-07-01T10:00:00-04:00 Y 2 10001 expedited',
      null, // A2 has no ZIP: not A1's
      'A3 2026-07-01T12:00:00-04:00 X 1 30301 standard', // a blank Method is the default, not A2's Express
      'A3 2026-07-01T12:00:00-04:00 Y 1 30301 standard',
    ]);
    expect(entries(log)).toEqual(['4 skipped no destination: no customer_zip (pickup, digital or draft order?) | ']);
  });

  it('without fill_down, a continuation row without an order id is left out, and one whose order-level column differs is too', () => {
    const log = new ImportLog();
    const t = new MappedOrders(
      mappingOf(`${SMALL}  fill_down: [order_id, placed_at, customer_zip]\n`).tables.orders!,
      'o.csv',
      log,
      'orders',
    );
    const rows = feed(t, csv);
    expect(rows.map((r) => r?.sku ?? null)).toEqual(['X', null, null, 'X', 'Y']);
    expect(entries(log)).toEqual([
      '3 skipped ship_service differs from the order\'s first line (list ship_service in fill_down if the export gives it only on an order\'s first row) | order A1: "expedited" on line 2, "standard" here',
      '4 skipped no destination: no customer_zip (pickup, digital or draft order?) | ',
    ]);
    const none = new ImportLog();
    const bare = new MappedOrders(mappingOf(SMALL).tables.orders!, 'o.csv', none, 'orders');
    feed(bare, csv);
    expect(entries(none).filter((e) => e.startsWith('3 ') || e.startsWith('6 '))).toEqual([
      '3 skipped order_id is empty | ',
      '6 skipped order_id is empty | ',
    ]);
  });

  it('fills a source column named directly, for a skip rule on a column no canonical column reads', () => {
    const log = new ImportLog();
    const yaml = `${SMALL}  skip: [{ column: Status, not_in: [paid] }]\n  fill_down: [order_id, placed_at, customer_zip, ship_service, Status]\n`;
    const t = new MappedOrders(mappingOf(yaml).tables.orders!, 'o.csv', log, 'orders');
    expect(feed(t, csv).map((r) => r?.sku ?? null)).toEqual(['X', 'Y', null, null, null]);
    expect(entries(log)).toEqual([
      '4 skipped no destination: no customer_zip (pickup, digital or draft order?) | ',
      "5 skipped left out by the mapping's skip rule: Status not in [paid] | ",
      "6 skipped left out by the mapping's skip rule: Status not in [paid] | ",
    ]);
  });

  it('fills down any table from the row above', () => {
    const yaml = 'skus:\n  columns:\n    sku: SKU\n    category: Category\n  fill_down: [category]\n';
    const t = new MappedSkus(mappingOf(yaml).tables.skus!, 's.csv', new ImportLog(), 'skus');
    feed(t, 'Category,SKU\nMugs,M1\n,M2\nBags,B1\n,B2\n');
    expect([...t.rows.values()].map((r) => `${r.sku}:${r.category}`)).toEqual([
      'M1:Mugs',
      'M2:Mugs',
      'B1:Bags',
      'B2:Bags',
    ]);
  });
});

describe('skip rules and bad values', () => {
  it('match ignoring case; a value outside a map without default is an error row; bad optional values are left empty', () => {
    const yaml = `${SMALL}    status: { column: Status, map: { paid: fulfilled, void: cancelled } }
    unit_price: Price
  skip:
    - { column: Status, in: [TEST] }
`;
    const log = new ImportLog();
    const t = new MappedOrders(mappingOf(yaml).tables.orders!, 'o.csv', log, 'orders');
    const rows = feed(
      t,
      `Order,Date,Status,Zip,Method,Item,Qty,Price
B1,2026-07-02 09:00,test,10001,,X,1,5
B2,2026-07-02 09:30,Paid,10001,,X,1,$5
B3,2026-07-02 10:00,on-hold,10001,,X,1,5
B4,2026-07-02 10:30,VOID,10001,,X,1,5
`,
    );
    expect(rows.map((r) => line(r, ['order_id', 'status', 'unit_price']))).toEqual([
      null,
      'B2 fulfilled ',
      null,
      'B4 cancelled 5',
    ]);
    expect(entries(log)).toEqual([
      "2 skipped left out by the mapping's skip rule: Status in [TEST] | test",
      '3 repaired unit_price (column "Price") is not a number ≥ 0: left empty | $5',
      '4 skipped status (column "Status"): value not in the mapping\'s map (add it there, or give a default) | on-hold',
    ]);
  });

  it('leaves out dates that are not dates, and counts times without an offset when no timezone is given', () => {
    const yaml = SMALL.replace('{ column: Date, timezone: America/New_York }', 'Date');
    const t = new MappedOrders(mappingOf(yaml).tables.orders!, 'o.csv', new ImportLog(), 'orders');
    const rows = feed(
      t,
      'Order,Date,Zip,Item,Qty,Method\nC1,2026-07-02 09:00,10001,X,1,\nC2,yesterday,10001,X,1,\nC3,2026-07-02T09:00:00-07:00,10001,X,1,\n',
    );
    expect(rows.map((r) => r?.placed_at ?? null)).toEqual(['2026-07-02T09:00:00', null, '2026-07-02T09:00:00-07:00']);
    expect(t.naivePlacedAt).toBe(1);
    expect(t.offsets).toEqual(new Map([[-420, 1]]));
  });
});

describe('source columns missing from the header', () => {
  const yaml = `orders:
  columns:
    order_id: Order Numbr
    placed_at: Date
    sku: Item
    quantity: Quantity Ordered
    customer_zip: Zip
  skip: [{ column: Status, in: [x] }]
  fill_down: [ordr_id]
`;
  it('are input errors at the data file header, naming the mapping line and a close header column', () => {
    const t = new MappedOrders(mappingOf(yaml).tables.orders!, 'export.csv', new ImportLog(), 'orders');
    let err: InputError | undefined;
    try {
      t.header(['Order Number', 'Date', 'Item', 'Qty', 'ZIP']);
    } catch (e) {
      err = e as InputError;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(
      err!.problems.map((p) => `${p.file}:${p.line}:${p.column ?? '-'} [${p.field}] ${p.message} → ${p.hint}`),
    ).toEqual([
      'export.csv:1:1 [Order Numbr] column "Order Numbr", named by the mapping at map.yaml:3:15, is not in the header → did you mean "Order Number"? Correct the name at map.yaml:3:15 (names are matched ignoring case and surrounding spaces)',
      'export.csv:1:- [Quantity Ordered] column "Quantity Ordered", named by the mapping at map.yaml:6:15, is not in the header → correct the name at map.yaml:6:15 to one of the columns of export.csv, or export that column',
      'export.csv:1:- [ordr_id] column "ordr_id", named by the mapping at map.yaml:9:15, is not in the header → did you mean "order_id"? Correct the name at map.yaml:9:15 (names are matched ignoring case and surrounding spaces)',
      'export.csv:1:- [Status] column "Status", named by the mapping at map.yaml:8:20, is not in the header → correct the name at map.yaml:8:20 to one of the columns of export.csv, or export that column',
    ]);
  });

  it('match header names ignoring case and spaces', () => {
    const t = new MappedOrders(mappingOf(SMALL).tables.orders!, 'o.csv', new ImportLog(), 'orders');
    expect(() => t.header([' ORDER ', 'date', 'zip', 'method', 'item', 'QTY'])).not.toThrow();
  });
});

describe('inventory and nodes checks', () => {
  it('leaves out stock at nodes the nodes file does not list', () => {
    const yaml =
      'inventory:\n  columns:\n    node_id: Warehouse\n    sku: SKU\n    on_hand: { column: Cases, multiply: 12 }\n';
    const log = new ImportLog();
    const t = new MappedInventory(mappingOf(yaml).tables.inventory!, 'stock.csv', log, 'inventory');
    t.knownNode = (id) => id === 'WH';
    feed(t, 'Warehouse,SKU,Cases\nWH,A,2\nXX,A,1\nWH,B,0.1\n');
    expect(t.rows.map((r) => `${r.node_id} ${r.sku} ${r.on_hand}`)).toEqual(['WH A 24']);
    expect(entries(log)).toEqual([
      '3 skipped node_id is not in the nodes file | XX',
      '4 skipped on_hand (column "Cases") × 12 is not a whole number ≥ 0 | 0.1 → 1.2',
    ]);
  });

  it('leaves out a repeated node id, keeping the first', () => {
    const yaml = 'nodes:\n  columns:\n    node_id: Code\n    type: { value: store }\n    lat: Lat\n    lon: Lon\n';
    const log = new ImportLog();
    const t = new MappedNodes(mappingOf(yaml).tables.nodes!, 'n.csv', log, 'nodes');
    feed(t, 'Code,Lat,Lon\nS1,40.7,-74\nS1,34,-118\n');
    expect(t.rows.map((r) => `${r.node_id} ${r.type} ${r.lat} ${r.lon} [${r.timezone}]`)).toEqual([
      'S1 store 40.7 -74 []',
    ]);
    expect(t.output).toContain('lat');
    expect(entries(log)).toEqual(['3 skipped node_id listed again (the first row is kept) | S1 (first on line 2)']);
  });
});
