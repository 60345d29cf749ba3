/**
 * A network whose daily capacity cannot keep up is valid input: it runs, and the run
 * warnings say what the backlog did. Geometry and prices as in helpers/tiny.ts; WH ships
 * Mon–Fri before 14:00, here at one package a day; 2026-07-06 is a Monday.
 */
import { describe, expect, it } from 'vitest';
import { capacityBacklogs } from '../../sim/report/backlog.ts';
import { runTiny, scenarioWith, trace, TINY_NODES } from '../helpers/tiny.ts';

const CAPACITY_1 = TINY_NODES.replace('Mon-Fri,,', 'Mon-Fri,1,').replace('Mon-Sat,,', 'Mon-Sat,1,');
const WAREHOUSE_ONLY = '  - name: warehouse-only\n    node: WH\n';
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** `n` (≤ 300) one-unit orders placed on Monday 6 July from 09:00, a minute apart, ids O001…. */
const mondayOrders = (n: number) =>
  [
    'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
    ...Array.from(
      { length: n },
      (_, i) => `O${pad(i + 1, 3)},2026-07-06T${pad(9 + Math.floor(i / 60))}:${pad(i % 60)}:00-04:00,A,1,0,0`,
    ),
  ].join('\n') + '\n';

describe('capacity backlogs: every node at capacity 1', () => {
  it('twelve Monday orders leave one a ship day: 11 wait, the last 15 days; a warning says so', () => {
    const r = runTiny({
      nodes: CAPACITY_1,
      orders: mondayOrders(12),
      inventory: 'node_id,sku,on_hand\nWH,A,20\n',
      scenario: scenarioWith(WAREHOUSE_ONLY),
    });
    // one package a weekday: 6–10 July, 13–17 July, 20–21 July; 1 lb zone 2 = $14.20, pick $3.00
    const days = ['06', '07', '08', '09', '10', '13', '14', '15', '16', '17', '20', '21'];
    // delivered the next business day (the Friday package on Monday 13th)
    const delivered = ['07', '08', '09', '10', '13', '14', '15', '16', '17', '20', '21', '22'];
    expect(trace(r, 'warehouse-only')).toEqual(
      days.map(
        (d, i) =>
          `O${pad(i + 1, 3)} WH ship 2026-07-${d} deliver 2026-07-${delivered[i]} ` +
          `promise 2026-07-09 pk1 ship$14.20 pick$3.00 touch0 cancel0 ots${i < 2 ? 1 : 0} otd${i < 3 ? 1 : 0} ${i === 0 ? 'single' : 'capacity-wait'}`,
      ),
    );
    expect(r.runs[0]!.run.stats).toMatchObject({ longestCapacityWaitDays: 15, pastHorizonPackages: 0 });
    const warnings = capacityBacklogs(r);
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'capacity-backlog',
        file: 'nodes.csv',
        field: 'daily_order_capacity',
        // 11 of 12 = 91.7%; 21 July − 6 July = 15 days; WH ships on the 10 weekdays of 6–19 July, each full
        message:
          "under warehouse-only, 11 of 12 orders (91.7%) waited for a node's daily_order_capacity, up to 15 days; full: WH on 10 of its 10 ship days in the period",
        hint: expect.stringContaining('a finding about capacity, not a data error: raise daily_order_capacity'),
      },
    ]);
  });

  it('a backlog past the day tables runs: packages beyond them leave on the last day modelled, and the warning counts them', () => {
    // period 6 July only: tables cover days 0..150 (6 July … 3 December, a Thursday), 21 weeks + Mon–Thu = 109 weekdays
    const r = runTiny({
      nodes: CAPACITY_1,
      orders: mondayOrders(120),
      inventory: 'node_id,sku,on_hand\nWH,A,200\n',
      scenario: scenarioWith(WAREHOUSE_ONLY).replace('end: 2026-07-19', 'end: 2026-07-06'),
    });
    const lines = trace(r, 'warehouse-only');
    expect(lines[108]).toMatch(
      /^O109 WH ship 2026-12-03 deliver 2026-12-04 promise 2026-07-09 pk1 ship\$14\.20 pick\$3\.00 touch0 cancel0 ots0 otd0 capacity-wait$/,
    );
    // orders 110–120 (11 packages) have no ship day left in the tables: counted as leaving on 3 December
    expect(lines.slice(109).map((l) => l.split(' ').slice(0, 6).join(' '))).toEqual(
      Array.from({ length: 11 }, (_, i) => `O${110 + i} WH ship 2026-12-03 deliver 2026-12-04`),
    );
    expect(r.runs[0]!.run.stats).toMatchObject({ longestCapacityWaitDays: 150, pastHorizonPackages: 11 });
    expect(capacityBacklogs(r).map((w) => w.message)).toEqual([
      "under warehouse-only, 119 of 120 orders (99.2%) waited for a node's daily_order_capacity, at least 150 days; full: WH on 1 of its 1 ship days in the period; " +
        '11 packages would have waited past 2026-12-03, the last day modelled (150 days after the period end), and are counted as leaving then, so their delivery dates are understated',
    ]);
  });
});
