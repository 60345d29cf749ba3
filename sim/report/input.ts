/**
 * What the decision report is built from: the run, the data-quality problems found on the
 * way, and optionally the analytics (intervals, ROI, sensitivity, pilot sizing, pre/post
 * split). Every section that needs `analytics` is left out when it is absent.
 *
 * The analytics types are the report's side of the contract with sim/stats: the smallest
 * shape the report needs. Numbers are in the metric's own unit (shares 0..1, dollars, days);
 * money in dollars.
 */
import type { OutcomesForm } from './outcomes.ts';
import type { DecisionModel } from '../analytics/analyze.ts';
import type { MetricName } from '../metrics/metrics.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { DataQuality } from './data-quality.ts';
import type { Problem } from '../problems.ts';
import type { EffectLadders } from '../analytics/ladder.ts';

/**
 * An interval for a policy's difference from the baseline on one metric (policy − baseline,
 * the same sign as `MetricDelta.delta`).
 * @example { policy: 'store-for-local', metric: 'fulfillment_cost_per_order', low: -1.07, high: -0.61, n: 2000, method: 'paired bootstrap', level: 0.95 }
 */
export interface DeltaInterval {
  policy: string;
  metric: MetricName;
  low: number;
  high: number;
  /** Sample size behind it (bootstrap resamples, replicates or orders, as `method` says). */
  n: number;
  /** How it was made, in words shown to the reader (e.g. "paired bootstrap over orders"). */
  method: string;
  /** Confidence level, default 0.95. */
  level?: number;
}

/** One month of an ROI projection. */
export interface CashFlowMonth {
  /** Months since the switch (0: the one-time costs, if any). */
  month: number;
  /** Cumulative net cash (savings − costs − investment) at the end of the month, dollars. */
  cumulative: number;
}

/** ROI of switching to `policy`: monthly cumulative cash flow and the payback month. */
export interface RoiProjection {
  policy: string;
  months: CashFlowMonth[];
  /** Months until cumulative cash reaches zero (may be fractional, e.g. 4.3); null when it never pays back in the horizon. */
  paybackMonth: number | null;
  /** Up-front cost, dollars (shown in the caption when given). */
  investment?: number;
  /** Net present value over the horizon, dollars (shown when given). */
  npv?: number;
}

/** One driver of a tornado chart: NPV with the driver at its low and at its high value. */
export interface TornadoRow {
  driver: string;
  lowNpv: number;
  highNpv: number;
  /** What low and high mean, e.g. "−30% / +30%" (shown with the driver when given). */
  range?: string;
}

export interface Tornado {
  policy: string;
  /** NPV with every driver at its base value. */
  baseNpv: number;
  rows: TornadoRow[];
}

/** Power to detect the difference on `metric` after a pilot of `days` days. */
export interface PilotSizingPoint {
  days: number;
  /** 0..1 */
  power: number;
}

export interface PilotSizing {
  policy: string;
  metric: MetricName;
  /** Power by calendar days of pilot. */
  curve: PilotSizingPoint[];
  /** Power the pilot should reach, default 0.8. */
  targetPower?: number;
  /** Who is piloted and how it is measured: "orders to NY, NJ (41.2 a day) against the rest, by difference in differences". */
  design?: string;
  /** The smallest difference (metric units) pilots of some lengths detect at the target power. */
  mde?: { days: number; effect: number }[];
}

/**
 * A pre/post comparison split into a rate effect (the same kind of order, handled
 * differently) and a mix effect (a different mix of orders); raw = rate + mix.
 */
export interface PrePostSplit {
  policy: string;
  metric: MetricName;
  raw: number;
  rateEffect: number;
  mixEffect: number;
  /** Names of the periods compared, e.g. "1: today" and "3: stores ship local" (shown when given). */
  pre?: string;
  post?: string;
}

/** Results of the analytics step; each part optional. */
export interface ReportAnalytics {
  intervals?: DeltaInterval[];
  roi?: RoiProjection;
  tornado?: Tornado;
  pilotSizing?: PilotSizing;
  prePost?: PrePostSplit[];
  /** The decision model: every money figure of the headline, cards and decision box comes from it. */
  decision?: DecisionModel;
  /** Every entry's effect ladder; `focus` is the decided policy (its ladder is charted). */
  ladder?: { focus: string; ladders: EffectLadders };
}

/** Everything the report is built from. */
export interface ReportInput {
  run: ScenarioRun;
  /** Warnings and notes about the input and the run, in the order shown (`dataQuality`'s problems when it is given). */
  warnings: Problem[];
  /** The same warnings as ranked findings (the data-quality section); without it, `warnings` are listed as given. */
  dataQuality?: DataQuality;
  analytics?: ReportAnalytics;
  /** How the outcomes are written (the Files section links them): outcomes.csv (default), .csv.gz or none. */
  outcomes?: OutcomesForm;
}

/** The interval of `policy`'s difference from the baseline on `metric`, if the analytics have one. */
export function deltaInterval(
  input: Pick<ReportInput, 'analytics'>,
  policy: string,
  metric: MetricName,
): DeltaInterval | null {
  return input.analytics?.intervals?.find((i) => i.policy === policy && i.metric === metric) ?? null;
}

/** A payback month for people: "4", "4.3". */
export function monthsLabel(m: number): string {
  return Number.isInteger(m) ? String(m) : m.toFixed(1);
}

/** "95%" for an interval's level. */
export function levelLabel(i: Pick<DeltaInterval, 'level'>): string {
  return `${Math.round((i.level ?? 0.95) * 100)}%`;
}
