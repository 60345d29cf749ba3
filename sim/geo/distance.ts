/** Great-circle distances. */

const EARTH_RADIUS_MILES = 3958.8;
const RAD = Math.PI / 180;

/**
 * Great-circle (haversine) distance in statute miles between two points in degrees.
 * @example haversineMiles(40.7128, -74.006, 34.0522, -118.2437) // ≈ 2445
 */
export function haversineMiles(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(a)));
}
