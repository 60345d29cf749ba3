import { describe, expect, it } from 'vitest';
import { hindsightBound } from '../../sim/lp/hindsight.ts';
import { boundProblems } from '../../sim/pipeline/replay.ts';
import { runTiny } from '../helpers/tiny.ts';

const ORDERS = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-06T10:00:00-04:00,A,1,0,0\n';

describe('boundProblems', () => {
  it('warns when the bound could not be solved, notes when it was priced, and is quiet when it is exact', () => {
    const { model } = runTiny({ orders: ORDERS, inventory: 'node_id,sku,on_hand\nWH,A,1\n' });
    const unsolved = boundProblems(
      { bound: null, reason: 'the LP solver stopped without an optimum: time_limit' },
      's.yaml',
    );
    expect(unsolved.map((p) => [p.severity, p.code, p.file])).toEqual([['warning', 'bound-unsolved', 's.yaml']]);
    expect(boundProblems({ bound: hindsightBound(model), reason: null }, 's.yaml')).toEqual([]);
    const priced = boundProblems({ bound: hindsightBound(model, { exactGroups: 0 }), reason: null }, 's.yaml');
    expect(priced.map((p) => [p.severity, p.code])).toEqual([['note', 'bound-priced']]);
    expect(priced[0]!.message).toContain('1 kinds of order');
  });
});
