/**
 * Routing cadence: with `cadence: { batch_minutes }` an entry routes each window's orders
 * together at the window's end (windows counted from the period start's local midnight),
 * most constrained order first. Worked by hand from helpers/cases.ts: customer at 0°N; ST
 * (store, 0.5°N, zone 1, cutoff 16:00, pick $6 + $1), WH (warehouse, 2°N, zone 2, cutoff
 * 14:00, pick $3 + $0.50); 1 lb zone 1 $13.10, zone 2 $14.20; 2 lb zone 1 $24.10. Monday
 * 6 July orders: promise Thursday 9, ship-by Tuesday 7.
 */
import { describe, expect, it } from 'vitest';
import { line, nodesCsv, ordersCsv, runCase, scenarioWith, stock, traceOf } from '../helpers/cases.ts';

const NODES = nodesCsv({ id: 'ST', type: 'store', lat: 0.5 }, { id: 'WH', lat: 2 });

describe('batch windows', () => {
  const r = runCase({
    scenario: scenarioWith(
      '  - { name: live, use: warehouse-only, node: WH }\n  - { name: batched, use: warehouse-only, node: WH, cadence: { batch_minutes: 30 } }\n',
    ),
    nodes: NODES,
    orders: ordersCsv(
      line('B0', '06T13:20', 'A', 1), // window 13:00–13:30: routed at 13:30, before the 14:00 cutoff
      line('B1', '06T13:30', 'A', 1), // window 13:30–14:00 (it starts the window): routed at 14:00
      line('B2', '06T13:50', 'A', 1), // window 13:30–14:00: routed at 14:00, not before the cutoff
    ),
    inventory: stock('WH,A,10'),
  });
  const today = (id: string) =>
    `${id} WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single`;
  const tomorrow = (id: string) =>
    `${id} WH ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single`;

  it('routing each order as it arrives ships all three on Monday', () => {
    expect(traceOf(r, 'live')).toEqual([today('B0'), today('B1'), today('B2')]);
  });
  it('a 30-minute batch routes the 13:50 order at 14:00, so it ships the next day', () => {
    expect(traceOf(r, 'batched')).toEqual([today('B0'), tomorrow('B1'), tomorrow('B2')]);
  });
});

describe('most constrained first', () => {
  // ST holds one A and one B; WH holds A only. P1 (10:05) wants an A: both nodes could fill it.
  // P2 (10:10) wants an A and a B: only ST could fill it whole.
  const r = runCase({
    scenario: scenarioWith(`  - { name: live, use: fewest-packages }
  - { name: batched, use: fewest-packages, cadence: { batch_minutes: 30 } }
  - { name: live-never, use: rules, split: never }
  - { name: batched-never, use: rules, split: never, cadence: { batch_minutes: 30 } }
`),
    nodes: NODES,
    orders: ordersCsv(line('P1', '06T10:05', 'A', 1), line('P2', '06T10:10', 'A', 1), line('P2', '06T10:10', 'B', 1)),
    inventory: stock('ST,A,1', 'ST,B,1', 'WH,A,5'),
  });
  const P1_ST =
    'P1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single';
  const P1_WH =
    'P1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single';
  // both lines from ST: 2 lb zone 1 $24.10, pick $6.00 + $1.00
  const P2_ST =
    'P2 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$24.10 pick$7.00 touch0 cancel0 ots1 otd1 single';

  it("in arrival order the flexible P1 takes ST's only A, and P2 must split", () => {
    // P2: B from ST ($13.10 + $6.00), A from WH ($14.20 + $3.00)
    expect(traceOf(r, 'live')).toEqual([
      P1_ST,
      'P2 ST+WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk2 ship$27.30 pick$9.00 touch0 cancel0 ots1 otd1 split-needed',
    ]);
  });
  it('…or, when it may not split, loses a unit', () => {
    // {ST} fills B, {WH} fills A: one unit each, the nearer ST wins; the A is cancelled
    expect(traceOf(r, 'live-never')).toEqual([
      P1_ST,
      'P2 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel1 ots1 otd1 partial-cancel',
    ]);
  });
  it('in one 30-minute batch (routed at 10:30) P2, which only ST can fill, goes first; P1 ships from WH', () => {
    expect(traceOf(r, 'batched')).toEqual([P1_WH, P2_ST]);
    expect(traceOf(r, 'batched-never')).toEqual([P1_WH, P2_ST]);
  });
});

describe('most constrained first counts only nodes that can ship the order', () => {
  // ST holds one each of A, B, C; WH holds A and C. Y and Z hold A and B but open only on
  // Monday 13 July (active_from), so on Monday 6 they cannot ship anything.
  //   P1 (10:05) wants A + C: ST or WH can fill it (2 nodes).
  //   P2 (10:10) wants A + B: only ST can (1 node; Y and Z are not open).
  // In the 10:00–10:30 batch P2 goes first and takes ST's A and B; P1 then ships from WH.
  const r = runCase({
    scenario: scenarioWith('  - { name: batched, use: fewest-packages, cadence: { batch_minutes: 30 } }\n'),
    nodes: nodesCsv(
      { id: 'ST', type: 'store', lat: 0.5 },
      { id: 'WH', lat: 2 },
      { id: 'Y', lat: 1, active_from: '2026-07-13' },
      { id: 'Z', lat: 1.5, active_from: '2026-07-13' },
    ),
    orders: ordersCsv(
      line('P1', '06T10:05', 'A', 1),
      line('P1', '06T10:05', 'C', 1),
      line('P2', '06T10:10', 'A', 1),
      line('P2', '06T10:10', 'B', 1),
    ),
    inventory: stock('ST,A,1', 'ST,B,1', 'ST,C,1', 'WH,A,5', 'WH,C,5', 'Y,A,5', 'Y,B,5', 'Z,A,5', 'Z,B,5'),
  });
  it('nodes not yet open do not make an order look flexible', () => {
    expect(traceOf(r, 'batched')).toEqual([
      // 2 lb zone 2: $25.20, pick $3.00 + $0.50
      'P1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$25.20 pick$3.50 touch0 cancel0 ots1 otd1 single',
      // 2 lb zone 1: $24.10, pick $6.00 + $1.00
      'P2 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$24.10 pick$7.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});
