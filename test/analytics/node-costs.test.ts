/** The fixed costs of nodes a network what-if adds, as the ROI's named cost lines. */
import { describe, expect, it } from 'vitest';
import { addedNodes, asCostLines, nodeCostLines, stepRoiConfig, sumLines } from '../../sim/analytics/node-costs.ts';
import type { Model } from '../../sim/model/types.ts';
import { roiSchema } from '../../sim/scenario/schema.ts';

const modelOf = (...ids: string[]) => ({ nodes: { ids } }) as unknown as Model;
const costs = roiSchema.parse({
  nodes: {
    'ST-CHI': { monthly_rent: 4500, monthly_labor: 6000, opening_cost: 25000 },
    'ST-NYC': { monthly_rent: 3000 },
    'ST-FREE': {},
  },
}).nodes;

describe('addedNodes', () => {
  it('lists the ids the second model has and the first lacks, in its order', () => {
    expect(addedNodes(modelOf('WH', 'ST'), modelOf('ST-NEW', 'WH', 'ST', 'ST-2'))).toEqual(['ST-NEW', 'ST-2']);
  });
  it('none when the network only shrank or stayed', () => {
    expect(addedNodes(modelOf('WH', 'ST'), modelOf('WH'))).toEqual([]);
    expect(addedNodes(modelOf('WH'), modelOf('WH'))).toEqual([]);
  });
});

describe('nodeCostLines', () => {
  it('gives the opening cost once and the rent and labor monthly, leaving zero amounts out', () => {
    expect(nodeCostLines(['ST-CHI', 'ST-NYC'], costs)).toEqual({
      oneTime: [{ label: 'ST-CHI opening', amount: 25000 }],
      monthly: [
        { label: 'ST-CHI rent', amount: 4500 },
        { label: 'ST-CHI labor', amount: 6000 },
        { label: 'ST-NYC rent', amount: 3000 },
      ],
      unpriced: [],
    });
  });
  it('names added nodes without an roi.nodes entry; an entry of zeros gives no lines but is priced', () => {
    expect(nodeCostLines(['ST-LA', 'ST-FREE'], costs)).toEqual({ oneTime: [], monthly: [], unpriced: ['ST-LA'] });
    expect(nodeCostLines([], costs)).toEqual({ oneTime: [], monthly: [], unpriced: [] });
  });
});

describe('sumLines and asCostLines', () => {
  const lines = nodeCostLines(['ST-CHI', 'ST-NYC'], costs);
  it('sums amounts', () => {
    expect(sumLines(lines.monthly)).toBe(13500); // 4500 + 6000 + 3000
    expect(sumLines(lines.oneTime)).toBe(25000);
    expect(sumLines([])).toBe(0);
  });
  it('turns one-time lines then monthly lines into ROI cost lines', () => {
    expect(asCostLines(lines)).toEqual([
      { name: 'ST-CHI opening', monthly: 0, oneTime: 25000 },
      { name: 'ST-CHI rent', monthly: 4500, oneTime: 0 },
      { name: 'ST-CHI labor', monthly: 6000, oneTime: 0 },
      { name: 'ST-NYC rent', monthly: 3000, oneTime: 0 },
    ]);
  });
});

describe('stepRoiConfig', () => {
  const cfg = roiSchema.parse({
    horizon_months: 18,
    one_time: { setup: 1200, training: 300 },
    monthly: { subscription: 300, store_labor: 50 },
    nodes: { X: {} },
  });
  it('against the baseline: the scenario settings unchanged', () => {
    expect(stepRoiConfig(cfg, true)).toBe(cfg);
  });
  it('against another entry: every one-time and monthly item zeroed, the rest kept', () => {
    const step = stepRoiConfig(cfg, false);
    expect(step.one_time).toEqual({ setup: 0, implementation: 0, training: 0, store_readiness: 0 });
    expect(step.monthly).toEqual({ subscription: 0, store_labor: 0 });
    expect({ ...step, one_time: cfg.one_time, monthly: cfg.monthly }).toEqual(cfg);
    expect(cfg.one_time.setup).toBe(1200); // not modified
  });
});
