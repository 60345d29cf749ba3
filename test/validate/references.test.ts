/**
 * References between the data files when a row of nodes.csv or skus.csv has a bad cell:
 * the row's own error is the one problem reported, not every row that names its node or
 * sku. And a nodes.csv of 40 nodes is read like any other (there is no node limit).
 */
import { describe, expect, it } from 'vitest';
import { TINY_NODES, TINY_SKUS, TINY_TRANSIT, tinyFiles, tinyScenario } from '../helpers/tiny.ts';
import { buildModel, type DataFiles } from '../../sim/pipeline/index.ts';
import { InputError, Problems, type Problem } from '../../sim/problems.ts';
import { checkData } from '../../sim/pipeline/check.ts';

/** 150 skus S000…S149, all stocked at WH and ST, and one order line for each. */
const SKUS =
  ['sku,weight_lb', ...Array.from({ length: 150 }, (_, i) => `S${String(i).padStart(3, '0')},1`)].join('\n') + '\n';
const ids = Array.from({ length: 150 }, (_, i) => `S${String(i).padStart(3, '0')}`);
const INVENTORY = ['node_id,sku,on_hand', ...ids.flatMap((s) => [`WH,${s},5`, `ST,${s},5`])].join('\n') + '\n';
const ORDERS =
  [
    'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
    ...ids.map((s, i) => `O${i},2026-07-06T10:00:00-04:00,${s},1,0,0`),
  ].join('\n') + '\n';

/** The errors `run` would stop with. */
function runErrors(files: DataFiles): Problem[] {
  try {
    buildModel(tinyScenario(), files, new Problems());
  } catch (e) {
    if (e instanceof InputError) return e.problems.filter((p) => p.severity === 'error');
    throw e;
  }
  return [];
}

const where = (p: Problem) => `${p.file}:${p.line}:${p.column} ${p.code}`;

describe('a bad cell on a nodes.csv row', () => {
  // ST's cutoff 25:00 is on line 3, column 6 of TINY_NODES; 150 inventory rows name ST
  const nodes = TINY_NODES.replace('ST,store,0.5,0,America/New_York,16:00', 'ST,store,0.5,0,America/New_York,25:00');
  const files = tinyFiles({ orders: ORDERS, skus: SKUS, nodes, inventory: INVENTORY });

  it('is the one error of a run: no "node is not in nodes.csv" for the rows that name the node', () => {
    expect(nodes).not.toBe(TINY_NODES);
    expect(runErrors(files).map(where)).toEqual(['nodes.csv:3:6 bad-time']);
  });

  it('is the one error validate lists', () => {
    const check = checkData({ files, scenario: tinyScenario() });
    expect(check.problems.filter((p) => p.severity === 'error').map(where)).toEqual(['nodes.csv:3:6 bad-time']);
  });

  it('still reports a node that no row of nodes.csv names', () => {
    const typo = tinyFiles({
      orders: ORDERS,
      skus: SKUS,
      nodes,
      inventory: INVENTORY.replace('WH,S007,5', 'WX,S007,5'),
    });
    // WX: inventory line 16 (header, then WH/ST pairs: S007 at WH is data row 15)
    expect(runErrors(typo).map(where)).toEqual(['nodes.csv:3:6 bad-time', 'inventory.csv:16:1 unknown-node']);
  });
});

describe('a bad cell on a skus.csv row', () => {
  // S042's weight on line 44, column 2; its order line and two inventory rows name it
  const skus = SKUS.replace('S042,1', 'S042,heavy');

  it('is the one error: no "sku is not in skus.csv" and no "did you mean" for its orders and stock', () => {
    const files = tinyFiles({ orders: ORDERS, skus, inventory: INVENTORY });
    expect(skus).not.toBe(SKUS);
    expect(runErrors(files).map(where)).toEqual(['skus.csv:44:2 bad-number']);
    const check = checkData({ files, scenario: tinyScenario() });
    expect(check.problems.filter((p) => p.severity === 'error').map(where)).toEqual(['skus.csv:44:2 bad-number']);
  });
});

describe('40 nodes', () => {
  /** 40 stores N01…N40 on the meridian. */
  const NODES =
    [
      'node_id,type,lat,lon',
      ...Array.from({ length: 40 }, (_, i) => `N${String(i + 1).padStart(2, '0')},store,${i / 10},0`),
    ].join('\n') + '\n';
  /** Orders whose every row is an error when read. */
  const BAD_ORDERS = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,yesterday,A,-1,0,0\n';
  const files = tinyFiles({
    orders: BAD_ORDERS,
    nodes: NODES,
    inventory: 'node_id,sku,on_hand\nN01,A,1\n',
    transit: TINY_TRANSIT,
    skus: TINY_SKUS,
  });

  it('are read like three: the orders are read too, and their bad cells are the only errors', () => {
    expect(
      runErrors(files)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['bad-integer', 'bad-timestamp']);
  });

  it('validate checks the orders too (and finds none readable)', () => {
    const check = checkData({ files, scenario: tinyScenario() });
    expect(
      check.problems
        .filter((p) => p.severity === 'error')
        .map((p) => p.code)
        .sort(),
    ).toEqual(['bad-integer', 'bad-timestamp', 'no-orders']);
  });
});

describe("an order's lines that disagree on an order-level column", () => {
  it('is an error at the later line, naming the column, and lines that agree are none', () => {
    const head = 'order_id,placed_at,sku,quantity,customer_lat,customer_lon,ship_service';
    const orders = [
      head,
      'O1,2026-07-06T10:00:00-04:00,S000,1,0,0,standard',
      'O1,2026-07-06T10:00:00-04:00,S001,1,0,0,standard', // agrees
      'O1,2026-07-06T11:00:00-04:00,S002,1,0,0,standard', // line 4: another time
      'O1,2026-07-06T10:00:00-04:00,S003,1,0.5,0,expedited', // line 5: another place and service
      'O2,2026-07-06T10:00:00-04:00,S004,1,0,0,standard',
    ].join('\n');
    const errors = runErrors(tinyFiles({ orders: orders + '\n', skus: SKUS, inventory: INVENTORY }));
    expect(errors.map((p) => `${p.line}:${p.column} ${p.code} ${p.field}`)).toEqual([
      '4:2 order-conflict placed_at',
      '5:5 order-conflict customer_lat/customer_lon',
      '5:7 order-conflict ship_service',
    ]);
  });
});
