/**
 * Order dates against a period, in the business time zone, read as compileModel reads
 * them (an order's time is its first line's placed_at). 2026-07-06 = epoch day 20640.
 */
import { describe, expect, it } from 'vitest';
import { linesOutsidePeriod, localEpochDay, orderSpan } from '../../sim/validate/order-dates.ts';
import type { OrderLineRow } from '../../sim/parse/types.ts';
import { parseTimestamp, timestampInZone, type Timestamp } from '../../sim/parse/fields.ts';

const NY = 'America/New_York';
const ts = (t: string): Timestamp => {
  const r = parseTimestamp(t);
  if (!r.ok) throw new Error(t);
  return r.value;
};
const row = (line: number, orderId: string, placed: string): OrderLineRow => ({
  line,
  orderId,
  placedAt: ts(placed),
  sku: 'A',
  quantity: 1,
  zip5: '10001',
  country: 'US',
  shipService: 'standard',
  tags: [],
  status: '',
});

describe('timestampInZone and localEpochDay', () => {
  it('uses the written offset, else local time in the zone', () => {
    expect(new Date(timestampInZone(ts('2026-07-06T10:00:00-04:00'), 'UTC')).toISOString()).toBe(
      '2026-07-06T14:00:00.000Z',
    );
    expect(new Date(timestampInZone(ts('2026-07-06 10:00:00'), NY)).toISOString()).toBe('2026-07-06T14:00:00.000Z');
    expect(new Date(timestampInZone(ts('2026-01-06 10:00:00'), NY)).toISOString()).toBe('2026-01-06T15:00:00.000Z');
  });

  it('gives the calendar day in the zone', () => {
    expect(localEpochDay(Date.parse('2026-07-06T03:59:00Z'), NY)).toBe(20639);
    expect(localEpochDay(Date.parse('2026-07-06T04:00:00Z'), NY)).toBe(20640);
    expect(localEpochDay(Date.parse('2026-07-06T04:00:00Z'), 'America/Los_Angeles')).toBe(20639);
  });
});

describe('orderSpan', () => {
  it("is the first and last placement day in the zone, by each order's first line", () => {
    const rows = [
      row(2, 'B', '2026-07-08T12:00:00-04:00'),
      row(3, 'A', '2026-07-06T02:00:00Z'), // 5 July, 22:00 in New York
      row(4, 'B', '2026-07-30T12:00:00-04:00'), // a later line of B: B is placed on 8 July
      row(5, 'C', '2026-07-10T23:30:00-07:00'), // 11 July in New York
    ];
    expect(orderSpan(rows, NY)).toEqual({ start: 20639, end: 20645 });
    expect(orderSpan(rows, 'America/Los_Angeles')).toEqual({ start: 20639, end: 20644 });
  });

  it('is null without orders', () => {
    expect(orderSpan([], NY)).toBeNull();
  });
});

describe('linesOutsidePeriod', () => {
  it('gives every line of each order placed before local midnight of the start or from local midnight after the end', () => {
    const rows = [
      row(2, 'early', '2026-07-05T23:59:59-04:00'),
      row(3, 'first', '2026-07-06T00:00:00-04:00'),
      row(4, 'early', '2026-07-06T09:00:00-04:00'),
      row(5, 'last', '2026-07-07T23:59:00-04:00'),
      row(6, 'late', '2026-07-08T04:00:00Z'),
    ];
    expect(linesOutsidePeriod(rows, { start: 20640, end: 20641 }, NY)).toEqual([0, 2, 4]);
  });
});
