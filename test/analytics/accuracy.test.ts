/**
 * Store readiness: the break-even search on hand-made NPV curves (every replay worked out by
 * hand), and withStoreAccuracy on the tiny scenario (a store whose records are off cancels).
 */
import { describe, expect, it } from 'vitest';
import { breakEvenShift, PLAUSIBLE_ACCURACY_RANGE } from '../../sim/analytics/accuracy.ts';
import { buildModel, preparePolicies, runPolicies, withStoreAccuracy } from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { line, nodesCsv, ordersCsv, runOf, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

describe('breakEvenShift', () => {
  it('the documented example: NPV 1000 + 20 000·s crosses zero at −0.05, the first replay', () => {
    // replays: 0 → 1000 (given), −0.05 → 0, +0.05 → 2000. Paying at 0, so the search goes down:
    // −0.05 gives 0 (not positive): the bracket is [−0.05, 0]; false position lands on −0.05 itself.
    const r = breakEvenShift((s) => 1000 + 20000 * s, 1000);
    expect(r.shift).toBeCloseTo(-0.05, 12);
    expect(r.replays).toEqual([
      { shift: -0.05, npv: 0 },
      { shift: 0, npv: 1000 },
      { shift: 0.05, npv: 2000 },
    ]);
    expect(r.searched).toEqual({ low: -0.05, high: 0.05 });
  });

  it('widens to ±2 and ±4 × range, then refines', () => {
    // 1000 + 8000·s: −0.05 → 600, −0.1 → 200 (still positive), −0.2 → −600: bracket [−0.2, −0.1].
    // False position: −0.1 − 200·(−0.1)/(−800) = −0.125 → 0; the next step gives −0.125 again: stop.
    const calls: number[] = [];
    const r = breakEvenShift((s) => {
      calls.push(s);
      return 1000 + 8000 * s;
    }, 1000);
    expect(r.shift).toBeCloseTo(-0.125, 12);
    expect(calls.map((s) => Math.round(s * 1000) / 1000)).toEqual([-0.05, 0.05, -0.1, -0.2, -0.125]); // 4 + 1 refine replays
    expect(r.searched).toEqual({ low: -0.2, high: 0.05 });
    expect(r.replays.map((x) => x.shift)).toEqual(
      [-0.2, -0.125, -0.1, -0.05, 0, 0.05].map((s) => expect.closeTo(s, 12)),
    );
  });

  it('is null when the NPV keeps its sign over the whole search', () => {
    // 1000 + 100·s is positive down to −10: replays at ±0.05, −0.1, −0.2 only
    const r = breakEvenShift((s) => 1000 + 100 * s, 1000);
    expect(r.shift).toBeNull();
    expect(r.replays.map((x) => x.shift)).toEqual([-0.2, -0.1, -0.05, 0, 0.05].map((s) => expect.closeTo(s, 12)));
    expect(r.searched.low).toBeCloseTo(-0.2, 12);
    expect(r.searched.high).toBeCloseTo(0.05, 12);
  });

  it('searches upwards when the change loses money at the stated accuracy; an NPV of exactly 0 counts as not paying', () => {
    // −500 + 10 000·s: +0.05 → 0 (same side as −500), +0.1 → 500: bracket [0.05, 0.1];
    // false position: 0.05 − 0·… = 0.05, which is the inner end: stop at 0.05
    const r = breakEvenShift((s) => -500 + 10000 * s, -500);
    expect(r.shift).toBeCloseTo(0.05, 12);
    expect(r.searched.high).toBeCloseTo(0.1, 12);
  });

  it('uses the given range and refine count', () => {
    // 100 + 1000·s with range 0.01: −0.01 → 90, −0.02 → 80, −0.04 → 60: never crosses
    expect(breakEvenShift((s) => 100 + 1000 * s, 100, 0.01).shift).toBeNull();
    // refine 0: the first bracket [−0.2, −0.1] of 1000 + 8000·s, interpolated: −0.125 without a refine replay
    const r = breakEvenShift((s) => 1000 + 8000 * s, 1000, PLAUSIBLE_ACCURACY_RANGE, 0);
    expect(r.shift).toBeCloseTo(-0.125, 12);
    expect(r.replays).toHaveLength(5);
  });
});

describe('withStoreAccuracy', () => {
  // ST (store, accuracy 0.5) is closest to the customer and holds A; WH holds A too.
  const nodes = nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5, accuracy: 0.5 });
  const scenario = scenarioWith(
    '  - name: warehouse-only\n    node: WH\n  - name: closest-with-stock\nbaseline: warehouse-only\n',
  );
  const input = {
    nodes,
    skus: SKUS,
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1)),
    inventory: stock('WH,A,5', 'ST,A,5'),
    scenario,
  };
  const s = tinyScenario(scenario);
  const { model, data } = buildModel(s, tinyFiles(input), new Problems());
  const run = runPolicies(model, s, preparePolicies(model, s, new Problems(), data));

  it('moves every store accuracy by delta, clamped to 0..1, and leaves warehouses alone', () => {
    const up = withStoreAccuracy(run, data!, ['closest-with-stock'], 0.7); // 0.5 + 0.7 → 1
    const acc = (m: typeof model) => Object.fromEntries(m.nodes.ids.map((id, i) => [id, m.nodes.accuracy[i]]));
    expect(acc(model)).toEqual({ WH: 1, ST: 0.5 });
    expect(acc(runOf(up, 'closest-with-stock').model)).toEqual({ WH: 1, ST: 1 });
    const down = withStoreAccuracy(run, data!, [], -0.6); // 0.5 − 0.6 → 0
    expect(acc(down.model)).toEqual({ WH: 1, ST: 0 });
    expect(down.runs.map((p) => p.policy)).toEqual(['warehouse-only']); // only the baseline kept
  });

  it('keeps the run of an entry that never reaches a store (warehouse-only), given the prepared policies', () => {
    const prepared = preparePolicies(model, s, new Problems(), data);
    const down = withStoreAccuracy(run, data!, ['closest-with-stock'], -0.5, { policies: prepared });
    // warehouse-only (filter nodes [WH]) is the run's own outcomes; closest-with-stock is replayed with ST at 0
    expect(runOf(down, 'warehouse-only').run).toBe(runOf(run, 'warehouse-only').run);
    const replayed = runOf(down, 'closest-with-stock');
    expect(replayed.run).not.toBe(runOf(run, 'closest-with-stock').run);
    expect(replayed.model.nodes.accuracy[replayed.model.nodes.ids.indexOf('ST')]).toBe(0);
    // the same outcomes and metrics as replaying both
    const both = withStoreAccuracy(run, data!, ['closest-with-stock'], -0.5);
    expect(down.runs.map((p) => p.run.outcomes)).toEqual(both.runs.map((p) => p.run.outcomes));
    expect(down.runs.map((p) => [p.metrics, p.deltas])).toEqual(both.runs.map((p) => [p.metrics, p.deltas]));
    // ST at 0 fails every pick there: the order is rerouted to WH (one touch) instead of shipping from ST
    expect(replayed.metrics.manual_touches_per_order).toBe(1);
  });

  it('delta 0 replays the same outcomes', () => {
    const same = withStoreAccuracy(run, data!, ['closest-with-stock'], 0);
    expect(same.runs.map((p) => p.metrics)).toEqual(run.runs.map((p) => p.metrics));
  });
});

describe('withStoreAccuracy without recompiling', () => {
  // a look-ahead policy and an entry adding a store of its own (ST2, 0.625): the replay with every
  // store moved by +0.25 is the run of the same scenario built with the stores at 0.75 and 0.875
  const entries = (st2: number) =>
    scenarioWith(`  - name: warehouse-only
    node: WH
  - name: closest-with-stock
  - name: lp-dilated
  - name: with-st2
    use: closest-with-stock
    network: { add: [{ node_id: ST2, type: store, lat: 0.3, lon: 0, stock: { A: 4 }, inventory_accuracy: ${st2} }] }
baseline: warehouse-only
`);
  const build = (st: number, st2: number) => {
    const scenario = entries(st2);
    const input = {
      nodes: nodesCsv({ id: 'WH', lat: 2 }, { id: 'ST', type: 'store', lat: 0.5, accuracy: st }),
      skus: SKUS,
      orders: ordersCsv(
        ...Array.from({ length: 12 }, (_, i) =>
          line(`O${i}`, `${String(6 + (i % 3)).padStart(2, '0')}T1${i % 8}:00`, 'A', 1),
        ),
      ),
      inventory: stock('WH,A,40', 'ST,A,20'),
      scenario,
    };
    const s = tinyScenario(scenario);
    const { model, data } = buildModel(s, tinyFiles(input), new Problems());
    return { s, model, data: data!, run: runPolicies(model, s, preparePolicies(model, s, new Problems(), data)) };
  };
  const base = build(0.5, 0.625);
  const keep = ['lp-dilated', 'with-st2', 'closest-with-stock'];
  const moved = withStoreAccuracy(base.run, base.data, keep, 0.25);
  const direct = build(0.75, 0.875);

  it('gives the outcomes of the scenario compiled with the moved accuracy, every kept policy', () => {
    expect(moved.runs.map((p) => p.policy)).toEqual(['warehouse-only', 'closest-with-stock', 'lp-dilated', 'with-st2']);
    for (const p of moved.runs) {
      const d = runOf(direct.run, p.policy);
      expect(p.model.nodes.accuracy).toEqual(d.model.nodes.accuracy);
      expect(p.run.outcomes).toEqual(d.run.outcomes);
      expect(p.metrics).toEqual(d.metrics);
    }
    // and the move mattered: fewer failed picks at the stores than in the run
    expect(runOf(moved, 'closest-with-stock').metrics).not.toEqual(runOf(base.run, 'closest-with-stock').metrics);
  });

  it('compiles nothing again: the replays run on copies of the run’s own models', () => {
    expect(moved.model.orders).toBe(base.model.orders);
    expect(runOf(moved, 'with-st2').model.orders).toBe(runOf(base.run, 'with-st2').model.orders);
    expect(runOf(moved, 'with-st2').model.nodes.ids).toEqual(['ST', 'ST2', 'WH']);
  });
});
