/** A policy's engine counts, by hand. */
import { describe, expect, it } from 'vitest';
import { engineCounts } from '../../sim/metrics/engine-counts.ts';
import { handRun } from '../helpers/hand-run.ts';

describe('engineCounts', () => {
  it('puts the packages shipped before the engine counters', () => {
    const c = engineCounts(handRun().runs[0]!);
    expect(c).toEqual({
      packages: 4,
      overweightPackages: 0,
      failedPicks: 1,
      backorderedUnits: 0,
      replenishedUnits: 0,
      reviews: 0,
      longestCapacityWaitDays: 6,
      pastHorizonPackages: 0,
    });
    expect(Object.keys(c)[0]).toBe('packages');
  });
});
