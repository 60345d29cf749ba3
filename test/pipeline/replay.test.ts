/**
 * withBound attaches the bound from the run's kept sums (no second pass over the orders) and
 * replicate 0 reuses them: both give exactly what summing the outcomes again gives.
 */
import { describe, expect, it } from 'vitest';
import { replicateFromRun } from '../../sim/analytics/replicates.ts';
import type { HindsightBound } from '../../sim/lp/hindsight.ts';
import { computeMetrics, computeSums } from '../../sim/metrics/metrics.ts';
import { buildModel, preparePolicies, runPolicies } from '../../sim/pipeline/index.ts';
import { withBound } from '../../sim/pipeline/replay.ts';
import { Problems } from '../../sim/problems.ts';
import { line, nodesCsv, ordersCsv, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

describe('withBound and replicate 0', () => {
  const scenario = scenarioWith(
    '  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\nbaseline: warehouse-only\n',
  );
  const input = {
    nodes: nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5 }),
    skus: SKUS,
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1), line('O2', '06T11:00', 'A', 2)),
    inventory: stock('WH,A,5', 'ST,A,5'),
    scenario,
  };
  const s = tinyScenario(scenario);
  const { model, data } = buildModel(s, tinyFiles(input), new Problems());
  const replayed = runPolicies(model, s, preparePolicies(model, s, new Problems(), data));
  // the bound says each order could cost $1 and $3
  const bound = { perOrder: Float64Array.of(1, 3), total: 4 } as HindsightBound;

  it('replicate 0 of the run without a bound sums what the run kept', () => {
    const r0 = replicateFromRun(replayed);
    for (const [i, p] of replayed.runs.entries()) {
      expect(p.sums).toEqual(computeSums(p.model, p.run.outcomes));
      expect(r0.policies[i]!.total).toEqual(p.sums);
      expect(r0.policies[i]!.total).not.toBe(p.sums); // a copy: the replicate's sums are its own
    }
  });

  it('gives the metrics and sums of the outcomes summed with the bound attached', () => {
    const run = withBound(replayed, bound);
    for (const p of run.runs) {
      expect(p.run.outcomes.boundCost).toBe(bound.perOrder);
      expect(p.sums).toEqual(computeSums(p.model, p.run.outcomes));
      expect([p.sums!.boundCost, p.sums!.boundOrders]).toEqual([4, 2]);
      expect(p.metrics).toEqual(computeMetrics(p.model, p.run.outcomes));
      expect(p.metrics.cost_gap_to_bound).not.toBeNull();
    }
    expect(replicateFromRun(run).policies.map((p) => p.total)).toEqual(run.runs.map((p) => p.sums));
    // the run before the bound: its sums no longer cover its outcomes (now carrying the bound), so they are summed again
    const again = replicateFromRun(replayed);
    expect(again.policies.map((p) => p.total.boundOrders)).toEqual([2, 2]);
  });
});
