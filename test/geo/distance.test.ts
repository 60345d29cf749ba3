/**
 * Great-circle distances on a sphere of radius 3958.8 mi. Known answers:
 *   1° of arc = 2π × 3958.8 / 360 = 69.094 mi; half the globe = π × 3958.8 = 12,436.9 mi;
 *   New York City (40.7128, -74.0060) – Los Angeles (34.0522, -118.2437) ≈ 2,445 mi.
 */
import { describe, expect, it } from 'vitest';
import { haversineMiles } from '../../sim/geo/distance.ts';

describe('haversineMiles', () => {
  it('NYC to LA is about 2,445 miles', () => {
    expect(Math.abs(haversineMiles(40.7128, -74.006, 34.0522, -118.2437) - 2445)).toBeLessThan(5);
  });

  it('is symmetric', () => {
    expect(haversineMiles(34.0522, -118.2437, 40.7128, -74.006)).toBeCloseTo(
      haversineMiles(40.7128, -74.006, 34.0522, -118.2437),
      9,
    );
  });

  it('one degree of latitude is 69.09 miles', () => {
    expect(haversineMiles(0, 0, 1, 0)).toBeCloseTo(69.09, 2);
    expect(haversineMiles(40, -100, 41, -100)).toBeCloseTo(69.09, 2);
    expect(haversineMiles(0, 0, 2, 0)).toBeCloseTo(138.19, 2);
  });

  it('one degree of longitude is 69.09 miles at the equator and about half at 60°N', () => {
    expect(haversineMiles(0, 0, 0, 1)).toBeCloseTo(69.09, 2);
    expect(haversineMiles(60, 0, 60, 1)).toBeCloseTo(34.55, 1);
  });

  it('is zero for the same point', () => {
    expect(haversineMiles(40.7128, -74.006, 40.7128, -74.006)).toBe(0);
  });

  it('is half the circumference between antipodes', () => {
    expect(haversineMiles(0, 0, 0, 180)).toBeCloseTo(12436.9, 0);
    expect(haversineMiles(90, 0, -90, 0)).toBeCloseTo(12436.9, 0);
    expect(haversineMiles(45, 10, -45, -170)).toBeCloseTo(12436.9, 0);
  });

  it('crosses the antimeridian the short way', () => {
    expect(haversineMiles(0, 179.5, 0, -179.5)).toBeCloseTo(69.09, 2);
  });
});
