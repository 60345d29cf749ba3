/**
 * What `preparePolicies` works out once: an entry inheriting its review from the entry it
 * uses shares that entry's compiled review (same model, same settings); an entry on a network
 * of its own, or with review settings of its own, gets its own.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, preparePolicies } from '../../sim/pipeline/load.ts';
import { parseScenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { Problems } from '../../sim/problems.ts';
import { line, nodesCsv, ordersCsv, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { TINY_RATES, TINY_TRANSIT, tinyFiles } from '../helpers/tiny.ts';

const policies = `  - name: base
    use: closest-with-stock
    review: { rules: [{ order_value_over: 1 }] }
  - { name: same, use: base }
  - name: other
    use: base
    review: { rules: [{ order_value_over: 1 }] }
  - name: moved
    use: base
    network: { add: [{ node_id: NEW, type: store, lat: 0.1, lon: 0 }] }
`;
const scenario = parseScenario(scenarioWith(policies), 'scenario.yaml', new Problems(), POLICIES)!;
const files = tinyFiles({
  rates: TINY_RATES,
  transit: TINY_TRANSIT,
  skus: SKUS,
  nodes: nodesCsv({ id: 'WH', type: 'warehouse', lat: 2 }),
  orders: ordersCsv(line('O1', '06T09:00', 'A', 2)),
  inventory: stock('WH,A,5'),
});

describe('preparePolicies', () => {
  const { model, data } = buildModel(scenario, files);
  const byName = new Map(preparePolicies(model, scenario, new Problems(), data).map((p) => [p.spec.name, p]));
  const review = (name: string) => byName.get(name)!.review;

  it('shares the review an entry inherits, on the same model', () => {
    expect(review('same')).toBe(review('base'));
  });

  it('compiles its own for review settings of its own, or a network of its own, to the same rules', () => {
    expect(review('other')).not.toBe(review('base'));
    expect(review('moved')).not.toBe(review('base'));
    for (const name of ['other', 'moved']) expect(review(name)).toEqual(review('base'));
    // O1's 2 units are worth more than $1: the first rule
    expect([...review('base')!.orderRule]).toEqual([1]);
  });
});
