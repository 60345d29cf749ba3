/**
 * skus.csv (parseSkus). Expected rows written out by hand:
 *   2026-07-01 = epoch day 20635 (07-06 = 20640, 07-10 = 20644, 12-31 = 20818);
 *   14:05 = 845 min, 09:30 = 570 min, 08:00 = 480 min, 14:00 = 840 min; Mon–Fri = 0b0111110.
 * Bad-cell tables (helpers/parse.ts) are built from one good row: row i (line i + 2) changes one
 * cell, and must give exactly one problem at that line, in that cell's column, and be left out.
 */
import { describe, expect, it } from 'vitest';
import { parseSkus } from '../../sim/parse/skus.ts';
import { badCells, run } from '../helpers/parse.ts';

describe('parseSkus', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(
      parseSkus,
      [
        'sku,name,category,weight_lb,length_in,width_in,height_in,unit_cost,unit_price,fragile,oversize',
        'A,Mug,Kitchen,1.5,4,4,5,2.10,8.00,yes,0',
        'B,,,,,,,,,,',
      ].join('\n') + '\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        sku: 'A',
        name: 'Mug',
        category: 'Kitchen',
        weightLb: 1.5,
        lengthIn: 4,
        widthIn: 4,
        heightIn: 5,
        unitCost: 2.1,
        unitPrice: 8,
        fragile: true,
        oversize: false,
      },
      {
        line: 3,
        sku: 'B',
        name: '',
        category: '',
        weightLb: undefined,
        lengthIn: undefined,
        widthIn: undefined,
        heightIn: undefined,
        unitCost: undefined,
        unitPrice: undefined,
        fragile: false,
        oversize: false,
      },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['sku', 'weight_lb', 'length_in', 'fragile', 'unit_price'];
    const base = { sku: 'G', weight_lb: '1', length_in: '4', fragile: 'no', unit_price: '5' };
    const { rows, got, want } = badCells(parseSkus, columns, base, [
      [{ sku: '' }, 'sku', 'required-value'],
      [{ weight_lb: '-1' }, 'weight_lb', 'bad-number'],
      [{ weight_lb: '2 lb' }, 'weight_lb', 'bad-number'],
      [{ length_in: 'ten' }, 'length_in', 'bad-number'],
      [{ fragile: 'maybe' }, 'fragile', 'bad-boolean'],
      [{ unit_price: '€5' }, 'unit_price', 'bad-number'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseSkus: edges', () => {
  it('a header with no rows gives no rows and no problems', () => {
    expect(run(parseSkus, 'sku,weight_lb\n')).toEqual({ rows: [], problems: [] });
  });

  it('a weight of 0 is allowed (the boundary of ≥ 0)', () => {
    const { rows, problems } = run(parseSkus, 'sku,weight_lb\nA,0\n');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.weightLb)).toEqual([0]);
  });

  it('gives the exact problem text, file, line and column', () => {
    const { rows, problems } = run(parseSkus, 'sku,weight_lb,fragile\nA,1,\nB,-0.5,\n,1,no\n', 'skus.csv');
    expect(rows.map((r) => r.sku)).toEqual(['A']);
    expect(problems.map((p) => [p.severity, p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['error', 'skus.csv', 3, 2, 'weight_lb', '"-0.5" is not a number ≥ 0'],
      ['error', 'skus.csv', 4, 1, 'sku', 'sku is empty'],
    ]);
  });

  it('a missing sku column stops the file', () => {
    const { rows, problems } = run(parseSkus, 'name,weight_lb\nMug,1\n', 'skus.csv');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.file, p.line, p.field, p.message])).toEqual([
      ['error', 'skus.csv', 1, 'sku', 'required column "sku" is missing from the header'],
    ]);
  });
});
