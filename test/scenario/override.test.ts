/** Sweep settings: parsing, the grid, and applying them to the scenario and the nodes. */
import { describe, expect, it } from 'vitest';
import { grid, overrideNodes, overrideScenario, parseSetting } from '../../sim/scenario/override.ts';
import { InputError } from '../../sim/problems.ts';
import { TINY_SCENARIO } from '../helpers/tiny.ts';
import { parse } from 'yaml';
import type { DataRows } from '../../sim/parse/types.ts';

describe('sweep settings', () => {
  it('parses PATH=v1,v2 into numbers, booleans and text', () => {
    expect(parseSetting('costs.manual_touch=3,4.5')).toEqual({ path: 'costs.manual_touch', values: [3, 4.5] });
    expect(parseSetting('replay_cancelled=true,false')).toEqual({ path: 'replay_cancelled', values: [true, false] });
    expect(parseSetting('policies.p.split=never,allow').values).toEqual(['never', 'allow']);
    expect(() => parseSetting('costs.manual_touch')).toThrow(InputError);
  });

  it('makes every combination, in order', () => {
    const g = grid([
      { path: 'a', values: [1, 2] },
      { path: 'b', values: ['x', 'y', 'z'] },
    ]);
    expect(g.map((p) => p.map((o) => `${o.path}=${o.value}`).join(' '))).toEqual([
      'a=1 b=x',
      'a=1 b=y',
      'a=1 b=z',
      'a=2 b=x',
      'a=2 b=y',
      'a=2 b=z',
    ]);
  });

  it("sets scenario keys and a policy entry's settings by its name", () => {
    const text = overrideScenario(TINY_SCENARIO, [
      { path: 'costs.manual_touch', value: 9 },
      { path: 'policies.warehouse-only.node', value: 'ST' },
      { path: 'policies.fewest-packages.split', value: 'never' },
    ]);
    const doc = parse(text);
    expect(doc.costs.manual_touch).toBe(9);
    expect(doc.policies[0]).toEqual({ name: 'warehouse-only', node: 'ST' });
    expect(doc.policies[2]).toEqual({ name: 'fewest-packages', split: 'never' });
    try {
      overrideScenario(TINY_SCENARIO, [{ path: 'policies.nope.split', value: 1 }]);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).problems[0]!.message).toBe(
        'cannot use --set "policies.nope.split": no policy named "nope"',
      );
    }
  });

  it('sets node columns by node id or type', () => {
    const data = {
      nodes: [
        { nodeId: 'WH', type: 'warehouse', tags: [] },
        { nodeId: 'S1', type: 'store', tags: [] },
        { nodeId: 'S2', type: 'store', tags: [] },
      ],
    } as unknown as DataRows;
    const changed = overrideNodes(data, [
      { path: 'nodes.store.inventory_accuracy', value: 0.95 },
      { path: 'nodes.S2.daily_order_capacity', value: 7 },
    ]);
    expect(changed.nodes.map((n) => [n.nodeId, n.inventoryAccuracy, n.dailyOrderCapacity])).toEqual([
      ['WH', undefined, undefined],
      ['S1', 0.95, undefined],
      ['S2', 0.95, 7],
    ]);
    expect(data.nodes[1]!.inventoryAccuracy).toBeUndefined(); // not mutated
    expect(() => overrideNodes(data, [{ path: 'nodes.depot.inventory_accuracy', value: 1 }])).toThrow(InputError);
    expect(() => overrideNodes(data, [{ path: 'nodes.store.color', value: 1 }])).toThrow(InputError);
  });
});

describe('a scenario without scenario overrides', () => {
  it('is the text as written, so problems keep their lines (writing the document again re-wraps a folded description)', () => {
    const text = TINY_SCENARIO.replace(
      'name: tiny\n',
      `name: tiny\ndescription: >\n  ${'A long description that the YAML writer would fold at eighty characters, '.repeat(2)}\n`,
    );
    expect(overrideScenario(text, [])).toBe(text);
    expect(overrideScenario(text, [{ path: 'nodes.WH.daily_order_capacity', value: 1 }])).toBe(text);
  });
});
