/** State → time zone table and the sorted list of state codes. */
import { describe, expect, it } from 'vitest';
import { STATE_TIMEZONE, US_STATE_CODES } from '../../sim/geo/timezones.ts';
import { isValidTimeZone } from '../../sim/time/zone.ts';

describe('STATE_TIMEZONE', () => {
  it('gives each state the zone of most of its people', () => {
    expect(STATE_TIMEZONE.NY).toBe('America/New_York');
    expect(STATE_TIMEZONE.CA).toBe('America/Los_Angeles');
    expect(STATE_TIMEZONE.TX).toBe('America/Chicago'); // El Paso is Mountain, most of Texas Central
    expect(STATE_TIMEZONE.AZ).toBe('America/Phoenix'); // no daylight saving time
    expect(STATE_TIMEZONE.HI).toBe('Pacific/Honolulu');
    expect(STATE_TIMEZONE.PR).toBe('America/Puerto_Rico');
    expect(STATE_TIMEZONE.ZZ).toBeUndefined();
  });

  it('names only zones the time code knows', () => {
    const bad = Object.entries(STATE_TIMEZONE).filter(([, z]) => !isValidTimeZone(z));
    expect(bad).toEqual([]);
  });
});

describe('US_STATE_CODES', () => {
  it('lists 50 states, DC and 5 territories, A to Z', () => {
    expect(US_STATE_CODES).toHaveLength(56); // 50 + DC + PR, VI, GU, MP, AS
    expect(US_STATE_CODES.slice(0, 4)).toEqual(['AK', 'AL', 'AR', 'AS']);
    expect(US_STATE_CODES.at(-1)).toBe('WY');
    expect([...US_STATE_CODES].sort()).toEqual(US_STATE_CODES);
    expect(new Set(US_STATE_CODES).size).toBe(56);
  });
});
