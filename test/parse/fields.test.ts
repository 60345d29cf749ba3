/**
 * Single-cell parsers. Known answers worked out by hand:
 *   2026-07-01 = epoch day 20635; 2025-03-20 = 20454 − 365 + 78 = 20167.
 *   14:05 = 845 minutes; 05:20:57 = 320 + 57/60 minutes.
 */
import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseChoice,
  parseDate,
  parseFraction,
  parseInteger,
  parseNumber,
  parseShipDays,
  parseTags,
  parseTimeOfDay,
  parseTimestamp,
  parseTimeZone,
  timestampToUtc,
  type FieldResult,
  type Timestamp,
} from '../../sim/parse/fields.ts';

const JUL_1 = 20635;

function value<T>(r: FieldResult<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
/** The error code, or `ok:<value>` when the parser accepted the text. */
function errorCode<T>(r: FieldResult<T>): string {
  return r.ok ? `ok:${JSON.stringify(r.value)}` : r.error.code;
}

describe('parseTimestamp', () => {
  it('reads ISO 8601 with an offset', () => {
    expect(value(parseTimestamp('2026-07-01T14:05:00-05:00'))).toEqual({ day: JUL_1, minutes: 845, offset: -300 });
    expect(value(parseTimestamp('2026-07-01T14:05:00+05:30'))).toEqual({ day: JUL_1, minutes: 845, offset: 330 });
    expect(value(parseTimestamp('2026-07-01T14:05:00-0500'))).toEqual({ day: JUL_1, minutes: 845, offset: -300 });
    expect(value(parseTimestamp('2026-07-01T14:05-04:00'))).toEqual({ day: JUL_1, minutes: 845, offset: -240 });
  });

  it('reads Z as offset 0', () => {
    expect(value(parseTimestamp('2026-07-01T14:05:00Z'))).toEqual({ day: JUL_1, minutes: 845, offset: 0 });
  });

  it("reads Shopify's '2025-03-20 05:20:57 -0700'", () => {
    const ts = value(parseTimestamp('2025-03-20 05:20:57 -0700'));
    expect(ts.day).toBe(20167);
    expect(ts.minutes).toBeCloseTo(320 + 57 / 60, 10);
    expect(ts.offset).toBe(-420);
  });

  it('the doc example', () => {
    expect(value(parseTimestamp('2026-07-01 14:05:00 -0500'))).toEqual({ day: JUL_1, minutes: 845, offset: -300 });
  });

  it('reads a naive time with no offset', () => {
    expect(value(parseTimestamp('2026-07-01T14:05:00'))).toEqual({ day: JUL_1, minutes: 845, offset: null });
    expect(value(parseTimestamp('2026-07-01 09:30'))).toEqual({ day: JUL_1, minutes: 570, offset: null });
  });

  it('reads a plain date as local midnight with no offset', () => {
    expect(value(parseTimestamp('2026-07-01'))).toEqual({ day: JUL_1, minutes: 0, offset: null });
    expect(value(parseTimestamp(' 2026-07-01 '))).toEqual({ day: JUL_1, minutes: 0, offset: null });
  });

  it('rejects junk', () => {
    for (const t of [
      '',
      'yesterday',
      '07/01/2026 14:05',
      '2026-07-01T14',
      '2026-07-01T1405',
      '2026-07-01 2pm',
      '20260701',
    ]) {
      expect(errorCode(parseTimestamp(t)), JSON.stringify(t)).toBe('bad-timestamp');
    }
  });

  it('rejects impossible dates and times', () => {
    for (const t of [
      '2026-02-30T10:00:00Z',
      '2026-07-01T24:00:00Z',
      '2026-07-01T24:00',
      '2026-07-01T23:60:00Z',
      '2026-07-01T12:00:61Z',
      '2026-07-01T12:00:00+15:00',
      '2026-07-01T12:00:00-05:60',
    ]) {
      expect(errorCode(parseTimestamp(t)), t).toBe('bad-timestamp');
    }
  });

  it('names the bad text in the message', () => {
    const r = parseTimestamp('soon');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('"soon" is not a date-time');
  });
});

describe('timestampToUtc', () => {
  const utcOf = (t: string) => timestampToUtc(value(parseTimestamp(t)));

  it('subtracts the offset', () => {
    expect(utcOf('2026-07-01T14:05:00-05:00')).toBe(Date.UTC(2026, 6, 1, 19, 5));
    expect(utcOf('2026-07-01T14:05:00Z')).toBe(Date.UTC(2026, 6, 1, 14, 5));
    expect(utcOf('2026-07-01T02:00:00+05:30')).toBe(Date.UTC(2026, 5, 30, 20, 30));
    expect(utcOf('2025-03-20 05:20:57 -0700')).toBe(Date.UTC(2025, 2, 20, 12, 20, 57));
    expect(utcOf('2026-07-01T22:30:00-04:00')).toBe(Date.UTC(2026, 6, 2, 2, 30));
  });

  it('throws for a naive time (it needs a time zone first)', () => {
    const naive: Timestamp = { day: JUL_1, minutes: 0, offset: null };
    expect(() => timestampToUtc(naive)).toThrow();
  });
});

describe('parseInteger', () => {
  it('reads whole numbers at or above the minimum', () => {
    expect(value(parseInteger('3', 1))).toBe(3);
    expect(value(parseInteger(' 7 ', 1))).toBe(7);
    expect(value(parseInteger('+3', 1))).toBe(3);
    expect(value(parseInteger('0', 0))).toBe(0);
    expect(value(parseInteger('007', 0))).toBe(7);
    expect(value(parseInteger('-2', -5))).toBe(-2);
  });

  it('rejects decimals, values below the minimum, separators and junk', () => {
    for (const [t, min] of [
      ['1.5', 1],
      ['2.0', 1],
      ['-2', 1],
      ['0', 1],
      ['1,000', 1],
      ['1 000', 1],
      ['', 0],
      ['abc', 0],
      ['1e3', 0],
      ['12kg', 0],
      ['9007199254740993', 0],
    ] as const) {
      expect(errorCode(parseInteger(t, min)), t).toBe('bad-integer');
    }
  });

  it('says what is wrong', () => {
    const r = parseInteger('-2', 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('"-2" is not a whole number ≥ 1');
  });
});

describe('parseNumber', () => {
  it('reads finite numbers within bounds', () => {
    expect(value(parseNumber('12.5'))).toBe(12.5);
    expect(value(parseNumber(' -3 '))).toBe(-3);
    expect(value(parseNumber('0', 0))).toBe(0);
    expect(value(parseNumber('90', -90, 90))).toBe(90);
  });

  it('rejects out-of-range, empty and non-numbers', () => {
    for (const [t, min, max] of [
      ['-0.01', 0, undefined],
      ['90.5', -90, 90],
      ['', undefined, undefined],
      ['  ', undefined, undefined],
      ['$5', 0, undefined],
      ['1,5', undefined, undefined],
      ['Infinity', undefined, undefined],
      ['NaN', undefined, undefined],
      ['12 lb', undefined, undefined],
    ] as const) {
      expect(errorCode(parseNumber(t, min, max)), t).toBe('bad-number');
    }
  });
});

describe('parseFraction', () => {
  it('reads 0.92 and 92%', () => {
    expect(value(parseFraction('0.92'))).toBe(0.92);
    expect(value(parseFraction('92%'))).toBe(0.92);
    expect(value(parseFraction('99.5%'))).toBe(0.995);
    expect(value(parseFraction('100%'))).toBe(1);
    expect(value(parseFraction('0%'))).toBe(0);
    expect(value(parseFraction('1'))).toBe(1);
    expect(value(parseFraction('0'))).toBe(0);
  });

  it('rejects values outside 0..1 and text that is not a number', () => {
    for (const t of ['1.5', '150%', '-0.1', '-5%', '', 'abc', 'ninety%', '92%%'])
      expect(errorCode(parseFraction(t)), JSON.stringify(t)).toBe('bad-fraction');
  });

  it("rejects a bare '%' (there is no number in it)", () => {
    expect(parseFraction('%').ok).toBe(false);
    expect(parseFraction(' % ').ok).toBe(false);
  });
});

describe('parseDate', () => {
  it('reads YYYY-MM-DD', () => {
    expect(value(parseDate('2026-07-01'))).toBe(JUL_1);
    expect(value(parseDate(' 2026-07-01 '))).toBe(JUL_1);
  });
  it('rejects dates that do not exist and other spellings', () => {
    for (const t of ['2026-02-30', '07/01/2026', '2026-07-01T00:00:00Z', ''])
      expect(errorCode(parseDate(t)), t).toBe('bad-date');
  });
});

describe('parseTimeOfDay', () => {
  it('reads HH:MM as minutes after midnight', () => {
    expect(value(parseTimeOfDay('14:00'))).toBe(840);
    expect(value(parseTimeOfDay('9:30'))).toBe(570);
    expect(value(parseTimeOfDay('00:00'))).toBe(0);
    expect(value(parseTimeOfDay('23:59'))).toBe(1439);
    expect(value(parseTimeOfDay('24:00'))).toBe(1440);
  });
  it('rejects impossible times and other spellings', () => {
    for (const t of ['24:01', '25:00', '14:60', '14:5', '14', '2pm', '14:00:00', '', '-1:00'])
      expect(errorCode(parseTimeOfDay(t)), t).toBe('bad-time');
  });
});

describe('parseBoolean', () => {
  it('reads true/yes/y/1 and false/no/n/0 in any case', () => {
    for (const t of ['true', 'TRUE', 'Yes', 'y', 'Y', '1', ' yes ']) expect(value(parseBoolean(t)), t).toBe(true);
    for (const t of ['false', 'False', 'NO', 'n', '0']) expect(value(parseBoolean(t)), t).toBe(false);
  });
  it('rejects anything else', () => {
    for (const t of ['maybe', '', '2', 'yep', 't']) expect(errorCode(parseBoolean(t)), t).toBe('bad-boolean');
  });
});

describe('parseShipDays, parseTimeZone, parseChoice, parseTags', () => {
  it('ship days as a weekday mask', () => {
    expect(value(parseShipDays('Mon-Fri'))).toBe(0b0111110);
    expect(errorCode(parseShipDays('weekdays'))).toBe('bad-ship-days');
  });

  it('time zones by IANA name', () => {
    expect(value(parseTimeZone(' America/Chicago '))).toBe('America/Chicago');
    expect(errorCode(parseTimeZone('Mars/Base'))).toBe('bad-timezone');
  });

  it('choices case-insensitively, returned in the set’s spelling', () => {
    const types = ['warehouse', 'store', '3pl'] as const;
    expect(value(parseChoice('Warehouse', types))).toBe('warehouse');
    expect(value(parseChoice(' 3PL ', types))).toBe('3pl');
    expect(errorCode(parseChoice('depot', types))).toBe('bad-choice');
  });

  it('tags split on , ; and |, trimmed, empties dropped', () => {
    expect(parseTags('a, b;c|| d ')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseTags('')).toEqual([]);
  });
});
