/**
 * Return on the routing change: monthly cash flows over a horizon — the saving per order
 * (savings.ts) × monthly orders, minus recurring costs, after the one-time costs — with NPV,
 * IRR, payback and the break-even volume. Conservative: no demand uplift in the main case;
 * an optional sales uplift from faster delivery is reported apart.
 */
import type { Savings } from './savings.ts';
import type { ScenarioFile } from '../scenario/schema.ts';
import { breakEvenVolume, irr, npv, payback, type Irr, type Payback } from '../stats/index.ts';

export type RoiConfig = ScenarioFile['roi'];

/** A named cost of the change: dollars a month and/or once at month 0. */
export interface CostLine {
  name: string;
  monthly: number;
  oneTime: number;
}

export interface RoiInputs {
  /** Saving per order against the reference policy, by component (its `total` drives the flows). */
  savings: Savings;
  /** Costs beyond the scenario's roi.one_time and roi.monthly (e.g. a node's fixed costs). */
  extraCosts?: CostLine[];
  /** 95% interval of the total saving per order, when known (from replicates or the bootstrap). */
  savingsInterval?: { low: number; high: number } | null;
  monthlyOrders: number;
  config: RoiConfig;
  /** Days faster from order to door (baseline − policy), for the optional upside. */
  daysFaster?: number;
  /** Average margin of an order (dollars), for the optional upside. */
  orderMargin?: number;
}

export interface RoiResult {
  /** Cash flow of month t (t = 0: one-time costs). */
  flows: number[];
  cumulative: number[];
  oneTime: number;
  monthlyCost: number;
  /** Every cost line in the flows: the scenario's one-time and monthly items, then the extra ones. */
  costLines: CostLine[];
  monthlySaving: number;
  npv: number;
  irr: Irr | null;
  /**
   * When the cumulative cash turns ≥ 0 and stays there; null ("never") when it does not
   * within the horizon, and always when the NPV is negative (a change that loses money
   * has no payback month).
   */
  payback: Payback | null;
  /** Payback at the low and high ends of the saving interval (null: never, as `payback`). */
  paybackRange: { low: Payback | null; high: Payback | null } | null;
  /** Orders a month at which savings cover the costs over the horizon; null when the policy saves nothing. */
  breakEvenOrders: number | null;
  /** Optional upside (not in the flows): extra margin a month from faster delivery. */
  upsideMonthly: number;
}

/** The cost lines of a case: the scenario's one-time and monthly items (non-zero ones), then the extra lines. */
export function costLines(c: RoiConfig, extra: CostLine[] = []): CostLine[] {
  const lines: CostLine[] = [
    ...Object.entries(c.one_time).map(([name, v]) => ({ name, monthly: 0, oneTime: v })),
    ...Object.entries(c.monthly).map(([name, v]) => ({ name, monthly: v, oneTime: 0 })),
  ].filter((l) => l.monthly !== 0 || l.oneTime !== 0);
  return [...lines, ...extra];
}

/** Cash flows for a saving per order. */
function flowsFor(savingPerOrder: number, monthlyOrders: number, c: RoiConfig, lines: CostLine[]): number[] {
  const oneTime = lines.reduce((s, l) => s + l.oneTime, 0);
  const monthly = lines.reduce((s, l) => s + l.monthly, 0);
  return [-oneTime, ...Array.from({ length: c.horizon_months }, () => savingPerOrder * monthlyOrders - monthly)];
}

/** Payback of flows, or null when it never comes: not within the horizon, not lasting, or with a non-positive NPV. */
function paybackOf(flows: number[], rate: number): Payback | null {
  const p = payback(flows);
  return p && p.staysPaidBack && npv(flows, rate) >= -1e-9 ? p : null;
}

/**
 * The ROI case for a saving per order.
 * @example roi({ savings, monthlyOrders: 4800, config }).payback?.fractionalMonth // 4.2
 */
export function roi(inputs: RoiInputs): RoiResult {
  const c = inputs.config;
  const lines = costLines(c, inputs.extraCosts);
  const flows = flowsFor(inputs.savings.total, inputs.monthlyOrders, c, lines);
  const cumulative: number[] = [];
  flows.reduce((s, f, i) => (cumulative[i] = s + f), 0);
  const oneTime = lines.reduce((s, l) => s + l.oneTime, 0);
  const monthlyCost = lines.reduce((s, l) => s + l.monthly, 0);
  const rate = c.discount_rate_pct / 100;
  const range = inputs.savingsInterval
    ? {
        low: paybackOf(flowsFor(inputs.savingsInterval.low, inputs.monthlyOrders, c, lines), rate),
        high: paybackOf(flowsFor(inputs.savingsInterval.high, inputs.monthlyOrders, c, lines), rate),
      }
    : null;
  const upside =
    (c.sales_uplift_pct_per_day_faster / 100) *
    Math.max(0, inputs.daysFaster ?? 0) *
    inputs.monthlyOrders *
    (inputs.orderMargin ?? 0);
  return {
    flows,
    cumulative,
    oneTime,
    monthlyCost,
    costLines: lines,
    monthlySaving: inputs.savings.total * inputs.monthlyOrders,
    npv: npv(flows, rate),
    irr: irr(flows),
    payback: paybackOf(flows, rate),
    paybackRange: range,
    breakEvenOrders: breakEvenVolume({
      savingPerOrder: inputs.savings.total,
      fixedMonthlyCost: monthlyCost,
      oneTimeCost: oneTime,
      horizonMonths: c.horizon_months,
      annualDiscountRate: rate,
    }),
    upsideMonthly: upside,
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
  const c = inputs.config;
  const price = (f: number) => ({ ...c, monthly: { ...c.monthly, subscription: c.monthly.subscription * f } });
  const at = (s: Savings, orders = inputs.monthlyOrders, config = c) =>
    npv(flowsFor(s.total, orders, config, costLines(config, inputs.extraCosts)), rate);
  const scaled = (part: 'carrier' | 'pickPack', f: number): Savings => {
    const s = { ...inputs.savings, [part]: inputs.savings[part] * f };
    const fulfillment = s.carrier + s.pickPack + s.touches + s.cancellations;
    return { ...s, fulfillment, total: fulfillment + s.margin };
  };
  const rows: Omit<TornadoRow, 'swing'>[] = [
    // low and high are the driver's own low and high values (rates and costs move the baseline and the policy alike, so they scale the saving)
    {
      driver: 'order volume',
      range: '±30%',
      lowNpv: at(inputs.savings, inputs.monthlyOrders * 0.7),
      highNpv: at(inputs.savings, inputs.monthlyOrders * 1.3),
    },
    {
      driver: 'carrier rates',
      range: '±15%',
      lowNpv: at(scaled('carrier', 0.85)),
      highNpv: at(scaled('carrier', 1.15)),
    },
    {
      driver: 'pick/pack cost',
      range: '±20%',
      lowNpv: at(scaled('pickPack', 0.8)),
      highNpv: at(scaled('pickPack', 1.2)),
    },
    {
      driver: 'software price',
      range: '×0.5 / ×1.5',
      lowNpv: at(inputs.savings, inputs.monthlyOrders, price(0.5)),
      highNpv: at(inputs.savings, inputs.monthlyOrders, price(1.5)),
    },
  ];
  if (accuracy)
    rows.push({
      driver: 'store inventory accuracy',
      range: accuracy.range,
      lowNpv: at(accuracy.low),
      highNpv: at(accuracy.high),
    });
  return rows.map((r) => ({ ...r, swing: Math.abs(r.highNpv - r.lowNpv) })).sort((a, b) => b.swing - a.swing);
}
