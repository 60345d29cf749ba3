/** Packages by destination cell, worked out by hand on the hand-made run, and on a simulated run. */
import { describe, expect, it } from 'vitest';
import { destinationCells } from '../../sim/metrics/by-region.ts';
import { handRun } from '../helpers/hand-run.ts';
import { reportRun } from '../helpers/report.ts';

describe('destinationCells', () => {
  it('gathers destinations on a one-degree grid, cells in key order, split by node', () => {
    const [base, alt] = handRun().runs;
    // base: all four packages go to d0/d1, cell 41,-74; three from ST, one from WH
    const b = destinationCells(base!);
    expect(b.map((c) => [c.node, c.packages, c.share])).toEqual([
      ['WH', 1, 0.25],
      ['ST', 3, 0.75],
    ]);
    for (const c of b) {
      expect(c.lat).toBeCloseTo(40.8, 12); // (40.7 + 40.9 + 40.9 + 40.7) / 4
      expect(c.lon).toBeCloseTo(-73.9, 12);
    }
    // alt: o2 ships to LA from NEW (cell 34,-118 sorts first); d0, d1, d0 from WH, WH, ST
    const a = destinationCells(alt!);
    expect(a.map((c) => [c.node, c.packages, c.share])).toEqual([
      ['NEW', 1, 1],
      ['WH', 2, 2 / 3],
      ['ST', 1, 1 / 3],
    ]);
    expect([a[0]!.lat, a[0]!.lon]).toEqual([34.0, -118.2]);
    expect(a[1]!.lat).toBeCloseTo((40.7 + 40.9 + 40.7) / 3, 12);
  });

  it('counts every package once on a simulated run', () => {
    const run = reportRun();
    for (const p of run.runs) {
      const cells = destinationCells(p);
      expect(cells.reduce((s, c) => s + c.packages, 0)).toBe(p.run.packages.count);
      const byCell = new Map<string, number>();
      for (const c of cells) byCell.set(`${c.lat},${c.lon}`, (byCell.get(`${c.lat},${c.lon}`) ?? 0) + c.share);
      for (const share of byCell.values()) expect(share).toBeCloseTo(1, 12);
    }
    // three destination areas: New York, Chicago, Los Angeles
    expect(new Set(destinationCells(run.runs[0]!).map((c) => `${c.lat},${c.lon}`)).size).toBe(3);
  });
});
