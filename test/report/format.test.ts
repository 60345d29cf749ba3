/** Locale-independent number formatting for reports. */
import { describe, expect, it } from 'vitest';
import { formatDelta, formatMetric, groupThousands, plainNumber } from '../../sim/report/format.ts';

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

describe('formatMetric', () => {
  it('formats each unit', () => {
    expect(formatMetric({ unit: 'count' }, 13502)).toBe('13,502');
    expect(formatMetric({ unit: 'share' }, 0.934)).toBe('93.4%');
    expect(formatMetric({ unit: 'share' }, 1)).toBe('100.0%');
    expect(formatMetric({ unit: 'share' }, 0)).toBe('0.0%');
    expect(formatMetric({ unit: 'usd' }, 7.4)).toBe('$7.40');
    expect(formatMetric({ unit: 'usd' }, 1234.5)).toBe('$1,234.50');
    expect(formatMetric({ unit: 'days' }, 3.456)).toBe('3.46');
    expect(formatMetric({ unit: 'days' }, 2)).toBe('2.00');
    expect(formatMetric({ unit: 'miles' }, 1234.4)).toBe('1,234');
    expect(formatMetric({ unit: 'number' }, 1.23456)).toBe('1.235');
    expect(formatMetric({ unit: 'number' }, 2)).toBe('2.000');
  });

  it('shows null as a dash for every unit', () => {
    for (const unit of ['count', 'share', 'usd', 'days', 'miles', 'number'] as const) expect(formatMetric({ unit }, null)).toBe('—');
  });
});

describe('formatDelta', () => {
  it('formats each unit with a sign', () => {
    expect(formatDelta({ unit: 'count' }, 1500)).toBe('+1,500');
    expect(formatDelta({ unit: 'count' }, -1500)).toBe('-1,500');
    expect(formatDelta({ unit: 'share' }, 0.012)).toBe('+1.2 pts');
    expect(formatDelta({ unit: 'share' }, -0.05)).toBe('-5.0 pts');
    expect(formatDelta({ unit: 'usd' }, 1.5)).toBe('+$1.50');
    expect(formatDelta({ unit: 'usd' }, -1234.5)).toBe('-$1,234.50');
    expect(formatDelta({ unit: 'days' }, -0.25)).toBe('-0.25');
    expect(formatDelta({ unit: 'days' }, 1)).toBe('+1.00');
    expect(formatDelta({ unit: 'miles' }, 12.3)).toBe('+12');
    expect(formatDelta({ unit: 'miles' }, -1500.2)).toBe('-1,500');
    expect(formatDelta({ unit: 'number' }, 0.1234)).toBe('+0.123');
  });

  it('zero gets ±', () => {
    expect(formatDelta({ unit: 'count' }, 0)).toBe('±0');
    expect(formatDelta({ unit: 'share' }, 0)).toBe('±0.0 pts');
    expect(formatDelta({ unit: 'usd' }, 0)).toBe('±$0.00');
  });

  it('shows null as a dash for every unit', () => {
    for (const unit of ['count', 'share', 'usd', 'days', 'miles', 'number'] as const) expect(formatDelta({ unit }, null)).toBe('—');
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
