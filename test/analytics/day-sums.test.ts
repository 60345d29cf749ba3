/** Metric sums per placement day, on a tiny case with an empty day in the middle. */
import { describe, expect, it } from 'vitest';
import { daySums } from '../../sim/analytics/day-sums.ts';
import type { OrderOutcomes } from '../../sim/engine/outcomes.ts';
import type { Model } from '../../sim/model/types.ts';
import { computeMetrics, metricsFromSums } from '../../sim/metrics/metrics.ts';
import { line, nodesCsv, ordersCsv, runCase, runOf, scenarioWith, stock } from '../helpers/cases.ts';

const scenario = scenarioWith('  - name: warehouse-only\n    node: WH\nbaseline: warehouse-only\n');
const nodes = nodesCsv({ id: 'WH', lat: 2 });

describe('daySums', () => {
  // Mon 06: O1, O2; Tue 07: none; Wed 08: O3 (2 units). All ship from WH, zone 2:
  // 1 lb $14.20, 2 lb (the 5-lb bracket) $25.20; pick $3.00, + $0.50 an extra unit.
  const r = runCase({
    nodes,
    scenario,
    inventory: stock('WH,A,9'),
    orders: ordersCsv(line('O1', '06T10:00', 'A', 1), line('O2', '06T11:00', 'A', 1), line('O3', '08T09:00', 'A', 2)),
  });
  const p = runOf(r, 'warehouse-only');
  const days = daySums(p.model, p.run.outcomes);

  it('has one entry per day from the first placement day to the last, empty days included', () => {
    expect(days.map((d) => d.orders)).toEqual([2, 0, 1]);
    expect(days.map((d) => d.units)).toEqual([2, 0, 2]);
    expect(days.map((d) => Math.round(d.shipCost * 100) / 100)).toEqual([28.4, 0, 25.2]); // 2 × 14.20; 25.20
    expect(days.map((d) => d.pickCost)).toEqual([6, 0, 3.5]); // 2 × 3.00; 3.00 + 0.50
  });

  it('sums back to the whole run', () => {
    const all = days.reduce((s, d) => ({ orders: s.orders + d.orders, ship: s.ship + d.shipCost }), {
      orders: 0,
      ship: 0,
    });
    expect(all.orders).toBe(3);
    expect(all.ship).toBeCloseTo(53.6, 9); // 28.40 + 25.20
    expect(metricsFromSums(days[0]!).fulfillment_cost_per_order).toBeCloseTo((28.4 + 6) / 2, 9); // $17.20
    expect(computeMetrics(p.model, p.run.outcomes).orders).toBe(3);
  });

  it('a single day of orders gives one entry', () => {
    const one = runCase({
      nodes,
      scenario,
      inventory: stock('WH,A,9'),
      orders: ordersCsv(line('O1', '07T10:00', 'A', 1)),
    });
    const q = runOf(one, 'warehouse-only');
    expect(daySums(q.model, q.run.outcomes).map((d) => d.orders)).toEqual([1]);
  });

  it('no orders: no days (a scenario needs orders, so the model is made by hand)', () => {
    expect(
      daySums({ orders: { count: 0, placedDay: [] } } as unknown as Model, { count: 0 } as unknown as OrderOutcomes),
    ).toEqual([]);
  });
});
