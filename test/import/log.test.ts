/** The import log: per-file totals (read = written + skipped) and the reasons summary. */
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../sim/import/log.ts';

describe('ImportLog', () => {
  it('starts empty', () => {
    const log = new ImportLog();
    expect(log.files()).toEqual([]);
    expect(log.reasons()).toEqual([]);
    expect(log.entries).toEqual([]);
  });

  it('counts rows per file in registration order; registering twice keeps the first kind and the counts', () => {
    const log = new ImportLog();
    log.file('orders.csv', 'Shopify orders export');
    log.file('products.csv', 'Shopify products export');
    for (let i = 0; i < 3; i++) log.read('orders.csv');
    log.written('orders.csv');
    log.written('orders.csv');
    log.skip('orders.csv', 4, 'gift card (does not require shipping)', 'Gift Card $25');
    log.file('orders.csv', 'something else');
    log.read('products.csv');
    log.written('products.csv');
    log.repair('products.csv', 2, 'weight in grams', '450 g');
    expect(log.files()).toEqual([
      { file: 'orders.csv', kind: 'Shopify orders export', read: 3, written: 2, skipped: 1, repaired: 0, kept: 0 }, // 3 = 2 + 1
      { file: 'products.csv', kind: 'Shopify products export', read: 1, written: 1, skipped: 0, repaired: 1, kept: 0 },
    ]);
    expect(log.entries).toEqual([
      {
        file: 'orders.csv',
        line: 4,
        action: 'skipped',
        reason: 'gift card (does not require shipping)',
        detail: 'Gift Card $25',
      },
      { file: 'products.csv', line: 2, action: 'repaired', reason: 'weight in grams', detail: '450 g' },
    ]);
  });

  it('defaults detail to ""', () => {
    const log = new ImportLog();
    log.file('f', 'k');
    log.skip('f', 2, 'why');
    log.repair('f', 3, 'how');
    expect(log.entries.map((e) => e.detail)).toEqual(['', '']);
  });

  it('throws for a file that was never registered', () => {
    const log = new ImportLog();
    expect(() => log.read('x.csv')).toThrow('import log: file x.csv was not registered');
    expect(() => log.skip('x.csv', 2, 'r')).toThrow('import log: file x.csv was not registered');
    expect(log.entries).toEqual([]);
  });

  it('groups entries by file, action and reason: files A to Z, then most frequent, then first line', () => {
    const log = new ImportLog();
    log.file('b.csv', 'b');
    log.file('a.csv', 'a');
    log.skip('b.csv', 9, 'once');
    log.skip('b.csv', 5, 'twice');
    log.skip('b.csv', 7, 'twice');
    log.repair('b.csv', 3, 'twice'); // same reason, other action: its own group
    log.skip('a.csv', 8, 'late');
    log.skip('a.csv', 2, 'early');
    expect(log.reasons()).toEqual([
      { file: 'a.csv', action: 'skipped', reason: 'early', count: 1, firstLine: 2 }, // a.csv ties at 1: line 2 before 8
      { file: 'a.csv', action: 'skipped', reason: 'late', count: 1, firstLine: 8 },
      { file: 'b.csv', action: 'skipped', reason: 'twice', count: 2, firstLine: 5 },
      { file: 'b.csv', action: 'repaired', reason: 'twice', count: 1, firstLine: 3 },
      { file: 'b.csv', action: 'skipped', reason: 'once', count: 1, firstLine: 9 },
    ]);
  });
});
