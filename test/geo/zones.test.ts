/** USPS distance bands: ≤50, 51–150, 151–300, 301–600, 601–1000, 1001–1400, 1401–1800, ≥1801 miles. */
import { describe, expect, it } from 'vitest';
import { ZONE_COUNT, ZONE_UPPER_MILES, zoneForMiles } from '../../sim/geo/zones.ts';

describe('zoneForMiles', () => {
  it.each([
    [0, 1],
    [0.1, 1],
    [1, 1],
    [50, 1],
    [50.2, 2],
    [50.0001, 2],
    [51, 2],
    [150, 2],
    [150.5, 3],
    [151, 3],
    [300, 3],
    [301, 4],
    [600, 4],
    [601, 5],
    [1000, 5],
    [1001, 6],
    [1400, 6],
    [1401, 7],
    [1800, 7],
    [1800.01, 8],
    [1801, 8],
    [2445, 8],
    [6000, 8],
  ])('%s miles is zone %s', (miles, zone) => {
    expect(zoneForMiles(miles)).toBe(zone);
  });

  it('has eight zones with the USPS upper bounds', () => {
    expect(ZONE_COUNT).toBe(8);
    expect([...ZONE_UPPER_MILES]).toEqual([50, 150, 300, 600, 1000, 1400, 1800]);
  });
});
