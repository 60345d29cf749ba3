/**
 * The Shopify transforms on the project's own fixture exports (test/fixtures/shopify),
 * each quirk with its expected canonical rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../../sim/parse/csv.ts';
import { Problems, InputError } from '../../../sim/problems.ts';
import { ImportLog } from '../../../sim/import/log.ts';
import { ShopifyOrders, shipServiceOf, skuFromName } from '../../../sim/import/shopify/orders.ts';
import { ShopifyProducts } from '../../../sim/import/shopify/products.ts';
import { ShopifyInventory } from '../../../sim/import/shopify/inventory.ts';
import { parseLocations } from '../../../sim/import/locations.ts';

const FIX = 'test/fixtures/shopify';

/** Feeds a fixture through a transform the way the streaming reader does. */
function feed<T>(file: string, t: { header(h: string[]): void; row(r: string[], line: number): T }): T[] {
  const table = fromCSV(readFileSync(`${FIX}/${file}`, 'utf8'), file, new Problems())!;
  t.header(table.header);
  return table.rows.map((r, i) => t.row(r, table.lines[i]!));
}

describe('Shopify orders export', () => {
  const log = new ImportLog();
  const orders = new ShopifyOrders('orders_export.csv', log);
  const out = feed('orders_export.csv', orders);

  it('has the 79 columns of a real export', () => {
    expect(readFileSync(`${FIX}/orders_export.csv`, 'utf8').split('\n')[0]!.split(',')).toHaveLength(79);
  });

  it('writes one canonical line per shippable line item, with order fields carried to continuation rows', () => {
    expect(
      out
        .filter(Boolean)
        .map(
          (r) =>
            `${r!.order_id} ${r!.placed_at} ${r!.sku} ${r!.quantity} ${r!.customer_zip} ${r!.customer_state} ${r!.country} ${r!.ship_service} ${r!.unit_price} [${r!.tags}] ${r!.status} ${r!.shipped_at}`,
        ),
    ).toEqual([
      '#1004 2025-03-21T09:15:02-07:00 TOTE-NAT 2 02134 MA US expedited 18.00 [vip, wholesale] fulfilled 2025-03-21T15:00:00-07:00',
      '#1004 2025-03-21T09:15:02-07:00 MUG-BLU 1 02134 MA US expedited 12.50 [vip, wholesale] fulfilled 2025-03-21T15:00:00-07:00',
      '#1002 2025-03-20T05:20:57-07:00 MUG-BLU 1 02134 MA US standard 12.50 [] fulfilled ',
      '#1003 2025-03-20T18:40:11-07:00 NAPKIN-4 3 94110 CA US standard 24.00 [] cancelled ',
      '#1001 2025-03-19T23:59:59-07:00 NOSKU:hand-poured-candle 1 60614 IL US standard 22.00 [first-order] fulfilled ',
      '#1007 2025-03-23T08:30:00-07:00 TOTE-NAT 2 10001 NY US expedited 18.00 []  ',
    ]);
  });

  it('accounts for every row: read = written + skipped, each skip and repair at its line', () => {
    expect(log.files()).toEqual([
      {
        file: 'orders_export.csv',
        kind: 'Shopify orders export',
        read: 11,
        written: 6,
        skipped: 5,
        repaired: 4,
        kept: 0,
      },
    ]);
    expect(log.entries.map((e) => `${e.line} ${e.action} ${e.reason} | ${e.detail}`)).toEqual([
      "2 repaired ZIP repaired (leading apostrophe removed) | '02134 → 02134",
      '5 skipped does not require shipping (gift card or digital) | Gift Card $25',
      '6 repaired ZIP repaired (leading zeros restored) | 2134 → 02134',
      '8 skipped destination outside the US | CA',
      '9 skipped destination outside the US | CA',
      '10 repaired ZIP repaired (ZIP+4 shortened) | 60614-2210 → 60614',
      '10 repaired no Lineitem sku: sku made from the item name | Hand-poured Candle → NOSKU:hand-poured-candle',
      '11 skipped Lineitem quantity is not a whole number ≥ 1 | 0',
      '12 skipped no shipping ZIP (pickup, digital or draft order) | ',
    ]);
  });

  it('counts a quoted note with a line break as one record at the line it starts on', () => {
    // #1004's first row holds "Leave at the side door.\nRing twice.": its continuation rows are lines 4 and 5
    expect(log.entries.find((e) => e.detail === 'Gift Card $25')!.line).toBe(5);
  });

  it('records the date span and the UTC offsets seen', () => {
    expect([orders.firstDate, orders.lastDate]).toEqual(['2025-03-19', '2025-03-23']);
    expect([...orders.offsets]).toEqual([[-420, 6]]);
    // #1005 (Canada) and #1006 (pickup) are left out whole: 5 orders written of the 7 seen
    expect(orders.orderCount).toBe(5);
    expect(orders.ordersSeen).toBe(7);
    expect(new Set(out.filter(Boolean).map((r) => r!.order_id)).size).toBe(orders.orderCount);
  });

  it('rejects an export without the columns it needs, naming them', () => {
    const o = new ShopifyOrders('x.csv', new ImportLog());
    expect(() =>
      o.header(['Name', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem sku', 'Shipping Zip']),
    ).toThrow(InputError);
    try {
      o.header([
        'Name',
        'Created',
        'Lineitem quantity',
        'Lineitem name',
        'Lineitem sku',
        'Shipping Zip',
        'Shipping Country',
      ]);
    } catch (e) {
      const p = (e as InputError).problems[0]!;
      expect(p.message).toContain('"Created at"');
      expect(p.hint).toContain('"Created"');
    }
  });

  it('maps shipping methods to ship services', () => {
    expect(['Standard Shipping', 'UPS Ground', 'Free shipping'].map(shipServiceOf)).toEqual([
      'standard',
      'standard',
      'standard',
    ]);
    expect(
      ['Express', 'UPS 2nd Day Air', 'FedEx 2Day', 'USPS Priority Mail', 'Overnight', 'Next Day'].map(shipServiceOf),
    ).toEqual(Array(6).fill('expedited'));
    expect(skuFromName('  Blue Mug (Large) ')).toBe('NOSKU:blue-mug-large');
  });
});

describe('Shopify products export', () => {
  it('reads the old column names: variants inherit title and type; images, gift cards and repeats are left out', () => {
    const log = new ImportLog();
    const p = new ShopifyProducts('products_export.csv', log);
    feed('products_export.csv', p);
    expect(
      [...p.skus.values()].map((s) => `${s.sku}|${s.name}|${s.category}|${s.weight_lb}|${s.unit_price}|${s.unit_cost}`),
    ).toEqual([
      'TOTE-NAT|Canvas Tote / Natural|Bags|0.750|18.00|6.10',
      'TOTE-BLK|Canvas Tote / Black|Bags|0.750|18.00|6.10',
      'MUG-BLU|Ceramic Mug / Blue|Kitchen||12.50|3.20',
      'NAPKIN-4|Linen Napkin Set|Table|0.992|24.00|',
    ]);
    expect(log.files()[0]).toMatchObject({ read: 7, written: 4, skipped: 3, repaired: 1 });
    expect(log.entries.map((e) => `${e.line} ${e.action} ${e.reason}`)).toEqual([
      '4 skipped image or option row (no variant)',
      '5 repaired no weight (0 g or empty): left empty, the scenario default applies',
      '6 skipped does not require shipping (gift card or digital)',
      '8 skipped SKU listed again (first one kept)',
    ]);
  });

  it('reads the new column names (URL handle, SKU, Weight value (grams), Price)', () => {
    const p = new ShopifyProducts('products_export_new.csv', new ImportLog());
    feed('products_export_new.csv', p);
    expect([...p.skus.values()].map((s) => `${s.sku}|${s.name}|${s.category}|${s.weight_lb}|${s.unit_price}`)).toEqual([
      'TOTE-NAT|Canvas Tote / Natural|Bags|0.750|18.00',
      'TOTE-BLK|Canvas Tote / Black|Bags|0.750|18.00',
      'MUG-BLU|Ceramic Mug / Blue|Kitchen|0.926|12.50',
    ]);
  });
});

describe('Shopify inventory export', () => {
  const locations = parseLocations(readFileSync(`${FIX}/locations.csv`, 'utf8'), 'locations.csv', new ImportLog());
  const expected = [
    'COLUMBUS-WAREHOUSE TOTE-NAT 42',
    'BROOKLYN-STORE TOTE-NAT 3',
    'COLUMBUS-WAREHOUSE TOTE-BLK -2', // kept as exported: validate and run warn and read it as 0
    'COLUMBUS-WAREHOUSE MUG-BLU 25',
    'BROOKLYN-STORE MUG-BLU 4',
    'COLUMBUS-WAREHOUSE NAPKIN-4 10',
  ];
  it.each([
    ['inventory_export.csv', 'long-current'],
    ['inventory_export_older.csv', 'long-older'],
    ['inventory_export_wide.csv', 'wide'],
  ])('reads %s (%s): negative kept as exported, "not stocked" left out', (file, layout) => {
    const log = new ImportLog();
    const inv = new ShopifyInventory(file, log, locations.nodeOf, '2025-03-19');
    const rows = feed(file, inv).flat();
    expect(inv.layout).toBe(layout);
    expect(rows.map((r) => `${r.node_id} ${r.sku} ${r.on_hand}`).sort()).toEqual([...expected].sort());
    expect(rows.every((r) => r.as_of === '2025-03-19')).toBe(true);
    const kept = log.entries.filter((e) => e.action === 'kept-as-exported');
    expect(kept.map((e) => `${e.reason} | ${e.detail}`)).toEqual([
      'negative on hand (oversold): written as exported; run and validate read it as 0 | TOTE-BLK at Columbus Warehouse: -2',
    ]);
    expect(log.files()[0]!.kept).toBe(1); // the count printed is the count of values written negative
    expect(log.entries.some((e) => e.action === 'repaired' && e.reason.startsWith('negative'))).toBe(false);
    expect(inv.problems(true)).toEqual([]);
  });

  it('names every location missing from locations.csv, and asks for the file when there is none', () => {
    const inv = new ShopifyInventory(
      'inventory_export.csv',
      new ImportLog(),
      (n) => (n === 'Columbus Warehouse' ? 'WH' : undefined),
      '2025-03-19',
    );
    feed('inventory_export.csv', inv);
    expect(inv.problems(true).map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:12 location "Brooklyn Store" is not in locations.csv',
    ]);
    const none = new ShopifyInventory('inventory_export_wide.csv', new ImportLog(), () => undefined, '2025-03-19');
    feed('inventory_export_wide.csv', none);
    expect(none.problems(false)[0]!.message).toContain('"Columbus Warehouse", "Brooklyn Store"');
    expect(none.problems(false)[0]!.hint).toContain('--locations');
  });
});
