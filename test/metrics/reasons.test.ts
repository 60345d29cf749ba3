/** Orders by outcome reason, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../sim/engine/reasons.ts';
import { reasonCounts } from '../../sim/metrics/reasons.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('reasonCounts', () => {
  it('counts orders per reason per policy, every reason listed', () => {
    const rows = reasonCounts(handRun());
    expect(rows).toHaveLength(2 * REASONS.length);
    const of = (policy: string) =>
      Object.fromEntries(
        rows.filter((x) => x.policy === policy && x.orders > 0).map((x) => [x.reason, [x.orders, x.share]]),
      );
    expect(of('base')).toEqual({
      cancelled: [1, 0.25],
      'partial-cancel': [1, 0.25],
      'capacity-wait': [1, 0.25],
      single: [1, 0.25],
    });
    expect(of('alt')).toEqual({ single: [4, 1] });
    expect(rows.map((x) => x.reason).slice(0, REASONS.length)).toEqual(REASONS.map((x) => x.code));
    expect(rows[0]!.text).toBe(REASONS[0]!.text);
  });

  it('counts every order under exactly one reason on a simulated run', () => {
    const run = reportRun();
    for (const p of run.runs) {
      const rows = reasonCounts(run).filter((x) => x.policy === p.policy);
      expect(rows).toHaveLength(REASONS.length);
      expect(rows.reduce((s, x) => s + x.orders, 0)).toBe(14);
    }
  });
});
