/** Compiles the shipping model: price by service × zone × pound, transit by service × zone. */
import type { ShippingTable } from '../model/types.ts';
import type { RateRow, TransitRow } from '../parse/types.ts';
import type { ShippingConfig } from '../scenario/schema.ts';
import { ZONE_COUNT } from '../geo/zones.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';

/** Heaviest package weight (lb) a rate card table is built for. */
const MAX_TABLE_LB = 150;

/**
 * Builds the shipping table. `serviceNames` are the order ship services (e.g. `standard`);
 * each may be limited to some carrier services by `shipping.services` in the scenario.
 */
export function compileShipping(
  cfg: ShippingConfig,
  rates: RateRow[],
  transit: TransitRow[],
  serviceNames: string[],
  files: { rates: string; transit: string; scenario: string },
  problems: Problems,
): ShippingTable {
  const base = {
    dimDivisor: 139,
    fuelPct: 0,
    residential: 0,
    linear: { perPackage: 0, perUnit: 0, perUnitMile: 0, perPackageMile: 0 },
    delayProbability: cfg.transit_delay.probability,
    delayDays: cfg.transit_delay.days,
  };
  if (cfg.model === 'linear') {
    return {
      ...base,
      model: 'linear',
      names: ['linear'],
      maxLb: 0,
      price: new Float64Array(0),
      transitDays: Int32Array.from(cfg.transit_business_days_by_zone),
      allowed: serviceNames.map(() => Int32Array.of(0)),
      linear: {
        perPackage: cfg.per_package,
        perUnit: cfg.per_unit,
        perUnitMile: cfg.per_unit_mile,
        perPackageMile: cfg.per_package_mile,
      },
    };
  }
  const nameOf = (r: { carrier: string; service: string }) => `${r.carrier}/${r.service}`;
  const names = [...new Set(rates.map(nameOf))].sort();
  const idx = new Map(names.map((n, i) => [n, i]));
  const maxLb = Math.min(MAX_TABLE_LB, Math.max(1, ...rates.map((r) => Math.ceil(r.maxWeightLb))));
  const stride = maxLb + 1;
  const price = new Float64Array(names.length * ZONE_COUNT * stride);
  const transitDays = new Int32Array(names.length * ZONE_COUNT).fill(-1);

  for (let c = 0; c < names.length; c++) {
    for (let z = 1; z <= ZONE_COUNT; z++) {
      const rows = rates
        .filter((r) => nameOf(r) === names[c] && r.zone === z)
        .sort((a, b) => a.maxWeightLb - b.maxWeightLb);
      if (rows.length === 0) {
        problems.error({ file: files.rates, ...msg.rateCardGap(names[c]!, z) });
        continue;
      }
      const off = (c * ZONE_COUNT + (z - 1)) * stride;
      let k = 0;
      for (let lb = 0; lb <= maxLb; lb++) {
        while (k < rows.length - 1 && rows[k]!.maxWeightLb < lb) k++;
        price[off + lb] = rows[k]!.price;
      }
    }
  }
  for (const t of transit) {
    const c = idx.get(nameOf(t));
    if (c !== undefined) transitDays[c * ZONE_COUNT + t.zone - 1] = t.businessDays;
  }
  for (let c = 0; c < names.length; c++)
    for (let z = 1; z <= ZONE_COUNT; z++)
      if (transitDays[c * ZONE_COUNT + z - 1]! < 0)
        problems.error({ file: files.transit, ...msg.transitGap(names[c]!, z) });

  const all = Int32Array.from(names.keys());
  const allowed = serviceNames.map((s) => {
    const listed = cfg.services[s];
    if (!listed) return all;
    const ids: number[] = [];
    for (const n of listed) {
      const i = idx.get(n);
      if (i === undefined)
        problems.error({
          file: files.scenario,
          field: `shipping.services.${s}`,
          ...msg.unknownCarrierService(n, names),
        });
      else ids.push(i);
    }
    return Int32Array.from(ids);
  });
  return {
    ...base,
    model: 'rate-card',
    names,
    maxLb,
    price,
    transitDays,
    allowed,
    dimDivisor: cfg.dim_divisor,
    fuelPct: cfg.fuel_surcharge_pct,
    residential: cfg.residential_surcharge,
  };
}
