/**
 * Compiled day tables. Known answers worked out by hand:
 *   period 2026-07-01 (Wed, day 0) … 2026-07-14 (Tue, day 13), business zone America/New_York
 *   (EDT, UTC-4), holiday 2026-07-03 (Fri, day 2). Days: 0 Wed, 1 Thu, 2 Fri*, 3 Sat, 4 Sun,
 *   5 Mon, 6 Tue, 7 Wed, 8 Thu, 9 Fri, 10 Sat, 11 Sun, 12 Mon, 13 Tue, 14 Wed …
 *   Node 0: NY warehouse, 14:00 cutoff, Mon–Fri. Node 1: Los Angeles store (PDT, UTC-7),
 *   15:00 cutoff = 22:00Z, Mon–Sat.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessDays, buildCalendar, dayIndexOf, HORIZON_DAYS } from '../../sim/model/day-tables.ts';
import { epochDay, MON_TO_FRI } from '../../sim/time/calendar.ts';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const iso = (ms: number) => new Date(ms).toISOString();
const MON_TO_SAT = 0b1111110;

const start = epochDay(2026, 7, 1);
const end = epochDay(2026, 7, 14);
const holiday = epochDay(2026, 7, 3);
const cal = buildCalendar(
  start,
  end,
  'America/New_York',
  [holiday],
  [
    { timezone: 'America/New_York', cutoff: 14 * 60, shipDays: MON_TO_FRI },
    { timezone: 'America/Los_Angeles', cutoff: 15 * 60, shipDays: MON_TO_SAT },
  ],
);
const D = cal.days;

describe('buildCalendar: shape', () => {
  it('covers the period plus the horizon', () => {
    expect(cal.startEpochDay).toBe(start);
    expect(cal.endDay).toBe(13);
    expect(D).toBe(14 + HORIZON_DAYS);
    expect(cal.businessMidnight.length).toBe(D + 1);
    expect(cal.shipDay.length).toBe(2 * D);
    expect(cal.cutoffUtc.length).toBe(2 * D);
    expect(cal.nodeMidnight.length).toBe(2 * (D + 1));
  });

  it('starts at local midnight of the first day in the business zone', () => {
    expect(iso(cal.startUtc)).toBe('2026-07-01T04:00:00.000Z');
    expect(iso(cal.businessMidnight[1]!)).toBe('2026-07-02T04:00:00.000Z');
  });

  it('marks business days (Mon–Fri minus the holiday)', () => {
    expect([...cal.business.slice(0, 14)]).toEqual([1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1]);
    expect([...cal.businessRank.slice(0, 14)]).toEqual([1, 2, 2, 2, 2, 3, 4, 5, 6, 7, 7, 7, 8, 9]);
    expect(cal.businessDayByRank[1]).toBe(0);
    expect(cal.businessDayByRank[3]).toBe(5);
  });
});

describe('buildCalendar: node ship days and cutoffs', () => {
  it('the warehouse ships Mon–Fri except the holiday', () => {
    expect([...cal.shipDay.slice(0, 14)]).toEqual([1, 1, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1]);
  });

  it('the Los Angeles store ships Mon–Sat except the holiday', () => {
    expect([...cal.shipDay.slice(D, D + 14)]).toEqual([1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 1, 0, 1, 1]);
  });

  it('cutoffs are the local cutoff time in each node’s zone', () => {
    expect(iso(cal.cutoffUtc[0]!)).toBe('2026-07-01T18:00:00.000Z'); // 14:00 EDT
    expect(iso(cal.cutoffUtc[5]!)).toBe('2026-07-06T18:00:00.000Z');
    expect(iso(cal.cutoffUtc[D + 0]!)).toBe('2026-07-01T22:00:00.000Z'); // 15:00 PDT
    expect(iso(cal.cutoffUtc[D + 3]!)).toBe('2026-07-04T22:00:00.000Z');
  });

  it('node midnights are local midnights in each node’s zone', () => {
    expect(iso(cal.nodeMidnight[0]!)).toBe('2026-07-01T04:00:00.000Z');
    expect(iso(cal.nodeMidnight[D + 1]!)).toBe('2026-07-01T07:00:00.000Z');
    expect(iso(cal.nodeMidnight[D + 1 + 1]!)).toBe('2026-07-02T07:00:00.000Z');
  });

  it('in winter the Los Angeles 15:00 cutoff is 23:00Z', () => {
    const s = epochDay(2026, 12, 1);
    const w = buildCalendar(
      s,
      s + 6,
      'America/New_York',
      [],
      [{ timezone: 'America/Los_Angeles', cutoff: 15 * 60, shipDays: 127 }],
    );
    expect(iso(w.cutoffUtc[0]!)).toBe('2026-12-01T23:00:00.000Z');
    expect(iso(w.nodeMidnight[0]!)).toBe('2026-12-01T08:00:00.000Z');
  });

  it('across the 2026-03-08 spring-forward, Los Angeles cutoffs and midnights follow the wall clock', () => {
    // days: 0 = 03-07 (PST), 1 = 03-08 (jump at 02:00 PST = 10:00Z), 2 = 03-09 (PDT)
    const s = epochDay(2026, 3, 7);
    const c = buildCalendar(
      s,
      s + 2,
      'America/Los_Angeles',
      [],
      [
        { timezone: 'America/Los_Angeles', cutoff: 15 * 60, shipDays: 127 },
        { timezone: 'America/Los_Angeles', cutoff: 9 * 60, shipDays: 127 },
      ],
    );
    const d = c.days;
    expect([iso(c.nodeMidnight[0]!), iso(c.nodeMidnight[1]!), iso(c.nodeMidnight[2]!)]).toEqual([
      '2026-03-07T08:00:00.000Z',
      '2026-03-08T08:00:00.000Z',
      '2026-03-09T07:00:00.000Z',
    ]);
    expect([iso(c.cutoffUtc[0]!), iso(c.cutoffUtc[1]!), iso(c.cutoffUtc[2]!)]).toEqual([
      '2026-03-07T23:00:00.000Z',
      '2026-03-08T22:00:00.000Z',
      '2026-03-09T22:00:00.000Z',
    ]);
    // a 09:00 cutoff on the day of the jump is 09:00 PDT = 16:00Z
    expect([iso(c.cutoffUtc[d + 0]!), iso(c.cutoffUtc[d + 1]!), iso(c.cutoffUtc[d + 2]!)]).toEqual([
      '2026-03-07T17:00:00.000Z',
      '2026-03-08T16:00:00.000Z',
      '2026-03-09T16:00:00.000Z',
    ]);
  });
});

describe('dayIndexOf', () => {
  const m = cal.businessMidnight;

  it('gives -1 before day 0 and 0 from its midnight', () => {
    expect(dayIndexOf(m, 0, D, utc(2026, 7, 1, 4) - 1)).toBe(-1);
    expect(dayIndexOf(m, 0, D, utc(2020, 1, 1))).toBe(-1);
    expect(dayIndexOf(m, 0, D, utc(2026, 7, 1, 4))).toBe(0);
  });

  it('switches day exactly at local midnight', () => {
    expect(dayIndexOf(m, 0, D, utc(2026, 7, 2, 4) - 1)).toBe(0); // 23:59:59.999 EDT
    expect(dayIndexOf(m, 0, D, utc(2026, 7, 2, 4))).toBe(1);
    expect(dayIndexOf(m, 0, D, utc(2026, 7, 2, 2))).toBe(0); // 22:00 EDT on 07-01 is 07-02 in UTC
    expect(dayIndexOf(m, 0, D, utc(2026, 7, 14, 20))).toBe(13);
  });

  it('gives count after the table', () => {
    expect(dayIndexOf(m, 0, D, m[D]!)).toBe(D);
    expect(dayIndexOf(m, 0, D, m[D]! - 1)).toBe(D - 1);
    expect(dayIndexOf(m, 0, D, utc(2030, 1, 1))).toBe(D);
  });

  it('reads a node’s own table at its offset', () => {
    const base = D + 1; // node 1, Los Angeles
    expect(dayIndexOf(cal.nodeMidnight, base, D, utc(2026, 7, 1, 7) - 1)).toBe(-1);
    expect(dayIndexOf(cal.nodeMidnight, base, D, utc(2026, 7, 1, 7))).toBe(0);
    // 05:00Z on 07-02 is 01:00 EDT on 07-02 (day 1) but 22:00 PDT on 07-01 (day 0)
    expect(dayIndexOf(cal.businessMidnight, 0, D, utc(2026, 7, 2, 5))).toBe(1);
    expect(dayIndexOf(cal.nodeMidnight, base, D, utc(2026, 7, 2, 5))).toBe(0);
    expect(dayIndexOf(cal.nodeMidnight, base, D, utc(2026, 7, 2, 7))).toBe(1);
  });

  it('finds the last day of a table that ends on a 25-hour day', () => {
    // midnights: 10-31 05:00Z, 11-01 05:00Z, 11-02 06:00Z (11-01 is 25 hours long)
    const midnights = Float64Array.from([utc(2026, 10, 31, 5), utc(2026, 11, 1, 5), utc(2026, 11, 2, 6)]);
    expect(dayIndexOf(midnights, 0, 2, utc(2026, 11, 2, 5, 30))).toBe(1); // 23:30 CST on 11-01
    expect(dayIndexOf(midnights, 0, 2, utc(2026, 11, 2, 6) - 1)).toBe(1);
    expect(dayIndexOf(midnights, 0, 2, utc(2026, 11, 2, 6))).toBe(2);
  });

  it('handles the 23-hour day at spring forward', () => {
    const s = epochDay(2026, 3, 7);
    const c = buildCalendar(s, s + 3, 'America/Chicago', [], []);
    // midnights: 03-07 06:00Z, 03-08 06:00Z, 03-09 05:00Z, 03-10 05:00Z
    expect(dayIndexOf(c.businessMidnight, 0, c.days, utc(2026, 3, 9, 5) - 1)).toBe(1);
    expect(dayIndexOf(c.businessMidnight, 0, c.days, utc(2026, 3, 9, 5))).toBe(2);
    expect(dayIndexOf(c.businessMidnight, 0, c.days, utc(2026, 3, 8, 6) - 1)).toBe(0);
    expect(dayIndexOf(c.businessMidnight, 0, c.days, utc(2026, 3, 8, 6))).toBe(1);
  });
});

describe('addBusinessDays over a built calendar', () => {
  it('n = 0 returns the day itself', () => {
    expect(addBusinessDays(cal, 0, 0)).toBe(0);
    expect(addBusinessDays(cal, 3, 0)).toBe(3); // Saturday stays Saturday
  });

  it('Saturday + 1 = Monday, Sunday + 1 = Monday', () => {
    expect(addBusinessDays(cal, 3, 1)).toBe(5);
    expect(addBusinessDays(cal, 4, 1)).toBe(5);
    expect(addBusinessDays(cal, 10, 1)).toBe(12);
  });

  it('Monday + 3 = Thursday; Friday + 1 = Monday', () => {
    expect(addBusinessDays(cal, 5, 3)).toBe(8);
    expect(addBusinessDays(cal, 9, 1)).toBe(12);
  });

  it('skips the holiday', () => {
    expect(addBusinessDays(cal, 1, 1)).toBe(5); // Thu 07-02 + 1 = Mon 07-06
    expect(addBusinessDays(cal, 0, 2)).toBe(5); // Wed + 2 = Mon
    expect(addBusinessDays(cal, 2, 1)).toBe(5); // the holiday itself + 1 = Mon
    expect(addBusinessDays(cal, 0, 5)).toBe(8); // Thu, Mon, Tue, Wed, Thu
  });

  it('agrees with walking the business flags, far into the horizon', () => {
    for (const from of [0, 3, 13, 40]) {
      for (const n of [1, 2, 7, 30]) {
        let d = from,
          left = n;
        while (left > 0) if (cal.business[++d]) left--;
        expect(addBusinessDays(cal, from, n), `${from} + ${n}`).toBe(d);
      }
    }
  });

  it('throws past the end of the tables', () => {
    expect(() => addBusinessDays(cal, 0, 10_000)).toThrow(RangeError);
  });
});
