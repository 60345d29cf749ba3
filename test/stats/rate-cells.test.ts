/** Pre/post cells: the input checks and the crude (count-weighted) rate of a period. */
import { describe, expect, it } from 'vitest';
import { checkCells, crudeRate, type RateCell } from '../../sim/stats/rate-cells.ts';

const cell = (
  key: string,
  preCount: number,
  preRate: number | null,
  postCount: number,
  postRate: number | null,
): RateCell => ({ key, preCount, preRate, postCount, postRate });

describe('checkCells', () => {
  it('accepts no cells, and cells whose empty periods have no rate', () => {
    expect(() => checkCells([])).not.toThrow();
    expect(() =>
      checkCells([cell('a', 0, null, 0, null), cell('b', 5, 0.1, 0, null), cell('c', 0.5, 0, 3, 1)]),
    ).not.toThrow();
  });

  it('throws on a repeated key', () => {
    expect(() => checkCells([cell('a', 1, 0.1, 1, 0.1), cell('a', 2, 0.2, 2, 0.2)])).toThrow(
      new RangeError('cell a appears twice'),
    );
  });

  it('throws on a negative or non-finite count, naming the period', () => {
    expect(() => checkCells([cell('a', -1, 0.1, 1, 0.1)])).toThrow(
      new RangeError('cell a: pre count must be a finite number ≥ 0, got -1'),
    );
    expect(() => checkCells([cell('b', 1, 0.1, Infinity, 0.1)])).toThrow(
      new RangeError('cell b: post count must be a finite number ≥ 0, got Infinity'),
    );
    expect(() => checkCells([cell('c', NaN, 0.1, 1, 0.1)])).toThrow(
      new RangeError('cell c: pre count must be a finite number ≥ 0, got NaN'),
    );
  });

  it('throws on a missing or non-finite rate where the cell has orders', () => {
    expect(() => checkCells([cell('a', 5, null, 0, null)])).toThrow(
      new RangeError('cell a: pre rate must be a finite number when the count is 5, got null'),
    );
    expect(() => checkCells([cell('a', 5, 0.2, 2, NaN)])).toThrow(
      new RangeError('cell a: post rate must be a finite number when the count is 2, got NaN'),
    );
  });
});

describe('crudeRate', () => {
  const cells = [cell('a', 80, 0.05, 10, 0.2), cell('b', 20, 0.3, 30, 0.6), cell('c', 0, null, 0, null)];

  it('weights each cell rate by its count', () => {
    // pre: (80 × 0.05 + 20 × 0.3) / 100 = (4 + 6) / 100 = 0.1
    expect(crudeRate(cells, 'pre')).toBeCloseTo(0.1, 15);
    // post: (10 × 0.2 + 30 × 0.6) / 40 = (2 + 18) / 40 = 0.5
    expect(crudeRate(cells, 'post')).toBeCloseTo(0.5, 15);
  });

  it('one cell gives its own rate', () => {
    expect(crudeRate([cell('a', 7, 0.25, 0, null)], 'pre')).toBe(0.25);
  });

  it('is null with no cells or no orders in the period', () => {
    expect(crudeRate([], 'pre')).toBeNull();
    expect(crudeRate([cell('a', 7, 0.25, 0, null)], 'post')).toBeNull();
  });

  it('skips cells with zero orders even when they carry a rate', () => {
    // only a counts: (4 × 0.5) / 4 = 0.5; b's rate 0.9 has weight 0
    expect(crudeRate([cell('a', 4, 0.5, 0, null), cell('b', 0, 0.9, 0, null)], 'pre')).toBe(0.5);
  });
});
