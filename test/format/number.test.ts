/** Locale-independent plain number formats. */
import { describe, expect, it } from 'vitest';
import { groupThousands, plainNumber } from '../../sim/format/number.ts';

describe('groupThousands', () => {
  it('groups by thousands', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(groupThousands(13502)).toBe('13,502');
    expect(groupThousands(1234567)).toBe('1,234,567');
    expect(groupThousands(100000)).toBe('100,000');
  });

  it('groups only the whole part', () => {
    expect(groupThousands(1234567.891, 2)).toBe('1,234,567.89');
    expect(groupThousands(0.5, 2)).toBe('0.50');
    expect(groupThousands(1234.5678, 3)).toBe('1,234.568');
  });

  it('negatives keep their sign in front of the digits', () => {
    expect(groupThousands(-1234567)).toBe('-1,234,567');
    expect(groupThousands(-999)).toBe('-999');
    expect(groupThousands(-1234.5, 2)).toBe('-1,234.50');
  });

  it('rounding can carry into a new group', () => {
    expect(groupThousands(999.995, 2)).toBe('1,000.00');
    expect(groupThousands(999.996, 2)).toBe('1,000.00');
    expect(groupThousands(999999.6)).toBe('1,000,000');
    expect(groupThousands(-999.996, 2)).toBe('-1,000.00');
    expect(groupThousands(999.994, 2)).toBe('999.99');
  });

  it('a negative that rounds to zero has no minus sign', () => {
    expect(groupThousands(-0.004, 2)).toBe('0.00');
    expect(groupThousands(-0.4)).toBe('0');
    expect(groupThousands(-0)).toBe('0');
  });
});

describe('plainNumber', () => {
  it('writes up to 6 decimals without trailing zeros', () => {
    expect(plainNumber(0)).toBe('0');
    expect(plainNumber(1)).toBe('1');
    expect(plainNumber(100)).toBe('100');
    expect(plainNumber(1000000)).toBe('1000000');
    expect(plainNumber(1.5)).toBe('1.5');
    expect(plainNumber(10.25)).toBe('10.25');
    expect(plainNumber(0.1234567)).toBe('0.123457');
    expect(plainNumber(-2.5)).toBe('-2.5');
    expect(plainNumber(1234567.25)).toBe('1234567.25');
  });

  it('writes no exponent', () => {
    expect(plainNumber(1e-7)).toBe('0');
    expect(plainNumber(0.000001)).toBe('0.000001');
    expect(plainNumber(1e20)).toBe('100000000000000000000');
  });

  it('never writes -0', () => {
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(-0.0000001)).toBe('0');
  });

  it('writes null and non-finite values as empty', () => {
    expect(plainNumber(null)).toBe('');
    expect(plainNumber(NaN)).toBe('');
    expect(plainNumber(Infinity)).toBe('');
    expect(plainNumber(-Infinity)).toBe('');
  });
});
