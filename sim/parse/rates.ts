/** rate_card.csv and transit.csv: carrier prices and transit days by zone (DESIGN §3). */
import type { CsvTable } from './csv.ts';
import { parseInteger, parseNumber } from './fields.ts';
import { readRows, TableReader } from './table.ts';
import type { RateRow, TransitRow, ZoneChartRow } from './types.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';
import { ZONE_COUNT } from '../geo/zones.ts';

export const RATE_COLUMNS = {
  required: ['carrier', 'service', 'zone', 'max_weight_lb', 'price'],
  optional: [],
} as const;
export const ZONE_CHART_COLUMNS = { required: ['origin_zip3', 'dest_zip3', 'zone'], optional: [] } as const;

const parseZip3 = (t: string) => {
  const v = parseInteger(t, 0);
  return v.ok && v.value > 999 ? { ok: false as const, error: msg.notZip3(t) } : v;
};

/** Parses a zone chart: origin ZIP3 × destination ZIP3 → zone (1–8), overriding the distance bands. */
export function parseZoneChart(table: CsvTable, problems: Problems): ZoneChartRow[] {
  return readRows(table, ZONE_CHART_COLUMNS, problems, (r) => ({
    line: r.line,
    originZip3: r.get('origin_zip3', parseZip3, { required: true })!,
    destZip3: r.get('dest_zip3', parseZip3, { required: true })!,
    zone: r.get('zone', parseZone, { required: true })!,
  }));
}

export const TRANSIT_COLUMNS = { required: ['carrier', 'service', 'zone', 'business_days'], optional: [] } as const;

const parseZone = (t: string) => {
  const v = parseInteger(t, 1);
  return v.ok && v.value > ZONE_COUNT
    ? { ok: false as const, error: msg.notOneOf(t, ['1', '2', '3', '4', '5', '6', '7', '8']) }
    : v;
};

function carrierService(r: TableReader): { carrier: string; service: string } {
  const carrier = r.text('carrier');
  const service = r.text('service');
  if (carrier === '') r.error('carrier', msg.required('carrier'));
  if (service === '') r.error('service', msg.required('service'));
  return { carrier, service };
}

/** Parses rate card rows: the price of a package up to `max_weight_lb` in a zone. */
export function parseRates(table: CsvTable, problems: Problems): RateRow[] {
  return readRows(table, RATE_COLUMNS, problems, (r) => ({
    line: r.line,
    ...carrierService(r),
    zone: r.get('zone', parseZone, { required: true })!,
    maxWeightLb: r.get('max_weight_lb', (t) => parseNumber(t, 0), { required: true })!,
    price: r.get('price', (t) => parseNumber(t, 0), { required: true })!,
  }));
}

/** Parses transit rows: business days in transit by carrier service and zone. */
export function parseTransit(table: CsvTable, problems: Problems): TransitRow[] {
  return readRows(table, TRANSIT_COLUMNS, problems, (r) => ({
    line: r.line,
    ...carrierService(r),
    zone: r.get('zone', parseZone, { required: true })!,
    businessDays: r.get('business_days', (t) => parseInteger(t, 0), { required: true })!,
  }));
}
