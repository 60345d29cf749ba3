/** Finding export columns by any of their names: positions, cells, and missing-column problems. */
import { describe, expect, it } from 'vitest';
import { ColumnMap } from '../../sim/import/columns.ts';

const NAMES = { id: ['Name', 'Order ID'], qty: ['Lineitem quantity', 'Quantity'], zip: ['Shipping Zip'] } as const;

describe('ColumnMap', () => {
  const map = new ColumnMap([' order id ', 'QUANTITY', 'Other'], NAMES);

  it('finds columns by any name, case-insensitively, trimming the header', () => {
    expect(map.header).toEqual(['order id', 'QUANTITY', 'Other']);
    expect([map.has('id'), map.has('qty'), map.has('zip')]).toEqual([true, true, false]);
    expect(map.column('id')).toBe(1); // 1-based
    expect(map.column('qty')).toBe(2);
    expect(map.column('zip')).toBeUndefined();
  });

  it('takes the first name in the list that the header has', () => {
    const both = new ColumnMap(['Quantity', 'Lineitem quantity'], NAMES);
    expect(both.column('qty')).toBe(2); // 'Lineitem quantity' is listed first
  });

  it('gets trimmed cells, and "" for an absent column or a short row', () => {
    expect(map.get([' #1001 ', ' 2 ', 'x'], 'id')).toBe('#1001');
    expect(map.get([' #1001 ', ' 2 ', 'x'], 'qty')).toBe('2');
    expect(map.get(['#1001', '2', 'x'], 'zip')).toBe('');
    expect(map.get(['#1001'], 'qty')).toBe('');
  });

  it('reports each missing required column at line 1 with its first name and a close header', () => {
    const m = new ColumnMap(['Name', 'Shipping Zp', 'Quantity'], NAMES);
    const problems = m.missing(['id', 'qty', 'zip'], NAMES, 'orders_export.csv');
    expect(problems.map((p) => [p.severity, p.file, p.line, p.field, p.code, p.message])).toEqual([
      [
        'error',
        'orders_export.csv',
        1,
        'Shipping Zip',
        'missing-column',
        'required column "Shipping Zip" is missing from the header',
      ],
    ]);
    expect(problems[0]!.hint).toBe(
      'rename "Shipping Zp" to "Shipping Zip", or add a "Shipping Zip" column (columns are matched by name, in any order)',
    );
  });

  // Was a bug: the names are joined with '" or "' and then quoted again by msg.missingColumn's q()
  // (JSON.stringify), so the inner quotes come out escaped: required column "Lineitem quantity\" or \"Quantity" …
  it('names every name a missing column may have, each in plain quotes', () => {
    const m = new ColumnMap(['Name'], NAMES);
    const problems = m.missing(['qty'], NAMES, 'orders_export.csv');
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [1, 'Lineitem quantity', 'required column "Lineitem quantity" or "Quantity" is missing from the header'],
    ]);
  });

  it('an empty header has no columns', () => {
    const m = new ColumnMap([], NAMES);
    expect(m.has('id')).toBe(false);
    expect(m.missing(['id'], NAMES, 'f.csv').map((p) => p.field)).toEqual(['Name']);
    expect(m.missing([], NAMES, 'f.csv')).toEqual([]);
  });
});
