/**
 * rate_card.csv, transit.csv and zone charts (parseRates, parseTransit, parseZoneChart). Expected rows written out by hand:
 *   2026-07-01 = epoch day 20635 (07-06 = 20640, 07-10 = 20644, 12-31 = 20818);
 *   14:05 = 845 min, 09:30 = 570 min, 08:00 = 480 min, 14:00 = 840 min; Mon–Fri = 0b0111110.
 * Bad-cell tables (helpers/parse.ts) are built from one good row: row i (line i + 2) changes one
 * cell, and must give exactly one problem at that line, in that cell's column, and be left out.
 */
import { describe, expect, it } from 'vitest';
import { parseRates, parseTransit, parseZoneChart } from '../../sim/parse/rates.ts';
import { badCells, run } from '../helpers/parse.ts';

describe('parseRates and parseTransit', () => {
  it('parses a valid rate card', () => {
    const { rows, problems } = run(
      parseRates,
      'carrier,service,zone,max_weight_lb,price\nUPS,Ground,1,1,8.50\nUPS,Ground,8,70,61.25\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, carrier: 'UPS', service: 'Ground', zone: 1, maxWeightLb: 1, price: 8.5 },
      { line: 3, carrier: 'UPS', service: 'Ground', zone: 8, maxWeightLb: 70, price: 61.25 },
    ]);
  });

  it('reports each kind of bad rate cell once', () => {
    const columns = ['carrier', 'service', 'zone', 'max_weight_lb', 'price'];
    const base = { carrier: 'UPS', service: 'Ground', zone: '2', max_weight_lb: '5', price: '9' };
    const { rows, got, want } = badCells(parseRates, columns, base, [
      [{ carrier: '' }, 'carrier', 'required-value'],
      [{ service: '' }, 'service', 'required-value'],
      [{ zone: '9' }, 'zone', 'bad-choice'],
      [{ zone: '0' }, 'zone', 'bad-integer'],
      [{ zone: '2.5' }, 'zone', 'bad-integer'],
      [{ zone: '' }, 'zone', 'required-value'],
      [{ max_weight_lb: 'heavy' }, 'max_weight_lb', 'bad-number'],
      [{ price: '-1' }, 'price', 'bad-number'],
      [{ price: '' }, 'price', 'required-value'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('parses a valid transit table (0 days is allowed)', () => {
    const { rows, problems } = run(
      parseTransit,
      'carrier,service,zone,business_days\nUPS,Ground,8,5\nUPS,Ground,1,0\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, carrier: 'UPS', service: 'Ground', zone: 8, businessDays: 5 },
      { line: 3, carrier: 'UPS', service: 'Ground', zone: 1, businessDays: 0 },
    ]);
  });

  it('reports each kind of bad transit cell once', () => {
    const columns = ['carrier', 'service', 'zone', 'business_days'];
    const base = { carrier: 'UPS', service: 'Ground', zone: '2', business_days: '2' };
    const { rows, got, want } = badCells(parseTransit, columns, base, [
      [{ business_days: '-1' }, 'business_days', 'bad-integer'],
      [{ business_days: '1.5' }, 'business_days', 'bad-integer'],
      [{ zone: 'x' }, 'zone', 'bad-integer'],
      [{ zone: '10' }, 'zone', 'bad-choice'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseRates and parseTransit: edges', () => {
  it('header-only files give no rows and no problems', () => {
    expect(run(parseRates, 'carrier,service,zone,max_weight_lb,price\n')).toEqual({ rows: [], problems: [] });
    expect(run(parseTransit, 'carrier,service,zone,business_days\n')).toEqual({ rows: [], problems: [] });
  });

  it('zones 1 and 8 are the bounds; the problem texts for 0 and 9 are exact', () => {
    const { rows, problems } = run(
      parseRates,
      'carrier,service,zone,max_weight_lb,price\nC,G,1,0,0\nC,G,8,1,1\nC,G,0,1,1\nC,G,9,1,1\n',
      'rate_card.csv',
    );
    expect(rows.map((r) => [r.zone, r.maxWeightLb, r.price])).toEqual([
      [1, 0, 0],
      [8, 1, 1],
    ]);
    expect(problems.map((p) => [p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['rate_card.csv', 4, 3, 'zone', '"0" is not a whole number ≥ 1'],
      ['rate_card.csv', 5, 3, 'zone', '"9" is not one of 1, 2, 3, 4, 5, 6, 7, 8'],
    ]);
  });
});

describe('parseZoneChart', () => {
  it('parses ZIP3 pairs to zones; leading zeros read as numbers', () => {
    const { rows, problems } = run(parseZoneChart, 'origin_zip3,dest_zip3,zone\n021,100,2\n999,000,8\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, originZip3: 21, destZip3: 100, zone: 2 },
      { line: 3, originZip3: 999, destZip3: 0, zone: 8 },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['origin_zip3', 'dest_zip3', 'zone'];
    const base = { origin_zip3: '021', dest_zip3: '100', zone: '2' };
    const { rows, got, want } = badCells(parseZoneChart, columns, base, [
      [{ origin_zip3: '1000' }, 'origin_zip3', 'bad-zip3'],
      [{ dest_zip3: 'abc' }, 'dest_zip3', 'bad-integer'],
      [{ dest_zip3: '' }, 'dest_zip3', 'required-value'],
      [{ zone: '9' }, 'zone', 'bad-choice'],
      [{ zone: '0' }, 'zone', 'bad-integer'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('gives the exact ZIP3 problem text, file, line and column', () => {
    const { problems } = run(parseZoneChart, 'origin_zip3,dest_zip3,zone\n021,1234,2\n', 'zone_chart.csv');
    expect(problems.map((p) => [p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['zone_chart.csv', 2, 2, 'dest_zip3', '"1234" is not a ZIP3 (the first three digits of a ZIP)'],
    ]);
  });
});
