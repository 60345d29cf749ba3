/** Backorders: FIFO lists per sku, served oldest first, expiring at their deadline. */
import { describe, expect, it } from 'vitest';
import { Backorders } from '../../sim/engine/backorders.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { line, ordersCsv, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

const modelWith = (extra: string) =>
  buildModel(
    tinyScenario(scenarioWith('  - name: closest-with-stock\n', { extra })),
    tinyFiles({
      skus: SKUS,
      inventory: stock('WH,A,1'),
      // order 0: A (line 0) and B (line 1); order 1: A (line 2); order 2: B (line 3)
      orders: ordersCsv(
        line('O1', '06T10:00', 'A', 3),
        line('O1', '06T10:00', 'B', 2),
        line('O2', '06T11:00', 'A', 1),
        line('O3', '06T12:00', 'B', 4),
      ),
    }),
  ).model;
const model = modelWith('backorder: { max_wait_days: 3 }');

describe('Backorders', () => {
  it('waits until placement + max_wait_days, and cancels from then on (or always, when off)', () => {
    const b = new Backorders(model);
    const placed = model.orders.placedUtc[0]!;
    expect(b.on).toBe(true);
    expect(b.deadline(0)).toBe(placed + 3 * 86_400_000);
    expect(b.mustCancel(0, placed)).toBe(false);
    expect(b.mustCancel(0, placed + 3 * 86_400_000 - 1)).toBe(false);
    expect(b.mustCancel(0, placed + 3 * 86_400_000)).toBe(true);
    const off = new Backorders(modelWith(''));
    expect(off.on).toBe(false);
    expect(off.mustCancel(0, placed)).toBe(true);
  });

  it("serves each sku's entries oldest first, keeps what is still short, and unlinks what is served", () => {
    const b = new Backorders(model);
    const A = model.skus.ids.indexOf('A'),
      B = model.skus.ids.indexOf('B');
    expect(b.waiting(A)).toBe(false);
    expect(b.wait(0, 0, 3)).toBe(0); // O1's A
    expect(b.wait(0, 1, 2)).toBe(1); // O1's B
    expect(b.wait(1, 2, 1)).toBe(2); // O2's A
    expect([b.waiting(A), b.waiting(B)]).toEqual([true, true]);
    // 2 A arrive: O1 takes 2 of its 3, O2 gets nothing
    let left = 2;
    const asked: number[][] = [];
    const serve = (o: number, l: number, qty: number) => {
      asked.push([o, l, qty]);
      const got = Math.min(left, qty);
      left -= got;
      return got;
    };
    b.serve(A, serve);
    expect(asked).toEqual([
      [0, 0, 3],
      [1, 2, 1],
    ]);
    expect([b.qty[0], b.qty[2]]).toEqual([1, 1]);
    // 5 more A: O1's last one, then O2's; both served and unlinked
    left = 5;
    asked.length = 0;
    b.serve(A, serve);
    expect(asked).toEqual([
      [0, 0, 1],
      [1, 2, 1],
    ]);
    expect(b.waiting(A)).toBe(false);
    expect(left).toBe(3);
    // a new A entry after the list emptied starts it again
    expect(b.wait(1, 2, 1)).toBe(3);
    asked.length = 0;
    b.serve(A, (o, l, qty) => {
      asked.push([o, l, qty]);
      return 0;
    });
    expect(asked).toEqual([[1, 2, 1]]);
    expect(b.waiting(B)).toBe(true); // B's list is its own
  });

  it('unlinks a served entry from the middle and the end of a list', () => {
    const b = new Backorders(model);
    const B = model.skus.ids.indexOf('B');
    b.wait(0, 1, 2);
    b.wait(2, 3, 4);
    b.wait(0, 1, 1);
    // serve only the middle one (order 2)
    b.serve(B, (o, _l, qty) => (o === 2 ? qty : 0));
    const seen: number[] = [];
    b.serve(B, (o, _l, qty) => {
      seen.push(o * 10 + qty);
      return o === 0 && qty === 1 ? 1 : 0;
    });
    expect(seen).toEqual([2, 1]); // order 0's 2, then order 0's 1: order 2 is gone
    // the tail was served: a new entry goes after the remaining head
    b.wait(2, 3, 7);
    seen.length = 0;
    b.serve(B, (o, _l, qty) => {
      seen.push(o * 10 + qty);
      return 0;
    });
    expect(seen).toEqual([2, 27]);
  });

  it('expires an entry: returns what it still waited for and leaves it empty', () => {
    const b = new Backorders(model);
    const w = b.wait(2, 3, 4);
    expect(b.expire(w)).toBe(4);
    expect(b.qty[w]).toBe(0);
    expect(b.expire(w)).toBe(0);
    const seen: number[] = [];
    b.serve(model.skus.ids.indexOf('B'), (o) => {
      seen.push(o);
      return 0;
    });
    expect(seen).toEqual([]); // an expired entry is not offered (and is unlinked)
    expect(b.waiting(model.skus.ids.indexOf('B'))).toBe(false);
  });

  it('grows past 64 entries', () => {
    const b = new Backorders(model);
    for (let i = 0; i < 100; i++) b.wait(i % 3, 2, i + 1);
    expect([b.count, b.order[99], b.line[99], b.qty[99]]).toEqual([100, 0, 2, 100]);
    let total = 0;
    b.serve(model.skus.ids.indexOf('A'), (_o, _l, qty) => {
      total += qty;
      return qty;
    });
    expect(total).toBe((100 * 101) / 2);
  });
});
