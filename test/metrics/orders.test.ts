/** One order's outcome record, read by hand off the hand-made run. */
import { describe, expect, it } from 'vitest';
import { orderRecord, orderRecords } from '../../sim/metrics/orders.ts';
import { handRun } from '../helpers/hand-run.ts';

describe('orderRecord', () => {
  it('reads one order of a run as a plain record', () => {
    const base = handRun().runs[0]!;
    expect(orderRecord(base.model, base.run.outcomes, 1)).toEqual({
      unitsShipped: 2,
      unitsCancelled: 1,
      packages: 2,
      nodes: ['WH', 'ST'],
      shipCost: 20,
      pickCost: 9,
      touchCost: 4,
      cancelCost: 0,
      totalCost: 33,
      firstShipDay: 1,
      lastShipDay: 2,
      deliveredDay: 5,
      onTimeShip: false,
      onTimeDelivery: false,
      touches: 1,
      reviews: 0,
      alerts: 1,
      notices: 2,
      miles: 900.5,
      reason: { code: 'partial-cancel', text: 'some units could not be supplied and were cancelled' },
    });
    const o2 = orderRecord(base.model, base.run.outcomes, 2);
    expect([o2.packages, o2.nodes, o2.totalCost, o2.deliveredDay, o2.reason.code]).toEqual([
      0,
      [],
      30,
      -1,
      'cancelled',
    ]);
  });

  it('reads every order of a policy, node ids from the policy network', () => {
    const alt = handRun().runs[1]!;
    const recs = orderRecords(alt);
    expect(recs.map((x) => x.nodes.join('|'))).toEqual(['ST', 'WH', 'NEW', 'WH']);
    expect(recs.map((x) => x.onTimeDelivery)).toEqual([true, true, true, false]);
  });
});
