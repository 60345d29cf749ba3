/**
 * Each ranking criterion of the rule-based policy, and how ties are broken. Worked by hand
 * from the geometry and prices in helpers/cases.ts (customer at 0°N; 1° = 69.1 mi; zone 1
 * ≤ 50 mi, zone 2 51–150 mi; 1 lb costs $13.10 in zone 1 and $14.20 in zone 2; 2–5 lb $24.10
 * and $25.20; transit one business day in zones 1–2). In each case the winner is chosen so
 * that neither the node id nor (except where stated) the distance explains it.
 */
import { describe, expect, it } from 'vitest';
import {
  inputErrors,
  line,
  lineOf,
  nodesCsv,
  ordersCsv,
  runCase,
  scenarioWith,
  shipped,
  stock,
  traceOf,
  type NodeSpec,
} from '../../helpers/cases.ts';

const ST: NodeSpec = { id: 'ST', type: 'store', lat: 0.5 }; // 34.5 mi, zone 1, pick $6 + $1
const S2: NodeSpec = { id: 'S2', type: 'store', lat: 1 }; // 69.1 mi, zone 2
const WH: NodeSpec = { id: 'WH', type: 'warehouse', lat: 2 }; // 138.2 mi, zone 2, pick $3 + $0.50
const ONE_A = ordersCsv(line('O1', '06T09:00', 'A', 1));

/** Rules entries: name → rank (and any other settings), as YAML flow maps. */
function entries(e: Record<string, string>): string {
  return (
    Object.entries(e)
      .map(([name, s]) => `  - { name: ${name}, use: rules, ${s} }`)
      .join('\n') + '\n'
  );
}

describe('fewest-packages', () => {
  // ST has A, S2 has B, WH has both; the order wants one of each
  const r = runCase({
    scenario: scenarioWith(entries({ fewest: 'rank: [fewest-packages]', closest: 'rank: [closest]' })),
    nodes: nodesCsv(ST, S2, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 1)),
    inventory: stock('ST,A,5', 'S2,B,5', 'WH,A,5', 'WH,B,5'),
  });
  it('prefers one package from the far warehouse', () => {
    expect(shipped(r, 'fewest')).toEqual(['O1 WH:2']);
  });
  it('closest alone takes the two nearer stores (34.5 + 69.1 = 103.6 mi < 138.2 mi)', () => {
    expect(shipped(r, 'closest')).toEqual(['O1 S2:1 ST:1']);
  });
});

describe('closest', () => {
  it('takes the nearest node holding the stock', () => {
    const r = runCase({
      scenario: scenarioWith(entries({ closest: 'rank: [closest]' })),
      nodes: nodesCsv(ST, S2, WH),
      orders: ONE_A,
      inventory: stock('S2,A,5', 'WH,A,5'), // ST, the nearest, has none
    });
    expect(shipped(r, 'closest')).toEqual(['O1 S2:1']);
  });
});

describe('cheapest: carrier cost plus pick/pack', () => {
  const scenario = scenarioWith(entries({ cheapest: 'rank: [cheapest]', closest: 'rank: [closest]' }));
  it('a farther warehouse with a low pick cost beats a near store with a high one', () => {
    // ST: zone 1 $13.10 + pick $6.00 = $19.10; WH: zone 2 $14.20 + pick $3.00 = $17.20
    const r = runCase({ scenario, nodes: nodesCsv(ST, WH), orders: ONE_A, inventory: stock('ST,A,5', 'WH,A,5') });
    expect(traceOf(r, 'cheapest')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'closest')).toEqual([
      'O1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
  it('the store wins when its pick cost is low enough', () => {
    // ST with pick $4.00: $13.10 + $4.00 = $17.10 < WH $17.20
    const r = runCase({
      scenario,
      nodes: nodesCsv({ ...ST, pick: 4 }, WH),
      orders: ONE_A,
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(shipped(r, 'cheapest')).toEqual(['O1 ST:1']);
  });
  it('counts the per-extra-unit pick cost and the weight bracket', () => {
    // 3 units, 3 lb (2–5 lb bracket). ST: $24.10 + $4.00 + 2 × $1.00 = $30.10;
    // WH: $25.20 + $3.00 + 2 × $0.50 = $29.20: WH, although for one unit ST was cheaper
    const r = runCase({
      scenario,
      nodes: nodesCsv({ ...ST, pick: 4 }, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 3)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(traceOf(r, 'cheapest')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$4.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('fastest: earliest delivery', () => {
  const scenario = scenarioWith(entries({ fastest: 'rank: [fastest]', closest: 'rank: [closest]' }));
  it('a farther node with a later cutoff wins', () => {
    // Monday 13:00. EARLY (0.5°N, cutoff 12:00) ships Tuesday, delivers Wednesday;
    // LATE (2°N, zone 2, cutoff 18:00) ships Monday, delivers Tuesday
    const r = runCase({
      scenario,
      nodes: nodesCsv({ id: 'EARLY', lat: 0.5, cutoff: '12:00' }, { id: 'LATE', lat: 2, cutoff: '18:00' }),
      orders: ordersCsv(line('O1', '06T13:00', 'A', 1)),
      inventory: stock('EARLY,A,5', 'LATE,A,5'),
    });
    expect(traceOf(r, 'fastest')).toEqual([
      'O1 LATE ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'closest')).toEqual([
      'O1 EARLY ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$13.10 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
  it('a node that ships on Saturday beats a nearer one that waits for Monday', () => {
    // Saturday 11 July 10:00. SAT (store, 2°N, Mon-Sat) ships Saturday, delivered one business
    // day later: Monday 13. MF (warehouse, 0.5°N, Mon-Fri) ships Monday, delivered Tuesday 14.
    // Promise: 3 business days from Saturday = Wednesday 15; ship-by Monday 13.
    const r = runCase({
      scenario,
      nodes: nodesCsv({ id: 'MF', lat: 0.5 }, { id: 'SAT', type: 'store', lat: 2 }),
      orders: ordersCsv(line('O1', '11T10:00', 'A', 1)),
      inventory: stock('MF,A,5', 'SAT,A,5'),
    });
    expect(traceOf(r, 'fastest')).toEqual([
      'O1 SAT ship 2026-07-11 deliver 2026-07-13 promise 2026-07-15 pk1 ship$14.20 pick$6.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'closest')).toEqual([
      'O1 MF ship 2026-07-13 deliver 2026-07-14 promise 2026-07-15 pk1 ship$13.10 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('ranked: node_order', () => {
  it('takes the first listed node with stock; unlisted nodes come after the listed ones', () => {
    const r = runCase({
      scenario: scenarioWith(
        entries({
          whFirst: 'rank: [ranked], node_order: [WH, ST]',
          stFirst: 'rank: [ranked], node_order: [ST, WH]',
          s2First: 'rank: [ranked], node_order: [S2, WH]',
          s2Only: 'rank: [ranked], node_order: [S2]',
        }),
      ),
      nodes: nodesCsv(ST, S2, WH),
      orders: ONE_A,
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(shipped(r, 'whFirst')).toEqual(['O1 WH:1']);
    expect(shipped(r, 'stFirst')).toEqual(['O1 ST:1']);
    // S2 has none; WH is the next listed; ST, not listed, comes last
    expect(shipped(r, 's2First')).toEqual(['O1 WH:1']);
    // S2 has none; ST and WH are both unlisted: by node id, ST
    expect(shipped(r, 's2Only')).toEqual(['O1 ST:1']);
  });
});

describe('most-inventory', () => {
  it("takes the node holding the most of the order's skus", () => {
    const r = runCase({
      scenario: scenarioWith(entries({ deepest: 'rank: [most-inventory]', closest: 'rank: [closest]' })),
      nodes: nodesCsv(ST, S2, WH),
      orders: ONE_A,
      inventory: stock('ST,A,2', 'S2,A,4', 'WH,A,9'),
    });
    expect(shipped(r, 'deepest')).toEqual(['O1 WH:1']);
    expect(shipped(r, 'closest')).toEqual(['O1 ST:1']);
  });
});

describe('least-loaded: share of daily capacity used', () => {
  // ST ships 2 packages a day, WH 4. Four one-unit orders on Monday morning.
  const r = runCase({
    scenario: scenarioWith(entries({ loaded: 'rank: [least-loaded, closest]', closest: 'rank: [closest]' })),
    nodes: nodesCsv({ ...ST, capacity: 2 }, { ...WH, capacity: 4 }),
    orders: ordersCsv(
      line('O1', '06T09:00', 'A', 1),
      line('O2', '06T09:10', 'A', 1),
      line('O3', '06T09:20', 'A', 1),
      line('O4', '06T09:30', 'A', 1),
    ),
    inventory: stock('ST,A,10', 'WH,A,10'),
  });
  it('sends each order to the node with the smaller share of its day taken', () => {
    // O1: ST 0/2, WH 0/4: tie, closest ST. O2: ST 1/2 = 0.5, WH 0: WH.
    // O3: ST 0.5, WH 1/4 = 0.25: WH (by count, 1 vs 1, it would tie). O4: ST 0.5, WH 0.5: tie, closest ST.
    expect(shipped(r, 'loaded')).toEqual(['O1 ST:1', 'O2 WH:1', 'O3 WH:1', 'O4 ST:1']);
    expect(traceOf(r, 'loaded').map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'O1 ST ship',
      'O2 WH ship',
      'O3 WH ship',
      'O4 ST ship',
    ]);
    expect(traceOf(r, 'loaded').every((l) => l.includes('ship 2026-07-06 '))).toBe(true);
  });
  it('closest alone keeps using the full store, whose later orders wait a day', () => {
    expect(traceOf(r, 'closest').map((l) => `${l.split(' ').slice(0, 4).join(' ')} ${l.split(' ').at(-1)}`)).toEqual([
      'O1 ST ship 2026-07-06 single',
      'O2 ST ship 2026-07-06 single',
      'O3 ST ship 2026-07-07 capacity-wait',
      'O4 ST ship 2026-07-07 capacity-wait',
    ]);
  });
});

describe('tie-breaking', () => {
  it('a later criterion breaks the ties of an earlier one', () => {
    // every node holds A: one package from any of them ties on fewest-packages
    const r = runCase({
      scenario: scenarioWith(
        entries({
          byDistance: 'rank: [fewest-packages, closest]',
          byOrder: 'rank: [fewest-packages, ranked], node_order: [WH, S2, ST]',
        }),
      ),
      nodes: nodesCsv(ST, S2, WH),
      orders: ONE_A,
      inventory: stock('ST,A,5', 'S2,A,5', 'WH,A,5'),
    });
    expect(shipped(r, 'byDistance')).toEqual(['O1 ST:1']);
    expect(shipped(r, 'byOrder')).toEqual(['O1 WH:1']);
  });

  it('cost ties (same zone, same pick cost) go to the next criterion, else to the node id', () => {
    // W1 at 1°N (69 mi) and W0 at 2°N (138 mi) are both zone 2 warehouses: $14.20 + $3.00 each
    const r = runCase({
      scenario: scenarioWith(
        entries({
          cheapest: 'rank: [cheapest]',
          thenClosest: 'rank: [cheapest, closest]',
          thenRanked: 'rank: [cheapest, ranked], node_order: [W1, W0]',
        }),
      ),
      nodes: nodesCsv({ id: 'W1', lat: 1 }, { id: 'W0', lat: 2 }),
      orders: ONE_A,
      inventory: stock('W0,A,5', 'W1,A,5'),
    });
    expect(shipped(r, 'cheapest')).toEqual(['O1 W0:1']); // full tie: W0 < W1
    expect(shipped(r, 'thenClosest')).toEqual(['O1 W1:1']);
    expect(shipped(r, 'thenRanked')).toEqual(['O1 W1:1']);
  });

  it('the node id breaks what remains, whatever the order of nodes.csv or the side of the customer', () => {
    // ZED and ALF are both 1° from the customer (one north, one south) and alike in every column
    const scenario = scenarioWith(
      entries({
        order: 'rank: [fewest-packages, closest]',
        line: 'rank: [closest], allocation: line',
        cheapest: 'rank: [cheapest, fastest, least-loaded]',
      }),
    );
    const inventory = stock('ZED,A,5', 'ALF,A,5');
    const a = runCase({
      scenario,
      nodes: nodesCsv({ id: 'ZED', lat: 1 }, { id: 'ALF', lat: -1 }),
      orders: ONE_A,
      inventory,
    });
    const b = runCase({
      scenario,
      nodes: nodesCsv({ id: 'ALF', lat: 1 }, { id: 'ZED', lat: -1 }),
      orders: ONE_A,
      inventory,
    });
    for (const r of [a, b])
      for (const p of ['order', 'line', 'cheapest']) expect(shipped(r, p), p).toEqual(['O1 ALF:1']);
  });
});

describe('bad ranking settings', () => {
  it('an unknown node in node_order is an input error at the entry', () => {
    const scenario = scenarioWith(entries({ ok: 'rank: [closest]', bad: 'rank: [ranked], node_order: [WH, NOPE]' }));
    const errors = inputErrors({ scenario, nodes: nodesCsv(ST, WH), orders: ONE_A, inventory: stock('ST,A,5') });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(scenario, 'name: bad,'));
    expect(errors[0]!.field).toBe('bad.node_order');
    expect(errors[0]!.message).toContain('node_order: node "NOPE" is not in nodes.csv (nodes: ST, WH)');
  });
});
