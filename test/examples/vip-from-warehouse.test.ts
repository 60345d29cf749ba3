/** The example custom policy, loaded as a scenario loads it. */
import { describe, expect, it } from 'vitest';
import { runTiny, trace, TINY_SCENARIO } from '../helpers/tiny.ts';
import { loadCustomPolicies } from '../../sim/io/custom-policies.ts';

const USE = '../examples/policies/vip-from-warehouse.ts';
const SCENARIO = TINY_SCENARIO.replace(
  '  - name: fewest-packages\n',
  `  - name: vip-first\n    use: ${USE}\n    warehouse: WH\n`,
);
// loaded relative to this (virtual) scenario file in test/
const custom = await loadCustomPolicies(SCENARIO, 'test/scenario.yaml');

const orders =
  'order_id,placed_at,sku,quantity,customer_lat,customer_lon,tags\n' +
  'V1,2026-07-06T09:00:00-04:00,A,1,0,0,vip\n' + // the store is nearer, but a VIP order ships from WH
  'N1,2026-07-06T09:30:00-04:00,A,1,0,0,\n' + // an ordinary order goes to the nearest node (ST)
  'V2,2026-07-06T10:00:00-04:00,B,1,0,0,vip\n'; // WH has no B: nothing else is allowed, so it is cancelled

describe('examples/policies/vip-from-warehouse.ts', () => {
  it('loads as a PolicyDefinition', () => {
    expect(custom.get(USE)).not.toBeInstanceOf(Error);
  });

  it('ships VIP orders from the warehouse and the rest by closest-with-stock', () => {
    const r = runTiny({
      scenario: SCENARIO,
      custom,
      orders,
      inventory: 'node_id,sku,on_hand\nWH,A,5\nST,A,5\nST,B,5\n',
    });
    expect(trace(r, 'vip-first')).toEqual([
      'V1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      'N1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      'V2 - ship - deliver - promise 2026-07-09 pk0 ship$0.00 pick$0.00 touch0 cancel1 ots0 otd0 cancelled',
    ]);
    expect(r.runs.find((p) => p.policy === 'vip-first')!.segments).toEqual(['vip', 'other', 'vip']);
  });

  it('reports a warehouse that is not a node at the entry', () => {
    expect(() =>
      runTiny({
        scenario: SCENARIO.replace('warehouse: WH', 'warehouse: WH9'),
        custom,
        orders,
        inventory: 'node_id,sku,on_hand\nWH,A,5\n',
      }),
    ).toThrow(/problem/);
  });

  it('reports a module that does not exist, at the use: line', async () => {
    const text = TINY_SCENARIO.replace('  - name: fewest-packages\n', '  - name: nope\n    use: ./missing-policy.ts\n');
    const missing = await loadCustomPolicies(text, 'test/scenario.yaml');
    expect(() =>
      runTiny({ scenario: text, custom: missing, orders, inventory: 'node_id,sku,on_hand\nWH,A,5\n' }),
    ).toThrow(
      /bad test scenario:\n20:10 the custom policy "\.\/missing-policy\.ts" could not be used: the file .* does not exist/,
    );
  });
});
