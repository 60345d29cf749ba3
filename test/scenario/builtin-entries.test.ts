/**
 * Built-in policies named on the command line without a scenario entry (`compare --b
 * store-for-local`): added with their default settings, in this thread and on workers alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addedBuiltins, namableBuiltins, withBuiltinEntries } from '../../sim/scenario/builtin-entries.ts';
import { parseScenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { Problems } from '../../sim/problems.ts';
import { compareCommand } from '../../sim/cli/analyze.ts';
import { loadScenario } from '../../sim/io/load.ts';
import { runReplicates } from '../../sim/io/replicates.ts';
import { datasets, T, tinyFolder } from '../helpers/cli.ts';
import { TINY_SCENARIO } from '../helpers/tiny.ts';
import { HISTORY_ORDERS } from '../helpers/history.ts';

const INVENTORY = 'node_id,sku,on_hand\nWH,A,10\nWH,B,1\nST,A,5\nST,B,5\n';
const { root, dataset, remove } = datasets('builtins', tinyFolder({ orders: HISTORY_ORDERS, inventory: INVENTORY }));
afterAll(remove);

const parsed = () => parseScenario(TINY_SCENARIO, 'scenario.yaml', new Problems(), POLICIES)!;

describe('withBuiltinEntries', () => {
  it('adds a bare entry for a built-in the scenario does not list, measured against the baseline', () => {
    const s = withBuiltinEntries(parsed(), ['store-for-local', 'warehouse-only', 'nope'], POLICIES, new Problems());
    expect(s.policies.map((p) => p.name)).toEqual([
      'warehouse-only',
      'closest-with-stock',
      'fewest-packages',
      'store-for-local',
    ]);
    const added = s.policies.at(-1)!;
    expect([added.use, added.compareTo, added.added]).toEqual(['store-for-local', 'warehouse-only', true]);
    expect((added.settings as { radius_miles: number }).radius_miles).toBe(100);
    expect(addedBuiltins(s)).toEqual(['store-for-local']);
  });

  it('keeps the scenario as it is when every name is an entry or no built-in', () => {
    const s = parsed();
    expect(withBuiltinEntries(s, ['warehouse-only', 'closest'], POLICIES, new Problems())).toBe(s);
  });

  it('refuses a built-in that cannot run on default settings (pilot), at the scenario policies', () => {
    const problems = new Problems();
    const s = withBuiltinEntries(parsed(), ['pilot'], POLICIES, problems);
    expect(s.policies).toHaveLength(3);
    expect(problems.errors.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([
      'scenario.yaml:' + parsed().positions.policies!.line + ' builtin-needs-settings',
    ]);
  });

  it('lists the built-ins a command line may name', () => {
    expect(namableBuiltins(POLICIES)).toEqual([
      'cheapest',
      'closest-with-stock',
      'fewest-packages',
      'lp-dilated',
      'lp-priority',
      'rules',
      'store-for-local',
      'warehouse-only',
    ]);
  });
});

describe('compare --b with a built-in the scenario does not list', () => {
  const dir = dataset('store');

  it('replays it and compares it with --a', T, async () => {
    const out = JSON.parse(await compareCommand(dir, 'warehouse-only', 'store-for-local', { json: true }, root)) as {
      a: string;
      b: string;
      metrics: { metric: string; a: number | null; b: number | null }[];
    };
    expect([out.a, out.b]).toEqual(['warehouse-only', 'store-for-local']);
    const share = out.metrics.find((m) => m.metric === 'store_share')!;
    // the tiny store ST is within 100 miles of no customer ZIP (it sits at 0.5°N 0°E): nothing ships from it
    expect([share.a, share.b]).toEqual([0, 0]);
  });

  it('the worker threads replay it too (the same results on 1 worker or 2)', T, async () => {
    const loaded = await loadScenario(dir, root, { builtins: ['store-for-local'] });
    const source = { scenario: dir, root };
    const one = await runReplicates({ source, seed: '7', n: 3, workers: 1, loaded });
    const two = await runReplicates({ source, seed: '7', n: 3, workers: 2, loaded });
    expect(two[2]!.policies.map((p) => p.policy)).toEqual([
      'warehouse-only',
      'closest-with-stock',
      'fewest-packages',
      'store-for-local',
    ]);
    expect(two).toEqual(one);
  });
});
