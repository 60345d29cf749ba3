/** Orders of a list of order line rows (orderGroups), worked out by hand. */
import { describe, expect, it } from 'vitest';
import { orderGroups } from '../../sim/parse/order-groups.ts';
import type { OrderLineRow } from '../../sim/parse/types.ts';

const rows = (ids: string[]) => ids.map((orderId) => ({ orderId }) as OrderLineRow);

describe('orderGroups', () => {
  it('numbers orders by their first line and lists each order’s lines in file order', () => {
    // rows: 0 A, 1 A, 2 B, 3 A, 4 C, 5 B
    const g = orderGroups(rows(['A', 'A', 'B', 'A', 'C', 'B']));
    expect(g.count).toBe(3);
    expect([...g.of]).toEqual([0, 0, 1, 0, 2, 1]);
    expect([...g.first]).toEqual([0, 2, 4]);
    // A: rows 0, 1, 3; B: rows 2, 5; C: row 4
    expect([...g.start]).toEqual([0, 3, 5, 6]);
    expect([...g.lines]).toEqual([0, 1, 3, 2, 5, 4]);
  });

  it('no rows: no orders', () => {
    const g = orderGroups([]);
    expect(g.count).toBe(0);
    expect([...g.start]).toEqual([0]);
  });

  it('is kept for the list, and worked out again when the list grew', () => {
    const list = rows(['A', 'B']);
    const g = orderGroups(list);
    expect(orderGroups(list)).toBe(g);
    list.push(...rows(['A']));
    expect([...orderGroups(list).lines]).toEqual([0, 2, 1]);
  });
});
