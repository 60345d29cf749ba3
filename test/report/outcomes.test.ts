import { describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { runTiny } from '../helpers/tiny.ts';
import { toCSV } from '../../sim/format/csv-write.ts';
import { orderRecords } from '../../sim/metrics/orders.ts';
import type { ScenarioRun } from '../../sim/metrics/runs.ts';
import { OUTCOME_COLUMNS, outcomesChunks, outcomesCsv, outcomesFile } from '../../sim/report/outcomes.ts';
import { dayLabel } from '../../sim/time/day-label.ts';

/** outcomes.csv as it was built before streaming: every row as cells, every cell through csvCell (the oracle). */
function cellByCell(r: ScenarioRun): string {
  const m = r.model;
  const { orders } = m;
  const money = (v: number) => v.toFixed(2);
  const flag = (b: boolean) => (b ? '1' : '0');
  const rows: (string | number)[][] = [];
  for (const p of r.runs) {
    const records = orderRecords(p);
    for (let o = 0; o < orders.count; o++) {
      let units = 0;
      for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) units += orders.lineQty[l]!;
      const x = records[o]!;
      const pk = x.packages;
      rows.push([
        p.policy,
        orders.ids[o]!,
        new Date(orders.placedUtc[o]!).toISOString().replace('.000Z', 'Z'),
        m.dests.labels[orders.dest[o]!]!,
        orders.lineStart[o + 1]! - orders.lineStart[o]!,
        units,
        x.unitsShipped,
        x.unitsCancelled,
        pk,
        x.nodes.join('|'),
        money(x.shipCost),
        money(x.pickCost),
        money(x.touchCost),
        money(x.cancelCost),
        money(x.totalCost),
        dayLabel(m, x.firstShipDay),
        dayLabel(m, x.lastShipDay),
        dayLabel(m, x.deliveredDay),
        dayLabel(m, orders.shipByDay[o]!),
        dayLabel(m, orders.promiseDay[o]!),
        pk ? flag(x.onTimeShip) : '',
        pk ? flag(x.onTimeDelivery) : '',
        x.touches,
        x.reviews,
        x.alerts,
        x.notices,
        pk ? x.miles.toFixed(1) : '',
        x.reason.code,
        p.segments?.[o] ?? '',
      ]);
    }
  }
  return toCSV(OUTCOME_COLUMNS, rows);
}

// order ids a spreadsheet would run as formulas, or that need quotes, or are not ASCII
const IDS: Record<string, string> = {
  O000: '=SUM(1)',
  O001: '"a,b"',
  O002: '-7',
  O003: '+x',
  O004: '@y',
  O005: '"say ""hi"""',
  O006: 'é-1',
};

function awkwardRun(): ScenarioRun {
  const input = randomTiny(11, { backorder: true, replenishment: true });
  input.orders = input.orders.replace(/^O00[0-6]/gm, (id) => IDS[id]!);
  return runTiny(input);
}

describe('outcomesChunks', () => {
  it('joins into exactly the text built cell by cell, quoting and neutralizing as before', () => {
    const r = awkwardRun();
    const text = cellByCell(r);
    expect(Buffer.concat([...outcomesChunks(r, 3)]).toString('utf8')).toBe(text);
    expect(outcomesCsv(r)).toBe(text);
    expect(text).toContain(`,'=SUM(1),`);
    expect(text).toContain(`,"a,b",`);
    expect(text).toContain(`,-7,`);
    expect(text).toContain(`,"say ""hi""",`);
  });

  it('yields the header, then rowsPerChunk rows at a time per policy', () => {
    const r = awkwardRun();
    const n = r.model.orders.count;
    const chunks = [...outcomesChunks(r, 4)].map((c) => Buffer.from(c).toString('utf8'));
    expect(chunks[0]).toBe(`${OUTCOME_COLUMNS.join(',')}\n`);
    expect(chunks.length).toBe(1 + r.runs.length * Math.ceil(n / 4));
    expect(chunks[1]!.split('\n').length).toBe(4 + 1);
  });
});

describe('outcomesFile', () => {
  it('names the file of each form, none for none', () => {
    expect([outcomesFile(), outcomesFile('csv'), outcomesFile('gz'), outcomesFile('none')]).toEqual([
      'outcomes.csv',
      'outcomes.csv',
      'outcomes.csv.gz',
      null,
    ]);
  });
});
