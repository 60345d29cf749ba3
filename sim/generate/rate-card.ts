/**
 * The bundled rate card and transit table. ILLUSTRATIVE: shaped like a US ground parcel
 * list (price rising with zone and weight), not any carrier's published rates. Replace it
 * with your own contract rates.
 */
import { toDataCSV } from '../format/csv-write.ts';

export const ILLUSTRATIVE_CARRIER = 'ILLUSTRATIVE';

interface ServiceShape {
  service: string;
  /** 1-lb price by zone 1..8. */
  base: number[];
  /** Added per extra pound by zone. */
  perLb: number[];
  transit: number[];
}

const SERVICES: ServiceShape[] = [
  {
    service: 'Ground',
    base: [5.6, 5.8, 6.1, 6.5, 6.9, 7.3, 7.7, 8.1],
    perLb: [0.3, 0.38, 0.5, 0.65, 0.8, 0.95, 1.1, 1.25],
    transit: [1, 1, 2, 3, 3, 4, 4, 5],
  },
  {
    service: '2Day',
    base: [12.4, 13.3, 14.3, 15.4, 16.6, 17.7, 18.7, 19.8],
    perLb: [0.7, 0.9, 1.15, 1.4, 1.7, 2.0, 2.25, 2.5],
    transit: [1, 2, 2, 2, 2, 2, 2, 2],
  },
];

/** rate_card.csv text: zones 1–8 × 1–70 lb for each illustrative service. */
export function illustrativeRateCard(maxLb = 70): string {
  const rows: (string | number)[][] = [];
  for (const s of SERVICES)
    for (let z = 1; z <= 8; z++)
      for (let lb = 1; lb <= maxLb; lb++)
        rows.push([ILLUSTRATIVE_CARRIER, s.service, z, lb, (s.base[z - 1]! + s.perLb[z - 1]! * (lb - 1)).toFixed(2)]);
  return toDataCSV(['carrier', 'service', 'zone', 'max_weight_lb', 'price'], rows);
}

/** transit.csv text: business days by zone for each illustrative service. */
export function illustrativeTransit(): string {
  const rows: (string | number)[][] = [];
  for (const s of SERVICES)
    for (let z = 1; z <= 8; z++) rows.push([ILLUSTRATIVE_CARRIER, s.service, z, s.transit[z - 1]!]);
  return toDataCSV(['carrier', 'service', 'zone', 'business_days'], rows);
}
