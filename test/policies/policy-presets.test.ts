/**
 * The presets built from rules: `cheapest` (rank [cheapest, fastest]) and `store-for-local`
 * (stores ship within a radius, keeping safety stock and capacity). Worked by hand from
 * helpers/cases.ts: 1° of latitude = 69.1 mi; 1 lb $13.10 in zone 1 (≤ 50 mi), $14.20 in
 * zone 2 (51–150 mi); stores pick at $6.00, warehouses at $3.00 + $0.50 per extra unit.
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
} from '../helpers/cases.ts';

const ST: NodeSpec = { id: 'ST', type: 'store', lat: 0.5 }; // 34.5 mi from a customer at 0°N
const S2: NodeSpec = { id: 'S2', type: 'store', lat: 1 }; // 69.1 mi
const WH: NodeSpec = { id: 'WH', type: 'warehouse', lat: 2 }; // 138.2 mi

describe('cheapest', () => {
  const scenario = scenarioWith(
    '  - name: cheapest\n  - name: fewest-packages\n  - { name: cheapest-single, use: cheapest, split: never }\n',
  );

  it('picks the lowest carrier + pick/pack cost, not the nearest node', () => {
    // ST $13.10 + $6.00 = $19.10; WH $14.20 + $3.00 = $17.20
    const r = runCase({
      scenario,
      nodes: nodesCsv(ST, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(traceOf(r, 'cheapest')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(shipped(r, 'fewest-packages')).toEqual(['O1 ST:1']);
  });

  it('breaks a cost tie by the faster delivery', () => {
    // W1 (1°N) and W2 (1.5°N, 103.6 mi) are both zone 2 warehouses: $17.20 each. At 13:00 Monday
    // W1 (cutoff 12:00) ships Tuesday, delivers Wednesday; W2 (cutoff 18:00) ships Monday, delivers Tuesday
    const r = runCase({
      scenario,
      nodes: nodesCsv({ id: 'W1', lat: 1, cutoff: '12:00' }, { id: 'W2', lat: 1.5, cutoff: '18:00' }),
      orders: ordersCsv(line('O1', '06T13:00', 'A', 1)),
      inventory: stock('W1,A,5', 'W2,A,5'),
    });
    expect(traceOf(r, 'cheapest')).toEqual([
      'O1 W2 ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });

  it('splits when two packages cost less than one, unless the entry says split: never', () => {
    // N1 (0.5°N) has A, N2 (0.5°S) has B: 2 × ($13.10 + $3.00) = $32.20;
    // FAR (16°N, 1105 mi, zone 6) has both: 2 lb $29.60 + $3.50 = $33.10
    const r = runCase({
      scenario,
      nodes: nodesCsv({ id: 'N1', lat: 0.5 }, { id: 'N2', lat: -0.5 }, { id: 'FAR', lat: 16 }),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'B', 1)),
      inventory: stock('N1,A,5', 'N2,B,5', 'FAR,A,5', 'FAR,B,5'),
    });
    expect(shipped(r, 'cheapest')).toEqual(['O1 N1:1 N2:1']);
    expect(shipped(r, 'cheapest-single')).toEqual(['O1 FAR:2']);
  });
});

describe('store-for-local', () => {
  it('stores ship only within the radius (100 miles by default)', () => {
    // customer at 2°S: ST is 2.5° = 172.7 mi away, S2 207.3 mi, WH 276.4 mi
    const r = runCase({
      scenario: scenarioWith(
        '  - name: store-for-local\n  - { name: wide, use: store-for-local, radius_miles: 200 }\n  - name: fewest-packages\n',
      ),
      nodes: nodesCsv(ST, S2, WH),
      orders: ordersCsv(line('FAR', '06T09:00', 'A', 1, { lat: -2 }), line('NEAR', '06T10:00', 'A', 1)),
      inventory: stock('ST,A,5', 'S2,A,5', 'WH,A,5'),
    });
    // FAR: both stores are beyond 100 mi, WH is not held to the radius. NEAR (34.5 mi): ST
    expect(shipped(r, 'store-for-local')).toEqual(['FAR WH:1', 'NEAR ST:1']);
    // 200 miles reaches ST (172.7) but not S2 (207.3)
    expect(shipped(r, 'wide')).toEqual(['FAR ST:1', 'NEAR ST:1']);
    expect(shipped(r, 'fewest-packages')).toEqual(['FAR ST:1', 'NEAR ST:1']);
  });

  it('stores: only the listed stores ship; warehouses are not affected', () => {
    const r = runCase({
      scenario: scenarioWith('  - name: store-for-local\n  - { name: only-s2, use: store-for-local, stores: [S2] }\n'),
      nodes: nodesCsv(ST, S2, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O2', '06T09:30', 'B', 1)),
      inventory: stock('ST,A,5', 'S2,A,5', 'WH,A,5', 'ST,B,5', 'WH,B,5'),
    });
    expect(shipped(r, 'store-for-local')).toEqual(['O1 ST:1', 'O2 ST:1']);
    // O1: ST is left out, S2 (69 mi) is nearer than WH; O2: S2 has no B, so WH
    expect(shipped(r, 'only-s2')).toEqual(['O1 S2:1', 'O2 WH:1']);
  });

  it("keeps each store's safety stock, but not the warehouse's", () => {
    // ST holds 2 A with safety stock 1: one unit may ship. WH holds 5 with safety stock 5.
    const r = runCase({
      scenario: scenarioWith('  - name: store-for-local\n  - name: fewest-packages\n'),
      nodes: nodesCsv({ ...ST, safety: 1 }, { ...WH, safety: 5 }),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 2), line('O2', '06T10:00', 'A', 1), line('O3', '06T11:00', 'A', 1)),
      inventory: stock('ST,A,2', 'WH,A,5'),
    });
    // O1 (2 units): ST can give 1, WH 2: WH. O2: ST's one unit above safety. O3: ST is at safety: WH
    expect(shipped(r, 'store-for-local')).toEqual(['O1 WH:2', 'O2 ST:1', 'O3 WH:1']);
    // without the rule ST sells out: O1 takes both units
    expect(shipped(r, 'fewest-packages')).toEqual(['O1 ST:2', 'O2 WH:1', 'O3 WH:1']);
  });

  it('skips a store already at its daily capacity', () => {
    // ST ships one package a day
    const r = runCase({
      scenario: scenarioWith('  - name: store-for-local\n  - name: fewest-packages\n'),
      nodes: nodesCsv({ ...ST, capacity: 1 }, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O2', '06T10:00', 'A', 1)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(traceOf(r, 'store-for-local')).toEqual([
      'O1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      'O2 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'fewest-packages')[1]).toBe(
      'O2 ST ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 capacity-wait',
    );
  });

  it('an unknown store is an input error at the entry', () => {
    const scenario = scenarioWith(
      '  - name: fewest-packages\n  - name: local\n    use: store-for-local\n    stores: [ST, ZZ]\n',
    );
    const errors = inputErrors({
      scenario,
      nodes: nodesCsv(ST, WH),
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
      inventory: stock('ST,A,5'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(scenario, 'name: local'));
    expect(errors[0]!.field).toBe('local.stores');
    expect(errors[0]!.message).toContain('stores: node "ZZ" is not in nodes.csv');
  });
});
