/**
 * Day labels. Known answers: 2026-07-01 is epoch day 20635 (see calendar.test.ts), so index 3 of a
 * calendar that starts there is 2026-07-04, and index 31 crosses into August (2026-08-01).
 */
import { describe, expect, it } from 'vitest';
import { dayLabel } from '../../sim/time/day-label.ts';

const JULY_1 = { calendar: { startEpochDay: 20635 } };

describe('dayLabel', () => {
  it('labels day 0 as the first calendar day', () => {
    expect(dayLabel(JULY_1, 0)).toBe('2026-07-01');
  });
  it('counts whole days from the start, across a month end', () => {
    expect(dayLabel(JULY_1, 3)).toBe('2026-07-04');
    expect(dayLabel(JULY_1, 31)).toBe('2026-08-01');
  });
  it('gives an empty label for a negative index (no such day)', () => {
    expect(dayLabel(JULY_1, -1)).toBe('');
  });
  it('counts from the epoch when the calendar starts at day 0', () => {
    expect(dayLabel({ calendar: { startEpochDay: 0 } }, 1)).toBe('1970-01-02');
  });
});
