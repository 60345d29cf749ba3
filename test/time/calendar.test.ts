/**
 * Calendar arithmetic on epoch days. Known answers worked out by hand:
 *   1970-01-01 = day 0 (a Thursday); 2000-01-01 = 10957;
 *   2026-01-01 = 10957 + 26 × 365 + 7 leap days (2000…2024) = 20454;
 *   2026-07-01 = 20454 + 181 (Jan–Jun) = 20635, a Wednesday (2026-07-06 is a Monday);
 *   2026-07-03 (Fri, the observed Independence Day) = 20637, 07-04 (Sat) = 20638.
 */
import { describe, expect, it } from 'vitest';
import {
  BusinessCalendar,
  epochDay,
  formatEpochDay,
  MON_TO_FRI,
  parseIsoDate,
  parseWeekdays,
  weekday,
} from '../../sim/time/calendar.ts';

const WED_JUL_1 = 20635;
const THU_JUL_2 = 20636;
const FRI_JUL_3 = 20637;
const SAT_JUL_4 = 20638;
const SUN_JUL_5 = 20639;
const MON_JUL_6 = 20640;
const THU_JUL_9 = 20643;
const FRI_JUL_10 = 20644;
const MON_JUL_13 = 20647;

describe('parseIsoDate', () => {
  it('reads real dates as epoch days', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    expect(parseIsoDate('2000-01-01')).toBe(10957);
    expect(parseIsoDate('2026-01-01')).toBe(20454);
    expect(parseIsoDate('2026-07-01')).toBe(WED_JUL_1);
  });

  it('accepts leap days only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).toBe(20454 - 365 - 366 + 31 + 28); // 2024-01-01 + 59
    expect(parseIsoDate('2000-02-29')).toBe(10957 + 59);
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
  });

  it('rejects dates that do not exist', () => {
    for (const t of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'])
      expect(parseIsoDate(t), t).toBeNull();
  });

  it('rejects other spellings and junk', () => {
    for (const t of [
      '2026-7-1',
      '26-07-01',
      '2026/07/01',
      '07/01/2026',
      '2026-07-01T00:00',
      ' 2026-07-01',
      '',
      'today',
    ])
      expect(parseIsoDate(t), t).toBeNull();
  });
});

describe('epochDay and formatEpochDay', () => {
  it('agree with the hand-counted days', () => {
    expect(epochDay(1970, 1, 1)).toBe(0);
    expect(epochDay(2026, 7, 1)).toBe(WED_JUL_1);
    expect(epochDay(2026, 12, 31)).toBe(20454 + 364);
  });

  it('formats epoch days as YYYY-MM-DD', () => {
    expect(formatEpochDay(0)).toBe('1970-01-01');
    expect(formatEpochDay(-1)).toBe('1969-12-31');
    expect(formatEpochDay(10957)).toBe('2000-01-01');
    expect(formatEpochDay(WED_JUL_1)).toBe('2026-07-01');
    expect(formatEpochDay(20454 + 58)).toBe('2026-02-28');
    expect(formatEpochDay(20454 + 59)).toBe('2026-03-01');
  });

  it('round-trips through parseIsoDate', () => {
    for (const d of [-400, -1, 0, 59, 10957, 11016, 20454, 20635, 30000])
      expect(parseIsoDate(formatEpochDay(d))).toBe(d);
  });
});

describe('weekday', () => {
  it('counts 0 = Sunday … 6 = Saturday from a Thursday epoch', () => {
    expect(weekday(0)).toBe(4); // 1970-01-01 Thursday
    expect(weekday(2)).toBe(6); // Saturday
    expect(weekday(3)).toBe(0); // Sunday
    expect(weekday(WED_JUL_1)).toBe(3);
    expect(weekday(SAT_JUL_4)).toBe(6);
    expect(weekday(SUN_JUL_5)).toBe(0);
    expect(weekday(MON_JUL_6)).toBe(1);
  });

  it('works before 1970', () => {
    expect(weekday(-1)).toBe(3); // 1969-12-31 Wednesday
    expect(weekday(-4)).toBe(0); // 1969-12-28 Sunday
    expect(weekday(-7)).toBe(4);
    expect(weekday(-8)).toBe(3);
  });
});

describe('parseWeekdays', () => {
  // bits: Sun 1, Mon 2, Tue 4, Wed 8, Thu 16, Fri 32, Sat 64
  it('reads ranges', () => {
    expect(parseWeekdays('Mon-Fri')).toBe(2 + 4 + 8 + 16 + 32);
    expect(parseWeekdays('Mon-Fri')).toBe(MON_TO_FRI);
    expect(parseWeekdays('Mon-Sat')).toBe(126);
    expect(parseWeekdays('Sun-Sat')).toBe(127);
    expect(parseWeekdays('Wed-Wed')).toBe(8);
  });

  it('wraps a range past Saturday', () => {
    expect(parseWeekdays('Fri-Mon')).toBe(32 + 64 + 1 + 2);
    expect(parseWeekdays('Sat-Sun')).toBe(64 + 1);
  });

  it('reads lists, with any case and spacing', () => {
    expect(parseWeekdays('Mon,Wed,Fri')).toBe(2 + 8 + 32);
    expect(parseWeekdays(' mon , WED ,fri ')).toBe(2 + 8 + 32);
    expect(parseWeekdays('MON-fri')).toBe(MON_TO_FRI);
    expect(parseWeekdays('Sat')).toBe(64);
    expect(parseWeekdays('Mon-Wed,Sat')).toBe(2 + 4 + 8 + 64);
  });

  it('reads every day', () => {
    expect(parseWeekdays('daily')).toBe(127);
    expect(parseWeekdays('Daily')).toBe(127);
  });

  it('returns null for junk', () => {
    for (const t of ['', '  ', 'banana', 'weekdays', 'Mo-Fr', 'Mon-', '-Fri', 'Mon-Wed-Fri', '1-5', 'Mon,Xyz'])
      expect(parseWeekdays(t), JSON.stringify(t)).toBeNull();
  });
});

describe('BusinessCalendar', () => {
  const plain = new BusinessCalendar();
  const july4 = new BusinessCalendar([FRI_JUL_3]);

  it('knows business days', () => {
    expect(plain.isBusinessDay(WED_JUL_1)).toBe(true);
    expect(plain.isBusinessDay(FRI_JUL_3)).toBe(true);
    expect(plain.isBusinessDay(SAT_JUL_4)).toBe(false);
    expect(plain.isBusinessDay(SUN_JUL_5)).toBe(false);
    expect(july4.isBusinessDay(FRI_JUL_3)).toBe(false);
    expect(july4.isBusinessDay(THU_JUL_2)).toBe(true);
  });

  it('Saturday + 1 = Monday', () => {
    expect(plain.addBusinessDays(SAT_JUL_4, 1)).toBe(MON_JUL_6);
  });

  it('Sunday + 1 = Monday', () => {
    expect(plain.addBusinessDays(SUN_JUL_5, 1)).toBe(MON_JUL_6);
  });

  it('Monday + 3 = Thursday', () => {
    expect(plain.addBusinessDays(MON_JUL_6, 3)).toBe(THU_JUL_9);
  });

  it('Friday + 1 = Monday', () => {
    expect(plain.addBusinessDays(FRI_JUL_10, 1)).toBe(MON_JUL_13);
  });

  it('Monday + 5 = next Monday', () => {
    expect(plain.addBusinessDays(MON_JUL_6, 5)).toBe(MON_JUL_13);
  });

  it('skips holidays', () => {
    expect(plain.addBusinessDays(THU_JUL_2, 1)).toBe(FRI_JUL_3);
    expect(july4.addBusinessDays(THU_JUL_2, 1)).toBe(MON_JUL_6);
    expect(july4.addBusinessDays(WED_JUL_1, 2)).toBe(MON_JUL_6);
    expect(july4.addBusinessDays(WED_JUL_1, 5)).toBe(THU_JUL_9);
    // two holidays in a row
    const both = new BusinessCalendar([FRI_JUL_3, MON_JUL_6]);
    expect(both.addBusinessDays(THU_JUL_2, 1)).toBe(MON_JUL_6 + 1);
  });

  it('n = 0 returns the day itself, business day or not', () => {
    expect(plain.addBusinessDays(MON_JUL_6, 0)).toBe(MON_JUL_6);
    expect(plain.addBusinessDays(SAT_JUL_4, 0)).toBe(SAT_JUL_4);
    expect(july4.addBusinessDays(FRI_JUL_3, 0)).toBe(FRI_JUL_3);
  });

  it('counts business days between two days', () => {
    expect(plain.businessDaysBetween(FRI_JUL_10, MON_JUL_13)).toBe(1);
    expect(plain.businessDaysBetween(MON_JUL_13, FRI_JUL_10)).toBe(-1);
    expect(plain.businessDaysBetween(MON_JUL_6, MON_JUL_6)).toBe(0);
    expect(plain.businessDaysBetween(MON_JUL_6, MON_JUL_13)).toBe(5);
    expect(july4.businessDaysBetween(WED_JUL_1, MON_JUL_6)).toBe(2); // Thu 2, Mon 6
  });
});
