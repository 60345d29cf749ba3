/** Synthetic data: same seed ⇒ same bytes; the shapes it promises hold. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PRESETS } from '../../sim/generate/data-presets.ts';
import { generateDataset, seasonality } from '../../sim/generate/synthetic.ts';
import { epochDay, weekday } from '../../sim/time/calendar.ts';
import { STATE_POPULATION_M } from '../../sim/generate/population.ts';

const small = (seed: string | number, preset = 'three-location') =>
  generateDataset({ ...DATA_PRESETS[preset]!, seed, start: '2026-06-29', days: 28, ordersPerDay: 80 });

describe('generateDataset', () => {
  it('gives the same bytes for the same seed, and different ones for another seed', () => {
    expect(small(5)).toEqual(small(5));
    expect(small(5)['orders.csv']).not.toBe(small(6)['orders.csv']);
  });

  it('reproduces the bundled demo data byte for byte', () => {
    const files = generateDataset({ ...DATA_PRESETS['three-location']!, seed: '7', start: '2026-06-29', days: 90 });
    for (const [name, text] of Object.entries(files))
      expect(text, name).toBe(readFileSync(`data/three-location/${name}`, 'utf8'));
  });

  const files = generateDataset({ ...DATA_PRESETS['three-location']!, seed: 'shape', start: '2026-06-29', days: 91 });
  const rows = files['orders.csv']!.trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const byOrder = new Map<string, string[][]>();
  for (const r of rows) byOrder.set(r[0]!, [...(byOrder.get(r[0]!) ?? []), r]);

  it('makes baskets of mostly one or two lines', () => {
    const sizes = [...byOrder.values()].map((l) => l.length);
    const oneOrTwo = sizes.filter((n) => n <= 2).length / sizes.length;
    expect(oneOrTwo).toBeGreaterThan(0.8);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4);
  });

  it('sends orders to contiguous-US states roughly by population', () => {
    const states = new Map<string, number>();
    for (const lines of byOrder.values()) states.set(lines[0]![5]!, (states.get(lines[0]![5]!) ?? 0) + 1);
    for (const s of states.keys()) expect(STATE_POPULATION_M[s], s).toBeDefined();
    const n = byOrder.size;
    expect(states.get('CA')! / n).toBeGreaterThan(0.09); // 39.5 of 331 million ≈ 12%
    expect(states.get('CA')! / n).toBeLessThan(0.15);
    expect((states.get('WY') ?? 0) / n).toBeLessThan(0.01);
  });

  it('follows the weekday shape: Mondays busier than Saturdays', () => {
    const perWeekday = new Array(7).fill(0);
    for (const lines of byOrder.values()) {
      const [y, m, d] = lines[0]![1]!.slice(0, 10).split('-').map(Number);
      perWeekday[weekday(epochDay(y!, m!, d!))]++;
    }
    expect(perWeekday[1]).toBeGreaterThan(perWeekday[6]);
  });

  it('has a long-tailed sku popularity: the top tenth of skus takes a large share of lines', () => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r[2]!, (counts.get(r[2]!) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top = sorted.slice(0, 30).reduce((a, b) => a + b, 0);
    expect(top / rows.length).toBeGreaterThan(0.3);
  });

  it('peaks in late November', () => {
    expect(seasonality(epochDay(2026, 11, 27)) / seasonality(epochDay(2026, 11, 10))).toBeGreaterThan(1.7);
    expect(seasonality(epochDay(2026, 12, 20)) / seasonality(epochDay(2026, 12, 10))).toBeLessThan(0.7);
  });

  it('writes every preset as canonical files the pipeline reads', () => {
    for (const preset of Object.keys(DATA_PRESETS)) {
      const f = small(1, preset);
      expect(Object.keys(f).sort()).toEqual([
        'inventory.csv',
        'nodes.csv',
        'orders.csv',
        'rate_card.csv',
        'receipts.csv',
        'skus.csv',
        'transit.csv',
      ]);
      expect(f['rate_card.csv']).toContain('ILLUSTRATIVE,Ground,8,70,');
    }
  });
});
