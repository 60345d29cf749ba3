/**
 * The starter scenario's store plan, by hand on a flat grid near the equator (1° of latitude
 * ≈ 69.1 miles): stores S1 at (0, 0) and S2 at (0, 10), far apart.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RADIUS, LOCAL_MILES, RADIUS_STEP, storePlan } from '../../sim/import/store-plan.ts';
import type { NodeRow, OrderLineRow } from '../../sim/parse/types.ts';

const node = (nodeId: string, type: NodeRow['type'], lat: number, lon: number): NodeRow => ({
  line: 0,
  nodeId,
  type,
  name: nodeId,
  lat,
  lon,
  tags: [],
});
const order = (orderId: string, lat: number, lon: number, state = 'NY'): OrderLineRow => ({
  line: 0,
  orderId,
  placedAt: { day: 0, minutes: 0, offset: 0 },
  sku: 'A',
  quantity: 1,
  lat,
  lon,
  state,
  country: 'US',
  shipService: 'standard',
  tags: [],
  status: '',
});
const NODES = [node('WH', 'warehouse', 5, 5), node('S2', 'store', 0, 10), node('S1', 'store', 0, 0)];

describe('storePlan', () => {
  it('takes the median local order distance, rounded up to 25 miles, and pilots the store with most orders in it', () => {
    expect([LOCAL_MILES, RADIUS_STEP, DEFAULT_RADIUS]).toEqual([150, 25, 100]);
    const p = storePlan({
      nodes: NODES,
      orders: [
        order('A', 0.1, 0, 'NJ'), // 6.9 miles from S1
        order('A', 0.1, 0), // a second line: the order counts once
        order('B', 0.5, 0), // 34.5 from S1
        order('C', 0.6, 0), // 41.5 from S1
        order('D', 0, 10.5), // 34.5 from S2
        order('E', 1.9, 0), // 131 from S1: local, outside the radius
        order('F', 3, 3), // 293 from S1: not local
      ],
    })!;
    // local distances 6.9, 34.5, 34.5, 41.5, 131: median 34.5 → 50
    expect(p.radiusMiles).toBe(50);
    expect([p.localOrders, p.withinRadius, p.orders]).toEqual([5, 4, 6]);
    expect(p.pilot).toEqual({ nodeId: 'S1', name: 'S1', orders: 3, states: ['NJ', 'NY'] });
  });

  it('uses the default radius when no order is near a store, and the first store by id on a tie', () => {
    const p = storePlan({ nodes: NODES, orders: [order('F', 3, 3)] })!;
    expect([p.radiusMiles, p.localOrders, p.pilot.nodeId, p.pilot.orders]).toEqual([100, 0, 'S1', 0]);
  });

  it('has no plan without a store', () => {
    expect(storePlan({ nodes: [NODES[0]!], orders: [order('A', 0, 0)] })).toBeUndefined();
  });
});
