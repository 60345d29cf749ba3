/**
 * The hindsight bound on tiny scenarios worked out by hand (prices and geometry in
 * helpers/tiny.ts): 1 lb zone 2 from WH (10 + 2) × 1.1 + 1 = $14.20, zone 1 from ST $13.10;
 * 2–5 lb: WH $25.20, ST $24.10. Pick: WH $3.00 + $0.50 per extra unit, ST $6.00 + $1.00.
 */
import { describe, expect, it } from 'vitest';
import { hindsightBound } from '../../sim/lp/hindsight.ts';
import { computeMetrics } from '../../sim/metrics/metrics.ts';
import { solveBound } from '../../sim/pipeline/index.ts';
import { runTiny, TINY_SCENARIO } from '../helpers/tiny.ts';

const HEADER = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon';
const orders = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const inventory = (...rows: string[]) => ['node_id,sku,on_hand', ...rows].join('\n') + '\n';
const at = (id: string, sku: string, qty: number, day = '06') =>
  `${id},2026-07-${day}T10:00:00-04:00,${sku},${qty},0,0`;

/** Fulfillment cost of a run in dollars (what the bound bounds). */
function cost(r: ReturnType<typeof runTiny>, policy: string): number {
  const p = r.runs.find((x) => x.policy === policy)!;
  const m = computeMetrics(p.model, p.run.outcomes);
  return m.fulfillment_cost_per_order! * m.orders!;
}

describe('hindsightBound', () => {
  it('prices one package per node an order uses, at its heaviest line, and cancels only what no stock covers', () => {
    const r = runTiny({
      orders: orders(
        at('O1', 'A', 1), // WH: 14.20 + pick 3.00 = 17.20 (ST: 13.10 + 6.00 = 19.10)
        at('O2', 'A', 1), // one WH package of A + B: ship ≥ B's 2 lb price 25.20, pick 3.00 + 0.50 = 28.70
        at('O2', 'B', 1), //   (split A from WH, B from ST: 17.20 + 24.10 + 6.00 = 47.30)
        at('O3', 'C', 1), // nobody carries C: cancelled, 8 per order + 1 per unit = 9.00
      ),
      inventory: inventory('WH,A,10', 'WH,B,5', 'ST,A,10'),
    });
    const b = hindsightBound(r.model);
    // 17.20 + 28.70 + 9.00 = 54.90
    expect(b.total).toBeCloseTo(54.9, 6);
    const byId = Object.fromEntries(r.model.orders.ids.map((id, o) => [id, Math.round(b.perOrder[o]! * 100) / 100]));
    expect(byId).toEqual({ O1: 17.2, O2: 28.7, O3: 9 });
    // warehouse-only ships exactly this routing, so it sits on the bound; no policy is below it
    expect(cost(r, 'warehouse-only')).toBeCloseTo(54.9, 6);
    for (const p of ['closest-with-stock', 'fewest-packages'])
      expect(cost(r, p)).toBeGreaterThanOrEqual(b.total - 1e-6);
  });

  it('respects stock: one unit at WH means the second order ships from the store', () => {
    const r = runTiny({
      orders: orders(at('O1', 'A', 1), at('O2', 'A', 1, '07')),
      inventory: inventory('WH,A,1', 'ST,A,5'),
    });
    const b = hindsightBound(r.model);
    // WH 17.20 + ST 19.10 = 36.30; each identical order carries half (they are one group)
    expect(b.total).toBeCloseTo(36.3, 6);
    expect(b.groups).toBe(1);
    expect([...b.perOrder].map((c) => Math.round(c * 100) / 100)).toEqual([18.15, 18.15]);
  });

  it('gives each policy run on the scenario network its cost_gap_to_bound', () => {
    const input = {
      orders: orders(at('O1', 'A', 1), at('O2', 'A', 1), at('O2', 'B', 1)),
      inventory: inventory('WH,A,10', 'WH,B,5', 'ST,A,10', 'ST,B,5'),
    };
    const r = runTiny({ ...input, bound: true });
    // bound: O1 17.20 from WH, O2 28.70 from WH = 45.90
    expect(r.bound!.total).toBeCloseTo(45.9, 6);
    expect(solveBound(r.model).reason).toBeNull();
    const gap = Object.fromEntries(r.runs.map((p) => [p.policy, p.metrics.cost_gap_to_bound]));
    // warehouse-only ships just that: 0. closest-with-stock ships O1 from ST (19.10) and O2 from ST
    // (3 lb: 24.10 + pick 6.00 + 1.00 = 31.10): 50.20 / 45.90 − 1 = 9.368%
    expect(gap['warehouse-only']).toBeCloseTo(0, 9);
    expect(gap['closest-with-stock']).toBeCloseTo(50.2 / 45.9 - 1, 9);
    // without a bound the metric is empty
    expect(runTiny(input).runs[0]!.metrics.cost_gap_to_bound).toBeNull();
  });

  it('prices the linear model per package, per unit and per package-mile', () => {
    // $5 a package + $0.50 a unit + $0.10 a package-mile (no fuel or residential fee under linear);
    // WH is 138.19 mi away (2° × 69.094), ST 34.55 mi (0.5°)
    const scenario = TINY_SCENARIO.replace(
      /shipping:\n(  .*\n)+/,
      'shipping: { model: linear, per_package: 5, per_unit: 0.5, per_package_mile: 0.1 }\n',
    );
    const r = runTiny({
      scenario,
      orders: orders(
        at('O1', 'A', 1), // ST: 5 + 0.50 + 3.455 + pick 6.00 = 14.955 (WH: 5 + 0.50 + 13.819 + 3.00 = 22.319)
        at('O2', 'A', 2), // one ST package of 3 units: 5 + 1.50 + 3.455 + pick 6.00 + 2 × 1.00 = 17.955
        at('O2', 'B', 1), //   (WH: 5 + 1.50 + 13.819 + 3.00 + 2 × 0.50 = 24.319; a split pays two packages)
      ),
      inventory: inventory('WH,A,10', 'WH,B,5', 'ST,A,10', 'ST,B,5'),
      bound: true,
    });
    const b = r.bound!;
    // 14.955 + 17.955 = 32.91
    expect(b.total).toBeCloseTo(32.91, 2);
    expect([...b.perOrder].map((c) => Math.round(c * 100) / 100)).toEqual([14.95, 17.95]);
    // closest-with-stock ships both from ST, on the bound; warehouse-only pays 22.319 + 24.319 = 46.64
    const gap = Object.fromEntries(r.runs.map((p) => [p.policy, p.metrics.cost_gap_to_bound]));
    expect(gap['closest-with-stock']).toBeCloseTo(0, 6);
    expect(gap['warehouse-only']).toBeCloseTo(46.64 / 32.91 - 1, 3);
    expect(cost(r, 'warehouse-only')).toBeCloseTo(46.64, 2);
  });

  describe('priced, when the orders are too many for one LP', () => {
    // A × 1, × 2, × 3 with 2 units at WH (the bound prices one unit's weight: 1 lb): WH saves 1.90 on
    // O1 (17.20 against ST 19.10), 2.40 on O2 (14.20 + 3.50 = 17.70 against 13.10 + 7.00 = 20.10),
    // 2.90 on O3 (18.20 against 21.10): 1.90, 1.20 and 0.97 a unit
    const input = {
      orders: orders(at('O1', 'A', 1), at('O2', 'A', 2), at('O3', 'A', 3)),
      inventory: inventory('WH,A,2', 'ST,A,10'),
    };
    it('is the exact bound when its prices come from every order', () => {
      const r = runTiny(input);
      const exact = hindsightBound(r.model);
      // O1 from WH, then half of O2 (the 1 unit left): 17.20 + (17.70 + 20.10) / 2 + 21.10 = 57.20
      expect(exact.total).toBeCloseTo(57.2, 6);
      expect(exact.pricedBy).toBeNull();
      const priced = hindsightBound(r.model, { exactGroups: 0 });
      expect(priced.pricedBy).toEqual({ sampled: 3, chunks: 1 });
      // a WH unit priced at O2's 1.20: O1 WH 18.40, O2 20.10 either way, O3 ST 21.10 (WH 18.20 + 3.60);
      // 59.60 less the 2 units × 1.20 = 57.20, the exact bound (strong duality)
      expect(priced.total).toBeCloseTo(57.2, 6);
      expect([...priced.perOrder].reduce((a, b) => a + b, 0)).toBeCloseTo(priced.total, 9);
    });

    it('stays below the exact bound when a sample prices the stock', () => {
      const r = runTiny(input);
      // the sample is O1 alone with a third of WH's 2 units (0.67): O1 is split, and a unit priced at its 1.90
      const priced = hindsightBound(r.model, { exactGroups: 0, sampleGroups: 1 });
      expect(priced.pricedBy).toEqual({ sampled: 1, chunks: 1 });
      // each order then pays 1.90 a WH unit: O1 19.10 either way, O2 ST 20.10 (WH 17.70 + 3.80),
      // O3 ST 21.10 (WH 18.20 + 5.70); less the 2 units × 1.90: 60.30 − 3.80 = 56.50 ≤ 57.20
      expect(priced.total).toBeCloseTo(56.5, 6);
      expect([...priced.perOrder].reduce((a, b) => a + b, 0)).toBeCloseTo(56.5, 9);
    });

    it('matches the exact bound where no limit binds', () => {
      const r = runTiny({
        orders: orders(at('O1', 'A', 1), at('O2', 'A', 1), at('O2', 'B', 1), at('O3', 'C', 1)),
        inventory: inventory('WH,A,10', 'WH,B,5', 'ST,A,10'),
      });
      const priced = hindsightBound(r.model, { exactGroups: 0, sampleGroups: 1 });
      // 17.20 + 28.70 + 9.00 as in the first case: with no price, every order routes on its own
      expect(priced.total).toBeCloseTo(54.9, 6);
      expect(priced.pricedBy).toEqual({ sampled: 1, chunks: 1 });
    });
  });
});
