/**
 * Whole outcome traces of tiny hand-built scenarios. Every expected line was worked out by
 * hand from the geometry and prices in helpers/tiny.ts:
 *   customer at 0°N: WH 138 mi away (zone 2), ST 35 mi away (zone 1); transit 1 day in both.
 *   1 lb in zone 2: (10 + 2) × 1.10 fuel + $1 residential = $14.20; zone 1: $13.10.
 *   2–5 lb zone 2: (20 + 2) × 1.1 + 1 = $25.20; zone 1: $24.10. 6–20 lb zone 2: $47.20.
 *   Promise: 3 business days from the placement date; ship-by: 1 business day.
 *   2026-07-06 is a Monday; times are EDT (-04:00).
 */
import { describe, expect, it } from 'vitest';
import { runTiny, trace, TINY_NODES, TINY_SCENARIO } from '../helpers/tiny.ts';
import { line, nodesCsv, ordersCsv, runCase, scenarioWith, stock } from '../helpers/cases.ts';

const order = (id: string, at: string, sku: string, qty: number, lat = 0) =>
  `${id},2026-07-${at}-04:00,${sku},${qty},${lat},0`;
const ORDERS_HEADER = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon';
const orders = (...rows: string[]) => [ORDERS_HEADER, ...rows].join('\n') + '\n';
const inventory = (...rows: string[]) => ['node_id,sku,on_hand', ...rows].join('\n') + '\n';

describe('engine: ship days, cutoffs, weekends, costs', () => {
  const r = runTiny({
    orders: orders(
      order('O1', '06T10:00:00', 'A', 1), // Monday before the 14:00 cutoff
      order('O2', '06T15:00:00', 'A', 1), // Monday after the cutoff
      order('O3', '10T15:00:00', 'A', 1), // Friday after the cutoff
      order('O4', '11T10:00:00', 'A', 1), // Saturday: the warehouse ships Mon-Fri
      order('O5', '06T11:00:00', 'A', 2), // 3 units in one package: pick 3.00 + 2 × 0.50
      order('O5', '06T11:00:00', 'B', 1), // 2 + 2 = 4 lb: 5-lb bracket
      order('O6', '07T09:00:00', 'C', 1), // 1 lb but 1000 in³ / 100 = 10 lb billable
      order('O7', '07T09:30:00', 'A', 1, 30), // 28° from WH = 1935 mi: zone 8, 4 days: late
    ),
    inventory: inventory('WH,A,10', 'WH,B,5', 'WH,C,5'),
  });

  it('replays warehouse-only exactly as worked out by hand', () => {
    expect(trace(r, 'warehouse-only')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      'O5 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$4.00 touch0 cancel0 ots1 otd1 single',
      'O2 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      'O6 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-10 pk1 ship$47.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      'O7 WH ship 2026-07-07 deliver 2026-07-13 promise 2026-07-10 pk1 ship$20.80 pick$3.00 touch0 cancel0 ots1 otd0 single',
      'O3 WH ship 2026-07-13 deliver 2026-07-14 promise 2026-07-15 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      'O4 WH ship 2026-07-13 deliver 2026-07-14 promise 2026-07-15 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });

  it('routes orders in (placed_at, order_id) order', () => {
    expect(r.model.orders.ids).toEqual(['O1', 'O5', 'O2', 'O6', 'O7', 'O3', 'O4']);
  });
});

describe('engine: splits, capacity and node time zones', () => {
  const nodes = TINY_NODES.replace(
    'ST,store,0.5,0,America/New_York,16:00,Mon-Sat,,',
    'ST,store,0.5,0,America/New_York,16:00,Mon-Sat,1,',
  );
  const r = runTiny({
    nodes,
    orders: orders(
      order('S1', '06T09:00:00', 'A', 1), // WH lacks A: A from ST, B from WH
      order('S1', '06T09:00:00', 'B', 1),
      order('S2', '06T09:30:00', 'D', 1), // ST and WH both have D; closest takes ST, but ST's one slot today is used
      order('S2', '06T09:30:00', 'B', 1),
    ),
    skus: 'sku,weight_lb\nA,1\nB,2\nD,1\n',
    inventory: inventory('ST,A,5', 'WH,B,5', 'WH,D,5', 'ST,D,5'),
  });

  it('closest-with-stock splits lines across nodes and waits a day when the store is full', () => {
    expect(trace(r, 'closest-with-stock')).toEqual([
      // A: ST zone 1 $13.10 + pick 6; B: WH zone 2 2-lb $25.20 + pick 3
      'S1 ST+WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$38.30 pick$9.00 touch0 cancel0 ots1 otd1 split-needed',
      // D from ST (capacity 1 already used by S1) leaves Tuesday; B from WH Monday
      'S2 ST+WH ship 2026-07-06..2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk2 ship$38.30 pick$9.00 touch0 cancel0 ots1 otd1 capacity-wait',
    ]);
  });

  it('fewest-packages ships from one node when one node can fill the order', () => {
    expect(trace(r, 'fewest-packages')).toEqual([
      'S1 ST+WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$38.30 pick$9.00 touch0 cancel0 ots1 otd1 split-needed',
      // WH has D and B: one 3-lb package, zone 2, 5-lb bracket $25.20, pick 3.00 + 0.50
      'S2 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch0 cancel0 ots1 otd1 single',
    ]);
  });

  it('warehouse-only cancels what the warehouse lacks, at the scenario cancellation cost', () => {
    expect(trace(r, 'warehouse-only')).toEqual([
      'S1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.00 touch0 cancel1 ots1 otd1 partial-cancel',
      'S2 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch0 cancel0 ots1 otd1 single',
    ]);
    const o = r.runs[0]!.run.outcomes;
    expect(o.cancelCost[0]).toBe(8 + 1); // $8 per order + $1 per unit
    expect(o.cancelCost[1]).toBe(0);
  });

  it('runs each node on its own clock', () => {
    const west = runTiny({
      nodes: TINY_NODES.replace('WH,warehouse,2,0,America/New_York', 'WH,warehouse,2,0,America/Los_Angeles'),
      orders: orders(order('W1', '06T16:30:00', 'A', 1)), // 16:30 EDT is 13:30 PDT: before the 14:00 cutoff
      inventory: inventory('WH,A,1'),
    });
    expect(trace(west, 'warehouse-only')).toEqual([
      'W1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('engine: pick failures', () => {
  const nodes = TINY_NODES.replace('6.00,1.00,1\n', '6.00,1.00,0\n'); // every pick at ST fails
  it('reroutes a failed store pick to the warehouse one day later with one manual touch', () => {
    const r = runTiny({
      nodes,
      orders: orders(order('P1', '06T09:00:00', 'A', 1)),
      inventory: inventory('WH,A,5', 'ST,A,5'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // ST's pick fails at its 16:00 cutoff Monday; WH ships Tuesday; no ST package, no ST pick cost
      'P1 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch1 cancel0 ots1 otd1 rerouted',
    ]);
    const run = r.runs.find((p) => p.policy === 'closest-with-stock')!.run;
    expect(run.outcomes.touchCost[0]).toBe(5);
    expect(run.stats.failedPicks).toBe(1);
    // the warehouse-only policy never picks at ST, so it never fails
    expect(trace(r, 'warehouse-only')[0]).toContain('touch0');
  });

  it('cancels the line when no other node has it', () => {
    const r = runTiny({ nodes, orders: orders(order('P2', '06T09:00:00', 'A', 1)), inventory: inventory('ST,A,5') });
    expect(trace(r, 'closest-with-stock')).toEqual([
      'P2 - ship - deliver - promise 2026-07-09 pk0 ship$0.00 pick$0.00 touch1 cancel1 ots0 otd0 cancelled',
    ]);
  });

  it('writes off the phantom units, so the next order finds the store short', () => {
    const r = runTiny({
      nodes,
      orders: orders(order('P3', '06T09:00:00', 'A', 1), order('P4', '06T10:00:00', 'A', 1)),
      inventory: inventory('ST,A,1'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      'P3 - ship - deliver - promise 2026-07-09 pk0 ship$0.00 pick$0.00 touch1 cancel1 ots0 otd0 cancelled',
      'P4 - ship - deliver - promise 2026-07-09 pk0 ship$0.00 pick$0.00 touch0 cancel1 ots0 otd0 cancelled',
    ]);
  });
});

describe('engine: failed picks found at the same instant reroute together', () => {
  // helpers/cases.ts geometry: ST 0.5°N = 35 mi (zone 1), WH 2°N = 138 mi (zone 2); every sku 1 lb.
  // ST and ST2 (0.6°N = 41 mi, zone 1) fail every pick; their 16:00 cutoffs are the same instant.
  const scenario = scenarioWith('  - name: closest-with-stock\n');
  it('two lines failing at a store reroute as one request and ship in one warehouse package', () => {
    const r = runCase({
      scenario,
      nodes: nodesCsv({ id: 'ST', type: 'store', lat: 0.5, accuracy: 0 }, { id: 'WH', lat: 2 }),
      orders: ordersCsv(line('Q1', '06T09:00', 'A', 1), line('Q1', '06T09:00', 'B', 1)),
      inventory: stock('ST,A,5', 'ST,B,5', 'WH,A,5', 'WH,B,5'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // Mon 09:00: A and B → ST (closest); both picks fail at ST's Mon 16:00 cutoff: 2 touches.
      // Both lines go back together (ST excluded, no earlier than Tue) → WH, Tue 7 (before 14:00).
      // One package: 2 × 1 lb = 2 lb, zone 2, 5-lb bracket: (20 + 2) × 1.10 + 1 = $25.20;
      // pick 3.00 + 0.50 × (2 − 1) = $3.50 (two packages would be 2 × $14.20 and 2 × $3.00).
      // Delivered Tue + 1 business day = Wed 8; promise Mon + 3 = Thu 9; ship-by Mon + 1 = Tue 7.
      'Q1 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch2 cancel0 ots1 otd1 rerouted',
    ]);
    const p = r.runs[0]!;
    expect(p.run.outcomes.touchCost[0]).toBe(2 * 5); // one $5 touch per failed line
    expect(p.run.stats.failedPicks).toBe(2);
    expect(p.metrics.split_rate).toBe(0); // one package: not a split
  });

  it('one line split across two stores that both fail comes back whole, in one package', () => {
    const r = runCase({
      scenario,
      nodes: nodesCsv(
        { id: 'ST', type: 'store', lat: 0.5, accuracy: 0 },
        { id: 'ST2', type: 'store', lat: 0.6, accuracy: 0 },
        { id: 'WH', lat: 2 },
      ),
      orders: ordersCsv(line('Q2', '06T09:00', 'A', 2)),
      inventory: stock('ST,A,1', 'ST2,A,1', 'WH,A,0'),
      receipts: 'node_id,sku,quantity,arrives_at\nWH,A,5,2026-07-06T12:00:00-04:00\n', // WH gets A at noon
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // Mon 09:00: nobody holds 2 A, so 1 from ST and 1 from ST2; both fail at Mon 16:00: 2 touches.
      // The line's 2 units go back as one line (ST and ST2 excluded) → WH, which got 5 at noon, Tue 7.
      // 2 lb zone 2 $25.20; pick 3.00 + 0.50 = $3.50; delivered Wed 8; promise Thu 9; ship-by Tue 7.
      'Q2 WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch2 cancel0 ots1 otd1 rerouted',
    ]);
  });
});

describe('engine: a node ships only on days inside its active window (its own time zone)', () => {
  const scenario = scenarioWith('  - name: closest-with-stock\n');
  it('a store active to Friday takes no order it could only ship on Saturday', () => {
    const r = runCase({
      scenario,
      nodes: nodesCsv({ id: 'ST', type: 'store', lat: 0.5, active_to: '2026-07-10' }, { id: 'WH', lat: 2 }),
      orders: ordersCsv(line('F0', '10T10:00', 'A', 1), line('F1', '10T17:00', 'A', 1)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // Fri 10 10:00, before ST's 16:00 cutoff: ST ships Fri 10, its last active day. Zone 1 1 lb:
      // (10 + 1) × 1.10 + 1 = $13.10, pick $6.00; delivered Fri + 1 business day = Mon 13;
      // promise Fri + 3 = Wed 15; ship-by Fri + 1 = Mon 13.
      'F0 ST ship 2026-07-10 deliver 2026-07-13 promise 2026-07-15 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      // Fri 10 17:00, after the cutoff: ST would ship Sat 11, past active_to, so it is no candidate.
      // WH (after its 14:00 cutoff, Mon-Fri) ships Mon 13: zone 2 $14.20, pick $3.00; delivered
      // Tue 14; promise Wed 15; ship-by Mon 13.
      'F1 WH ship 2026-07-13 deliver 2026-07-14 promise 2026-07-15 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });

  it('a store active to Friday and full on Friday is no candidate: its next ship day is past the window', () => {
    const r = runCase({
      scenario,
      nodes: nodesCsv(
        { id: 'ST', type: 'store', lat: 0.5, capacity: 1, active_to: '2026-07-10' },
        { id: 'WH', lat: 2 },
      ),
      orders: ordersCsv(line('F2', '10T09:00', 'A', 1), line('F3', '10T09:30', 'A', 1)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // F2 takes ST's one Friday slot: zone 1 $13.10, pick $6.00, delivered Mon 13.
      'F2 ST ship 2026-07-10 deliver 2026-07-13 promise 2026-07-15 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      // F3: ST's next day with room is Sat 11, past active_to, so WH ships it Fri 10 (before 14:00):
      // zone 2 $14.20, pick $3.00, delivered Mon 13 (not a capacity wait at ST on Saturday).
      'F3 WH ship 2026-07-10 deliver 2026-07-13 promise 2026-07-15 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });

  it("an order a review holds past a store's last cutoff does not go to that store", () => {
    const r = runCase({
      scenario: scenarioWith(
        '  - name: closest-with-stock\n    review: { rules: [{ order_value_over: 10 }], delay_hours: 4 }\n',
      ),
      nodes: nodesCsv({ id: 'ST', type: 'store', lat: 0.5, active_to: '2026-07-10' }, { id: 'WH', lat: 2 }),
      orders: ordersCsv(line('R1', '10T13:00', 'A', 1)), // worth $20: reviewed, released at 17:00
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // Released at 17:00, after ST's 16:00 cutoff: ST would ship Sat 11, past active_to. WH
      // (released after its 14:00 cutoff) ships Mon 13: $14.20 + pick $3.00; one review touch.
      'R1 WH ship 2026-07-13 deliver 2026-07-14 promise 2026-07-15 pk1 ship$14.20 pick$3.00 touch1 cancel0 ots1 otd1 reviewed',
    ]);
  });

  it('a Pacific store active from Saturday ships nothing on Friday, its local date', () => {
    // ST in Los Angeles with a 22:00 cutoff, active from Sat 11. Both orders are placed on
    // Saturday in New York (the scenario's zone), which is still Friday evening in Los Angeles.
    const r = runCase({
      scenario,
      nodes: nodesCsv(
        {
          id: 'ST',
          type: 'store',
          lat: 0.5,
          timezone: 'America/Los_Angeles',
          cutoff: '22:00',
          active_from: '2026-07-11',
        },
        { id: 'WH', lat: 2 },
      ),
      orders: ordersCsv(line('C1', '11T00:30', 'A', 1), line('C2', '11T02:00', 'A', 1)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(trace(r, 'closest-with-stock')).toEqual([
      // Sat 00:30 EDT = Fri 21:30 PDT, before ST's 22:00 cutoff: ST would ship Fri 10, before it
      // opens, so it is no candidate. WH (New York, Mon-Fri) ships Mon 13: zone 2 $14.20, pick $3.00;
      // delivered Tue 14; promise Sat + 3 business days = Wed 15; ship-by Sat + 1 = Mon 13.
      'C1 WH ship 2026-07-13 deliver 2026-07-14 promise 2026-07-15 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
      // Sat 02:00 EDT = Fri 23:00 PDT, after the cutoff: ST ships Sat 11, its first active day.
      // Zone 1 $13.10, pick $6.00; delivered Sat + 1 business day = Mon 13.
      'C2 ST ship 2026-07-11 deliver 2026-07-13 promise 2026-07-15 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('engine: receipts, replenishment and backorders', () => {
  it('cancels before a receipt arrives and ships after it', () => {
    const r = runTiny({
      orders: orders(order('R1', '06T10:00:00', 'A', 1), order('R2', '08T10:00:00', 'A', 1)),
      inventory: inventory('WH,A,0'),
      receipts: 'node_id,sku,quantity,arrives_at\nWH,A,3,2026-07-08\n',
    });
    expect(trace(r, 'warehouse-only')).toEqual([
      'R1 - ship - deliver - promise 2026-07-09 pk0 ship$0.00 pick$0.00 touch0 cancel1 ots0 otd0 cancelled',
      'R2 WH ship 2026-07-08 deliver 2026-07-09 promise 2026-07-13 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });

  it('backorders until a receipt within the wait, and cancels past it', () => {
    const scenario = TINY_SCENARIO.replace('policies:', 'backorder: { max_wait_days: 3 }\npolicies:').replace(
      'start: 2026-07-06',
      'start: 2026-07-01',
    );
    const rr = runTiny({
      scenario,
      orders: orders(order('B2', '01T10:00:00', 'A', 1), order('B1', '06T10:00:00', 'A', 1)),
      inventory: inventory('WH,A,0'),
      receipts: 'node_id,sku,quantity,arrives_at\nWH,A,1,2026-07-08\n',
    });
    expect(trace(rr, 'warehouse-only')).toEqual([
      // B2 (Wed 1 July) waits 3 days: deadline Sat 4 July 10:00, before the receipt: cancelled
      'B2 - ship - deliver - promise 2026-07-06 pk0 ship$0.00 pick$0.00 touch0 cancel1 ots0 otd0 cancelled',
      // B1 (Mon 6 July) is served by Wednesday's receipt at midnight; ships Wednesday, one day past its ship-by
      'B1 WH ship 2026-07-08 deliver 2026-07-09 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots0 otd1 backordered',
    ]);
  });

  it('replenishes back to the starting level after the lead time', () => {
    const scenario = TINY_SCENARIO.replace(
      'policies:',
      'replenishment: { every_days: 2, lead_time_days: 1, nodes: [WH] }\npolicies:',
    );
    const r = runTiny({
      scenario,
      orders: orders(
        order('N1', '06T10:00:00', 'A', 1), // takes the only unit
        order('N2', '07T10:00:00', 'A', 1), // nothing left
        order('N3', '08T10:00:00', 'A', 1), // review at Wed 00:00 ordered 1; it arrives Thu 00:00
        order('N4', '09T10:00:00', 'A', 1), // ships from the replenished unit
      ),
      inventory: inventory('WH,A,1'),
    });
    expect(
      trace(r, 'warehouse-only').map((l) => l.split(' ').slice(0, 4).join(' ') + ' ' + l.split(' ').at(-1)),
    ).toEqual([
      'N1 WH ship 2026-07-06 single',
      'N2 - ship - cancelled',
      'N3 - ship - cancelled',
      'N4 WH ship 2026-07-09 single',
    ]);
    expect(r.runs[0]!.run.stats.replenishedUnits).toBe(1 + 1); // Wed review orders 1, Fri review orders 1 more
  });
});
