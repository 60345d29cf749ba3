/** Weekly metrics, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { weeklyMetrics } from '../../sim/metrics/weekly.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('weeklyMetrics', () => {
  it('gives each metric per policy per 7-day week, the last week cut to the period', () => {
    // week of 2026-07-06: o0, o1, o2 (o1 and o2 had a cancelled unit under base); week of 2026-07-13 (2 days): o3
    expect(weeklyMetrics(handRun(), ['orders', 'cancel_rate'])).toEqual([
      { policy: 'base', week: '2026-07-06', metric: 'orders', value: 3, orders: 3, days: 7 },
      { policy: 'base', week: '2026-07-06', metric: 'cancel_rate', value: 2 / 3, orders: 3, days: 7 },
      { policy: 'base', week: '2026-07-13', metric: 'orders', value: 1, orders: 1, days: 2 },
      { policy: 'base', week: '2026-07-13', metric: 'cancel_rate', value: 0, orders: 1, days: 2 },
      { policy: 'alt', week: '2026-07-06', metric: 'orders', value: 3, orders: 3, days: 7 },
      { policy: 'alt', week: '2026-07-06', metric: 'cancel_rate', value: 0, orders: 3, days: 7 },
      { policy: 'alt', week: '2026-07-13', metric: 'orders', value: 1, orders: 1, days: 2 },
      { policy: 'alt', week: '2026-07-13', metric: 'cancel_rate', value: 0, orders: 1, days: 2 },
    ]);
  });

  it('covers every order once on a simulated run', () => {
    const run = reportRun();
    const rows = weeklyMetrics(run, ['fulfillment_cost_per_order']);
    expect([...new Set(rows.map((w) => w.week))]).toEqual(['2026-07-06', '2026-07-13']);
    for (const p of run.runs)
      expect(rows.filter((w) => w.policy === p.policy).reduce((s, w) => s + w.orders, 0)).toBe(14);
  });
});
