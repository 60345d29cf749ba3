/** Each built-in policy on hand-built cases whose allocation is known. */
import { describe, expect, it } from 'vitest';
import { runTiny, trace, TINY_SCENARIO } from '../helpers/tiny.ts';
import { InputError } from '../../sim/problems.ts';

const ORDERS = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\n';
/** Three nodes on the meridian: N1 at 1°N (69 mi), N2 at 3°N (207 mi), N3 at 6°N (415 mi) from a customer at 0°. */
const NODES = `node_id,type,lat,lon,timezone,inventory_accuracy
N1,store,1,0,America/New_York,1
N2,warehouse,3,0,America/New_York,1
N3,warehouse,6,0,America/New_York,1
`;
const SCENARIO = TINY_SCENARIO.replace('node: WH', 'node: N2');
const units = (r: ReturnType<typeof runTiny>, policy: string) => {
  const p = r.runs.find((x) => x.policy === policy)!.run.packages;
  return Array.from({ length: p.count }, (_, k) => `${r.model.nodes.ids[p.node[k]!]}:${p.units[k]}`).sort();
};

describe('closest-with-stock', () => {
  it('sends a line to the nearest node that has all of it', () => {
    const r = runTiny({
      scenario: SCENARIO,
      nodes: NODES,
      orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,3,0,0\n`,
      inventory: 'node_id,sku,on_hand\nN1,A,2\nN2,A,1\nN3,A,5\n',
    });
    expect(units(r, 'closest-with-stock')).toEqual(['N3:3']);
  });
  it('takes what each node has, nearest first, when no node has all of it', () => {
    const r = runTiny({
      scenario: SCENARIO,
      nodes: NODES,
      orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,4,0,0\n`,
      inventory: 'node_id,sku,on_hand\nN1,A,2\nN2,A,1\nN3,A,2\n',
    });
    expect(units(r, 'closest-with-stock')).toEqual(['N1:2', 'N2:1', 'N3:1']);
  });
});

describe('fewest-packages', () => {
  it('prefers one farther node over two nearer ones', () => {
    const r = runTiny({
      scenario: SCENARIO,
      nodes: NODES,
      orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,1,0,0\nX,2026-07-06T09:00:00-04:00,B,1,0,0\n`,
      inventory: 'node_id,sku,on_hand\nN1,A,1\nN2,B,1\nN3,A,1\nN3,B,1\n',
    });
    expect(units(r, 'fewest-packages')).toEqual(['N3:2']);
    expect(units(r, 'closest-with-stock')).toEqual(['N1:1', 'N2:1']);
  });
  it('breaks ties between equally small sets by distance', () => {
    const r = runTiny({
      scenario: SCENARIO,
      nodes: NODES,
      orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,1,0,0\nX,2026-07-06T09:00:00-04:00,B,1,0,0\n`,
      inventory: 'node_id,sku,on_hand\nN1,A,1\nN2,A,1\nN2,B,1\nN3,A,1\nN3,B,1\n',
    });
    expect(units(r, 'fewest-packages')).toEqual(['N2:2']);
  });
  it('fills as much as the network can when nothing fills everything, with the fewest nodes', () => {
    const r = runTiny({
      scenario: SCENARIO,
      nodes: NODES,
      orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,2,0,0\nX,2026-07-06T09:00:00-04:00,C,1,0,0\n`,
      inventory: 'node_id,sku,on_hand\nN1,A,1\nN3,A,2\n',
    });
    expect(units(r, 'fewest-packages')).toEqual(['N3:2']);
    expect(trace(r, 'fewest-packages')[0]).toMatch(/cancel1 .* partial-cancel$/);
  });
});

describe('warehouse-only', () => {
  it('needs a node when there are several warehouses', () => {
    expect(() =>
      runTiny({
        scenario: TINY_SCENARIO.replace('    node: WH\n', ''),
        nodes: NODES,
        orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,1,0,0\n`,
        inventory: 'node_id,sku,on_hand\nN1,A,1\n',
      }),
    ).toThrow(InputError);
    let error: InputError | undefined;
    try {
      runTiny({
        scenario: TINY_SCENARIO.replace('node: WH', 'node: N9'),
        nodes: NODES,
        orders: `${ORDERS}X,2026-07-06T09:00:00-04:00,A,1,0,0\n`,
        inventory: 'node_id,sku,on_hand\nN1,A,1\n',
      });
    } catch (e) {
      error = e as InputError;
    }
    const errors = error!.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('"N9" is not in nodes.csv');
    expect(errors[0]!.line).toBe(16); // the policy entry in the scenario
  });
});
