/**
 * Shipping zones from distance: the USPS distance bands between ZIP3 centroids.
 * Zone 1: ≤ 50 mi (USPS also counts the same ZIP3 as zone 1), 2: 51–150, 3: 151–300,
 * 4: 301–600, 5: 601–1000, 6: 1001–1400, 7: 1401–1800, 8: ≥ 1801.
 */

/** Upper bounds (miles, inclusive) of zones 1–7; anything farther is zone 8. */
export const ZONE_UPPER_MILES = [50, 150, 300, 600, 1000, 1400, 1800] as const;

/** Number of zones (1..8). */
export const ZONE_COUNT = 8;

/**
 * Zone (1–8) for a distance in miles. Distances are rounded up to whole miles first, as
 * the bands are whole miles (50.2 mi ⇒ 51 ⇒ zone 2).
 * @example zoneForMiles(120) // 2
 */
export function zoneForMiles(miles: number): number {
  const m = Math.ceil(miles);
  for (let z = 0; z < ZONE_UPPER_MILES.length; z++) if (m <= ZONE_UPPER_MILES[z]!) return z + 1;
  return ZONE_COUNT;
}
