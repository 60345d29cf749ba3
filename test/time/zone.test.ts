/**
 * Time-zone arithmetic. Known answers worked out by hand:
 *   America/Chicago is UTC-6 (CST) in winter and UTC-5 (CDT) in summer.
 *   2026-03-08 (Sunday): clocks go 02:00 CST → 03:00 CDT at 08:00Z; local 02:00–02:59 do not exist.
 *   2026-11-01 (Sunday): clocks go 02:00 CDT → 01:00 CST at 07:00Z; local 01:00–01:59 happen twice.
 *   America/Los_Angeles: 2026-03-08 jump at 10:00Z (02:00 PST → 03:00 PDT).
 */
import { describe, expect, it } from 'vitest';
import { epochDay } from '../../sim/time/calendar.ts';
import { isValidTimeZone, localTimeToUtc, tzOffsetMinutes } from '../../sim/time/zone.ts';

const CHI = 'America/Chicago';
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);
const iso = (ms: number) => new Date(ms).toISOString();
const H = 60;

describe('isValidTimeZone', () => {
  it('accepts IANA names', () => {
    for (const tz of [
      'America/Chicago',
      'America/Los_Angeles',
      'America/New_York',
      'Europe/Berlin',
      'Asia/Kolkata',
      'UTC',
    ])
      expect(isValidTimeZone(tz), tz).toBe(true);
  });
  it('rejects names that are not time zones', () => {
    for (const tz of ['Mars/Olympus_Mons', 'America/Springfield', 'Chicago', 'not a zone'])
      expect(isValidTimeZone(tz), tz).toBe(false);
  });
});

describe('tzOffsetMinutes', () => {
  it('Chicago is -300 in July and -360 in January', () => {
    expect(tzOffsetMinutes(utc(2026, 7, 1, 12), CHI)).toBe(-300);
    expect(tzOffsetMinutes(utc(2026, 1, 15, 12), CHI)).toBe(-360);
  });

  it('other zones', () => {
    expect(tzOffsetMinutes(utc(2026, 7, 1, 12), 'America/Los_Angeles')).toBe(-420);
    expect(tzOffsetMinutes(utc(2026, 1, 1, 12), 'America/Los_Angeles')).toBe(-480);
    expect(tzOffsetMinutes(utc(2026, 7, 1, 12), 'America/Phoenix')).toBe(-420);
    expect(tzOffsetMinutes(utc(2026, 1, 1, 12), 'America/Phoenix')).toBe(-420);
    expect(tzOffsetMinutes(utc(2026, 7, 1, 12), 'Asia/Kolkata')).toBe(330);
    expect(tzOffsetMinutes(utc(2026, 7, 1, 12), 'UTC')).toBe(0);
  });

  it('changes exactly at the DST instants', () => {
    expect(tzOffsetMinutes(utc(2026, 3, 8, 7, 59, 59, 999), CHI)).toBe(-360);
    expect(tzOffsetMinutes(utc(2026, 3, 8, 8), CHI)).toBe(-300);
    expect(tzOffsetMinutes(utc(2026, 11, 1, 6, 59, 59, 999), CHI)).toBe(-300);
    expect(tzOffsetMinutes(utc(2026, 11, 1, 7), CHI)).toBe(-360);
  });

  it('is not thrown off by milliseconds', () => {
    expect(tzOffsetMinutes(utc(2026, 7, 1, 12, 0, 0, 999), CHI)).toBe(-300);
    expect(tzOffsetMinutes(utc(1969, 12, 31, 23, 59, 59, 500), 'UTC')).toBe(0);
  });
});

describe('localTimeToUtc', () => {
  const jul1 = epochDay(2026, 7, 1);
  const jan15 = epochDay(2026, 1, 15);
  const spring = epochDay(2026, 3, 8);
  const fall = epochDay(2026, 11, 1);

  it('14:00 in Chicago on a July day is 19:00Z; in January 20:00Z', () => {
    expect(iso(localTimeToUtc(jul1, 14 * H, CHI))).toBe('2026-07-01T19:00:00.000Z');
    expect(iso(localTimeToUtc(jan15, 14 * H, CHI))).toBe('2026-01-15T20:00:00.000Z');
  });

  it('local midnight, and times east of UTC that fall on the previous UTC day', () => {
    expect(iso(localTimeToUtc(jul1, 0, CHI))).toBe('2026-07-01T05:00:00.000Z');
    expect(iso(localTimeToUtc(jul1, 0, 'Asia/Tokyo'))).toBe('2026-06-30T15:00:00.000Z');
    expect(iso(localTimeToUtc(jul1, 5 * H + 30, 'Asia/Kolkata'))).toBe('2026-07-01T00:00:00.000Z');
    expect(iso(localTimeToUtc(jul1, 24 * H, CHI))).toBe('2026-07-02T05:00:00.000Z');
  });

  it('spring forward in Chicago (2026-03-08): times before, in and after the gap', () => {
    const at = (h: number, m = 0) => iso(localTimeToUtc(spring, h * H + m, CHI));
    expect(at(0)).toBe('2026-03-08T06:00:00.000Z'); // CST
    expect(at(1, 59)).toBe('2026-03-08T07:59:00.000Z'); // CST, last minute before the jump
    expect(at(2)).toBe('2026-03-08T08:00:00.000Z'); // skipped: the instant after the jump (03:00 CDT)
    expect(at(2, 30)).toBe('2026-03-08T08:30:00.000Z'); // skipped: read as 03:30 CDT
    expect(at(3)).toBe('2026-03-08T08:00:00.000Z'); // 03:00 CDT
    expect(at(4)).toBe('2026-03-08T09:00:00.000Z'); // 04:00 CDT
    expect(at(7)).toBe('2026-03-08T12:00:00.000Z'); // 07:00 CDT
    expect(at(8)).toBe('2026-03-08T13:00:00.000Z'); // 08:00 CDT
    expect(at(14)).toBe('2026-03-08T19:00:00.000Z'); // 14:00 CDT
  });

  it('spring forward in Los Angeles: a 09:00 cutoff on 2026-03-08 is 16:00Z', () => {
    const la = 'America/Los_Angeles';
    expect(iso(localTimeToUtc(spring, 0, la))).toBe('2026-03-08T08:00:00.000Z'); // PST
    expect(iso(localTimeToUtc(spring, 9 * H, la))).toBe('2026-03-08T16:00:00.000Z'); // PDT
    expect(iso(localTimeToUtc(spring, 15 * H, la))).toBe('2026-03-08T22:00:00.000Z'); // PDT
  });

  it('spring forward east of UTC (Berlin, 2026-03-29: 02:00 CET → 03:00 CEST at 01:00Z)', () => {
    const berlin = 'Europe/Berlin';
    const d = epochDay(2026, 3, 29);
    const at = (h: number, m = 0) => iso(localTimeToUtc(d, h * H + m, berlin));
    expect(at(0)).toBe('2026-03-28T23:00:00.000Z');
    expect(at(1, 30)).toBe('2026-03-29T00:30:00.000Z');
    expect(at(2, 30)).toBe('2026-03-29T01:30:00.000Z'); // skipped: read as 03:30 CEST
    expect(at(3)).toBe('2026-03-29T01:00:00.000Z');
    expect(at(4)).toBe('2026-03-29T02:00:00.000Z');
    expect(at(14)).toBe('2026-03-29T12:00:00.000Z');
  });

  it('spring forward in New York (2026-03-08: jump at 07:00Z)', () => {
    const ny = 'America/New_York';
    const at = (h: number) => iso(localTimeToUtc(spring, h * H, ny));
    expect(at(1)).toBe('2026-03-08T06:00:00.000Z'); // EST
    expect(at(3)).toBe('2026-03-08T07:00:00.000Z'); // EDT
    expect(at(6)).toBe('2026-03-08T10:00:00.000Z');
    expect(at(9)).toBe('2026-03-08T13:00:00.000Z');
  });

  it('every whole local hour on spring-forward day maps back to the same wall-clock hour (except the skipped one)', () => {
    for (let h = 0; h < 24; h++) {
      if (h === 2) continue;
      const t = localTimeToUtc(spring, h * H, CHI);
      const wall = t + tzOffsetMinutes(t, CHI) * 60_000;
      expect(iso(wall), `local ${h}:00`).toBe(iso(utc(2026, 3, 8, h)));
    }
  });

  it('fall back in Chicago (2026-11-01)', () => {
    const at = (h: number, m = 0) => iso(localTimeToUtc(fall, h * H + m, CHI));
    expect(at(0)).toBe('2026-11-01T05:00:00.000Z'); // CDT
    expect(at(0, 59)).toBe('2026-11-01T05:59:00.000Z');
    // 01:30 happens twice (06:30Z as CDT, 07:30Z as CST); either reading is a real instant
    expect(['2026-11-01T06:30:00.000Z', '2026-11-01T07:30:00.000Z']).toContain(at(1, 30));
    expect(at(2)).toBe('2026-11-01T08:00:00.000Z'); // CST
    expect(at(3)).toBe('2026-11-01T09:00:00.000Z');
    expect(at(6)).toBe('2026-11-01T12:00:00.000Z');
    expect(at(14)).toBe('2026-11-01T20:00:00.000Z');
  });

  it('every whole local hour on fall-back day maps back to the same wall-clock hour', () => {
    for (let h = 0; h < 24; h++) {
      const t = localTimeToUtc(fall, h * H, CHI);
      const wall = t + tzOffsetMinutes(t, CHI) * 60_000;
      expect(iso(wall), `local ${h}:00`).toBe(iso(utc(2026, 11, 1, h)));
    }
  });
});
