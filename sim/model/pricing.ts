/**
 * What a package costs and how long it travels: carrier service choice, billable weight,
 * zone price with surcharges (or the linear model), and pick/pack. Pure functions of the
 * model; the engine uses them to ship and policies use them to estimate.
 */
import { addBusinessDays } from './day-tables.ts';
import type { Model } from './types.ts';

/** A price quote, written into a reused object so quoting allocates nothing. */
export interface PackageQuote {
  /** Carrier cost in dollars (surcharges included, rounded to cents for rate cards). */
  cost: number;
  /** Carrier service index chosen. */
  service: number;
  /** Transit business days (before any random delay). */
  transit: number;
  /** Billable whole pounds (0 under the linear model). */
  lb: number;
  /** True when heavier than the rate card's heaviest row (priced at that row). */
  overweight: boolean;
}

/** A blank quote object to reuse. */
export function newQuote(): PackageQuote {
  return { cost: 0, service: 0, transit: 0, lb: 0, overweight: false };
}

/**
 * Quotes a package of `units` units weighing `weight` lb and `volume` cubic inches from
 * `node` to order `o`'s customer, leaving on day `shipDay`. Among the carrier services
 * allowed for the order's ship service, the cheapest that arrives by the promise is used,
 * else the fastest (then the cheapest).
 * @example quotePackage(model, 0, 1, 3, 2, 1.5, 300, newQuote()).cost // 14.2
 */
export function quotePackage(
  model: Model,
  o: number,
  node: number,
  shipDay: number,
  units: number,
  weight: number,
  volume: number,
  q: PackageQuote,
): PackageQuote {
  const { shipping, orders, dests } = model;
  const N = model.nodes.count;
  const dest = orders.dest[o]!;
  const zone = dests.zone[dest * N + node]!;
  if (shipping.model === 'linear') {
    q.transit = shipping.transitDays[zone - 1]!;
    q.cost = linearCost(shipping, dests.miles[dest * N + node]!, units);
    q.service = 0;
    q.lb = 0;
    q.overweight = false;
    return q;
  }
  const lb = billableLb(shipping, weight, volume);
  const priceLb = lb > shipping.maxLb ? shipping.maxLb : lb;
  const promise = orders.promiseDay[o]!;
  const allowed = shipping.allowed[orders.service[o]!]!;
  let bestOk = -1,
    bestLate = -1,
    okPrice = Infinity,
    latePrice = Infinity,
    lateDays = Infinity;
  for (let a = 0; a < allowed.length; a++) {
    const c = allowed[a]!;
    const days = shipping.transitDays[c * 8 + zone - 1]!;
    const price = shipping.price[(c * 8 + zone - 1) * (shipping.maxLb + 1) + priceLb]!;
    if (addBusinessDays(model.calendar, shipDay, days) <= promise) {
      if (price < okPrice) {
        okPrice = price;
        bestOk = c;
      }
    } else if (days < lateDays || (days === lateDays && price < latePrice)) {
      lateDays = days;
      latePrice = price;
      bestLate = c;
    }
  }
  q.service = bestOk >= 0 ? bestOk : bestLate;
  q.transit = shipping.transitDays[q.service * 8 + zone - 1]!;
  q.cost = carrierCharge(shipping, bestOk >= 0 ? okPrice : latePrice);
  q.lb = lb;
  q.overweight = lb > shipping.maxLb;
  return q;
}

/** The linear model's carrier cost of a package of `units` units travelling `miles`. */
function linearCost(shipping: Model['shipping'], miles: number, units: number): number {
  const l = shipping.linear;
  return l.perPackage + l.perUnit * units + l.perUnitMile * units * miles + l.perPackageMile * miles;
}

/** Billable whole pounds: the actual or the dimensional weight, whichever is more, rounded up (at least 1). */
function billableLb(shipping: Model['shipping'], weight: number, volume: number): number {
  return Math.max(1, Math.ceil(Math.max(weight, volume / shipping.dimDivisor) - 1e-9));
}

/** What the carrier charges for a rate-card base price: fuel surcharge and residential fee added, rounded to cents. */
function carrierCharge(shipping: Model['shipping'], base: number): number {
  return Math.round((base * (1 + shipping.fuelPct / 100) + shipping.residential) * 100) / 100;
}

/**
 * The least a package of `weight` lb and `volume` in³ from `node` to order `o`'s customer can
 * cost the carrier: the cheapest service allowed for the order's ship service, whatever the
 * promise (so never more than `quotePackage` charges; a lower bound's cost). Linear model: its formula.
 * @example lowestCarrierCost(model, o, node, 1, 1.2, 216) // e.g. 7.29: 1.2 lb bills as 2 lb at the cheapest allowed service
 */
export function lowestCarrierCost(
  model: Model,
  o: number,
  node: number,
  units: number,
  weight: number,
  volume: number,
): number {
  const { shipping, orders, dests } = model;
  const N = model.nodes.count;
  const dest = orders.dest[o]!;
  if (shipping.model === 'linear') return linearCost(shipping, dests.miles[dest * N + node]!, units);
  const zone = dests.zone[dest * N + node]!;
  const lb = billableLb(shipping, weight, volume);
  const priceLb = lb > shipping.maxLb ? shipping.maxLb : lb;
  let best = Infinity;
  for (const c of shipping.allowed[orders.service[o]!]!)
    best = Math.min(best, shipping.price[(c * 8 + zone - 1) * (shipping.maxLb + 1) + priceLb]!);
  return carrierCharge(shipping, best);
}

/** Pick/pack cost of a package of `units` units at `node`: per order plus per extra unit. */
export function pickCost(model: Model, node: number, units: number): number {
  return model.nodes.pickPerOrder[node]! + model.nodes.pickPerExtraUnit[node]! * (units - 1);
}
