/** A model copy with only its nodes' accuracy changed (sim/model/with-accuracy.ts). */
import { describe, expect, it } from 'vitest';
import { accuracyOrigin, withNodeAccuracy } from '../../sim/model/with-accuracy.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { line, nodesCsv, ordersCsv, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

const scenario = scenarioWith('  - name: closest-with-stock\nbaseline: closest-with-stock\n');
const { model } = buildModel(
  tinyScenario(scenario),
  tinyFiles({
    nodes: nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5, accuracy: 0.5 }),
    skus: SKUS,
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1), line('O2', '07T10:00', 'A', 2)),
    inventory: stock('WH,A,5', 'ST,A,5'),
    scenario,
  }),
  new Problems(),
);

describe('withNodeAccuracy', () => {
  const accuracy = Float64Array.from(model.nodes.accuracy, (_, i) => i / 10);
  const copy = withNodeAccuracy(model, accuracy);

  it('replaces the accuracy and shares every other table', () => {
    expect(copy.nodes.accuracy).toBe(accuracy);
    expect(copy.nodes.ids).toBe(model.nodes.ids);
    expect(copy.nodes.capacity).toBe(model.nodes.capacity);
    expect(copy.orders).toBe(model.orders);
    expect(copy.startOnHand).toBe(model.startOnHand);
    expect(model.nodes.accuracy).not.toBe(accuracy); // the original is left as it was
  });

  it('remembers the original, through copies of copies', () => {
    expect(accuracyOrigin(model)).toBe(model);
    expect(accuracyOrigin(copy)).toBe(model);
    expect(
      accuracyOrigin(
        withNodeAccuracy(
          copy,
          accuracy.map((a) => a / 2),
        ),
      ),
    ).toBe(model);
  });

  it('refuses an accuracy array of another length', () => {
    expect(() => withNodeAccuracy(model, new Float64Array(model.nodes.count + 1))).toThrow(/one per node/);
  });
});
