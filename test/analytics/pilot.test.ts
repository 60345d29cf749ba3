/** Pilot sizing on a replay: the cohort a pilot would switch, its effect, the daily cells and the days needed. */
import { describe, expect, it } from 'vitest';
import { runTiny, scenarioWith } from '../helpers/tiny.ts';
import { planPilot } from '../../sim/analytics/pilot.ts';

// Every day of 2026-07-06 … 07-19 one order to NY (0°, 35 mi from ST, 138 mi from WH) and one
// to OH (5°N: 207 mi from WH, 311 mi from ST). NY orders alternate 1 and 2 units of A.
const days = Array.from({ length: 14 }, (_, d) => `2026-07-${String(6 + d).padStart(2, '0')}`);
const orders =
  [
    'order_id,placed_at,sku,quantity,customer_lat,customer_lon,customer_state',
    ...days.flatMap((day, d) => [
      `N${d},${day}T10:00:00-04:00,A,${d % 2 ? 2 : 1},0,0,NY`,
      `H${d},${day}T10:00:00-04:00,A,1,5,0,OH`,
    ]),
  ].join('\n') + '\n';
const inventory = 'node_id,sku,on_hand\nWH,A,1000\nST,A,1000\n';

describe('planPilot', () => {
  it('a network-wide policy: the region it reroutes, its effect per order there, difference in differences on daily cells', () => {
    const r = runTiny({
      orders,
      inventory,
      scenario: scenarioWith(`  - name: warehouse-only
    node: WH
  - name: closest-with-stock
baseline: warehouse-only
`),
    });
    const p = planPilot(r, 'closest-with-stock');
    // closest-with-stock ships NY from ST, OH from WH as today: the region is NY
    expect(p.states).toEqual(['NY']);
    expect(p.cohort).toBe('orders to NY');
    expect(p.design).toBe('difference in differences');
    expect([p.cohortOrders, p.calendarDays, p.cellDays, p.coverage]).toEqual([14, 14, 14, 1]);
    expect(p.cohortOrdersPerDay).toBe(1);
    // costs (fuel 10%, residential $1): WH→NY zone 2, 1 lb 12·1.1+1 = 14.20 + pick 3.00 = 17.20; 2 lb 22·1.1+1 = 25.20 + 3.50 = 28.70
    //                                    ST→NY zone 1, 1 lb 11·1.1+1 = 13.10 + pick 6.00 = 19.10; 2 lb 21·1.1+1 = 24.10 + 7.00 = 31.10
    //                                    WH→OH zone 3, 1 lb 13·1.1+1 = 15.30 + 3.00 = 18.30
    // effect: (7·(19.10 − 17.20) + 7·(31.10 − 28.70)) / 14 = (13.30 + 16.80) / 14 = 2.15
    expect(p.effect).toBeCloseTo(2.15, 9);
    // cells before: 17.20 − 18.30 = −1.10 or 28.70 − 18.30 = 10.40, 7 each: sd = 5.75·√(14/13) = 5.96713
    // cells during: 19.10 − 18.30 = 0.80 or 31.10 − 18.30 = 12.80: sd = 6·√(14/13) = 6.22649
    expect(p.sdBefore).toBeCloseTo(5.75 * Math.sqrt(14 / 13), 9);
    expect(p.sdDuring).toBeCloseTo(6 * Math.sqrt(14 / 13), 9);
    // days: (1.959964 + 0.841621)²·(35.60577 + 38.76923)/2.15² = 7.848879·74.375/4.6225 = 126.29 → 127
    expect(p.days).toBe(127);
    expect(p.orders).toBe(127);
    expect(p.mde.map((m) => m.days)).toEqual([30, 60, 90]);
    // 90 days: 2.801585·√(74.375/90) = 2.801585·0.909059 = 2.54681
    expect(p.mde[2]!.effect).toBeCloseTo(2.54681, 4);
    expect(p.curve.at(-1)!.days).toBeGreaterThanOrEqual(p.days!);
  });

  it('a pilot entry: its own cohort on the days it is active', () => {
    const r = runTiny({
      orders,
      inventory,
      scenario: scenarioWith(`  - name: warehouse-only
    node: WH
  - name: ny-pilot
    use: pilot
    policy: closest-with-stock
    fallback: warehouse-only
    cohort: { states: [NY], from: 2026-07-13 }
baseline: warehouse-only
`),
    });
    const p = planPilot(r, 'ny-pilot');
    expect(p.cohort).toBe("ny-pilot's cohort");
    expect(p.states).toBeNull();
    // 07-13 … 07-19: 7 days, NY orders of 2, 1, 2, 1, 2, 1, 2 units
    expect([p.calendarDays, p.cohortOrders, p.cellDays]).toEqual([7, 7, 7]);
    expect(p.effect).toBeCloseTo((4 * 2.4 + 3 * 1.9) / 7, 9);
  });

  it('a policy that changes nothing: no region, never measurable', () => {
    const r = runTiny({
      orders,
      inventory,
      scenario: scenarioWith(`  - name: warehouse-only
    node: WH
  - name: also-wh
    use: warehouse-only
    node: WH
baseline: warehouse-only
`),
    });
    const p = planPilot(r, 'also-wh');
    expect(p.states).toEqual([]);
    expect(p.days).toBeNull();
    expect(p.unsized).toMatch(/only 0 day/);
  });
});

describe('planPilot on a changed network', () => {
  it('compares serving nodes by id, so an added node that sorts first moves no other order', () => {
    const r = runTiny({
      orders,
      inventory,
      scenario: scenarioWith(`  - name: warehouse-only
    node: WH
  - name: plus-store
    use: warehouse-only
    node: WH
    network:
      add:
        - { node_id: AA-STORE, type: store, lat: 9, lon: 0, stock_from: ST }
baseline: warehouse-only
`),
    });
    // AA-STORE sorts before WH, so WH's index differs between the two models; every order still ships from WH
    expect(planPilot(r, 'plus-store').states).toEqual([]);
  });
});
