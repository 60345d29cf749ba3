/** Whole-pipeline properties: determinism, common random numbers, a policy against itself. */
import { describe, expect, it } from 'vitest';
import { randomTiny } from './helpers/random-scenario.ts';
import { runTiny, tinyFiles, tinyScenario } from './helpers/tiny.ts';
import { simulate } from '../sim/engine/engine.ts';
import type { PolicyFn } from '../sim/policies/types.ts';
import { buildModel, preparePolicies, runPolicies } from '../sim/pipeline/index.ts';
import { makeRng } from '../sim/random/rng.ts';
import { metricsCsv, outcomesCsv } from '../sim/report/tables.ts';
import { FLAG_REROUTED } from '../sim/engine/outcomes.ts';

describe('determinism', () => {
  it('gives byte-identical metrics and outcomes for the same seed', () => {
    const input = randomTiny(11, { backorder: true, replenishment: true });
    const a = runTiny(input),
      b = runTiny(input);
    expect(outcomesCsv(a)).toBe(outcomesCsv(b));
    expect(metricsCsv(a)).toBe(metricsCsv(b));
  });

  it('changes the random parts with the seed', () => {
    const input = randomTiny(12);
    const scenario = tinyScenario(input.scenario);
    const { model } = buildModel(scenario, tinyFiles(input));
    const policies = preparePolicies(model, scenario);
    const outcomes = (seed: string) => outcomesCsv(runPolicies(model, scenario, policies, seed));
    expect(outcomes('1')).toBe(outcomes('1'));
    expect(outcomes('1')).not.toBe(outcomes('2'));
  });
});

describe('common random numbers', () => {
  it('gives every policy the same pick-failure draw for the same order, line and node', () => {
    // one node holds everything: every policy routes every line to N0, so failures must coincide
    const input = randomTiny(5);
    input.nodes = 'node_id,type,lat,lon,inventory_accuracy\nN0,warehouse,40,-90,0.5\nN1,store,41,-91,0.5\n';
    input.inventory = 'node_id,sku,on_hand\n' + Array.from({ length: 8 }, (_, s) => `N0,K${s},1000`).join('\n') + '\n';
    input.receipts = 'node_id,sku,quantity,arrives_at\n';
    const r = runTiny(input);
    const rerouted = r.runs.map((p) => Array.from(p.run.outcomes.flags, (f) => f & FLAG_REROUTED).join(''));
    expect(rerouted[0]).toMatch(/1/); // failures happened
    expect(rerouted[1]).toBe(rerouted[0]);
    expect(rerouted[2]).toBe(rerouted[0]);
  });
});

describe('a policy compared with itself', () => {
  it('has zero deltas on every metric', () => {
    const input = randomTiny(21, { backorder: true });
    input.scenario = input
      .scenario!.replace('  - name: fewest-packages\n', '  - name: closest-again\n    use: closest-with-stock\n')
      .concat('baseline: closest-with-stock\n');
    const r = runTiny(input);
    const again = r.runs.find((p) => p.policy === 'closest-again')!;
    for (const d of again.deltas) {
      if (d.value === null) expect(d.baseline).toBeNull();
      else expect(d.delta, d.metric).toBe(0);
    }
  });
});

describe('policy contract', () => {
  it('stops a policy that takes stock a node does not have', () => {
    const input = randomTiny(3);
    const scenario = tinyScenario(input.scenario);
    const { model } = buildModel(scenario, tinyFiles(input));
    const greedy: PolicyFn = (req, out) => {
      for (let i = 0; i < req.count; i++) out.push(req.lines[i]!, 0, req.need[i]! + 1000);
    };
    expect(() => simulate(model, greedy, { rng: makeRng(1), policyName: 'greedy' })).toThrow(
      /broke the allocation contract/,
    );
  });
});
