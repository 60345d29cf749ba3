/**
 * Validate's serious findings for run and roi, on tiny data sets: the period starts Monday
 * 2026-07-06; a finding is serious when it touches 10% or more of the orders or units.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../sim/pipeline/index.ts';
import { Problems } from '../../sim/problems.ts';
import { dataFindings } from '../../sim/validate/serious.ts';
import { line, nodesCsv, ordersCsv, scenarioWith } from '../helpers/cases.ts';
import { tinyFiles, tinyScenario, TINY_RATES, TINY_TRANSIT } from '../helpers/tiny.ts';

const SKUS = 'sku,weight_lb,length_in,width_in,height_in\nA,1,4,4,4\nB,1,4,4,4\n';
const scenario = tinyScenario(scenarioWith('  - name: warehouse-only\n    node: WH\nbaseline: warehouse-only\n'));

/** The serious findings of `n` one-unit orders of A and `b` of B, with WH's stock of A counted on `asOf`. */
function findings(n: number, b: number, asOf: string) {
  const rows = [
    ...Array.from({ length: n }, (_, i) => line(`A${i}`, '06T10:00', 'A', 1, { lat: i / 100 })),
    ...Array.from({ length: b }, (_, i) => line(`B${i}`, '06T10:00', 'B', 1, { lat: i / 100 })),
  ];
  const problems = new Problems();
  const { data } = buildModel(
    scenario,
    tinyFiles({
      nodes: nodesCsv({ id: 'WH', lat: 2 }),
      skus: SKUS,
      orders: ordersCsv(...rows),
      rates: TINY_RATES,
      transit: TINY_TRANSIT,
      inventory: `node_id,sku,on_hand,as_of\nWH,A,99,${asOf}\n`,
    }),
    problems,
  );
  return { serious: pick(dataFindings(data!, scenario.config, problems.list)), known: problems.list };
}

/** The parts these tests check: the readiness problems the run adds, the serious findings in words. */
const pick = ({ problems, words, stale }: ReturnType<typeof dataFindings>) => ({ problems, words, stale });

describe('dataFindings', () => {
  it('clean data: nothing serious', () => {
    expect(findings(5, 0, '2026-07-06').serious).toEqual({ problems: [], words: [], stale: [] });
  });

  it('inventory counted after the period start touches every order of its sku: serious, and a stale-stock cause', () => {
    const { serious } = findings(5, 0, '2026-07-10');
    const msg =
      "inventory as_of 2026-07-10 is 4 days after the period start 2026-07-06: the replay starts the period with stock counted later, i.e. today's stock against last quarter's orders";
    // 5 of 5 orders order A: 100.0%
    expect(serious.words).toEqual([
      `Inventory counted after the period start (today's stock against past orders): ${msg} (100.0% of the orders or units)`,
    ]);
    expect(serious.stale).toEqual([msg]);
    expect(serious.problems.map((p) => [p.severity, p.file, p.line, p.code])).toEqual([
      ['warning', 'inventory.csv', 2, 'inventory-after-start'],
    ]);
  });

  it('an unstocked sku on exactly 10% of the orders is serious; just under is not', () => {
    // 9 orders of A, 1 of B (no stock anywhere): 1/10 = 10.0%
    const at = findings(9, 1, '2026-07-06').serious;
    expect(at.words).toEqual([
      'Ordered SKUs that no node stocks: sku "B" is ordered on 1 line (first one here) but no node has it in inventory.csv or receipts.csv, so every unit is cancelled under every policy (10.0% of the orders or units)',
    ]);
    expect(at.stale).toEqual([]); // not about inventory dates
    // 10 of A, 1 of B: 1/11 = 9.1%
    const under = findings(10, 1, '2026-07-06').serious;
    expect(under.words).toEqual([]);
    // not serious, but still one of the run's warnings (validate lists it too)
    expect(under.problems.map((p) => [p.severity, p.line, p.code])).toEqual([['warning', 12, 'sku-not-stocked']]);
  });

  it('leaves out problems the run already reports, but counts them into the finding', () => {
    // the run repairs O0's ZIP "2134" to 02134 with a warning: 1 of 5 orders = 20.0%, serious
    const { serious, known } = zipFindings();
    expect(known.map((p) => [p.file, p.line, p.code])).toEqual([['orders.csv', 2, 'zip-repaired']]);
    expect(serious.problems).toEqual([]);
    expect(serious.words).toHaveLength(1);
    expect(serious.words[0]).toMatch(/\(20\.0% of the orders or units\)$/);
  });

  // Was a bug: a finding without a name of its own has its message as its title and no example,
  // so the words repeat the message: 'ZIP "2134" was read as 02134 (leading zeros restored): ZIP "2134" was read as …'.
  it('words a finding without a name of its own with its message once', () => {
    expect(zipFindings().serious.words).toEqual([
      'ZIP "2134" was read as 02134 (leading zeros restored) (20.0% of the orders or units)',
    ]);
  });
});

/** Five one-unit orders of A to ZIPs, the first written "2134"; stock counted at the period start. */
function zipFindings() {
  const rows = ['2134', '10001', '10002', '10003', '10004'].map((zip, i) => line(`O${i}`, '06T10:00', 'A', 1, { zip }));
  const problems = new Problems();
  const { data } = buildModel(
    scenario,
    tinyFiles({
      nodes: nodesCsv({ id: 'WH', lat: 40 }),
      skus: SKUS,
      orders: ordersCsv(...rows),
      rates: TINY_RATES,
      transit: TINY_TRANSIT,
      inventory: 'node_id,sku,on_hand,as_of\nWH,A,99,2026-07-06\n',
    }),
    problems,
  );
  return { serious: pick(dataFindings(data!, scenario.config, problems.list)), known: problems.list };
}
