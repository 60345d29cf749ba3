/** Cost parts per order, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { COST_PARTS, costParts } from '../../sim/metrics/cost-parts.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('costParts', () => {
  it('splits cost per order into first packages, extra packages, touches and cancellations', () => {
    const [base, alt] = handRun().runs;
    // base: first packages $10+$8+$9 carrier, $3+$4+$4 pick; o1's second package $12+$5; a $4 touch; a $30 cancellation; 4 orders
    expect(costParts(base!)).toEqual({
      shipping: 6.75,
      pickPack: 2.75,
      extraPackages: 4.25,
      touches: 1,
      cancellations: 7.5,
      total: 22.25,
    });
    expect(costParts(base!).total).toBe(base!.metrics.fulfillment_cost_per_order);
    // alt: one package an order, $37 carrier and $13 pick over 4 orders
    expect(costParts(alt!)).toEqual({
      shipping: 9.25,
      pickPack: 3.25,
      extraPackages: 0,
      touches: 0,
      cancellations: 0,
      total: 12.5,
    });
  });

  it('lists every part but the total once', () => {
    expect(COST_PARTS.map((p) => p.key)).toEqual(['shipping', 'pickPack', 'extraPackages', 'touches', 'cancellations']);
  });

  it('adds up to the fulfillment cost metric on a simulated run', () => {
    const run = reportRun();
    for (const p of run.runs) {
      const c = costParts(p);
      expect(c.shipping + c.pickPack + c.extraPackages + c.touches + c.cancellations, p.policy).toBeCloseTo(
        c.total,
        10,
      );
      expect(c.total, p.policy).toBeCloseTo(p.metrics.fulfillment_cost_per_order!, 10);
    }
    // the warehouse ships one package per order: nothing extra, no touches (accuracy 1)
    const wh = costParts(run.runs[0]!);
    expect([wh.extraPackages, wh.touches]).toEqual([0, 0]);
  });
});
