/**
 * Each filter kind of a rule-based policy on a tiny network where the filter changes which
 * node ships. Worked by hand from the geometry in helpers/cases.ts:
 *   customer at 0°N; ST (store) at 0.5°N = 34.5 mi, S2 (store) at 1°N = 69.1 mi,
 *   WH (warehouse) at 2°N = 138.2 mi.
 * The default ranking is [fewest-packages, closest], so with every node stocked an order of
 * one line ships from ST, the nearest; each filter below moves it elsewhere.
 */
import { describe, expect, it } from 'vitest';
import type { Model } from '../../../sim/model/types.ts';
import { compileFilters } from '../../../sim/policies/rules/filters.ts';
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

const ST: NodeSpec = { id: 'ST', type: 'store', lat: 0.5 };
const S2: NodeSpec = { id: 'S2', type: 'store', lat: 1 };
const WH: NodeSpec = { id: 'WH', type: 'warehouse', lat: 2 };
const NODES = nodesCsv(ST, S2, WH);
const ALL_STOCKED = stock('ST,A,5', 'S2,A,5', 'WH,A,5', 'ST,C,5', 'S2,C,5', 'WH,C,5');
const ONE_A = ordersCsv(line('O1', '06T09:00', 'A', 1));

/** A rules entry per filter (YAML flow map), plus an unfiltered one called `plain`. */
function entries(filters: Record<string, string>, rest = ''): string {
  return (
    [
      '  - { name: plain, use: rules' + rest + ' }',
      ...Object.entries(filters).map(([name, f]) => `  - { name: ${name}, use: rules, filters: [${f}]${rest} }`),
    ].join('\n') + '\n'
  );
}

describe('node filters', () => {
  const r = runCase({
    scenario: scenarioWith(
      entries({
        types: '{ types: [warehouse] }',
        nodes: '{ nodes: [WH] }',
        nodes2: '{ nodes: [S2, WH] }',
        exclude: '{ exclude_nodes: [ST] }',
        tags: '{ tags: [fast, bulk] }',
      }),
    ),
    nodes: nodesCsv(ST, S2, { ...WH, tags: 'fast' }),
    orders: ONE_A,
    inventory: ALL_STOCKED,
  });

  it('without filters the nearest node (ST) ships', () => {
    expect(shipped(r, 'plain')).toEqual(['O1 ST:1']);
  });
  it('types: only nodes of those types', () => {
    // both stores are removed; WH is the only warehouse
    expect(shipped(r, 'types')).toEqual(['O1 WH:1']);
  });
  it('nodes: only the listed nodes, the nearest of them first', () => {
    expect(shipped(r, 'nodes')).toEqual(['O1 WH:1']);
    // S2 (69 mi) is nearer than WH (138 mi)
    expect(shipped(r, 'nodes2')).toEqual(['O1 S2:1']);
  });
  it('exclude_nodes: never the listed nodes', () => {
    // ST out; the nearest left is S2
    expect(shipped(r, 'exclude')).toEqual(['O1 S2:1']);
  });
  it('tags: only nodes with at least one of the tags', () => {
    // only WH is tagged (fast); ST and S2 have no tags
    expect(shipped(r, 'tags')).toEqual(['O1 WH:1']);
  });
});

describe('radius_miles', () => {
  // ranked [WH, S2, ST] prefers the farthest node; the radius takes the far ones out
  const r = runCase({
    scenario: scenarioWith(
      entries(
        { r100: '{ radius_miles: 100 }', r50: '{ radius_miles: 50 }' },
        ', rank: [ranked], node_order: [WH, S2, ST]',
      ),
    ),
    nodes: NODES,
    orders: ONE_A,
    inventory: ALL_STOCKED,
  });
  it('keeps only nodes within the radius of the customer', () => {
    expect(shipped(r, 'plain')).toEqual(['O1 WH:1']);
    // WH 138 mi > 100: out; S2 69 mi is the preferred node left
    expect(shipped(r, 'r100')).toEqual(['O1 S2:1']);
    // only ST (34.5 mi) is within 50 miles
    expect(shipped(r, 'r50')).toEqual(['O1 ST:1']);
  });
});

describe('min_accuracy', () => {
  // ST's records are right 99.99% of the time, the others' always. (A pick failure at ST has
  // a 1-in-10,000 chance; the draw is fixed by the seed, so the case is deterministic.)
  const r = runCase({
    scenario: scenarioWith(entries({ strict: '{ min_accuracy: 0.99999 }', atLeast: '{ min_accuracy: 0.9999 }' })),
    nodes: nodesCsv({ ...ST, accuracy: 0.9999 }, S2, WH),
    orders: ONE_A,
    inventory: ALL_STOCKED,
  });
  it('leaves out nodes whose inventory accuracy is below the minimum', () => {
    expect(shipped(r, 'plain')).toEqual(['O1 ST:1']);
    expect(shipped(r, 'strict')).toEqual(['O1 S2:1']);
  });
  it('keeps a node whose accuracy equals the minimum ("at least")', () => {
    expect(shipped(r, 'atLeast')).toEqual(['O1 ST:1']);
  });
});

describe('safety_stock', () => {
  // ST holds 3 A with a safety stock of 2: only 1 unit may ship under the filter.
  const r = runCase({
    scenario: scenarioWith(entries({ safety: '{ safety_stock: true }' })),
    nodes: nodesCsv({ ...ST, safety: 2 }, S2, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 2), line('O2', '06T10:00', 'A', 1)),
    inventory: stock('ST,A,3', 'S2,A,5', 'WH,A,5'),
  });
  it('ships only units above the safety stock', () => {
    // plain: O1 takes 2 of ST's 3, O2 the last one
    expect(shipped(r, 'plain')).toEqual(['O1 ST:2', 'O2 ST:1']);
    // safety: ST can give 1 unit, so for O1 (2 units) the fullest single node nearest is S2;
    // O2 (1 unit) fits in ST's 1 unit above safety stock
    expect(shipped(r, 'safety')).toEqual(['O1 S2:2', 'O2 ST:1']);
  });
});

describe('at_capacity', () => {
  // ST ships one package a day. O1 fills Monday; O2 arrives an hour later.
  const r = runCase({
    scenario: scenarioWith(entries({ full: '{ at_capacity: true }' })),
    nodes: nodesCsv({ ...ST, capacity: 1 }, S2, WH),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O2', '06T10:00', 'A', 1)),
    inventory: ALL_STOCKED,
  });
  it('without the filter the full store still gets the order and ships it a day later', () => {
    expect(traceOf(r, 'plain')).toEqual([
      // ST zone 1 1 lb $13.10, pick $6.00; delivered next business day
      'O1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      'O2 ST ship 2026-07-07 deliver 2026-07-08 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 capacity-wait',
    ]);
  });
  it('with it, the next nearest node ships the same day', () => {
    expect(traceOf(r, 'full')).toEqual([
      'O1 ST ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$13.10 pick$6.00 touch0 cancel0 ots1 otd1 single',
      // S2 69 mi zone 2: $14.20, store pick $6.00
      'O2 S2 ship 2026-07-06 deliver 2026-07-07 promise 2026-07-09 pk1 ship$14.20 pick$6.00 touch0 cancel0 ots1 otd1 single',
    ]);
  });
});

describe('sku filters', () => {
  // C is the only glass sku
  const r = runCase({
    scenario: scenarioWith(
      entries({
        noGlass: '{ exclude_categories: [glass] }',
        noGlassInStores: '{ exclude_categories: [glass], applies_to: [store] }',
        noCAtST: '{ exclude_skus: [C], applies_to: [ST] }',
        noC: '{ exclude_skus: [C] }',
        noB: '{ exclude_skus: [B] }',
      }),
    ),
    nodes: NODES,
    orders: ordersCsv(line('O1', '06T09:00', 'C', 1)),
    inventory: ALL_STOCKED,
  });
  it('exclude_categories: no node it applies to ships skus of the category', () => {
    expect(shipped(r, 'plain')).toEqual(['O1 ST:1']);
    // every node is barred from glass: the unit is cancelled
    expect(shipped(r, 'noGlass')).toEqual(['O1 cancel:1']);
    // stores are barred, the warehouse is not
    expect(shipped(r, 'noGlassInStores')).toEqual(['O1 WH:1']);
  });
  it('exclude_skus: the listed skus only', () => {
    expect(shipped(r, 'noCAtST')).toEqual(['O1 S2:1']);
    expect(shipped(r, 'noC')).toEqual(['O1 cancel:1']);
    // barring B does not touch C
    expect(shipped(r, 'noB')).toEqual(['O1 ST:1']);
  });
  it("a sku filter bars only the sku: the node still ships the order's other lines", () => {
    const two = runCase({
      scenario: scenarioWith(entries({ noCAtST: '{ exclude_skus: [C], applies_to: [ST] }' })),
      nodes: NODES,
      orders: ordersCsv(line('O1', '06T09:00', 'A', 1), line('O1', '06T09:00', 'C', 1)),
      inventory: stock('ST,A,5', 'ST,C,5', 'WH,C,5'),
    });
    // plain: ST has both: one package. Filtered: ST may ship A only, C only comes from WH;
    // {WH} fills 1 unit, {ST} 1 unit, {ST, WH} both: the fuller set wins
    expect(shipped(two, 'plain')).toEqual(['O1 ST:2']);
    expect(shipped(two, 'noCAtST')).toEqual(['O1 ST:1 WH:1']);
  });
});

describe('applies_to', () => {
  const r = runCase({
    scenario: scenarioWith(
      entries(
        {
          everyone: '{ radius_miles: 10 }',
          stores: '{ radius_miles: 10, applies_to: [store] }',
          justST: '{ radius_miles: 10, applies_to: [ST] }',
          typesOnWH: '{ types: [store], applies_to: [WH] }',
        },
        ', rank: [ranked], node_order: [WH, S2, ST]',
      ),
    ),
    nodes: NODES,
    orders: ONE_A,
    inventory: ALL_STOCKED,
  });
  it('a filter without applies_to applies to every node', () => {
    // no node is within 10 miles
    expect(shipped(r, 'everyone')).toEqual(['O1 cancel:1']);
  });
  it('by type: only nodes of that type are filtered; others pass', () => {
    // ST, S2 out (34.5, 69 mi > 10); WH is a warehouse and passes
    expect(shipped(r, 'stores')).toEqual(['O1 WH:1']);
  });
  it('by node id: only that node is filtered', () => {
    // ranked plain would be WH; the filter on WH itself (not a store) takes it out, S2 is next
    expect(shipped(r, 'plain')).toEqual(['O1 WH:1']);
    expect(shipped(r, 'typesOnWH')).toEqual(['O1 S2:1']);
    // only ST is held to the radius; WH (preferred) passes
    expect(shipped(r, 'justST')).toEqual(['O1 WH:1']);
  });
  it('by node id versus by type on the nearest-first ranking', () => {
    const near = runCase({
      scenario: scenarioWith(
        entries({
          justST: '{ radius_miles: 10, applies_to: [ST] }',
          stores: '{ radius_miles: 10, applies_to: [store] }',
        }),
      ),
      nodes: NODES,
      orders: ONE_A,
      inventory: ALL_STOCKED,
    });
    // ST out, S2 is not subject to the filter and is the nearest left
    expect(shipped(near, 'justST')).toEqual(['O1 S2:1']);
    // both stores out
    expect(shipped(near, 'stores')).toEqual(['O1 WH:1']);
  });
});

describe('bad filter settings are input errors at the policy entry', () => {
  const base = { nodes: NODES, orders: ONE_A, inventory: ALL_STOCKED };

  it('unknown nodes, categories and skus, and ranked without node_order', () => {
    const scenario = scenarioWith(`  - name: good
    use: rules
  - name: bad-nodes
    use: rules
    filters: [{ nodes: [ZZ] }]
  - name: bad-exclude
    use: rules
    filters: [{ exclude_nodes: [ST, QQ] }]
  - name: bad-applies
    use: rules
    filters: [{ radius_miles: 10, applies_to: [store, XX] }]
  - name: bad-category
    use: rules
    filters: [{ exclude_categories: [plates] }]
  - name: bad-sku
    use: rules
    filters: [{ exclude_skus: [NOPE] }]
  - name: bad-ranked
    use: rules
    rank: [ranked, closest]
`);
    const errors = inputErrors({ ...base, scenario });
    const at = (name: string) => errors.filter((e) => e.line === lineOf(scenario, `name: ${name}`));
    expect(errors).toHaveLength(6);
    expect(at('good')).toHaveLength(0);
    for (const [name, field, text] of [
      ['bad-nodes', 'bad-nodes.nodes', 'nodes: node "ZZ" is not in nodes.csv (nodes: S2, ST, WH)'],
      ['bad-exclude', 'bad-exclude.exclude_nodes', 'exclude_nodes: node "QQ" is not in nodes.csv'],
      ['bad-applies', 'bad-applies.applies_to', 'applies_to: node "XX" is not in nodes.csv'],
      ['bad-category', 'bad-category.exclude_categories', 'no sku has category "plates" (categories: mugs, glass)'],
      ['bad-sku', 'bad-sku.exclude_skus', 'sku "NOPE" is not in skus.csv'],
      ['bad-ranked', 'bad-ranked.node_order', 'node_order is empty'],
    ] as const) {
      const e = at(name);
      expect(e, name).toHaveLength(1);
      expect(e[0]!.file).toBe('scenario.yaml');
      expect(e[0]!.field).toBe(field);
      expect(e[0]!.message).toContain(`policy "${name}"`);
      expect(e[0]!.message).toContain(text);
    }
  });

  it('a filter naming two kinds', () => {
    const scenario = scenarioWith(`  - name: two-kinds
    use: rules
    filters: [{ types: [store], nodes: [ST] }]
`);
    const errors = inputErrors({ ...base, scenario });
    expect(errors).toHaveLength(1);
    // reported inside the entry, at the offending filter
    expect(errors[0]!.line).toBe(lineOf(scenario, 'types: [store], nodes: [ST]'));
    expect(errors[0]!.line).toBeGreaterThan(lineOf(scenario, 'name: two-kinds'));
    expect(errors[0]!.field).toBe('policies[0].filters[0]');
    expect(errors[0]!.message).toContain('each filter names exactly one of');
  });

  it('a filter with applies_to only names no kind', () => {
    const scenario = scenarioWith('  - { name: no-kind, use: rules, filters: [{ applies_to: [store] }] }\n');
    const errors = inputErrors({ ...base, scenario });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(scenario, 'name: no-kind'));
    expect(errors[0]!.message).toContain('each filter names exactly one of');
  });
});

describe('compileFilters reach', () => {
  // three nodes, no skus: only the node filters matter
  const model = {
    nodes: {
      count: 3,
      ids: ['ST', 'S2', 'WH'],
      types: ['store', 'store', 'warehouse'],
      tags: [[], ['fast'], []],
      accuracy: Float64Array.of(0.5, 1, 1),
    },
    skus: { count: 0, ids: [], categories: [] },
  } as unknown as Model;
  it('marks the nodes a request-free filter always removes, and whether a filter reads accuracy', () => {
    const none = compileFilters(model, []);
    expect([...none.reach]).toEqual([1, 1, 1]);
    expect(none.readsAccuracy).toBe(false);
    // nodes [WH] leaves only WH; exclude_nodes [ST] and tags [fast] each leave S2 (and WH for exclude)
    expect([...compileFilters(model, [{ nodes: ['WH'] }]).reach]).toEqual([0, 0, 1]);
    expect([...compileFilters(model, [{ exclude_nodes: ['ST'] }]).reach]).toEqual([0, 1, 1]);
    expect([...compileFilters(model, [{ types: ['store'] }, { tags: ['fast'] }]).reach]).toEqual([0, 1, 0]);
    // applies_to: the store-only filter never removes WH
    expect([...compileFilters(model, [{ types: ['warehouse'], applies_to: ['store'] }]).reach]).toEqual([0, 0, 1]);
    expect([...compileFilters(model, [{ nodes: ['ST'], applies_to: ['warehouse'] }]).reach]).toEqual([1, 1, 0]);
    // radius and min_accuracy depend on the request or on accuracy: they remove nothing for good
    const acc = compileFilters(model, [{ min_accuracy: 0.9 }, { radius_miles: 10 }]);
    expect([...acc.reach]).toEqual([1, 1, 1]);
    expect(acc.readsAccuracy).toBe(true);
  });
});
