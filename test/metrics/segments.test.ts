/** Segment rows, worked out by hand on the hand-made run, and on a simulated pilot. */
import { describe, expect, it } from 'vitest';
import { segmentRows } from '../../sim/metrics/segments.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('segmentRows', () => {
  it('compares each segment with the baseline on the same orders', () => {
    const rows = segmentRows(handRun());
    // alt labels o0, o3 "rest" and o1, o2 "pilot"; the baseline labels nothing
    expect(rows.map((s) => [s.policy, s.segment, s.orders, s.from, s.to])).toEqual([
      ['alt', 'rest', 2, '2026-07-06', '2026-07-13'],
      ['alt', 'pilot', 2, '2026-07-07', '2026-07-07'],
    ]);
    const [rest, pilot] = rows;
    // pilot: base spends $20+$9+$4 on o1 and $30 on o2; alt $11+$3 and $7+$4
    expect([pilot!.baseline.fulfillment_cost_per_order, pilot!.values.fulfillment_cost_per_order]).toEqual([
      31.5, 12.5,
    ]);
    expect([pilot!.baseline.cancel_rate, pilot!.values.cancel_rate]).toEqual([1, 0]);
    // rest: base $10+$3 and $9+$4; alt $10+$3 and $9+$3
    expect([rest!.baseline.fulfillment_cost_per_order, rest!.values.fulfillment_cost_per_order]).toEqual([13, 12.5]);
  });

  it('compares a simulated pilot with the baseline segment by segment', () => {
    const rows = segmentRows(reportRun());
    expect(rows.map((s) => [s.policy, s.segment, s.orders, s.from, s.to])).toEqual([
      ['store-pilot', 'rest', 7, '2026-07-06', '2026-07-10'],
      ['store-pilot', 'pilot', 7, '2026-07-13', '2026-07-18'],
    ]);
    // before the pilot starts its orders are routed like the baseline's: same outcomes
    const rest = rows[0]!;
    expect(rest.values).toEqual(rest.baseline);
  });

  it('is made once per run: the same rows for every caller, made again for another run', () => {
    const r = reportRun();
    expect(segmentRows(r)).toBe(segmentRows(r));
    const other = { ...r };
    expect(segmentRows(other)).not.toBe(segmentRows(r));
    expect(segmentRows(other)).toEqual(segmentRows(r));
  });
});
