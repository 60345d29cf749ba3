/** The report's derived numbers add up to the contract metrics and the run's records. */
import { describe, expect, it } from 'vitest';
import { REASONS } from '../../sim/engine/reasons.ts';
import {
  cancelledSkus, costParts, destinationCells, nodeMix, ordersPerQuarter, reasonCounts, segmentRows, utilization, weeklyMetrics,
} from '../../sim/report/derive.ts';
import { reportRun } from '../helpers/report.ts';

const run = reportRun();

describe('derived report numbers', () => {
  it('splits fulfillment cost per order into parts that add up to the metric', () => {
    for (const p of run.runs) {
      const c = costParts(p);
      expect(c.shipping + c.pickPack + c.extraPackages + c.touches + c.cancellations, p.policy).toBeCloseTo(c.total, 10);
      expect(c.total, p.policy).toBeCloseTo(p.metrics.fulfillment_cost_per_order!, 10);
    }
    // the warehouse ships one package per order: nothing extra, no touches (accuracy 1)
    const wh = costParts(run.runs[0]!);
    expect([wh.extraPackages, wh.touches]).toEqual([0, 0]);
  });

  it('counts every package once in the node mix and on the map', () => {
    for (const p of run.runs) {
      const mix = nodeMix(run).filter((m) => m.policy === p.policy);
      expect(mix.reduce((s, m) => s + m.packages, 0)).toBe(p.run.packages.count);
      expect(mix.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 12);
      const cells = destinationCells(p);
      expect(cells.reduce((s, c) => s + c.packages, 0)).toBe(p.run.packages.count);
      const byCell = new Map<string, number>();
      for (const c of cells) byCell.set(`${c.lat},${c.lon}`, (byCell.get(`${c.lat},${c.lon}`) ?? 0) + c.share);
      for (const share of byCell.values()) expect(share).toBeCloseTo(1, 12);
    }
    // three destination areas: New York, Chicago, Los Angeles
    expect(new Set(destinationCells(run.runs[0]!).map((c) => `${c.lat},${c.lon}`)).size).toBe(3);
  });

  it('measures use of daily capacity only for nodes that have one, over their ship days', () => {
    const rows = utilization(run);
    expect(new Set(rows.map((u) => u.node))).toEqual(new Set(['ST']));
    expect(rows.map((u) => u.policy)).toEqual(run.runs.map((p) => p.policy));
    for (const u of rows) {
      expect(u.capacity).toBe(2);
      // ST ships Mon–Sat: 12 days in the 14-day period
      expect(u.shipDays).toBe(12);
      expect(u.mean).toBeCloseTo(u.packages / u.shipDays / 2, 12);
      expect(u.peak).toBeLessThanOrEqual(1);
    }
    expect(rows.find((u) => u.policy === 'warehouse-only')).toMatchObject({ packages: 0, mean: 0, peak: 0, fullDays: 0 });
  });

  it('gives weekly metrics over 7-day weeks from the period start', () => {
    const rows = weeklyMetrics(run, ['fulfillment_cost_per_order']);
    expect([...new Set(rows.map((w) => w.week))]).toEqual(['2026-07-06', '2026-07-13']);
    for (const p of run.runs) expect(rows.filter((w) => w.policy === p.policy).reduce((s, w) => s + w.orders, 0)).toBe(14);
  });

  it('compares a pilot with the baseline segment by segment, on the same orders', () => {
    const rows = segmentRows(run);
    expect(rows.map((s) => [s.policy, s.segment, s.orders, s.from, s.to])).toEqual([
      ['store-pilot', 'rest', 7, '2026-07-06', '2026-07-10'],
      ['store-pilot', 'pilot', 7, '2026-07-13', '2026-07-18'],
    ]);
    // before the pilot starts its orders are routed like the baseline's: same outcomes
    const rest = rows[0]!;
    expect(rest.values).toEqual(rest.baseline);
  });

  it('counts every order under exactly one reason, and finds SKUs on cancelled orders', () => {
    for (const p of run.runs) {
      const rows = reasonCounts(run).filter((x) => x.policy === p.policy);
      expect(rows).toHaveLength(REASONS.length);
      expect(rows.reduce((s, x) => s + x.orders, 0)).toBe(14);
    }
    const base = run.runs[0]!;
    const skus = cancelledSkus(run, base);
    expect(skus.length).toBeGreaterThan(0);
    let cancelledOrders = 0;
    for (let o = 0; o < base.run.outcomes.count; o++) if (base.run.outcomes.unitsCancelled[o]! > 0) cancelledOrders++;
    for (const s of skus) expect(s.orders).toBeLessThanOrEqual(cancelledOrders);
    expect(skus.map((s) => s.sku)).toContain('B');
  });

  it('scales the replayed period to a quarter', () => {
    expect(ordersPerQuarter(run)).toBeCloseTo((14 / 14) * 91.3125, 10);
  });
});
