/** Rows of local times (model/local-times.ts), worked by hand: EDT is UTC−4, CDT UTC−5. */
import { describe, expect, it } from 'vitest';
import { localTimeRow } from '../../sim/model/local-times.ts';
import { epochDay } from '../../sim/time/calendar.ts';

const JULY_1 = epochDay(2026, 7, 1);

describe('localTimeRow', () => {
  it('gives each day’s local time as a UTC instant', () => {
    expect([...localTimeRow(JULY_1, 0, 'America/New_York', 2)]).toEqual([
      Date.parse('2026-07-01T04:00Z'),
      Date.parse('2026-07-02T04:00Z'),
    ]);
    expect([...localTimeRow(JULY_1, 16 * 60, 'America/Chicago', 1)]).toEqual([Date.parse('2026-07-01T21:00Z')]);
  });

  it('works a row out once: the same arguments give the same row, other arguments another', () => {
    const row = localTimeRow(JULY_1, 0, 'America/New_York', 2);
    expect(localTimeRow(JULY_1, 0, 'America/New_York', 2)).toBe(row);
    expect(localTimeRow(JULY_1, 0, 'America/New_York', 3)).not.toBe(row);
    expect([...localTimeRow(JULY_1 + 1, 0, 'America/New_York', 1)]).toEqual([row[1]]);
  });
});
