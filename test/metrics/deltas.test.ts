/** Metrics against the baseline, by hand on the hand-made run. */
import { describe, expect, it } from 'vitest';
import { deltas } from '../../sim/metrics/deltas.ts';
import { baselineRun } from '../../sim/metrics/runs.ts';
import { METRICS } from '../../sim/metrics/metrics.ts';
import { handRun } from '../helpers/hand-run.ts';

describe('deltas', () => {
  it('gives every metric its difference from the baseline and its verdict', () => {
    const [base, alt] = handRun().runs;
    const d = Object.fromEntries(deltas(base!.metrics, alt!.metrics).map((x) => [x.metric, x]));
    expect(Object.keys(d)).toEqual(METRICS.map((m) => m.name));
    // fulfillment cost per order: $22.25 under base, $12.50 under alt
    expect(d.fulfillment_cost_per_order).toEqual({
      metric: 'fulfillment_cost_per_order',
      baseline: 22.25,
      value: 12.5,
      delta: -9.75,
      verdict: 'better',
    });
    // cancel rate 2/4 → 0
    expect(d.cancel_rate).toMatchObject({ baseline: 0.5, value: 0, delta: -0.5, verdict: 'better' });
    // on-time delivery: 2 of 3 shipped orders → 3 of 4
    expect(d.on_time_delivery_rate!.delta).toBeCloseTo(3 / 4 - 2 / 3, 12);
    expect(d.on_time_delivery_rate!.verdict).toBe('better');
    expect(d.orders).toMatchObject({ delta: 0, verdict: null });
    // the baseline against itself: every directed metric the same
    expect(base!.deltas.every((x) => x.verdict === null || x.verdict === 'same')).toBe(true);
  });
});

describe('baselineRun', () => {
  it('finds the baseline run, and says when there is none', () => {
    const r = handRun();
    expect(baselineRun(r).policy).toBe('base');
    expect(() => baselineRun({ ...r, baseline: 'nope' })).toThrow('the baseline nope has no run');
  });
});
