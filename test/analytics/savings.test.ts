/**
 * The saving per order: per-order cost components of a run, the margin of a cancelled
 * unit, and reference-minus-policy by component, on hand-made outcomes and on a tiny case.
 */
import { describe, expect, it } from 'vitest';
import type { OrderOutcomes } from '../../sim/engine/outcomes.ts';
import type { Model } from '../../sim/model/types.ts';
import { costPerOrder, policyRun, savingOf, savingsPerOrder, unitMargin } from '../../sim/analytics/savings.ts';
import { line, nodesCsv, ordersCsv, runCase, scenarioWith, stock } from '../helpers/cases.ts';

/**
 * Two orders: order 0 has sku 0 × 1 at the sku's $20 (cost $8) and sku 1 × 3 at a line price
 * of $15 (cost $12); order 1 has sku 0 × 2. Sku 1's own price, $10, is under its cost.
 */
const model = {
  orders: { lineStart: [0, 2, 3], lineSku: [0, 1, 0], lineQty: [1, 3, 2], linePrice: [NaN, 15, NaN] },
  skus: { unitPrice: [20, 10], unitCost: [8, 12] },
} as unknown as Model;

const outcomes = (
  o: Partial<Record<'shipCost' | 'pickCost' | 'touchCost' | 'cancelCost' | 'unitsCancelled', number[]>> & {
    count: number;
  },
) =>
  ({ shipCost: [], pickCost: [], touchCost: [], cancelCost: [], unitsCancelled: [], ...o }) as unknown as OrderOutcomes;

describe('unitMargin', () => {
  it('is the quantity-weighted margin of the order lines, the line price over the sku price', () => {
    // (1 × (20 − 8) + 3 × (15 − 12)) / 4 units = (12 + 9) / 4 = 5.25
    expect(unitMargin(model, 0)).toBe(5.25);
    expect(unitMargin(model, 1)).toBe(12); // 20 − 8
  });
  it('counts a price under cost as zero margin, and an order of no lines as 0', () => {
    const under = {
      orders: { lineStart: [0, 1, 1], lineSku: [1], lineQty: [2], linePrice: [NaN] },
      skus: model.skus,
    } as unknown as Model;
    expect(unitMargin(under, 0)).toBe(0); // 10 − 12 < 0
    expect(unitMargin(under, 1)).toBe(0); // no lines
  });
});

describe('costPerOrder', () => {
  it('averages each component over every order; the margin of cancelled units', () => {
    const c = costPerOrder(
      model,
      outcomes({
        count: 2,
        shipCost: [10, 20],
        pickCost: [3, 5],
        touchCost: [0, 5],
        cancelCost: [0, 9],
        unitsCancelled: [0, 2],
      }),
    );
    // carrier (10 + 20)/2 = 15; pick (3 + 5)/2 = 4; touches 5/2; cancellations 9/2; margin 2 units × 12 / 2 orders = 12
    expect(c).toEqual({ carrier: 15, pickPack: 4, touches: 2.5, cancellations: 4.5, margin: 12 });
  });
  it('is all zero for a run of no orders', () => {
    expect(costPerOrder(model, outcomes({ count: 0 }))).toEqual({
      carrier: 0,
      pickPack: 0,
      touches: 0,
      cancellations: 0,
      margin: 0,
    });
  });
});

describe('savingsPerOrder', () => {
  it('splits a saving into components against the baseline', () => {
    const s = savingsPerOrder(
      { carrier: 10, pickPack: 3, touches: 0.1, cancellations: 0.5, margin: 0.4 },
      { carrier: 9, pickPack: 4, touches: 0.2, cancellations: 0.3, margin: 0.2 },
      true,
    );
    expect(s.carrier).toBeCloseTo(1, 12);
    expect(s.pickPack).toBeCloseTo(-1, 12);
    expect(s.fulfillment).toBeCloseTo(1 - 1 - 0.1 + 0.2, 12); // the fall in fulfillment cost per order
    expect(s.total).toBeCloseTo(1 - 1 - 0.1 + 0.2 + 0.2, 12); // plus the margin of cancellations avoided
    const off = savingsPerOrder(
      { carrier: 0, pickPack: 0, touches: 0, cancellations: 0, margin: 1 },
      { carrier: 0, pickPack: 0, touches: 0, cancellations: 0, margin: 0 },
      false,
    );
    expect([off.total, off.margin, off.marginCounted]).toEqual([0, 0, false]);
  });

  it('against itself saves exactly nothing', () => {
    const c = { carrier: 7.1, pickPack: 1.5, touches: 0.3, cancellations: 5, margin: 12 };
    expect(savingsPerOrder(c, c, true)).toEqual({
      carrier: 0,
      pickPack: 0,
      touches: 0,
      cancellations: 0,
      margin: 0,
      marginCounted: true,
      fulfillment: 0,
      total: 0,
    });
  });
});

describe('savingOf and policyRun on a tiny case', () => {
  // O1: A × 1, both nodes hold A; O2: B × 2, only ST holds B (warehouse-only cancels both units).
  // warehouse-only: O1 WH zone 2 1 lb $14.20, pick $3.00; O2 cancelled: $8 + 2 × $1 = $10, margin 2 × (20 − 8) = $24
  // closest-with-stock: O1 ST zone 1 $13.10, pick $6.00; O2 ST 2 lb zone 1 $24.10, pick $6.00 + $1.00
  // per order (2 orders): carrier 7.10 − 18.60 = −11.50; pick 1.50 − 6.50 = −5.00; cancellations 5 − 0 = 5; margin 12 − 0 = 12
  const r = runCase({
    nodes: nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5 }),
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1), line('O2', '06T10:05', 'B', 2)),
    inventory: stock('WH,A,5', 'ST,A,5', 'ST,B,5'),
    scenario: scenarioWith(
      '  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\nbaseline: warehouse-only\n',
    ),
  });

  it('gives the saving of a policy against the baseline by component', () => {
    const s = savingOf(r, 'closest-with-stock', 'warehouse-only');
    expect(s.carrier).toBeCloseTo(-11.5, 9);
    expect(s.pickPack).toBeCloseTo(-5, 9);
    expect(s.touches).toBe(0);
    expect(s.cancellations).toBeCloseTo(5, 9);
    expect(s.margin).toBeCloseTo(12, 9);
    expect(s.fulfillment).toBeCloseTo(-11.5, 9); // −11.50 − 5.00 + 0 + 5.00
    expect(s.total).toBeCloseTo(0.5, 9); // −11.50 + 12
    expect(s.marginCounted).toBe(true);
  });

  it('policyRun finds an entry, and throws for one that did not run', () => {
    expect(policyRun(r, 'warehouse-only').policy).toBe('warehouse-only');
    expect(() => policyRun(r, 'cheapest')).toThrow('no policy cheapest in the run');
  });
});
