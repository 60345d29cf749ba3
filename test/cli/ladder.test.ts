/**
 * The bundled demo's network what-if end to end: add-chicago-store is the store-for-local
 * entry (review rule included) plus a Chicago store, measured against store-for-local, its
 * step priced with the Chicago store's own fixed costs (scenarios/three-location roi.nodes),
 * and `roi --policy add-chicago-store` decides on that step.
 */
import { describe, expect, it } from 'vitest';
import { decisionReference, effectLadders } from '../../sim/analytics/ladder.ts';
import { replicateFromRun } from '../../sim/analytics/replicates.ts';
import { roiCommand } from '../../sim/cli/analyze.ts';
import { loadScenario } from '../../sim/io/load.ts';
import { runPolicies } from '../../sim/pipeline/index.ts';
import { ROOT } from '../helpers/cli.ts';

describe("the demo's add-chicago-store", () => {
  it(
    'is store-for-local plus the Chicago store, and its step is measured against store-for-local',
    { timeout: 120_000 },
    async () => {
      const loaded = await loadScenario('three-location', ROOT);
      const spec = (name: string) => loaded.scenario.policies.find((p) => p.name === name)!;
      const chicago = spec('add-chicago-store'),
        local = spec('store-for-local');
      expect(chicago.inherits).toBe('store-for-local');
      expect(chicago.compareTo).toBe('store-for-local');
      expect(chicago.settings).toEqual(local.settings);
      expect(chicago.review).toEqual(local.review);
      expect(chicago.network!.add.map((a) => a.node_id)).toEqual(['STORE-CHICAGO']);
      // brooklyn-local inherits store-for-local too (its review rule now comes along) and is measured against it
      expect(spec('brooklyn-local')).toMatchObject({
        inherits: 'store-for-local',
        compareTo: 'store-for-local',
        review: local.review,
      });

      const run = runPolicies(loaded.model, loaded.scenario, loaded.policies);
      const [ladder] = effectLadders(run, [replicateFromRun(run)], {
        monthlyOrders: 4942,
        resamples: 500,
        policies: ['add-chicago-store'],
      }).ladders;
      expect(ladder!.rungs).toEqual(['warehouse-only', 'store-for-local', 'add-chicago-store']);
      const step = ladder!.steps[1]!;
      expect([step.from, step.to, step.added]).toEqual(['store-for-local', 'add-chicago-store', ['STORE-CHICAGO']]);
      const cost = (p: string) => run.runs.find((r) => r.policy === p)!.metrics.fulfillment_cost_per_order!;
      expect(step.costFrom).toBe(cost('store-for-local'));
      expect(step.saving.total).toBeCloseTo(
        cost('store-for-local') - cost('add-chicago-store') + step.saving.margin,
        12,
      );
      expect(step.network!.costs.monthly.map((l) => [l.label, l.amount])).toEqual([
        ['STORE-CHICAGO rent', 1200],
        ['STORE-CHICAGO labor', 2400],
      ]);
      expect(step.network!.costs.oneTime.map((l) => [l.label, l.amount])).toEqual([['STORE-CHICAGO opening', 8000]]);
      expect(step.network!.roi.monthlyCost).toBe(3600);
      expect(decisionReference(run, 'add-chicago-store')).toBe('store-for-local');

      // the verdict speaks about the Chicago step, priced with its own costs
      const text = await roiCommand('three-location', { policy: 'add-chicago-store' }, ROOT);
      expect(text.split('\n')[0]).toBe(
        'add-chicago-store against store-for-local (named with --policy): 24 months, 4,942 orders a month.',
      );
      expect(text).toContain(
        'costs $3,600 a month and $8,000 one-time (STORE-CHICAGO opening $8,000, STORE-CHICAGO rent $1,200 a month, STORE-CHICAGO labor $2,400 a month)',
      );
      expect(text).toContain('At 4,942 orders a month (replayed pace): −$105 a month, about −$320 a quarter;');
      expect(text).toContain('NPV over 24 months −$88,644;');
      expect(text).toMatch(/→ add-chicago-store +\$21\.0\d +costs \$0\.02 an order more/);
      expect(text).toMatch(/Verdict: NOT WORTH A PILOT YET/);
    },
  );
});
