/** The demand model: classes by order type × state, rare types planned line by line, counts scaled to the horizon. */
import { describe, expect, it } from 'vitest';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { estimateDemand, RARE_TYPE_ORDERS } from '../../sim/lp/demand.ts';
import { planLp } from '../../sim/lp/plan.ts';

const HEAD = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon,customer_state';
// destinations are places: NJ's customers sit a little east of NY's (one destination per state)
const row = (id: string, day: number, sku: string, qty: number, state: string) =>
  `${id},2026-07-${String(6 + day).padStart(2, '0')}T10:00:00-04:00,${sku},${qty},0,${state === 'NJ' ? 0.01 : 0},${state}`;
// 5 orders of {A, B} to NY (a whole type: 5 = RARE_TYPE_ORDERS), A × 1 and B × 2 in each except AB5 (A × 3);
// 2 orders of {A, C} to NY (rare: planned line by line); 3 orders of A alone to NJ, 1 of A alone to NY
const rows = [
  ...[1, 2, 3, 4, 5].flatMap((k) => [row(`AB${k}`, k, 'A', k === 5 ? 3 : 1, 'NY'), row(`AB${k}`, k, 'B', 2, 'NY')]),
  row('AC1', 0, 'A', 1, 'NY'),
  row('AC1', 0, 'C', 1, 'NY'),
  row('AC2', 8, 'A', 2, 'NY'),
  row('AC2', 8, 'C', 1, 'NY'),
  row('J1', 0, 'A', 1, 'NJ'),
  row('J2', 1, 'A', 1, 'NJ'),
  row('J3', 9, 'A', 4, 'NJ'),
  row('Y1', 2, 'A', 1, 'NY'),
];
const files = tinyFiles({
  orders: [HEAD, ...rows].join('\n') + '\n',
  inventory: 'node_id,sku,on_hand\nWH,A,50\nWH,B,50\nWH,C,50\nST,A,50\n',
});
const { model } = buildModel(tinyScenario(), files);

describe('estimateDemand', () => {
  it('pools types with fewer than K orders into single-sku classes, per state', () => {
    expect(RARE_TYPE_ORDERS).toBe(5);
    const d = estimateDemand(model, { trainFrom: 0, trainTo: 13, horizonFrom: 0, horizonTo: 13 });
    expect(d.regions).toEqual(['NJ', 'NY']);
    const shown = d.classes.map((c) => ({
      skus: Array.from(c.skus, (s) => model.skus.ids[s]).join('+'),
      region: d.regions[c.region],
      lambda: c.lambda,
      qty: Array.from(c.qty),
      boxShare: Math.round(c.boxShare * 1000) / 1000,
    }));
    // {A}|NY: AC1, AC2 (their A lines, each half a package) and Y1: λ 3, qty (1 + 2 + 1)/3, box (0.5 + 0.5 + 1)/3
    // {C}|NY: AC1, AC2: qty 1, box 0.5.  {A,B}|NY: 5 orders, A (1+1+1+1+3)/5 = 1.4, B 2.  {A}|NJ: 3, qty 6/3 = 2
    // classes in key order (sku indexes, then region): "0,1|1" before "0|0"
    expect(shown).toEqual([
      { skus: 'A+B', region: 'NY', lambda: 5, qty: [1.4, 2], boxShare: 1 },
      { skus: 'A', region: 'NJ', lambda: 3, qty: [2], boxShare: 1 },
      { skus: 'A', region: 'NY', lambda: 3, qty: [4 / 3], boxShare: 0.667 },
      { skus: 'C', region: 'NY', lambda: 2, qty: [1], boxShare: 0.5 },
    ]);
    expect(d.splitOrders).toBe(2);
    expect(d.expectedOrders).toBe(11);
    expect(d.hindsightInformed).toBe(true);
  });

  it('scales counts from the training window to the horizon, and is not hindsight when they are apart', () => {
    // train on days 0..4 (AC1, J1, J2, Y1, AB1..AB4 = 8 orders: {A,B} has 4 < 5 orders, so it is pooled too), plan days 5..13
    const d = estimateDemand(model, { trainFrom: 0, trainTo: 4, horizonFrom: 5, horizonTo: 13 });
    expect(d.hindsightInformed).toBe(false);
    expect(d.trainingOrders).toBe(8);
    expect(d.expectedOrders).toBeCloseTo((8 * 9) / 5, 9);
    const nj = d.classes.find((c) => d.regions[c.region] === 'NJ')!;
    expect(nj.lambda).toBeCloseTo((2 * 9) / 5, 9); // J1, J2
  });
});

describe('planLp', () => {
  it("gives every line its class item's row", () => {
    const p = planLp(model, { training: 'same-period' });
    const rowOf = (id: string, sku: string) => {
      const o = model.orders.ids.indexOf(id);
      for (let l = model.orders.lineStart[o]!; l < model.orders.lineStart[o + 1]!; l++)
        if (model.skus.ids[model.orders.lineSku[l]!] === sku) return p.lineRow[l];
    };
    // rows: A+B|NY 0 (A) and 1 (B), A|NJ 2, A|NY 3, C|NY 4
    expect([rowOf('J3', 'A'), rowOf('Y1', 'A'), rowOf('AC2', 'A'), rowOf('AB2', 'A'), rowOf('AB2', 'B')]).toEqual([
      2, 3, 3, 0, 1,
    ]);
    expect(rowOf('AC1', 'C')).toBe(4);
  });
});
