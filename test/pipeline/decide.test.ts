/**
 * Deciding before the bound is in: `run` decides from the replay alone while the bound is
 * solved, then compares again only the rows of the metrics that read the bound. The result
 * must be exactly the decision made on the run with its bound.
 */
import { describe, expect, it } from 'vitest';
import { BOUND_METRICS } from '../../sim/analytics/compare.ts';
import { replicateFromRun } from '../../sim/analytics/replicates.ts';
import { loadScenario } from '../../sim/io/load.ts';
import type { HindsightBound } from '../../sim/lp/hindsight.ts';
import { emptySums, METRICS, metricsFromSums, SUM_FIELDS } from '../../sim/metrics/metrics.ts';
import { decideRun, needsDecision, readinessOf, withBoundRows } from '../../sim/pipeline/decide.ts';
import { runPolicies, withBound } from '../../sim/pipeline/replay.ts';
import { ROOT } from '../helpers/cli.ts';

describe('withBoundRows', () => {
  it(
    'gives the decision made on the run with its bound, from the one made before it',
    { timeout: 120_000 },
    async () => {
      const loaded = await loadScenario('three-location', ROOT);
      const replayed = runPolicies(loaded.model, loaded.scenario, loaded.policies);
      expect(needsDecision(replayed)).toBe(true);
      const readiness = readinessOf(loaded);
      // decided before the bound is attached (withBound gives the shared outcomes their bound costs)
      const early = decideRun(loaded, replayed, [replicateFromRun(replayed)], readiness);
      // a bound of $5 to $11 an order, varying by order so that its day sums vary too
      const perOrder = Float64Array.from({ length: loaded.model.orders.count }, (_, o) => 5 + (o % 7));
      const bound = { perOrder, total: perOrder.reduce((a, b) => a + b, 0) } as HindsightBound;
      const run = withBound(replayed, bound);
      const results = [replicateFromRun(run)];
      const later = withBoundRows(early, run, results);
      expect(later).toEqual(decideRun(loaded, run, results, readiness));
      // and the bound's rows did change: before it, its metric had no value
      const gap = (d: typeof early) => d.analysis.comparisons.find((c) => c.metric === 'cost_gap_to_bound')!;
      expect(gap(early).a).toBeNull();
      expect(gap(later).a).toBeGreaterThan(0);
      expect(gap(later).bootstrap.interval).not.toBeNull();
    },
  );

  it('recompares only the metrics that read the bound: every other metric is the same whatever the bound', () => {
    expect(BOUND_METRICS).toEqual(['cost_gap_to_bound']);
    // sums of 10 orders with every field at 10, then their bound's sums changed
    const s = emptySums();
    for (const f of SUM_FIELDS) s[f] = 10;
    Object.assign(s, { firstDay: 0, lastDay: 9 });
    const without = metricsFromSums(s);
    const other = metricsFromSums({ ...s, boundCost: 20, boundOrders: 10 });
    for (const m of METRICS) {
      if (BOUND_METRICS.includes(m.name)) expect(other[m.name], m.name).not.toBe(without[m.name]);
      else expect(other[m.name], m.name).toBe(without[m.name]);
    }
  });
});
