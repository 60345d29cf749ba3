/**
 * Networks past 32 nodes (node sets are word bitsets, node-set.ts): hand-worked 40-node
 * cases where nodes with index ≥ 32 ship, are excluded after failed picks, and are added by
 * the greedy set cover; and a 200-node network (1 warehouse + 199 stores at real ZIPs) run
 * under every built-in policy.
 *
 * 40-node geometry (helpers/cases.ts): the customer at 0°N; N00 a warehouse and N01…N38
 * stores at 2°N and beyond (≥ 138 mi, zone 2+), unless a case moves some closer; within
 * 50 mi everything is zone 1: 1 lb $13.10, 2–5 lb $24.10; stores pick at $6.00 + $1.00 per
 * extra unit; transit one business day. Monday 2026-07-06; promise 3 business days
 * (Thursday 07-09); ship SLA 1 business day.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim/engine/engine.ts';
import type { ExplainEvent } from '../../sim/engine/explain.ts';
import { PACKAGE_INITIAL, PACKAGE_REROUTE } from '../../sim/engine/outcomes.ts';
import { allZips } from '../../sim/geo/zip.ts';
import { orderRecord } from '../../sim/metrics/orders.ts';
import { buildModel, preparePolicies } from '../../sim/pipeline/index.ts';
import { makeRng } from '../../sim/random/rng.ts';
import {
  line,
  nodesCsv,
  ordersCsv,
  runCase,
  runOf,
  scenarioWith,
  stock,
  traceOf,
  type NodeSpec,
} from '../helpers/cases.ts';
import { SKUS } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';

/** N00 (warehouse) and N01…N39 (stores) at 2°N + i/100, except the latitudes `at` gives. */
function forty(at: Record<number, Partial<NodeSpec>> = {}): string {
  return nodesCsv(
    ...Array.from({ length: 40 }, (_, i) => ({
      id: `N${String(i).padStart(2, '0')}`,
      type: i === 0 ? ('warehouse' as const) : ('store' as const),
      lat: 2 + i / 100,
      ...at[i],
    })),
  );
}

const POLICIES = scenarioWith(`  - name: warehouse-only
    node: N00
  - name: closest-with-stock
  - name: fewest-packages
  - name: cheapest
  - name: store-for-local
baseline: warehouse-only
`);

describe('40 nodes: node 39 alone has the stock', () => {
  const r = runCase({
    scenario: POLICIES,
    nodes: forty({ 39: { lat: 0.5 } }), // 34.5 mi: zone 1
    orders: ordersCsv(line('Q1', '06T10:00', 'A', 2)),
    inventory: stock('N39,A,5'),
  });

  it('every policy that may use it ships from N39: one 2-lb zone-1 package, $24.10 + pick $7.00', () => {
    expect(r.model.nodes.count).toBe(40);
    expect(r.model.nodes.ids.indexOf('N39')).toBe(39);
    for (const policy of ['closest-with-stock', 'fewest-packages', 'cheapest', 'store-for-local'])
      expect(traceOf(r, policy), policy).toEqual([
        'Q1 N39 ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$24.10 pick$7.00 touch0 cancel0 ots1 otd1 single',
      ]);
    // the warehouse has nothing: both units cancelled, $8 + 2 × $1
    expect(traceOf(r, 'warehouse-only')).toEqual([
      'Q1 - ship - deliver - promise 2026-07-09 pk0 ship$0.00 pick$0.00 touch0 cancel2 ots0 otd0 cancelled',
    ]);
    expect(runOf(r, 'warehouse-only').run.outcomes.cancelCost[0]).toBe(10);
  });

  it('logs the package at node index 39 and names N39 in the order record', () => {
    const p = runOf(r, 'fewest-packages');
    const log = p.run.packages;
    expect(log.count).toBe(1);
    expect([
      log.order[0],
      log.node[0],
      log.kind[0],
      log.units[0],
      log.zone[0],
      log.shipCost[0],
      log.pickCost[0],
    ]).toEqual([0, 39, PACKAGE_INITIAL, 2, 1, 24.1, 7]);
    const out = p.run.outcomes;
    expect(out.nodeWords).toBe(2);
    expect([out.nodeBits[0], out.nodeBits[1]]).toEqual([0, 1 << 7]); // node 39 = word 1, bit 7
    const rec = orderRecord(p.model, out, 0);
    expect([rec.nodes, rec.packages, rec.unitsShipped, rec.totalCost]).toEqual([['N39'], 1, 2, 31.1]);
    expect(Math.round(rec.miles * 10) / 10).toBe(34.5);
  });
});

describe('40 nodes: failed picks at nodes 5 and 35 exclude both (words 0 and 1 of the bitset)', () => {
  // N05 (13.8 mi) and N35 (20.7 mi) always fail their picks and keep stock after the write-off;
  // N39 (34.5 mi) is exact
  const r = runCase({
    scenario: POLICIES,
    nodes: forty({ 5: { lat: 0.2, accuracy: 0 }, 35: { lat: 0.3, accuracy: 0 }, 39: { lat: 0.5 } }),
    orders: ordersCsv(line('P1', '06T09:00', 'A', 1)),
    inventory: stock('N05,A,5', 'N35,A,5', 'N39,A,5'),
  });

  it('N05 fails Monday, N35 Tuesday, N39 ships Wednesday: two touches, late for the ship SLA, on time at the door', () => {
    expect(traceOf(r, 'closest-with-stock')).toEqual([
      'P1 N39 ship 2026-07-08 deliver 2026-07-09 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch2 cancel0 ots0 otd1 rerouted',
    ]);
    const p = runOf(r, 'closest-with-stock');
    expect(p.run.stats.failedPicks).toBe(2);
    expect(p.run.outcomes.touchCost[0]).toBe(10);
    expect([p.run.packages.count, p.run.packages.node[0], p.run.packages.kind[0]]).toEqual([1, 39, PACKAGE_REROUTE]);
    // the phantom unit of each failed pick is written off; the rest stays
    const A = p.model.skus.ids.indexOf('A');
    const S = p.model.skus.count;
    expect([5, 35, 39].map((n) => p.run.finalOnHand[n * S + A])).toEqual([4, 4, 4]);
  });
});

describe('40 nodes: the greedy set cover (more than 12 candidates) adds nodes past 32', () => {
  // N26…N39 hold one A each, N39 closest (0.1°), N38 next (0.2°), N37 (0.3°), the rest at 2°N and beyond
  const scenario = scenarioWith(`  - name: fewest-packages
baseline: fewest-packages
`);
  const input = {
    scenario,
    nodes: forty({ 37: { lat: 0.3 }, 38: { lat: 0.2 }, 39: { lat: 0.1 } }),
    orders: ordersCsv(line('G1', '06T10:00', 'A', 3)),
    inventory: stock(...Array.from({ length: 14 }, (_, i) => `N${26 + i},A,1`)),
  };

  it('takes the three closest single units: N37 + N38 + N39, three 1-lb zone-1 packages', () => {
    const r = runCase(input);
    expect(traceOf(r, 'fewest-packages')).toEqual([
      'G1 N37+N38+N39 ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk3 ship$39.30 pick$18.00 touch0 cancel0 ots1 otd1 split-needed',
    ]);
  });

  it('explain says the nodes were added greedily, and the allocation names nodes 39, 38, 37', () => {
    const sc = tinyScenario(scenario);
    const { model, data } = buildModel(sc, tinyFiles({ ...input, skus: SKUS }));
    const [p] = preparePolicies(model, sc, undefined, data);
    const events: ExplainEvent[] = [];
    simulate(p!.model, p!.fn, { rng: makeRng(sc.config.seed), explain: { order: 0, events } });
    const decision = events.find((e) => e.type === 'decision')!;
    if (decision.type !== 'decision') throw new Error('no decision');
    expect(decision.trace.candidates.filter((c) => c.removedBy === null)).toHaveLength(14);
    expect(decision.trace.notes).toContain(
      '14 candidate nodes: more than 12, so nodes were added greedily by how much they fill',
    );
    expect(decision.allocation.map((a) => [a.node, a.qty])).toEqual([
      [39, 1],
      [38, 1],
      [37, 1],
    ]);
  });
});

describe('200 nodes: a warehouse and 199 stores at real ZIPs', () => {
  const zips = allZips();
  const pickZip = (i: number) => zips[Math.floor((i * zips.length) / 211)]!.zip5;
  const rng = makeRng('two-hundred-nodes');
  const ids = ['WH', ...Array.from({ length: 199 }, (_, i) => `S${String(i + 1).padStart(3, '0')}`)];
  const nodes =
    [
      'node_id,type,zip,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy',
      ...ids.map((id, i) =>
        i === 0
          ? `${id},warehouse,${pickZip(0)},America/New_York,14:00,Mon-Fri,,3.00,0.50,1`
          : `${id},store,${pickZip(i)},America/New_York,16:00,Mon-Sat,${i % 7 === 0 ? 2 : ''},6.00,1.00,${i % 5 === 0 ? 0.7 : 0.97}`,
      ),
    ].join('\n') + '\n';
  const skus = ['A', 'B', 'C', 'D', 'E'];
  const inventory = stock(
    ...skus.map((s) => `WH,${s},60`),
    ...ids.slice(1).flatMap((id) => skus.filter(() => rng.next() < 0.4).map((s) => `${id},${s},${1 + rng.int(3)}`)),
  );
  const rows: string[] = [];
  for (let o = 0; o < 200; o++) {
    const day = String(6 + (o % 5)).padStart(2, '0');
    const at = `${day}T${String(8 + (o % 10)).padStart(2, '0')}:${String(o % 60).padStart(2, '0')}`;
    const zip = zips[rng.int(zips.length)]!.zip5;
    const n = 1 + rng.int(3);
    for (let k = 0; k < n; k++)
      rows.push(line(`O${String(o).padStart(3, '0')}`, at, skus[(o + k) % 5]!, 1 + rng.int(2), { zip }));
  }
  const policies = scenarioWith(`  - name: warehouse-only
    node: WH
  - name: closest-with-stock
  - name: fewest-packages
  - name: cheapest
  - name: store-for-local
    radius_miles: 300
  - name: two-stores-local
    use: store-for-local
    stores: [S150, S199]
  - name: rules-greedy
    use: rules
    rank: [most-inventory, closest]
    split: { max_packages: 3 }
  - name: rules-line
    use: rules
    rank: [fastest, least-loaded]
    allocation: line
    split: { max_packages: 2 }
  - name: pilot
    use: pilot
    policy: store-for-local
    fallback: warehouse-only
    cohort: { states: [NY, CA, TX, FL] }
  - name: rollout
    use: rollout
    phases:
      - { from: 2026-07-06, policy: warehouse-only }
      - { from: 2026-07-08, policy: closest-with-stock }
baseline: warehouse-only
`);
  const r = runCase({ scenario: policies, nodes, orders: ordersCsv(...rows), inventory });

  it('runs every built-in policy (presets, rules, pilot, rollout)', () => {
    expect(r.model.nodes.count).toBe(200);
    expect(r.model.orders.count).toBe(200);
    expect(r.runs.map((p) => p.policy)).toEqual([
      'warehouse-only',
      'closest-with-stock',
      'fewest-packages',
      'cheapest',
      'store-for-local',
      'two-stores-local',
      'rules-greedy',
      'rules-line',
      'pilot',
      'rollout',
    ]);
  });

  it("keeps every order's units and node set consistent with its packages, under every policy", () => {
    const { orders } = r.model;
    for (const p of r.runs) {
      const out = p.run.outcomes,
        log = p.run.packages;
      expect(out.nodeWords, p.policy).toBe(7); // 200 nodes: ceil(200 / 32) words per order
      const used = Array.from({ length: orders.count }, () => new Set<number>());
      const units = new Int32Array(orders.count);
      for (let k = 0; k < log.count; k++) {
        used[log.order[k]!]!.add(log.node[k]!);
        units[log.order[k]!] += log.units[k]!;
      }
      for (let o = 0; o < orders.count; o++) {
        let ordered = 0;
        for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) ordered += orders.lineQty[l]!;
        expect(out.unitsShipped[o]! + out.unitsCancelled[o]!, `${p.policy} ${orders.ids[o]}`).toBe(ordered);
        expect(units[o]).toBe(out.unitsShipped[o]);
        const fromBits = p.model.nodes.ids.filter((_, n) => out.shippedFrom(o, n));
        expect(fromBits, `${p.policy} ${orders.ids[o]}`).toEqual(
          [...used[o]!].sort((a, b) => a - b).map((n) => p.model.nodes.ids[n]),
        );
      }
      expect(p.run.finalOnHand.every((v) => v >= 0)).toBe(true);
    }
  });

  it('the store policies ship from stores past index 32, and failed picks there are rerouted', () => {
    for (const policy of ['closest-with-stock', 'fewest-packages', 'cheapest', 'rules-greedy', 'rules-line']) {
      const log = runOf(r, policy).run.packages;
      expect(
        Array.from(log.node.subarray(0, log.count)).some((n) => n >= 32),
        policy,
      ).toBe(true);
    }
    const c = runOf(r, 'closest-with-stock').run;
    expect(c.stats.failedPicks).toBeGreaterThan(0);
    expect(Array.from(c.packages.kind.subarray(0, c.packages.count))).toContain(PACKAGE_REROUTE);
    // only the two named stores (and the warehouse) ship under two-stores-local
    const two = runOf(r, 'two-stores-local');
    const shipping = new Set(Array.from(two.run.packages.node.subarray(0, two.run.packages.count)));
    expect([...shipping].every((n) => ['WH', 'S150', 'S199'].includes(two.model.nodes.ids[n]!))).toBe(true);
  });
});
