/** The period's length and its quarter scale, by hand. */
import { describe, expect, it } from 'vitest';
import { ordersPerQuarter, periodDays, QUARTER_DAYS } from '../../sim/metrics/period.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('period', () => {
  it('counts the days replayed and scales the orders to a quarter', () => {
    expect(QUARTER_DAYS).toBe(365.25 / 4);
    expect(periodDays(handRun())).toBe(9);
    expect(ordersPerQuarter(handRun())).toBeCloseTo((4 / 9) * 91.3125, 10); // 40.58 orders
  });

  it('scales the replayed period of a simulated run to a quarter', () => {
    expect(ordersPerQuarter(reportRun())).toBeCloseTo((14 / 14) * 91.3125, 10);
  });
});
