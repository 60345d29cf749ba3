/**
 * Orders compiled once per list of order rows (compile/model.ts `ordersOnce`): compiling the
 * same rows again with the same sku rows and scenario settings (a network variant, a sweep's
 * node overrides) takes the tables already compiled and records the same problems; other
 * rows or other settings compile anew, to the same tables when the content is the same.
 * Cases from helpers/cases.ts: O2 goes to ZIP 00000, which is not known (a warning, O2 left out).
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../sim/compile/model.ts';
import { buildModel } from '../../sim/pipeline/load.ts';
import { parseScenario } from '../../sim/scenario/parse.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { Problems } from '../../sim/problems.ts';
import { line, nodesCsv, ordersCsv, scenarioWith, SKUS, stock } from '../helpers/cases.ts';
import { TINY_RATES, TINY_TRANSIT, tinyFiles } from '../helpers/tiny.ts';

const scenario = parseScenario(
  scenarioWith('  - { name: base, use: closest-with-stock }\n'),
  'scenario.yaml',
  new Problems(),
  POLICIES,
)!;
const files = tinyFiles({
  rates: TINY_RATES,
  transit: TINY_TRANSIT,
  skus: SKUS,
  nodes: nodesCsv({ id: 'WH', type: 'warehouse', lat: 2 }),
  orders: ordersCsv(line('O1', '06T09:00', 'A', 2), line('O2', '06T10:00', 'A', 1, { zip: '00000' })),
  inventory: stock('WH,A,5'),
});
const first = new Problems();
const { model, data } = buildModel(scenario, files, first);
const input = { data, scenario: scenario.config, scenarioFile: scenario.file };
const codes = (p: Problems) => p.list.map((x) => `${x.code} line ${x.line}`);

describe('orders compiled once', () => {
  it('the first compile leaves out the order to an unknown ZIP, with a warning', () => {
    expect(model.orders.ids).toEqual(['O1']);
    expect(codes(first)).toEqual(['zip-unknown line 3']);
  });

  it('the same rows and settings take the compiled tables and record the same problems', () => {
    const again = new Problems();
    const m = compileModel(input, again)!;
    expect(m.orders).toBe(model.orders);
    expect(m.dests.labels).toEqual(model.dests.labels);
    expect(codes(again)).toEqual(codes(first));
  });

  it('a copy of the rows, or other settings, compile anew to the same tables', () => {
    const copied = compileModel({ ...input, data: { ...data, orders: [...data.orders] } }, new Problems())!;
    const settings = compileModel({ ...input, scenario: { ...scenario.config } }, new Problems())!;
    for (const m of [copied, settings]) {
      expect(m.orders).not.toBe(model.orders);
      expect(m.orders).toEqual(model.orders);
    }
  });

  it('a compile whose problems already hold an error compiles the orders itself', () => {
    const failed = new Problems();
    failed.error({ file: 'x', code: 'E', message: 'm', hint: 'h' });
    expect(compileModel(input, failed)).toBeNull();
    expect(codes(failed).slice(1)).toEqual(codes(first));
  });
});
