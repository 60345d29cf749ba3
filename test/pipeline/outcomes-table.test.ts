import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { runTiny } from '../helpers/tiny.ts';
import { outcomesTable } from '../../sim/pipeline/outcomes-table.ts';
import { OUTCOME_COLUMNS, outcomesCsv } from '../../sim/report/outcomes.ts';

/** outcomes.csv read back as the table used to be made: text columns as text, the rest typed by arquero. */
const fromCsv = (csv: string) =>
  aq.fromCSV(csv, {
    parse: Object.fromEntries(
      ['order_id', 'destination', 'nodes', 'reason', 'segment', 'policy'].map((c) => [c, String]),
    ),
  });

describe('outcomesTable', () => {
  it('holds the rows of outcomes.csv with the types and values its CSV reader gives them', () => {
    for (const seed of [11, 12]) {
      const r = runTiny(randomTiny(seed, { backorder: true, replenishment: true }));
      const t = outcomesTable(r);
      expect(t.columnNames()).toEqual([...OUTCOME_COLUMNS]);
      expect(t.numRows()).toBe(r.model.orders.count * r.runs.length);
      expect(t.objects()).toEqual(fromCsv(outcomesCsv(r)).objects());
    }
  });

  it('keeps an order id as it is: no spreadsheet apostrophe before =, a negative-looking id still text', () => {
    const input = randomTiny(11);
    input.orders = input.orders.replace(/^O000/gm, '=SUM(1)').replace(/^O001/gm, '-7');
    const r = runTiny(input);
    const ids = new Set(outcomesTable(r).array('order_id') as string[]);
    expect(ids.has('=SUM(1)')).toBe(true);
    expect(ids.has('-7')).toBe(true);
    expect(outcomesCsv(r)).toContain(",'=SUM(1),");
  });
});
