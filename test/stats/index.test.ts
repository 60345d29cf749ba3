/** The public entry point re-exports every function, and they work together. */
import { describe, expect, it } from 'vitest';
import * as stats from '../../sim/stats/index.ts';
import { makeRng } from '../../sim/random/rng.ts';

describe('sim/stats index', () => {
  it('exports the public functions', () => {
    for (const name of [
      'normalQuantile',
      'normalCdf',
      'regularizedIncompleteBeta',
      'tCdf',
      'tTail',
      'tPdf',
      'tQuantile',
      'tCritical',
      'pairedDifference',
      'dayBlockBootstrap',
      'directStandardize',
      'standardizeToPre',
      'crudeRate',
      'kitagawa',
      'differenceInDifferences',
      'npv',
      'npvAtMonthlyRate',
      'monthlyRate',
      'annualRate',
      'irr',
      'payback',
      'breakEvenVolume',
      'pilotSize',
      'pairedPower',
      'contains',
      'excludesZero',
      'width',
    ])
      expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
  });

  it('a day-level replay feeds both the bootstrap and pilot sizing', () => {
    const rng = makeRng('stats/index');
    const a = Array.from({ length: 30 }, () => [rng.int(20), 100]);
    const b = a.map(([late, n]) => [Math.max(0, late! - rng.int(4)), n!]);
    const boot = stats.dayBlockBootstrap({ a, b, metric: ([l, n]) => l! / n!, rng: rng.fork('boot') });
    const daily = stats.pairedDifference(
      a.map(([l, n]) => l! / n!),
      b.map(([l, n]) => l! / n!),
    );
    const size = stats.pilotSize({ sdDailyDifference: daily.sdDifference!, difference: daily.difference! });
    expect(boot.difference).toBeCloseTo(daily.difference!, 14); // equal daily counts: ratio of sums = mean of ratios
    expect(size.days).toBeGreaterThanOrEqual(2);
  });
});
