/** SKUs on cancelled orders, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { cancelledSkus } from '../../sim/metrics/cancelled-skus.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('cancelledSkus', () => {
  it('ranks SKUs by orders with a cancelled unit, then units, then id', () => {
    const r = handRun();
    const [base, alt] = r.runs;
    // o1 (A×1, B×2) and o2 (C×1) had a cancelled unit: one order each, B with 2 units first, then A before C
    expect(cancelledSkus(r, base!)).toEqual([
      { sku: 'B', name: 'Beta', orders: 1, units: 2 },
      { sku: 'A', name: 'Alpha', orders: 1, units: 1 },
      { sku: 'C', name: 'Gamma', orders: 1, units: 1 },
    ]);
    expect(cancelledSkus(r, base!, 2).map((s) => s.sku)).toEqual(['B', 'A']);
    expect(cancelledSkus(r, alt!)).toEqual([]);
  });

  it('finds the SKUs on cancelled orders of a simulated run', () => {
    const run = reportRun();
    const base = run.runs[0]!;
    const skus = cancelledSkus(run, base);
    expect(skus.length).toBeGreaterThan(0);
    let cancelledOrders = 0;
    for (let o = 0; o < base.run.outcomes.count; o++) if (base.run.outcomes.unitsCancelled[o]! > 0) cancelledOrders++;
    for (const s of skus) expect(s.orders).toBeLessThanOrEqual(cancelledOrders);
    expect(skus.map((s) => s.sku)).toContain('B');
  });
});
