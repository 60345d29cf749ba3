/**
 * ZIP repair and lookup. Reference centroids (Census ZCTA, rounded): 10001 (Manhattan,
 * Chelsea) 40.7506, -73.9972; 90210 (Beverly Hills) 34.1030, -118.4105.
 * 10000 is not a ZIP code but ZIP3 100 (Manhattan) is in use.
 */
import { describe, expect, it } from 'vitest';
import { haversineMiles } from '../../sim/geo/distance.ts';
import { locateZip, normalizeZip, stateOfZip, zip3Centroid } from '../../sim/geo/zip.ts';

describe('normalizeZip', () => {
  it('keeps a clean ZIP5 as it is, with no repairs', () => {
    expect(normalizeZip('02134')).toEqual({ zip5: '02134', repairs: [] });
    expect(normalizeZip(' 10001 ')).toEqual({ zip5: '10001', repairs: [] });
  });

  it('strips a leading apostrophe', () => {
    expect(normalizeZip("'02134")).toEqual({ zip5: '02134', repairs: ['apostrophe'] });
  });

  it('restores leading zeros lost by a spreadsheet', () => {
    expect(normalizeZip('2134')).toEqual({ zip5: '02134', repairs: ['leading-zeros'] });
    expect(normalizeZip('501')).toEqual({ zip5: '00501', repairs: ['leading-zeros'] });
  });

  it('drops a ZIP+4 suffix, with or without the dash', () => {
    expect(normalizeZip('02134-1234')).toEqual({ zip5: '02134', repairs: ['zip4'] });
    expect(normalizeZip('021341234')).toEqual({ zip5: '02134', repairs: ['zip4'] });
    expect(normalizeZip('02134 1234')).toEqual({ zip5: '02134', repairs: ['zip4'] });
  });

  it('combines repairs', () => {
    expect(normalizeZip("'02134-1234")).toEqual({ zip5: '02134', repairs: ['apostrophe', 'zip4'] });
  });

  it('returns null when no ZIP5 can be recovered', () => {
    for (const t of [
      '',
      "'",
      '12',
      '1',
      'abcde',
      '1234a',
      '10001-12',
      '123456',
      '1234567',
      '12345678',
      '0213412345',
      'ZIP 10001',
      '10001-abcd',
    ]) {
      expect(normalizeZip(t), JSON.stringify(t)).toBeNull();
    }
  });
});

describe('locateZip', () => {
  it('finds a real ZIP within a mile of its known centroid', () => {
    const l = locateZip('10001');
    expect(l).not.toBeNull();
    expect(l!.precision).toBe('zip5');
    expect(haversineMiles(l!.lat, l!.lon, 40.7506, -73.9972)).toBeLessThan(1);
  });

  it('finds a West Coast ZIP within a few miles of its centroid', () => {
    const l = locateZip('90210')!;
    expect(l.precision).toBe('zip5');
    expect(haversineMiles(l.lat, l.lon, 34.103, -118.4105)).toBeLessThan(3);
  });

  it('falls back to the ZIP3 centroid for an unused ZIP5 in a used ZIP3', () => {
    const l = locateZip('10000');
    expect(l).not.toBeNull();
    expect(l!.precision).toBe('zip3');
    const c = zip3Centroid(100)!;
    expect(l).toEqual({ lat: c.lat, lon: c.lon, precision: 'zip3' });
    // the mean of Manhattan's 100xx ZIPs lies in Manhattan: within 5 miles of 10001
    expect(haversineMiles(l!.lat, l!.lon, 40.7506, -73.9972)).toBeLessThan(5);
  });

  it('returns null when neither the ZIP nor its ZIP3 is known', () => {
    expect(locateZip('00000')).toBeNull();
    expect(zip3Centroid(0)).toBeNull();
  });

  it('returns null for text that is not a ZIP number', () => {
    expect(locateZip('abcde')).toBeNull();
    expect(locateZip('100000')).toBeNull();
    expect(locateZip('-1')).toBeNull();
  });
});

describe('stateOfZip', () => {
  it('names the state of a known ZIP, or gives ""', () => {
    expect(stateOfZip('10001')).toBe('NY');
    expect(stateOfZip('90210')).toBe('CA');
    expect(stateOfZip('00000')).toBe('');
  });
});
