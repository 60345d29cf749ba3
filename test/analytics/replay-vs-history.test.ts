/**
 * Simulated and observed side by side, on hand-made effects: the observed ship-cost DiD is
 * −$1.50 (95% CI −$2.00 to −$1.00); each replay effect below is placed inside, overlapping,
 * around or apart from it by hand, and the reasons follow the measures that disagree.
 */
import { describe, expect, it } from 'vitest';
import type { CohortAnalysis } from '../../sim/analytics/cohorts.ts';
import type { HistoryComparison, ObservedEffect } from '../../sim/analytics/history.ts';
import { matchingPilot, pilotStart, replayVsHistory } from '../../sim/analytics/replay-vs-history.ts';
import type { PolicySpec } from '../../sim/scenario/parse.ts';
import type { DifferenceInDifferences, Interval } from '../../sim/stats/index.ts';

const observed = (measure: string, estimate: number | null, interval: Interval | null): ObservedEffect =>
  ({ measure, basis: 'difference-in-differences', estimate, interval, confidence: 0.95 }) as ObservedEffect;

/** A history of three measures; cancel_rate is one the replay's cohort analysis does not measure. */
const history = {
  switchDate: '2026-07-13',
  results: [
    { measure: 'ship_cost_per_order', observed: observed('ship_cost_per_order', -1.5, { low: -2, high: -1 }) },
    { measure: 'split_rate', observed: observed('split_rate', 0.1, { low: 0.08, high: 0.12 }) },
    { measure: 'cancel_rate', observed: observed('cancel_rate', 0.03, { low: 0, high: 0.06 }) },
  ],
} as unknown as HistoryComparison;

/** The replay's pilot cohort with a DiD per measure given (interval null: too few weeks). */
function cohort(did: Record<string, [number, Interval | null]>): CohortAnalysis {
  return {
    policy: 'brooklyn-pilot',
    kind: 'pilot',
    pre: 'cohort before the pilot',
    post: 'cohort in the pilot',
    prePost: ['ship_cost_per_order', 'split_rate', 'on_time_delivery_rate'].map((measure) => ({ measure })),
    did: Object.entries(did).map(([measure, [estimate, interval]]) => ({
      measure,
      result: { estimate, interval, confidence: 0.95 } as DifferenceInDifferences,
    })),
  } as CohortAnalysis;
}
const OPTS = { start: '2026-07-13', baseline: 'warehouse-only' };

describe('replayVsHistory', () => {
  it('pairs each measure both sides have and says how the effects relate', () => {
    const rv = replayVsHistory(
      history,
      cohort({
        ship_cost_per_order: [-1.2, { low: -1.6, high: -0.8 }], // −1.2 is inside −2.00 … −1.00
        split_rate: [0.13, { low: 0.11, high: 0.15 }], // 0.13 outside 0.08 … 0.12, 0.10 outside 0.11 … 0.15, they overlap on 0.11 … 0.12
      }),
      OPTS,
    );
    expect(rv.rows.map((r) => [r.measure, r.agreement])).toEqual([
      ['ship_cost_per_order', 'replay-inside-observed'],
      ['split_rate', 'intervals-overlap'],
    ]); // cancel_rate: the replay does not measure it on the cohort; on-time: the history has no such result
    expect(rv.rows[0]!.replay).toEqual({
      basis: 'replay-difference-in-differences',
      estimate: -1.2,
      interval: { low: -1.6, high: -0.8 },
      confidence: 0.95,
    });
    expect(rv.rows[0]!.observed).toBe(history.results[0]!.observed);
    expect(rv.reasons).toEqual(['same-orders-vs-other-weeks']); // nothing disagrees
    expect(rv).toMatchObject({ policy: 'brooklyn-pilot', baseline: 'warehouse-only', switchDate: '2026-07-13' });
  });

  it('disagrees when the intervals do not touch, and gives the reason of each such measure', () => {
    const rv = replayVsHistory(
      history,
      cohort({
        ship_cost_per_order: [-0.1, { low: -0.7, high: 0.5 }], // above −1.00: apart
        split_rate: [0.04, { low: 0.01, high: 0.07 }], // below 0.08: apart
      }),
      { ...OPTS, illustrativeRates: true },
    );
    expect(rv.rows.map((r) => r.agreement)).toEqual(['disagree', 'disagree']);
    expect(rv.reasons).toEqual(['same-orders-vs-other-weeks', 'illustrative-rates', 'stock-vs-picks']);
    const real = replayVsHistory(history, cohort({ ship_cost_per_order: [-0.1, { low: -0.7, high: 0.5 }] }), OPTS);
    expect(real.reasons).toEqual(['same-orders-vs-other-weeks', 'rates-vs-bills']);
  });

  it('reads the history inside a wide replay interval as agreement, and cannot tell without an estimate', () => {
    const rv = replayVsHistory(
      history,
      cohort({ ship_cost_per_order: [0.5, { low: -3, high: 4 }] }), // 0.5 outside the history's, −1.5 inside −3 … 4
      { ...OPTS, start: '2026-07-20' },
    );
    expect(rv.rows.map((r) => [r.agreement, r.replay === null])).toEqual([
      ['observed-inside-replay', false],
      ['cannot-tell', true], // split_rate: the replay has no DiD
    ]);
    expect(rv.reasons).toEqual(['same-orders-vs-other-weeks', 'different-start']);
    // one side without an interval: an estimate outside the other's interval disagrees, none at all cannot tell
    const noInterval = replayVsHistory(
      history,
      cohort({ ship_cost_per_order: [-3, null], split_rate: [0.1, null] }),
      OPTS,
    );
    expect(noInterval.rows.map((r) => r.agreement)).toEqual(['disagree', 'replay-inside-observed']);
  });
});

describe('matchingPilot', () => {
  const spec = (name: string, use: string, cohort: object) => ({ name, use, settings: { cohort } }) as PolicySpec;
  const policies = [
    spec('warehouse-only', 'single-node', {}),
    spec('ny-nj', 'pilot', { states: ['nj', 'NY'], from: '2026-07-13' }),
    spec('ny', 'pilot', { states: ['NY'] }),
  ];
  it('finds the pilot entry whose cohort states are the pilot states, in any order or case', () => {
    expect(matchingPilot(policies, ['NY', 'NJ'])?.name).toBe('ny-nj');
    expect(matchingPilot(policies, ['NY'])?.name).toBe('ny');
    expect(matchingPilot(policies, ['NY', 'NJ', 'PA'])).toBeNull();
    expect(matchingPilot(policies, null)).toBeNull();
    expect(matchingPilot([...policies, spec('again', 'pilot', { states: ['NY'] })], ['NY'])).toBeNull(); // two match
  });
  it('takes a named pilot entry whatever its states, and only a pilot entry', () => {
    expect(matchingPilot(policies, ['CA'], 'ny')?.name).toBe('ny');
    expect(matchingPilot(policies, ['NY'], 'warehouse-only')).toBeNull();
    expect(pilotStart(policies[1]!)).toBe('2026-07-13');
    expect(pilotStart(policies[2]!)).toBeNull();
  });
});
