/**
 * The readiness report on small hand-built data sets: each finding with its count, its
 * locations (file:line:column) and the orders, lines and units it touches; the verdict;
 * the ranking; and the period and defaults of a bare data folder.
 *
 * The base set (TINY_SCENARIO: period 2026-07-06 … 2026-07-19, America/New_York, rate card):
 *   orders.csv  line 2 O1 A×1 · line 3 O2 A×1 · line 4 O2 B×2 · line 5 O3 C×3  → 3 orders, 4 lines, 7 units
 *   skus.csv    line 2 A · line 3 B · line 4 C, all with weight and dimensions
 *   inventory   line 2 WH A · line 3 WH B · line 4 ST C, counted 2026-07-03
 */
import { describe, expect, it } from 'vitest';
import { TINY_NODES, TINY_SCENARIO, tinyFiles, tinyScenario, type TinyInput } from '../helpers/tiny.ts';
import { notCheckedText } from '../../sim/messages.ts';
import { buildModel, parseData } from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { checkData, type DataCheck } from '../../sim/pipeline/check.ts';
import { SERIOUS_SHARE, type Finding } from '../../sim/validate/findings.ts';
import { checkDuplicateLines, checkReadiness, STALE_AFTER_DAYS } from '../../sim/validate/readiness.ts';
import { fromCSV } from '../../sim/parse/csv.ts';
import { parseOrders } from '../../sim/parse/orders.ts';
import type { DataRows } from '../../sim/parse/types.ts';
import { readinessText } from '../../sim/report/readiness-report.ts';
import { parseIsoDate } from '../../sim/time/calendar.ts';

const SKUS = `sku,weight_lb,length_in,width_in,height_in
A,1,4,4,4
B,2,6,6,6
C,1,10,10,10
`;
const ORDERS = `order_id,placed_at,sku,quantity,customer_zip
O1,2026-07-06T10:00:00-04:00,A,1,10001
O2,2026-07-06T11:00:00-04:00,A,1,43215
O2,2026-07-06T11:00:00-04:00,B,2,43215
O3,2026-07-07T09:00:00-04:00,C,3,90210
`;
const INVENTORY = `node_id,sku,on_hand,as_of
WH,A,10,2026-07-03
WH,B,5,2026-07-03
ST,C,2,2026-07-03
`;
const LINEAR = TINY_SCENARIO.replace(/shipping:\n(  .*\n)+/, 'shipping:\n  model: linear\n  per_package: 5\n');

/** `from` → `to` once, failing loudly when `from` is not there. */
function replace(text: string, from: string, to: string): string {
  expect(text, `expected ${JSON.stringify(from)} in the text`).toContain(from);
  return text.replace(from, to);
}

/** Checks the base set with some files replaced, for the tiny scenario (or another scenario text). */
function check(over: Partial<TinyInput> = {}, scenario = TINY_SCENARIO): DataCheck {
  return checkData({
    files: tinyFiles({ orders: ORDERS, inventory: INVENTORY, skus: SKUS, ...over }),
    scenario: tinyScenario(scenario),
  });
}

function finding(c: DataCheck, key: string): Finding {
  const f = c.findings.find((x) => x.key === key);
  if (!f) throw new Error(`no finding ${key}; found ${c.findings.map((x) => x.key).join(', ') || 'none'}`);
  return f;
}

/** The parts of a finding the tests pin down. */
const brief = (f: Finding) => ({
  severity: f.severity,
  blocking: f.blocking,
  count: f.count,
  unit: f.unit,
  locations: f.locations,
  more: f.more,
  touches: f.touches,
});

describe('a clean data set', () => {
  it('is ready, with no findings, the scenario period and the totals', () => {
    const c = check();
    expect(c.findings.map((f) => f.example || f.title)).toEqual([]);
    expect(c.verdict).toBe('ready');
    expect(c.counts).toEqual({ errors: 0, warnings: 0, notes: 0 });
    expect(c.totals).toEqual({ orders: 3, lines: 4, units: 7 });
    expect(c.tables).toEqual({ skus: 3, nodes: 2, inventory: 3 });
    expect(c.period).toEqual({ start: '2026-07-06', end: '2026-07-19', from: 'scenario' });
    expect(c.shipping).toBe('rate-card');
    expect(c.notChecked).toEqual([notCheckedText.replay]);
  });
});

describe('unknown SKUs in orders', () => {
  it('are a blocking finding with their lines and share, and the rest is still checked', () => {
    const c = check({
      orders: replace(
        replace(ORDERS, 'O2,2026-07-06T11:00:00-04:00,A,1', 'O2,2026-07-06T11:00:00-04:00,Q,1'),
        'C,3,90210',
        'Z,3,90210',
      ),
      skus: replace(SKUS, 'B,2,6,6,6', 'B,,6,6,6'),
    });
    expect(c.verdict).toBe('not ready');
    expect(brief(finding(c, 'unknown-sku-in-orders'))).toEqual({
      severity: 'error',
      blocking: true,
      count: 2,
      unit: 'order lines',
      locations: ['orders.csv:3:3', 'orders.csv:5:3'],
      more: 0,
      touches: { orders: 2, lines: 2, units: 4 },
    });
    expect(finding(c, 'unknown-sku-in-orders').share).toEqual({ orders: 2 / 3, lines: 2 / 4, units: 4 / 7 });
    // compileModel still ran on the lines that name known skus
    expect(brief(finding(c, 'weight-missing'))).toMatchObject({
      severity: 'warning',
      count: 1,
      locations: ['skus.csv:3:2'],
      touches: { orders: 1, lines: 1, units: 2 },
    });
    expect(c.findings[0]!.key).toBe('unknown-sku-in-orders');
  });
});

describe('SKUs without weight or dimensions', () => {
  const skus = replace(replace(SKUS, 'A,1,4,4,4', 'A,,4,4,4'), 'B,2,6,6,6', 'B,2,,6,');

  it('weight: a warning per sku, touching the order lines of the sku', () => {
    const f = finding(check({ skus }), 'weight-missing');
    expect(brief(f)).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'sku',
      locations: ['skus.csv:2:2'],
      more: 0,
      touches: { orders: 2, lines: 2, units: 2 },
    });
    expect(f.share!.lines).toBe(0.5);
    expect(f.example).toBe('sku "A" has no weight_lb; 1 lb is assumed');
  });

  it('dimensions: a warning under a rate card, naming the missing columns', () => {
    const f = finding(check({ skus }), 'dims-missing');
    expect(brief(f)).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'sku',
      locations: ['skus.csv:3:3'],
      more: 0,
      touches: { orders: 1, lines: 1, units: 2 },
    });
    expect(f.example).toContain('sku "B" has no length_in, height_in');
  });

  it('dimensions: only a note under the linear model, which does not use them', () => {
    const c = check({ skus }, LINEAR);
    expect(finding(c, 'dims-missing').severity).toBe('note');
    expect(finding(c, 'dims-missing').example).toContain('linear cost model does not use dimensions');
  });
});

describe('negative inventory', () => {
  const inventory = replace(INVENTORY, 'WH,A,10', 'WH,A,-3');

  it('is a warning per row, touching the order lines of its sku', () => {
    const c = check({ inventory });
    expect(c.verdict).toBe('ready with warnings');
    expect(brief(finding(c, 'negative-on-hand'))).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'inventory row',
      locations: ['inventory.csv:2:3'],
      more: 0,
      touches: { orders: 2, lines: 2, units: 2 },
    });
  });

  it('lists every negative row at its file:line:column, saying what it means and what RouteLab does', () => {
    // WH A and ST C oversold: lines 2 and 4, column 3 (on_hand)
    const c = check({ inventory: replace(inventory, 'ST,C,2', 'ST,C,-1') });
    const f = finding(c, 'negative-on-hand');
    expect([f.count, f.unit, f.locations]).toEqual([2, 'inventory rows', ['inventory.csv:2:3', 'inventory.csv:4:3']]);
    // A is on O1 and O2, C on O3: every order (3 of 3)
    expect(f.touches).toEqual({ orders: 3, lines: 3, units: 5 });
    expect(f.problems.map((p) => p.message)).toEqual([
      'on_hand "-3" of sku "A" at "WH" is negative: the export shows 3 more units sold than were on hand (oversold or backordered); RouteLab reads it as 0, so the replay starts with none there and does not owe those units',
      'on_hand "-1" of sku "C" at "ST" is negative: the export shows 1 more unit sold than were on hand (oversold or backordered); RouteLab reads it as 0, so the replay starts with none there and does not owe those units',
    ]);
    const text = readinessText(c, { target: 'x', kind: 'data folder', scenario: null, data: 'x' });
    expect(text).toContain('[serious warning] Negative inventory: 2 inventory rows');
    expect(text).toContain('at inventory.csv:2:3, inventory.csv:4:3');
  });

  it('does not stop a run: the row is kept with 0 on hand', () => {
    const problems = new Problems();
    const { model } = buildModel(tinyScenario(), tinyFiles({ orders: ORDERS, inventory, skus: SKUS }), problems);
    const wh = model.nodes.ids.indexOf('WH'),
      a = model.skus.ids.indexOf('A');
    expect(model.startOnHand[wh * model.skus.count + a]).toBe(0);
    expect(model.carried[wh * model.skus.count + a]).toBe(1);
    expect(problems.list.map((p) => [p.severity, p.code, p.line])).toEqual([['warning', 'negative-on-hand', 2]]);
  });
});

describe('inventory snapshot dates against the period start (2026-07-06)', () => {
  // 8 days before (stale), 7 days before (fine), on the start (fine), 1 day after
  const inventory = `node_id,sku,on_hand,as_of
WH,A,10,2026-06-28
WH,B,5,2026-06-29
ST,C,2,2026-07-06
ST,A,1,2026-07-07
`;

  it(`more than ${STALE_AFTER_DAYS} days before the start is stale`, () => {
    const f = finding(check({ inventory }), 'inventory-stale');
    expect(brief(f)).toMatchObject({
      severity: 'warning',
      count: 1,
      unit: 'inventory row',
      locations: ['inventory.csv:2:4'],
    });
    expect(f.example).toBe(
      'inventory as_of 2026-06-28 is 8 days before the period start 2026-07-06; sales and receipts in between are missing from the starting stock',
    );
  });

  it('any day after the start replays later stock against earlier orders, and says so', () => {
    const f = finding(check({ inventory }), 'inventory-after-start');
    expect(brief(f)).toMatchObject({
      severity: 'warning',
      count: 1,
      unit: 'inventory row',
      locations: ['inventory.csv:5:4'],
      touches: { orders: 2, lines: 2, units: 2 },
    });
    expect(f.example).toContain('1 day after the period start 2026-07-06');
    expect(f.example).toContain("today's stock against last quarter's orders");
  });

  it('a whole snapshot taken after the period touches every order and is called out as serious', () => {
    const c = check({ inventory: INVENTORY.replaceAll('2026-07-03', '2026-10-01') });
    const f = finding(c, 'inventory-after-start');
    expect(f.count).toBe(3);
    expect(f.touches).toEqual({ orders: 3, lines: 4, units: 7 });
    expect(f.serious).toBe(true);
    expect(f.example).toContain('87 days after');
    expect(c.verdict).toBe('ready with warnings');
    expect(c.findings[0]!.key).toBe('inventory-after-start');
  });

  it('rows without as_of get a note each, which leaves the verdict alone', () => {
    const c = check({ inventory: 'node_id,sku,on_hand\nWH,A,10\nWH,B,5\nST,C,2\n' });
    expect(brief(finding(c, 'inventory-date-unknown'))).toMatchObject({
      severity: 'note',
      count: 3,
      locations: ['inventory.csv:2', 'inventory.csv:3', 'inventory.csv:4'],
    });
    expect(c.verdict).toBe('ready');
  });
});

describe('nodes without coordinates', () => {
  it('a node ZIP not in the ZIP database blocks the run', () => {
    const nodes = `node_id,type,zip,timezone,cutoff,ship_days,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy
WH,warehouse,00000,America/New_York,14:00,Mon-Fri,3,0.5,1
ST,store,10001,America/New_York,16:00,Mon-Sat,6,1,1
`;
    const c = check({ nodes });
    expect(c.verdict).toBe('not ready');
    expect(brief(finding(c, 'node-location-unknown'))).toEqual({
      severity: 'error',
      blocking: true,
      count: 1,
      unit: 'node',
      locations: ['nodes.csv:2:3'],
      more: 0,
      touches: null,
    });
  });
});

describe('customer ZIPs', () => {
  it('not found: a warning per order, which is not replayed', () => {
    const c = check({ orders: replace(ORDERS, 'A,1,10001', 'A,1,00000') });
    expect(brief(finding(c, 'zip-unknown'))).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'order',
      locations: ['orders.csv:2:5'],
      more: 0,
      touches: { orders: 1, lines: 1, units: 1 },
    });
  });

  it('located only by ZIP3 centroid: counted by ZIP, touching every order to that ZIP', () => {
    const orders = `${replace(ORDERS, 'C,3,90210', 'C,3,10099')}O4,2026-07-08T09:00:00-04:00,B,1,10099\n`;
    const f = finding(check({ orders }), 'zip3-fallback');
    expect(brief(f)).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'ZIP',
      locations: ['orders.csv:5:5'],
      more: 0,
      touches: { orders: 2, lines: 2, units: 4 },
    });
  });
});

describe('duplicate lines', () => {
  it('the same order_id and sku twice: a warning at the repeat, naming the first line', () => {
    const f = finding(check({ orders: `${ORDERS}O2,2026-07-06T11:00:00-04:00,A,4,43215\n` }), 'duplicate-line');
    expect(brief(f)).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'order line',
      locations: ['orders.csv:6:3'],
      more: 0,
      touches: { orders: 1, lines: 1, units: 4 },
    });
    expect(f.example).toContain('(first on line 3)');
  });
});

describe('orders outside the period', () => {
  it('are counted by order with the line of each, by local midnight in the business time zone', () => {
    const orders = `${ORDERS}O0,2026-07-05T23:59:00-04:00,A,1,10001
O9,2026-07-20T00:00:00-04:00,B,2,10001
O8,2026-07-19T23:59:00-04:00,A,1,10001
O7,2026-07-20T03:30:00Z,A,1,10001
`;
    const c = check({ orders });
    const f = finding(c, 'outside-period');
    expect(brief(f)).toEqual({
      severity: 'warning',
      blocking: false,
      count: 2,
      unit: 'orders',
      locations: ['orders.csv:6:2', 'orders.csv:7:2'],
      more: 0,
      touches: { orders: 2, lines: 2, units: 3 },
    });
    expect(f.example).toContain('2 orders were placed outside the scenario period 2026-07-06 … 2026-07-19');
  });
});

describe('store inventory accuracy', () => {
  it('a store without inventory_accuracy is a finding of its own; a warehouse without one joins the other node defaults', () => {
    const nodes = TINY_NODES.replace(',1\nST,', ',\nST,').replace(/,1\n$/, ',\n');
    const c = check({ nodes });
    expect(brief(finding(c, 'store-accuracy-unknown'))).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'store',
      locations: ['nodes.csv:3:11'],
      more: 0,
      touches: null,
    });
    const wh = finding(c, 'node-defaulted');
    expect(brief(wh)).toMatchObject({
      severity: 'warning',
      count: 1,
      unit: 'value',
      locations: ['nodes.csv:2:11'],
      touches: null,
    });
    expect(wh.example).toBe('node "WH" has no inventory_accuracy; 0.995 is assumed');
  });
});

describe('ordered SKUs that no node stocks', () => {
  it('a sku with no inventory row above 0 and no receipt: one warning at its first order line', () => {
    const c = check({ inventory: replace(INVENTORY, 'ST,C,2', 'ST,C,0') });
    const f = finding(c, 'sku-not-stocked');
    expect(brief(f)).toEqual({
      severity: 'warning',
      blocking: false,
      count: 1,
      unit: 'sku',
      locations: ['orders.csv:5:3'],
      more: 0,
      touches: { orders: 1, lines: 1, units: 3 },
    });
    expect(f.example).toContain('sku "C" is ordered on 1 line');
  });

  it('a receipt counts as stock', () => {
    const c = check({
      inventory: replace(INVENTORY, 'ST,C,2', 'ST,C,0'),
      receipts: 'node_id,sku,quantity,arrives_at\nST,C,5,2026-07-08\n',
    });
    expect(c.findings.map((f) => f.key)).not.toContain('sku-not-stocked');
  });
});

describe('errors and warnings of the run pipeline', () => {
  it('are all reported: every problem `run` reports is in the check', () => {
    const files = tinyFiles({
      orders: replace(ORDERS, 'A,1,10001', "A,1,'10001"),
      inventory: replace(INVENTORY, 'WH,A,10', 'WH,A,-3'),
      skus: replace(SKUS, 'A,1,4,4,4', 'A,,4,4,4'),
    });
    const problems = new Problems();
    buildModel(tinyScenario(), files, problems);
    expect(problems.list.length).toBe(3);
    const c = checkData({ files, scenario: tinyScenario() });
    for (const p of problems.list) expect(c.problems).toContainEqual(p);
    expect(finding(c, 'warning:orders.csv:zip-repaired').locations).toEqual(['orders.csv:2:5']);
  });

  it('an unknown node in inventory.csv blocks, at its line and column', () => {
    const c = check({ inventory: `${INVENTORY}XX,A,1,2026-07-03\n` });
    expect(c.verdict).toBe('not ready');
    expect(brief(finding(c, 'error:inventory.csv:unknown-node'))).toMatchObject({
      severity: 'error',
      blocking: true,
      count: 1,
      locations: ['inventory.csv:5:1'],
    });
  });

  it('policy settings that do not fit the data block, as in run', () => {
    const c = check({}, TINY_SCENARIO.replace('node: WH', 'node: N9'));
    expect(c.verdict).toBe('not ready');
    expect(c.findings.map((f) => f.code)).toEqual(['bad-policy-setting']);
  });

  it('a missing data file blocks, and the checks that need it are listed as not done', () => {
    const c = checkData({
      files: {
        ...tinyFiles({ orders: ORDERS, inventory: INVENTORY, skus: SKUS }),
        nodes: { name: 'nodes.csv', text: null },
      },
      scenario: tinyScenario(),
    });
    expect(c.verdict).toBe('not ready');
    expect(c.findings[0]!.code).toBe('file-missing');
    expect(c.notChecked).toContain(notCheckedText.compile(['nodes.csv']));
  });
});

describe('verdict and ranking', () => {
  it('ready, ready with warnings, not ready', () => {
    expect(check().verdict).toBe('ready');
    expect(check({ orders: `${ORDERS}O2,2026-07-06T11:00:00-04:00,A,4,43215\n` }).verdict).toBe('ready with warnings');
    expect(check({ orders: replace(ORDERS, ',C,3,', ',c,3,') }).verdict).toBe('not ready');
  });

  it('ranks what blocks a run first, then the larger share of orders or units, then notes', () => {
    const c = check({
      orders: replace(ORDERS, 'O3,2026-07-07T09:00:00-04:00,C', 'O3,2026-07-07T09:00:00-04:00,Q'), // blocking, 1 order
      skus: replace(replace(SKUS, 'A,1,4,4,4', 'A,,4,4,4'), 'B,2,6,6,6', 'B,2,,,'), // weight: 2 orders; dims: 1 order
      inventory: replace(INVENTORY, ',2026-07-03\nST', ',\nST'), // one undated row: a note
    });
    expect(c.findings.map((f) => f.key)).toEqual([
      'unknown-sku-in-orders',
      'weight-missing',
      'dims-missing',
      'inventory-date-unknown',
    ]);
  });

  it('puts serious inventory findings first among warnings (inventory visibility first)', () => {
    const c = check({
      skus: 'sku,weight_lb\nA,1\nB,2\nC,1\n', // no dimensions: every line, 100%
      inventory: replace(INVENTORY, 'ST,C,2,2026-07-03', 'ST,C,2,2026-07-09'), // counted after the start: 1 of 3 orders
    });
    expect(finding(c, 'dims-missing').share!.orders).toBe(1);
    expect(finding(c, 'inventory-after-start').share!.orders).toBeCloseTo(1 / 3);
    expect(c.findings.map((f) => f.key)).toEqual(['inventory-after-start', 'dims-missing']);
  });

  it(`calls a warning serious when it touches ${SERIOUS_SHARE * 100}% or more of the orders or units`, () => {
    // 11 single-line orders; one repeated line touches 1 of 11 orders (9.1%) and 1 of 12 units
    const many = Array.from({ length: 11 }, (_, i) => `P${i},2026-07-08T10:00:00-04:00,A,1,10001`);
    const minor = check({
      orders: ['order_id,placed_at,sku,quantity,customer_zip', ...many, many[0]!].join('\n') + '\n',
    });
    expect(finding(minor, 'duplicate-line').serious).toBe(false);
    const major = check({
      orders:
        ['order_id,placed_at,sku,quantity,customer_zip', ...many, many[0]!.replace(',1,', ',5,')].join('\n') + '\n',
    });
    expect(finding(major, 'duplicate-line').share!.units).toBeCloseTo(5 / 16);
    expect(finding(major, 'duplicate-line').serious).toBe(true);
  });

  it('keeps the first five locations and counts the rest', () => {
    const f = finding(
      check({
        inventory:
          INVENTORY.replaceAll('2026-07-03', '2026-06-01') +
          'ST,A,1,2026-06-01\nST,B,1,2026-06-01\nWH,C,1,2026-06-01\n',
      }),
      'inventory-stale',
    );
    expect(f.count).toBe(6);
    expect(f.locations).toEqual([
      'inventory.csv:2:4',
      'inventory.csv:3:4',
      'inventory.csv:4:4',
      'inventory.csv:5:4',
      'inventory.csv:6:4',
    ]);
    expect(f.more).toBe(1);
  });
});

describe('a bare data folder', () => {
  const orders = `order_id,placed_at,sku,quantity,customer_zip,ship_service
O1,2026-07-06T02:00:00Z,A,1,10001,standard
O2,2026-07-08T11:00:00-04:00,B,2,43215,expedited
O3,2026-07-09T12:00:00-07:00,C,3,90210,standard
`;
  const bare = (inventory = INVENTORY.replaceAll('2026-07-03', '2026-07-05')) =>
    checkData({
      files: {
        ...tinyFiles({ orders, inventory, skus: SKUS }),
        rates: { name: 'rate_card.csv', text: null },
        transit: { name: 'transit.csv', text: null },
      },
      scenario: null,
    });

  it('takes the span of the order dates in the default time zone as the period, without a rate card', () => {
    const c = bare();
    // 02:00Z on 6 July is 22:00 on 5 July in New York
    expect(c.period).toEqual({ start: '2026-07-05', end: '2026-07-09', from: 'orders' });
    expect(c.shipping).toBe('linear');
    expect(c.notChecked).toEqual([notCheckedText.scenario, notCheckedText.rateCard, notCheckedText.replay]);
    // a ship service the scenario defaults have no promise for does not block a bare folder
    expect(c.verdict).toBe('ready');
  });

  it('checks the rate card when the files are there', () => {
    const c = checkData({
      files: tinyFiles({ orders, inventory: INVENTORY.replaceAll('2026-07-03', '2026-07-05'), skus: SKUS }),
      scenario: null,
    });
    expect(c.shipping).toBe('rate-card');
    expect(c.notChecked).toEqual([notCheckedText.scenario, notCheckedText.replay]);
    expect(c.verdict).toBe('ready');
  });

  it("an inventory snapshot from after the first order is reported, as for an export of today's stock", () => {
    const f = finding(bare(INVENTORY.replaceAll('2026-07-03', '2026-07-20')), 'inventory-after-start');
    expect(f.count).toBe(3);
    expect(f.example).toContain('15 days after the period start 2026-07-05');
  });
});

describe('checkReadiness on its own', () => {
  it('skips the checks that need a table that could not be read', () => {
    const problems = new Problems();
    const files = tinyFiles({ orders: ORDERS, inventory: 'node_id,sku\nWH,A\n', skus: SKUS });
    const { rows, unreadable } = parseData(files, true, problems);
    expect([...unreadable]).toEqual(['inventory']);
    const before = problems.list.length;
    checkReadiness(
      rows,
      {
        period: { start: parseIsoDate('2026-07-06')!, end: parseIsoDate('2026-07-19')! },
        timezone: 'America/New_York',
        rateCard: true,
        unreadable,
      },
      problems,
    );
    expect(problems.list.slice(before)).toEqual([]);
  });
});

describe('duplicate lines, orders interleaved', () => {
  it('each repeat warned in file order, naming its own first line; a long order looked up by sku', () => {
    const rows = ['order_id,placed_at,sku,quantity,customer_zip'];
    // line 2: P A; line 3: Q A; line 4: P A (repeat of 2); line 5: Q A (repeat of 3)
    rows.push('P,2026-07-06T10:00:00-04:00,A,1,43215', 'Q,2026-07-06T10:05:00-04:00,A,1,43215');
    rows.push('P,2026-07-06T10:00:00-04:00,A,1,43215', 'Q,2026-07-06T10:05:00-04:00,A,1,43215');
    // lines 6-25: order L, 20 lines of sku A (more than 16: a look-up); repeats on lines 7-25 name line 6
    for (let k = 0; k < 20; k++) rows.push('L,2026-07-06T11:00:00-04:00,A,1,43215');
    const problems = new Problems();
    const data = {
      orders: parseOrders(fromCSV(rows.join('\n') + '\n', 'orders.csv', problems)!, problems),
      files: { orders: 'orders.csv' },
      columns: { orders: { sku: 3 } },
    } as unknown as DataRows;
    checkDuplicateLines(data, problems);
    const lines = problems.list.map((p) => [p.line, /first on line (\d+)/.exec(p.message)?.[1]]);
    expect(lines).toEqual([[4, '2'], [5, '3'], ...Array.from({ length: 19 }, (_, k) => [7 + k, '6'])]);
  });
});
