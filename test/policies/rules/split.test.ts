/**
 * Split rules and the allocation level of the rule-based policy. Worked by hand from
 * helpers/cases.ts: customer at 0°N, 1° = 69.1 mi; 1 lb $13.10 in zone 1, $14.20 in zone 2;
 * 2–5 lb $24.10 / $25.20 (zones 1 / 2), $29.60 in zone 6; stores pick at $6 + $1 per extra
 * unit, warehouses at $3 + $0.50; cancellation $8 per order + $1 per unit.
 */
import { describe, expect, it } from 'vitest';
import {
  line,
  nodesCsv,
  ordersCsv,
  runCase,
  runOf,
  scenarioWith,
  shipped,
  stock,
  traceOf,
  type NodeSpec,
} from '../../helpers/cases.ts';

const ST: NodeSpec = { id: 'ST', type: 'store', lat: 0.5 }; // 34.5 mi, zone 1
const S2: NodeSpec = { id: 'S2', type: 'store', lat: 1 }; // 69.1 mi, zone 2
const WH: NodeSpec = { id: 'WH', type: 'warehouse', lat: 2 }; // 138.2 mi, zone 2

function entries(e: Record<string, string>): string {
  return (
    Object.entries(e)
      .map(([name, s]) => `  - { name: ${name}, use: rules${s ? `, ${s}` : ''} }`)
      .join('\n') + '\n'
  );
}

describe('split: never versus allow', () => {
  // ST has A, WH has B; the order wants 1 A and 2 B
  const r = runCase({
    scenario: scenarioWith(entries({ never: 'split: never', allow: 'split: allow' })),
    nodes: nodesCsv(ST, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 2)),
    inventory: stock('ST,A,5', 'WH,B,5'),
  });
  it('never: one node, the one filling the most units; what it lacks is cancelled', () => {
    // {WH} fills 2 units, {ST} 1: WH ships the 2 B (2 lb, zone 2: $25.20; pick $3.00 + $0.50); A is cancelled
    expect(traceOf(r, 'never')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch0 cancel1 ots1 otd1 partial-cancel',
    ]);
    expect(runOf(r, 'never').run.outcomes.cancelCost[0]).toBe(8 + 1);
  });
  it('allow: both nodes ship', () => {
    // ST: A, 1 lb zone 1 $13.10, pick $6.00; WH: 2 B $25.20, pick $3.50 → ship $38.30, pick $9.50
    expect(traceOf(r, 'allow')).toEqual([
      'O1 ST+WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$38.30 pick$9.50 touch0 cancel0 ots1 otd1 split-needed',
    ]);
  });
});

describe('split: max_packages', () => {
  // A only at ST, B only at S2, C only at WH: the order needs three nodes
  const r = runCase({
    scenario: scenarioWith(
      entries({
        allow: '',
        two: 'split: { max_packages: 2 }',
        twoByLine: 'split: { max_packages: 2 }, allocation: line',
        twoRanked: 'split: { max_packages: 2 }, rank: [fewest-packages, ranked], node_order: [WH, S2, ST]',
      }),
    ),
    nodes: nodesCsv(ST, S2, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 1), line('O1', '06T09:00', 'C', 1)),
    inventory: stock('ST,A,5', 'S2,B,5', 'WH,C,5'),
  });
  it('without a limit, three packages', () => {
    expect(shipped(r, 'allow')).toEqual(['O1 S2:1 ST:1 WH:1']);
  });
  it('at most two packages: the best pair ships, the third line is cancelled', () => {
    // every pair fills 2 units; by distance {ST, S2} = 34.5 + 69.1 = 103.6 mi is the nearest pair
    expect(traceOf(r, 'two')).toEqual([
      // ST $13.10 + $6.00; S2 $14.20 + $6.00
      'O1 S2+ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$27.30 pick$12.00 touch0 cancel1 ots1 otd1 partial-cancel',
    ]);
  });
  it('line by line: once two nodes are used, a line only a third node has is cancelled', () => {
    expect(shipped(r, 'twoByLine')).toEqual(['O1 S2:1 ST:1 cancel:1']);
  });
  it('the criteria choose which pair', () => {
    // ranked positions: WH 0, S2 1, ST 2: {WH, S2} sums to 1, the smallest
    expect(shipped(r, 'twoRanked')).toEqual(['O1 S2:1 WH:1 cancel:1']);
  });
});

describe('split: if-saves', () => {
  // N1 (0.5°N) has A, N2 (0.5°S) has B, both 34.5 mi away (zone 1); FAR (16°N, 1105 mi, zone 6,
  // three days) has both. All warehouses ($3.00 + $0.50).
  //   one package from FAR: 2 lb zone 6 $29.60 + pick $3.50 = $33.10
  //   split N1 + N2: 2 × ($13.10 + $3.00) = $32.20
  //   splitting saves $0.90
  const r = runCase({
    scenario: scenarioWith(
      entries({
        allow: 'rank: [cheapest]',
        ifSaves: 'rank: [cheapest], split: if-saves',
        min050: 'rank: [cheapest], split: { if_saves: { min_saving: 0.50 } }',
        min090: 'rank: [cheapest], split: { if_saves: { min_saving: 0.90 } }',
        min100: 'rank: [cheapest], split: { if_saves: { min_saving: 1.00 } }',
      }),
    ),
    nodes: nodesCsv({ id: 'N1', lat: 0.5 }, { id: 'N2', lat: -0.5 }, { id: 'FAR', lat: 16 }),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 1)),
    inventory: stock('N1,A,5', 'N2,B,5', 'FAR,A,5', 'FAR,B,5'),
  });
  const SPLIT =
    'O1 N1+N2 ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$26.20 pick$6.00 touch0 cancel0 ots1 otd1 split-chosen';
  // FAR: Monday + 3 business days = Thursday, the promise day
  const SINGLE =
    'O1 FAR ship 2026-07-06 deliver 2026-07-09 promise 2026-07-09 pk1 ship$29.60 pick$3.50 touch0 cancel0 ots1 otd1 single';

  it('cheapest with splits allowed splits', () => {
    expect(traceOf(r, 'allow')).toEqual([SPLIT]);
  });
  it('splits when the $0.90 saving exceeds the minimum ($0 by default, $0.50)', () => {
    expect(traceOf(r, 'ifSaves')).toEqual([SPLIT]);
    expect(traceOf(r, 'min050')).toEqual([SPLIT]);
  });
  it('ships from one node when the saving does not exceed the minimum ($0.90, $1.00)', () => {
    expect(traceOf(r, 'min090')).toEqual([SINGLE]);
    expect(traceOf(r, 'min100')).toEqual([SINGLE]);
  });
});

describe('allocation: line versus order', () => {
  // ST (near) has only A; WH has A and B
  const scenario = scenarioWith(entries({ order: 'allocation: order', line: 'allocation: line' }));
  const inventory = stock('ST,A,5', 'WH,A,5', 'WH,B,5');
  it('order-level weighs whole sets: one package from WH; line-level takes A from the nearer ST first', () => {
    const r = runCase({
      scenario,
      nodes: nodesCsv(ST, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 1)),
      inventory,
    });
    expect(traceOf(r, 'order')).toEqual([
      // 2 lb zone 2: $25.20; pick $3.00 + $0.50
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'line')).toEqual([
      // A: every node would open a package, so the nearest, ST ($13.10 + $6.00); B: only WH ($14.20 + $3.00)
      'O1 ST+WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$27.30 pick$9.00 touch0 cancel0 ots1 otd1 split-chosen',
    ]);
  });
  it('line-level consolidates into a package already opened when B comes first', () => {
    // B → WH; then A: WH already ships a package (fewest-packages key 0 versus 1 for ST) → WH
    const r = runCase({
      scenario,
      nodes: nodesCsv(ST, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'B', 1), line('O1', '06T09:00', 'A', 1)),
      inventory,
    });
    expect(shipped(r, 'line')).toEqual(['O1 WH:2']);
    expect(shipped(r, 'order')).toEqual(['O1 WH:2']);
  });
});

describe('split rules with allocation: line', () => {
  // ST (near) has only A; WH has A and B. The order wants one of each.
  //   split: ST A ($13.10 + $6.00) + WH B ($14.20 + $3.00) = $36.30
  //   one package from WH: 2 lb zone 2 $25.20 + $3.50 = $28.70
  const r = runCase({
    scenario: scenarioWith(
      entries({
        lineAllow: 'rank: [closest], allocation: line',
        lineNever: 'rank: [closest], allocation: line, split: never',
        lineIfSaves: 'rank: [closest], allocation: line, split: { if_saves: { min_saving: 5.00 } }',
      }),
    ),
    nodes: nodesCsv(ST, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 1)),
    inventory: stock('ST,A,5', 'WH,A,5', 'WH,B,5'),
  });
  it('allow: each line from its nearest node', () => {
    expect(shipped(r, 'lineAllow')).toEqual(['O1 ST:1 WH:1']);
  });
  it('never: still fills as much as one node can (WH has both), rather than cancelling B', () => {
    // policy.ts: "Units are always filled as far as the allowed nodes can"
    expect(shipped(r, 'lineNever')).toEqual(['O1 WH:2']);
  });
  it('if-saves: the split costs $7.60 more than one package from WH, so WH ships it all', () => {
    expect(traceOf(r, 'lineIfSaves')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('allocation: line by the preference order (closest: every line ranks the nodes alike)', () => {
  // ST has 1 A; S2 5 A and 2 C; WH 5 each of A, B and C. The order wants 7 A, 1 B and 2 C.
  //   A: no node has 7, so it spreads nearest first: ST 1, S2 5, WH 1
  //   B: only WH; C: the nearest with 2 left is S2 (ST has none)
  // `closest, fewest-packages` ranks each line node by node (distances never tie here), so
  // it must give the same allocation as `closest` filled in the preference order.
  const r = runCase({
    scenario: scenarioWith(
      entries({
        closest: 'rank: [closest], allocation: line',
        closestThenFewest: 'rank: [closest, fewest-packages], allocation: line',
      }),
    ),
    nodes: nodesCsv(ST, S2, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 7), line('O1', '06T09:00', 'B', 1), line('O1', '06T09:00', 'C', 2)),
    inventory: stock('ST,A,1', 'S2,A,5', 'S2,C,2', 'WH,A,5', 'WH,B,5', 'WH,C,5'),
  });
  it('spreads a line nobody holds whole nearest first, and takes each other line from its nearest holder', () => {
    expect(shipped(r, 'closest')).toEqual(['O1 S2:7 ST:1 WH:2']);
  });
  it('ranking each line on its own gives the same allocation', () => {
    expect(shipped(r, 'closestThenFewest')).toEqual(['O1 S2:7 ST:1 WH:2']);
  });
});
