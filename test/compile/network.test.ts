/**
 * Per-entry network what-ifs: nodes added (stocked like another node), removed or changed
 * for one scenario entry, visible in that entry's run only. Worked by hand from
 * helpers/cases.ts: customer at 0°N; ST (store, 0.5°N, 34.5 mi, zone 1, $6.00 pick, cutoff
 * 16:00), WH (warehouse, 2°N, 138 mi, zone 2, $3.00 + $0.50, cutoff 14:00). 1 lb zone 1
 * $13.10, zone 2 $14.20; 2 lb zone 1 $24.10. Orders on Monday 6 July: promise Thursday 9.
 */
import { describe, expect, it } from 'vitest';
import { FLAG_REROUTED } from '../../sim/engine/outcomes.ts';
import {
  inputErrors,
  line,
  lineOf,
  nodesCsv,
  ordersCsv,
  runCase,
  runOf,
  scenarioWith,
  shipped,
  stock,
  traceOf,
  type NodeSpec,
} from '../helpers/cases.ts';

const ST: NodeSpec = { id: 'ST', type: 'store', lat: 0.5 };
const WH: NodeSpec = { id: 'WH', type: 'warehouse', lat: 2 };
const NODES = nodesCsv(ST, WH);

describe('add a node', () => {
  // NEW: a store 0.1°N (6.9 mi, zone 1) stocked with half of WH's stock: floor(5 × 0.5) = 2 A;
  // HALF: stock_share 0.3 of WH's 5 = floor(1.5) = 1 A (kept in another entry)
  const scenario = scenarioWith(`  - { name: base, use: closest-with-stock }
  - name: plus
    use: closest-with-stock
    network:
      add:
        - { node_id: NEW, type: store, lat: 0.1, lon: 0, stock_from: WH, stock_share: 0.5, inventory_accuracy: 1, pick_cost_per_order: 5, pick_cost_per_extra_unit: 1 }
  - name: third
    use: closest-with-stock
    network:
      add: [{ node_id: HALF, type: store, lat: 0.1, lon: 0, stock_from: WH, stock_share: 0.3, inventory_accuracy: 1 }]
`);
  const r = runCase({
    scenario,
    nodes: NODES,
    orders: ordersCsv(line('O1', '06T09:00', 'A', 2), line('O2', '06T10:00', 'A', 1), line('O3', '06T11:00', 'A', 1)),
    inventory: stock('ST,A,5', 'WH,A,5'),
  });
  it('ships from the added node in its entry', () => {
    expect(traceOf(r, 'plus')).toEqual([
      // NEW has 2: 2 lb zone 1 $24.10, pick $5.00 + $1.00; ships on Monday (store defaults: 15:00 Mon-Sat)
      'O1 NEW ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$24.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      // NEW is empty now: the next nearest, ST
      'O2 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      'O3 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(runOf(r, 'plus').model.nodes.ids).toEqual(['NEW', 'ST', 'WH']);
  });
  it('stock_share scales the copied stock, rounded down', () => {
    // HALF has 1: not enough for O1's 2 (ST ships), enough for O2
    expect(shipped(r, 'third')).toEqual(['O1 ST:2', 'O2 HALF:1', 'O3 ST:1']);
  });
  it('the other entries run on the original network', () => {
    expect(shipped(r, 'base')).toEqual(['O1 ST:2', 'O2 ST:1', 'O3 ST:1']);
    expect(runOf(r, 'base').model.nodes.ids).toEqual(['ST', 'WH']);
    expect(r.model.nodes.ids).toEqual(['ST', 'WH']);
    // the source node keeps its own stock: nothing was taken from WH
    const plus = runOf(r, 'plus');
    expect(
      plus.run.finalOnHand[
        plus.model.nodes.ids.indexOf('WH') * plus.model.skus.count + plus.model.skus.ids.indexOf('A')
      ],
    ).toBe(5);
  });
});

describe('an added node with its stock given inline', () => {
  it('stock: sets the units per sku, replacing what stock_from copied', () => {
    // WH has 5 A and 5 B; NEW copies them, then stock: gives it 1 A (B stays 5): O1 gets NEW's one A, O2 finds none there
    const scenario = scenarioWith(`  - { name: base, use: closest-with-stock }
  - name: plus
    use: closest-with-stock
    network:
      add:
        - { node_id: NEW, type: store, lat: 0.1, lon: 0, stock_from: WH, stock: { A: 1 }, inventory_accuracy: 1 }
`);
    const r = runCase({
      scenario,
      nodes: NODES,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O2', '06T10:00', 'A', 1), line('O3', '06T11:00', 'B', 1)),
      inventory: stock('ST,A,5', 'WH,A,5', 'WH,B,5'),
    });
    expect(shipped(r, 'plus')).toEqual(['O1 NEW:1', 'O2 ST:1', 'O3 NEW:1']);
  });
  it('an unknown sku in stock: is an input error at the entry', () => {
    const scenario = scenarioWith(
      '  - { name: base, use: closest-with-stock }\n  - { name: plus, use: closest-with-stock, network: { add: [{ node_id: NEW, type: store, lat: 0.1, lon: 0, stock: { AA: 1 } }] } }\n',
    );
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
      inventory: stock('ST,A,5'),
    });
    expect(errors.map((e) => `${e.line} ${e.field}: ${e.message}`)).toEqual([
      `${lineOf(scenario, 'name: plus,')} plus.network.add.stock.AA: sku "AA" is not in skus.csv`,
    ]);
  });
});

describe('remove a node', () => {
  it('the entry ships from the nodes left; the others still use it', () => {
    const r = runCase({
      scenario: scenarioWith(
        '  - { name: base, use: closest-with-stock }\n  - { name: no-st, use: closest-with-stock, network: { remove: [ST] } }\n',
      ),
      nodes: NODES,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
      inventory: stock('ST,A,5', 'WH,A,5'),
    });
    expect(traceOf(r, 'no-st')).toEqual([
      'O1 WH ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(traceOf(r, 'base')).toEqual([
      'O1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
    ]);
    expect(runOf(r, 'no-st').model.nodes.ids).toEqual(['WH']);
  });
});

describe('change a node', () => {
  const orders = ordersCsv(
    line('O1', '06T09:00', 'A', 1),
    line('O2', '06T10:00', 'A', 1),
    line('O3', '08T09:00', 'A', 1),
  );
  const inventory = stock('ST,A,5', 'WH,A,5');
  const r = runCase({
    scenario: scenarioWith(`  - { name: base, use: closest-with-stock }
  - { name: capacity, use: closest-with-stock, network: { change: { ST: { daily_order_capacity: 1 } } } }
  - { name: accuracy, use: closest-with-stock, network: { change: { ST: { inventory_accuracy: 0 } } } }
  - { name: later, use: closest-with-stock, network: { change: { ST: { active_from: "2026-07-08" } } } }
  - { name: cheap-base, use: cheapest }
  - { name: cheap-pick, use: cheapest, network: { change: { ST: { pick_cost_per_order: 2 } } } }
  - { name: local-base, use: store-for-local }
  - { name: local-safety, use: store-for-local, network: { change: { ST: { safety_stock: 4 } } } }
`),
    nodes: NODES,
    orders,
    inventory,
  });
  const st = (id: string, day: string, deliver: string, reason = 'single') =>
    `${id} ST ship 2026-07-${day} deliver 2026-07-${deliver} promise 2026-07-${id === 'O3' ? '13' : '09'} pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 ${reason}`;
  const wh = (id: string, day: string, deliver: string, extra = 'touch0 cancel0 ots1 otd1 single') =>
    `${id} WH ship 2026-07-${day} deliver 2026-07-${deliver} promise 2026-07-${id === 'O3' ? '13' : '09'} pk1 ship$14.20 pick$3.00 ${extra}`;

  it('the unchanged entry: every order from ST the day it is placed', () => {
    // O3 on Wednesday 8: promise Monday 13
    expect(traceOf(r, 'base')).toEqual([st('O1', '06', '07'), st('O2', '06', '07'), st('O3', '08', '09')]);
  });
  it('daily_order_capacity: ST ships one package a day', () => {
    expect(traceOf(r, 'capacity')).toEqual([
      st('O1', '06', '07'),
      st('O2', '07', '08', 'capacity-wait'),
      st('O3', '08', '09'),
    ]);
  });
  it('inventory_accuracy 0: every pick at ST fails and is rerouted to WH the next day', () => {
    // found at ST's 16:00 cutoff; WH ships Tuesday (Thursday for O3); one touch at $5
    expect(traceOf(r, 'accuracy')).toEqual([
      wh('O1', '07', '08', 'touch1 cancel0 ots1 otd1 rerouted'),
      wh('O2', '07', '08', 'touch1 cancel0 ots1 otd1 rerouted'),
      wh('O3', '09', '10', 'touch1 cancel0 ots1 otd1 rerouted'),
    ]);
  });
  it('active_from: ST ships only from Wednesday', () => {
    expect(traceOf(r, 'later')).toEqual([wh('O1', '06', '07'), wh('O2', '06', '07'), st('O3', '08', '09')]);
  });
  it('pick_cost_per_order: a cheaper store pick makes ST the cheapest node', () => {
    // base: ST $13.10 + $6.00 = $19.10 > WH $14.20 + $3.00 = $17.20; changed: ST $13.10 + $2.00 = $15.10
    expect(shipped(r, 'cheap-base')).toEqual(['O1 WH:1', 'O2 WH:1', 'O3 WH:1']);
    expect(shipped(r, 'cheap-pick')).toEqual(['O1 ST:1', 'O2 ST:1', 'O3 ST:1']);
  });
  it('safety_stock: store-for-local keeps the changed safety stock', () => {
    // ST holds 5 with safety stock 4: one unit may ship (O1), then WH
    expect(shipped(r, 'local-base')).toEqual(['O1 ST:1', 'O2 ST:1', 'O3 ST:1']);
    expect(shipped(r, 'local-safety')).toEqual(['O1 ST:1', 'O2 WH:1', 'O3 WH:1']);
  });
  it('changes stay in their entry: the model each entry ran on', () => {
    const st = (p: string) => runOf(r, p).model.nodes.ids.indexOf('ST');
    expect(runOf(r, 'capacity').model.nodes.capacity[st('capacity')]).toBe(1);
    expect(runOf(r, 'base').model.nodes.capacity[st('base')]).toBe(0);
    expect(runOf(r, 'accuracy').model.nodes.accuracy[st('accuracy')]).toBe(0);
    expect(runOf(r, 'base').model.nodes.accuracy[st('base')]).toBe(1);
    expect(r.model.nodes.safetyStock[r.model.nodes.ids.indexOf('ST')]).toBe(0);
  });
});

describe('bad network settings are input errors at the entry', () => {
  it('unknown node ids, an added id that exists, an unknown stock_from', () => {
    const scenario = scenarioWith(`  - { name: base, use: closest-with-stock }
  - { name: rm, use: closest-with-stock, network: { remove: [ZZ] } }
  - { name: ch, use: closest-with-stock, network: { change: { QQ: { safety_stock: 1 } } } }
  - { name: dup, use: closest-with-stock, network: { add: [{ node_id: ST, type: store, lat: 1, lon: 0 }] } }
  - { name: dup2, use: closest-with-stock, network: { add: [{ node_id: N1, type: store, lat: 1, lon: 0 }, { node_id: N1, type: store, lat: 1.5, lon: 0 }] } }
  - { name: src, use: closest-with-stock, network: { add: [{ node_id: N2, type: store, lat: 1, lon: 0, stock_from: XX }] } }
`);
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
      inventory: stock('ST,A,5'),
    });
    const at = (name: string) =>
      errors.filter((e) => e.line === lineOf(scenario, `name: ${name},`)).map((e) => `${e.field}: ${e.message}`);
    expect(at('base')).toEqual([]);
    expect(at('rm')).toEqual(['rm.network.remove: node "ZZ" is not in nodes.csv']);
    expect(at('ch')).toEqual(['ch.network.change.QQ: node "QQ" is not in nodes.csv']);
    expect(at('dup')).toEqual(['dup.network.add: node "ST" already exists, so it cannot be added']);
    expect(at('dup2')).toEqual(['dup2.network.add: node "N1" already exists, so it cannot be added']);
    expect(at('src')).toEqual(['src.network.add.stock_from: node "XX" is not in nodes.csv']);
    expect(errors).toHaveLength(5);
  });
});

describe('an added node that cannot be placed', () => {
  it('is reported with what is wrong: the node and its unknown ZIP', () => {
    // 00000 is a well-formed ZIP that is not in the ZIP table
    const scenario = scenarioWith(
      '  - { name: base, use: closest-with-stock }\n  - { name: nowhere, use: closest-with-stock, network: { add: [{ node_id: X, type: store, zip: "00000" }] } }\n',
    );
    const errors = inputErrors({
      scenario,
      nodes: NODES,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
      inventory: stock('ST,A,5'),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(scenario, 'name: nowhere,'));
    expect(errors[0]!.message).toContain('X');
    expect(errors[0]!.message).toContain('00000');
  });
});

describe('common random numbers across network variants', () => {
  // ST and WH both pick right half the time; FAR (40°N, 2764 mi) is added with WH's stock and
  // never fails. It sorts before ST and WH, so their node indexes shift in the variant; the
  // draws are keyed by node id, so each order gets the same draws at ST and WH in both runs.
  const orderRows = Array.from({ length: 30 }, (_, i) =>
    line(
      `O${String(i).padStart(2, '0')}`,
      `06T${String(8 + Math.floor(i / 6)).padStart(2, '0')}:${String((i % 6) * 10).padStart(2, '0')}`,
      'A',
      1,
    ),
  );
  const r = runCase({
    scenario: scenarioWith(`  - { name: base, use: closest-with-stock }
  - { name: far, use: closest-with-stock, network: { add: [{ node_id: FAR, type: warehouse, lat: 40, lon: 0, stock_from: WH, inventory_accuracy: 1, pick_cost_per_order: 3, pick_cost_per_extra_unit: 0.5 }] } }
`),
    nodes: nodesCsv({ ...ST, accuracy: 0.5 }, { ...WH, accuracy: 0.5 }),
    orders: ordersCsv(...orderRows),
    inventory: stock('ST,A,100', 'WH,A,100'),
  });
  const base = runOf(r, 'base'),
    far = runOf(r, 'far');
  const rerouted = (p: typeof base) => Array.from(p.run.outcomes.flags, (f) => (f & FLAG_REROUTED ? 1 : 0));

  it('the variant really shifts node indexes', () => {
    expect(base.model.nodes.ids).toEqual(['ST', 'WH']);
    expect(far.model.nodes.ids).toEqual(['FAR', 'ST', 'WH']);
  });
  it('the same orders fail their pick at ST (and at WH after it) in both runs', () => {
    const flags = rerouted(base);
    expect(flags.some((f) => f === 1)).toBe(true); // with 30 orders at 50%, some fail…
    expect(flags.some((f) => f === 0)).toBe(true); // …and some do not
    expect(rerouted(far)).toEqual(flags);
    expect(Array.from(far.run.outcomes.touches)).toEqual(Array.from(base.run.outcomes.touches));
    expect(far.run.stats.failedPicks).toBe(base.run.stats.failedPicks);
  });
  it('orders that never needed FAR have identical outcomes', () => {
    // FAR only ships a line that failed at both ST and WH; every other order is the same line for line
    const a = traceOf(r, 'base'),
      b = traceOf(r, 'far');
    const usedFar = b.map((l) => l.split(' ')[1]!.includes('FAR'));
    for (let o = 0; o < a.length; o++) if (!usedFar[o]) expect(b[o], a[o]).toBe(a[o]);
    // and where FAR shipped, the base run had nowhere left: cancelled
    for (let o = 0; o < a.length; o++) if (usedFar[o]) expect(a[o]).toMatch(/ cancelled$/);
  });
});
