/** Use of daily capacity and waits for it, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { capacityWaits, utilization } from '../../sim/metrics/capacity.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('utilization', () => {
  it('measures a node with a capacity over its open ship days', () => {
    // ST: capacity 2, ships days 0–8 but Sunday (8 ship days). base: 2 packages on day 1 (full), 1 on day 7
    expect(utilization(handRun())).toEqual([
      { policy: 'base', node: 'ST', capacity: 2, shipDays: 8, packages: 3, mean: 3 / 8 / 2, peak: 1, fullDays: 1 },
      { policy: 'alt', node: 'ST', capacity: 2, shipDays: 8, packages: 1, mean: 1 / 8 / 2, peak: 0.5, fullDays: 0 },
    ]);
  });

  it('measures only nodes that have a capacity on a simulated run', () => {
    const run = reportRun();
    const rows = utilization(run);
    expect(new Set(rows.map((u) => u.node))).toEqual(new Set(['ST']));
    expect(rows.map((u) => u.policy)).toEqual(run.runs.map((p) => p.policy));
    for (const u of rows) {
      expect(u.capacity).toBe(2);
      // ST ships Mon–Sat: 12 days in the 14-day period
      expect(u.shipDays).toBe(12);
      expect(u.mean).toBeCloseTo(u.packages / u.shipDays / 2, 12);
      expect(u.peak).toBeLessThanOrEqual(1);
    }
    expect(rows.find((u) => u.policy === 'warehouse-only')).toMatchObject({
      packages: 0,
      mean: 0,
      peak: 0,
      fullDays: 0,
    });
  });
});

describe('capacityWaits', () => {
  it('counts the orders that waited for capacity', () => {
    const [base, alt] = handRun().runs;
    expect(capacityWaits(base!)).toEqual({ waited: 1, orders: 4 });
    expect(capacityWaits(alt!)).toEqual({ waited: 0, orders: 4 });
  });
});
