/** The first look-ahead plan, solved once per model and shared by its accuracy copies (sim/lp/plan.ts firstPlan). */
import { describe, expect, it } from 'vitest';
import { firstPlan, planLp } from '../../sim/lp/plan.ts';
import { withNodeAccuracy } from '../../sim/model/with-accuracy.ts';
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

describe('firstPlan', () => {
  it('is the plan planLp solves, solved once per model and training', () => {
    const p = firstPlan(model, 'same-period');
    expect(p).toEqual(planLp(model, { training: 'same-period' }));
    expect(firstPlan(model, 'same-period')).toBe(p);
    expect(firstPlan(model, 'previous-period')).not.toBe(p);
  });

  it('a copy with other accuracy shares the plan, which is the one its own solve gives', () => {
    const copy = withNodeAccuracy(
      model,
      model.nodes.accuracy.map(() => 0.25),
    );
    const p = firstPlan(copy, 'same-period');
    expect(p).toBe(firstPlan(model, 'same-period'));
    expect(p).toEqual(planLp(copy, { training: 'same-period' }));
  });
});
