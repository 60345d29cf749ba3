/** The canonical column lists and their record helpers, and the timestamp rewrite importers apply. */
import { describe, expect, it } from 'vitest';
import { blank, cells, INVENTORY_OUT, isoTimestamp, NODE_OUT, ORDER_OUT, SKU_OUT } from '../../sim/import/canonical.ts';
import { INVENTORY_COLUMNS } from '../../sim/parse/stock.ts';
import { NODE_COLUMNS } from '../../sim/parse/nodes.ts';
import { ORDER_COLUMNS } from '../../sim/parse/orders.ts';
import { SKU_COLUMNS } from '../../sim/parse/skus.ts';

describe('column lists', () => {
  it('every written column is one the canonical parser reads', () => {
    const known = (c: {
      required: readonly string[];
      optional: readonly string[];
      oneOf?: readonly (readonly string[])[];
    }) => new Set([...c.required, ...c.optional, ...(c.oneOf ?? []).flat()]);
    expect(ORDER_OUT.filter((c) => !known(ORDER_COLUMNS).has(c))).toEqual([]);
    expect(SKU_OUT.filter((c) => !known(SKU_COLUMNS).has(c))).toEqual([]);
    expect(NODE_OUT.filter((c) => !known(NODE_COLUMNS).has(c))).toEqual([]);
    expect(INVENTORY_OUT.filter((c) => !known(INVENTORY_COLUMNS).has(c))).toEqual([]);
  });
  it('every required parser column is written', () => {
    expect(ORDER_COLUMNS.required.filter((c) => !(ORDER_OUT as readonly string[]).includes(c))).toEqual([]);
    expect(NODE_COLUMNS.required.filter((c) => !(NODE_OUT as readonly string[]).includes(c))).toEqual([]);
    expect(INVENTORY_COLUMNS.required.filter((c) => !(INVENTORY_OUT as readonly string[]).includes(c))).toEqual([]);
  });
});

describe('blank and cells', () => {
  it('blank gives every column an empty value', () => {
    expect(blank(INVENTORY_OUT)).toEqual({ node_id: '', sku: '', on_hand: '', as_of: '' });
    expect(blank([])).toEqual({});
  });
  it('cells gives the values in column order, whatever order the record was built in', () => {
    const row = { ...blank(INVENTORY_OUT), as_of: '2026-07-01', sku: 'A', node_id: 'WH', on_hand: '5' };
    expect(cells(INVENTORY_OUT, row)).toEqual(['WH', 'A', '5', '2026-07-01']);
    expect(cells(['sku'] as const, row)).toEqual(['A']);
  });
});

describe('isoTimestamp', () => {
  it('rewrites Shopify timestamps as ISO 8601 with a colon in the offset', () => {
    expect(isoTimestamp('2025-03-20 05:20:57 -0700')).toBe('2025-03-20T05:20:57-07:00');
    expect(isoTimestamp('2025-03-20T05:20:57+0530')).toBe('2025-03-20T05:20:57+05:30');
    expect(isoTimestamp('2025-03-20 05:20 -07:00')).toBe('2025-03-20T05:20-07:00'); // no seconds
    expect(isoTimestamp('  2025-03-20 05:20:57-0000 ')).toBe('2025-03-20T05:20:57-00:00'); // trimmed
  });
  it('leaves other text unchanged but trimmed', () => {
    expect(isoTimestamp(' 2025-03-20 ')).toBe('2025-03-20');
    expect(isoTimestamp('2025-03-20T05:20:57Z')).toBe('2025-03-20T05:20:57Z');
    expect(isoTimestamp('2025-03-20 05:20:57')).toBe('2025-03-20 05:20:57'); // no offset: not rewritten
    expect(isoTimestamp('')).toBe('');
  });
});
