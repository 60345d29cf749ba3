/**
 * The mapping file: the shipped example compiles, and every mistake is reported at its
 * line and column with what to do ("did you mean" for misspellings).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMapping } from '../../../sim/import/mapping/mapping-file.ts';
import { Problems } from '../../../sim/problems.ts';

function parse(text: string) {
  const problems = new Problems();
  const mapping = parseMapping(text, 'map.yaml', problems);
  return { mapping, problems: problems.list.map((p) => `${p.line}:${p.column} [${p.field}] ${p.message} → ${p.hint}`) };
}

/** A minimal valid orders section, with `extra` lines appended under columns. */
const ORDERS = (extra = '', after = '') => `orders:
  columns:
    order_id: Order Number
    placed_at: Order Date
    sku: SKU
    quantity: Quantity
    customer_zip: Zip
${extra}${after}`;

describe('the shipped WooCommerce example', () => {
  const { mapping, problems } = parse(readFileSync('examples/mappings/woocommerce.yaml', 'utf8'));

  it('is a valid mapping of all four tables', () => {
    expect(problems).toEqual([]);
    expect(Object.keys(mapping!.tables)).toEqual(['orders', 'skus', 'inventory', 'nodes']);
  });

  it('compiles each column: source, settings and where it is written', () => {
    const o = mapping!.tables.orders!;
    expect(o.file).toBe('orders.csv');
    const placed = o.columns.find((c) => c.name === 'placed_at')!;
    expect(placed).toMatchObject({
      source: 'Order Date',
      format: 'yyyy-MM-dd HH:mm:ss',
      timezone: 'America/Chicago',
      kind: { type: 'timestamp' },
    });
    expect(placed.where).toMatch(/^map\.yaml:\d+:\d+$/);
    const status = o.columns.find((c) => c.name === 'status')!;
    expect(status.map!.get('refunded')).toBe('cancelled');
    expect(status.default).toBe('');
    const node = mapping!.tables.inventory!.columns.find((c) => c.name === 'node_id')!;
    expect(node).toMatchObject({ value: 'WH-1', source: undefined });
    expect(mapping!.tables.skus!.columns.find((c) => c.name === 'weight_lb')).toMatchObject({
      source: 'Weight (kg)',
      multiply: 2.20462,
    });
  });

  it('resolves fill_down names to the source columns they fill, and keeps skip rules', () => {
    const o = mapping!.tables.orders!;
    expect(o.fillDown.map((f) => f.column)).toEqual([
      'Order Number',
      'Order Date',
      'Order Status',
      'Shipping Postcode',
      'Shipping State',
      'Shipping Country',
      'Shipping Method Title',
    ]);
    expect(o.skip[0]!.text).toBe(
      'Order Status in [failed, wc-failed, pending, pending payment, wc-pending, draft, checkout-draft]',
    );
    expect(o.skip[0]!.values.has('pending payment')).toBe(true);
  });
});

describe('mistakes, each at its line and column', () => {
  it('a misspelled setting inside a column, with a suggestion', () => {
    const { mapping, problems } = parse(ORDERS('', '    ship_service: { column: Method, defualt: standard }\n'));
    expect(mapping).toBeNull();
    expect(problems).toEqual([
      '8:37 [orders.columns.ship_service.defualt] "defualt" is not a mapping setting here → did you mean "default"?',
    ]);
  });

  it('a misspelled canonical column, table or section key', () => {
    expect(parse(ORDERS('    custmer_state: State\n')).problems).toEqual([
      '8:5 [orders.columns.custmer_state] "custmer_state" is not a mapping setting here → did you mean "customer_state"?',
    ]);
    expect(parse(`order:\n  columns: {}\n`).problems).toEqual([
      '1:1 [order] "order" is not a mapping setting here → did you mean "orders"?',
    ]);
    expect(parse(ORDERS('', '  fil_down: [order_id]\n')).problems).toEqual([
      '8:3 [orders.fil_down] "fil_down" is not a mapping setting here → did you mean "fill_down"?',
    ]);
  });

  it('still checks the columns when a key elsewhere is misspelled, so every problem shows at once', () => {
    const { problems } = parse(ORDERS('    country: { column: Country, zip: true }\n', '  skipp: []\n'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^9:3 \[orders.skipp\]/);
    expect(problems[1]).toMatch(
      /^8:33 \[orders.columns.country.zip\] orders.columns.country: zip applies only to ZIP columns/,
    );
  });

  it('a table without the columns its canonical file needs', () => {
    const { problems } = parse('nodes:\n  columns:\n    node_id: Code\n');
    expect(problems).toEqual([
      '2:3 [nodes.columns] nodes.columns does not map type, which nodes.csv needs → add type: <source column name> under nodes.columns (or a constant: { value: ... })',
      '2:3 [nodes.columns] nodes.columns does not map zip or lat + lon, which nodes.csv needs → add zip: <source column name> under nodes.columns (or a constant: { value: ... })',
    ]);
  });

  it('settings that do not go together or do not apply to the column', () => {
    const { problems } = parse(
      ORDERS(
        [
          '    customer_state: { column: State, value: TX }',
          '    country: { value: US, default: US }',
          '    ship_service: { column: Method, map: { Express: expedited }, multiply: 2 }',
          '    tags: { column: Tags, format: "yyyy" }',
          '    promised_by: { column: Promise, timezone: America/Chicago }',
          '    unit_price: { column: Price, zip: true }',
          '    fulfilled_from: { column: Warehouse, multiply: 2 }',
          '    shipped_at: {}',
          '    status: 3',
        ].join('\n') + '\n',
      ),
    );
    expect(problems.map((p) => p.split(' → ')[0])).toEqual([
      '8:38 [orders.columns.customer_state.value] orders.columns.customer_state has both column: and value:; give one',
      '9:27 [orders.columns.country.default] orders.columns.country: default does not apply to a constant (value:)',
      '10:66 [orders.columns.ship_service.multiply] orders.columns.ship_service: multiply cannot be combined with map (map gives the final values)',
      '11:27 [orders.columns.tags.format] orders.columns.tags: format applies only to date and date-time columns',
      '12:37 [orders.columns.promised_by.timezone] orders.columns.promised_by: timezone applies only to date-time columns (placed_at, shipped_at, delivered_at)',
      '13:34 [orders.columns.unit_price.zip] orders.columns.unit_price: zip applies only to ZIP columns (orders customer_zip, nodes zip)',
      '14:42 [orders.columns.fulfilled_from.multiply] orders.columns.fulfilled_from: multiply applies only to number columns (text expected here)',
      '15:17 [orders.columns.shipped_at] orders.columns.shipped_at needs column: (the source column) or value: (a constant)',
      '16:13 [orders.columns.status] orders.columns.status: write the source column name, or settings such as { column: Order Date, format: "yyyy-MM-dd" } or { value: US }',
    ]);
  });

  it('moment.js-style date tokens and unknown time zones', () => {
    expect(parse(ORDERS('', '    shipped_at: { column: Shipped, format: "YYYY-MM-DD HH:mm" }\n')).problems[0]).toMatch(
      /^8:36 \[orders.columns.shipped_at.format\] .*uses moment\.js tokens.*write yyyy for the year and dd for the day/,
    );
    expect(parse(ORDERS('', '    shipped_at: { column: Shipped, timezone: America/Chicgo }\n')).problems).toEqual([
      '8:46 [orders.columns.shipped_at.timezone] orders.columns.shipped_at.timezone: write an IANA time zone such as America/Chicago → see the mapping reference in the README',
    ]);
  });

  it('constants, defaults and map values that are not valid canonical values', () => {
    const { problems } = parse(
      ORDERS(
        [
          '    status: { column: Order Status, map: { completed: shipped } }',
          '    unit_price: { column: Price, default: free }',
          '    country: { value: "" }',
        ].join('\n') + '\n',
      ),
    );
    expect(problems).toEqual([
      '8:55 [orders.columns.status.map.completed] orders.columns.status: "shipped" is not one of fulfilled, cancelled → write one of fulfilled, cancelled here',
      '9:43 [orders.columns.unit_price.default] orders.columns.unit_price: "free" is not a number ≥ 0 → write a number ≥ 0 here',
    ]);
  });

  it('a map listing a value twice (keys are matched ignoring case)', () => {
    expect(
      parse(ORDERS('    ship_service: { column: M, map: { Express: expedited, express: standard } }\n')).problems[0],
    ).toMatch(/^8:19 \[orders.columns.ship_service\] orders.columns.ship_service.map lists "express" twice/);
  });

  it('fill_down of a constant or an unmapped canonical column; a skip rule without in or not_in', () => {
    const { problems } = parse(
      ORDERS(
        '    country: { value: US }\n',
        '  fill_down: [country, customer_state, Some Source Column]\n  skip:\n    - { column: Status }\n',
      ),
    );
    expect(problems.map((p) => p.split(' → ')[0])).toEqual([
      '11:7 [orders.skip[0]] orders.skip[0] needs either in: [values] (rows to leave out) or not_in: [values] (the only rows to keep)',
      '9:15 [orders.fill_down[0]] orders.fill_down: country is a constant (value:), there is nothing to fill down',
      '9:24 [orders.fill_down[1]] orders.fill_down: customer_state is not mapped in orders.columns',
    ]);
  });

  it('an empty file, and YAML syntax errors named as the mapping', () => {
    expect(parse('').problems[0]).toMatch(/^1:1 \[undefined\] the mapping file is empty/);
    expect(parse('# only a comment\n').problems[0]).toMatch(/^1:1 \[undefined\] the mapping file is empty/);
    expect(parse('orders:\n  columns: [a\n').problems[0]).toMatch(
      /^\d+:\d+ \[undefined\] the mapping is not valid YAML/,
    );
  });
});
