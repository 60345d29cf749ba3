/**
 * Return on the routing change: monthly cash flows over a horizon — the simulated saving
 * per order × monthly orders, minus recurring costs, after the one-time costs — with NPV,
 * IRR, payback and the break-even volume. Conservative: no demand uplift in the main case;
 * an optional sales uplift from faster delivery is reported apart.
 */
import type { Savings } from './savings.ts';
import { sumLines, type NodeCostLines } from './node-costs.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { breakEvenVolume, irr, npv, payback, type Irr, type Payback } from '../stats/index.ts';

export type RoiConfig = ScenarioFile['roi'];

export interface RoiInputs {
  /** Saving per order against the baseline, by component. */
  savings: Savings;
  /** 95% interval of the total saving per order, when known (from replicates or the bootstrap). */
  savingsInterval?: { low: number; high: number } | null;
  monthlyOrders: number;
  config: RoiConfig;
  /** Days faster from order to door (baseline − policy), for the optional upside. */
  daysFaster?: number;
  /** Average margin of an order (dollars), for the optional upside. */
  orderMargin?: number;
  /** Fixed costs of nodes the change adds (see node-costs.ts), on top of the config's costs. */
  extra?: NodeCostLines;
}

export interface RoiResult {
  /** Cash flow of month t (t = 0: one-time costs). */
  flows: number[];
  cumulative: number[];
  oneTime: number;
  monthlyCost: number;
  monthlySaving: number;
  npv: number;
  irr: Irr | null;
  payback: Payback | null;
  /** Payback at the low and high ends of the saving interval (null: not within the horizon). */
  paybackRange: { low: Payback | null; high: Payback | null } | null;
  /** Orders a month at which savings cover the costs over the horizon; null when the policy saves nothing. */
  breakEvenOrders: number | null;
  /** Optional upside (not in the flows): extra margin a month from faster delivery. */
  upsideMonthly: number;
  /** The added nodes' cost lines included in oneTime and monthlyCost (when the change adds nodes). */
  extraCosts?: NodeCostLines;
}

/** Cash flows for a saving per order. */
function flowsFor(savingPerOrder: number, monthlyOrders: number, c: RoiConfig, extra?: NodeCostLines): number[] {
  const oneTime = c.one_time.setup + c.one_time.implementation + c.one_time.training + c.one_time.store_readiness + sumLines(extra?.oneTime ?? []);
  const monthly = c.monthly.subscription + c.monthly.store_labor + sumLines(extra?.monthly ?? []);
  return [-oneTime, ...Array.from({ length: c.horizon_months }, () => savingPerOrder * monthlyOrders - monthly)];
}

/**
 * The ROI case for a saving per order.
 * @example roi({ savings, monthlyOrders: 4800, config }).payback?.fractionalMonth // 4.2
 */
export function roi(inputs: RoiInputs): RoiResult {
  const c = inputs.config;
  const flows = flowsFor(inputs.savings.total, inputs.monthlyOrders, c, inputs.extra);
  const cumulative: number[] = [];
  flows.reduce((s, f, i) => (cumulative[i] = s + f), 0);
  const oneTime = -flows[0]!;
  const monthlyCost = c.monthly.subscription + c.monthly.store_labor + sumLines(inputs.extra?.monthly ?? []);
  const rate = c.discount_rate_pct / 100;
  const range = inputs.savingsInterval
    ? { low: payback(flowsFor(inputs.savingsInterval.low, inputs.monthlyOrders, c, inputs.extra)), high: payback(flowsFor(inputs.savingsInterval.high, inputs.monthlyOrders, c, inputs.extra)) }
    : null;
  const upside = (c.sales_uplift_pct_per_day_faster / 100) * Math.max(0, inputs.daysFaster ?? 0) * inputs.monthlyOrders * (inputs.orderMargin ?? 0);
  return {
    flows,
    cumulative,
    oneTime,
    monthlyCost,
    monthlySaving: inputs.savings.total * inputs.monthlyOrders,
    npv: npv(flows, rate),
    irr: irr(flows),
    payback: payback(flows),
    paybackRange: range,
    breakEvenOrders: breakEvenVolume({ savingPerOrder: inputs.savings.total, fixedMonthlyCost: monthlyCost, oneTimeCost: oneTime, horizonMonths: c.horizon_months, annualDiscountRate: rate }),
    upsideMonthly: upside,
    ...(inputs.extra ? { extraCosts: inputs.extra } : {}),
  };
}

export interface TornadoRow {
  driver: string;
  /** What low and high mean, e.g. "−30% / +30%". */
  range: string;
  lowNpv: number;
  highNpv: number;
  /** |highNpv − lowNpv|. */
  swing: number;
}

/**
 * NPV at low and high values of each driver, sorted by swing (largest first).
 * `accuracy` gives the saving per order when store inventory accuracy is lowered and
 * raised (the caller replays those cases).
 */
export function tornado(inputs: RoiInputs, accuracy?: { low: Savings; high: Savings; range: string }): TornadoRow[] {
  const rate = inputs.config.discount_rate_pct / 100;
  const at = (s: Savings, orders = inputs.monthlyOrders, config = inputs.config) => npv(flowsFor(s.total, orders, config, inputs.extra), rate);
  const scaled = (part: 'shipping' | 'pickPack', f: number): Savings => {
    const s = { ...inputs.savings, [part]: inputs.savings[part] * f };
    return { ...s, total: s.shipping + s.pickPack + s.touches + s.cancellations + s.lostMargin };
  };
  const c = inputs.config;
  const price = (f: number) => ({ ...c, monthly: { ...c.monthly, subscription: c.monthly.subscription * f } });
  const rows: Omit<TornadoRow, 'swing'>[] = [
    // low and high are the driver's own low and high values (rates and costs move the baseline and the policy alike, so they scale the saving)
    { driver: 'order volume', range: '±30%', lowNpv: at(inputs.savings, inputs.monthlyOrders * 0.7), highNpv: at(inputs.savings, inputs.monthlyOrders * 1.3) },
    { driver: 'carrier rates', range: '±15%', lowNpv: at(scaled('shipping', 0.85)), highNpv: at(scaled('shipping', 1.15)) },
    { driver: 'pick/pack cost', range: '±20%', lowNpv: at(scaled('pickPack', 0.8)), highNpv: at(scaled('pickPack', 1.2)) },
    { driver: 'software price', range: '×0.5 / ×1.5', lowNpv: at(inputs.savings, inputs.monthlyOrders, price(0.5)), highNpv: at(inputs.savings, inputs.monthlyOrders, price(1.5)) },
  ];
  if (accuracy) rows.push({ driver: 'store inventory accuracy', range: accuracy.range, lowNpv: at(accuracy.low), highNpv: at(accuracy.high) });
  return rows.map((r) => ({ ...r, swing: Math.abs(r.highNpv - r.lowNpv) })).sort((a, b) => b.swing - a.swing);
}
