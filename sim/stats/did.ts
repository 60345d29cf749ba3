/**
 * Difference-in-differences (DiD) with a control group, estimated on collapsed cells.
 *
 * Setting: a pilot region (treated) switches policy at some date; the rest (control) does
 * not. The data are collapsed to cohort × period cells, e.g. one cell per week per group,
 * each with its number of orders nⱼ and the metric's rate or mean yⱼ. For each group g and
 * period p (pre/post) the order-weighted mean is ȳ_gp = Σ nⱼyⱼ / Σ nⱼ over its cells, and
 *
 *   DiD = (ȳ_T,post − ȳ_T,pre) − (ȳ_C,post − ȳ_C,pre),
 *
 * the treated group's change net of the change the control group shows over the same
 * weeks (seasonality, carrier-wide delays, promotions), assuming parallel trends.
 *
 * Standard error from the collapsed cells: the cells are the independent units. For a
 * group-period with m cells, the cluster-robust (sandwich, CR1) variance of its weighted
 * mean is
 *
 *   V_gp = m/(m − 1) · Σ nⱼ²(yⱼ − ȳ_gp)² / (Σ nⱼ)²
 *
 * (with equal nⱼ this is the familiar s²/m of the cell values), SE = √(V_T,pre + V_T,post +
 * V_C,pre + V_C,post), and the interval is DiD ± t*(ν)·SE with Welch–Satterthwaite degrees
 * of freedom ν = (ΣV)² / Σ V_gp²/(m_gp − 1). Every group-period needs at least 2 cells.
 * Cells are taken as independent of each other; strong week-to-week autocorrelation
 * within a group would still make the interval too narrow (Bertrand, Duflo & Mullainathan
 * 2004, QJE 119(1)).
 *
 * Why not per-order standard errors: the naive SE treats every order as an independent
 * observation, √Σ σ²_gp/N_gp with σ²_gp the order-level variance. But orders in the same
 * week and region share shocks (a carrier's bad week, a stock-out, a storm, a promotion),
 * so they are positively correlated: the N orders carry far less independent information
 * than N, and the group-period means move together by more than σ²/N suggests (variance
 * inflation 1 + (n̄ − 1)ρ for cells of n̄ orders with intra-cell correlation ρ). The naive
 * SE is then too small and the interval too narrow, so noise looks significant. The
 * collapsed-cell SE measures the spread the cell means actually show. Both are reported;
 * `designEffect` = (SE / naive SE)² estimates the inflation.
 */
import { finite, level } from './check.ts';
import { excludesZero, type Interval } from './interval.ts';
import { normalQuantile } from './normal-quantile.ts';
import { tCritical } from './t-quantile.ts';

/** One collapsed cell: a group in a period over some span (e.g. a week). */
export interface DidCell {
  group: 'treated' | 'control';
  period: 'pre' | 'post';
  /** Optional label (e.g. the week), for messages. */
  label?: string;
  /** Orders in the cell (the weight), > 0. */
  count: number;
  /** The metric in the cell: a rate (share of orders) or a per-order mean. */
  value: number;
  /**
   * Order-level standard deviation of the metric within the cell, for the naive per-order
   * SE. When any cell omits it, values are taken as rates of a yes/no outcome (order-level
   * variance ȳ(1 − ȳ)); if values then fall outside [0, 1] the naive SE is `null`.
   */
  sd?: number;
}

export interface DidOptions {
  /** Confidence level (default 0.95). */
  confidence?: number;
}

/** Summary of one group-period. */
export interface DidCellSummary {
  /** Order-weighted mean ȳ_gp. */
  mean: number;
  /** Cells (m). */
  cells: number;
  /** Orders (Σ nⱼ). */
  orders: number;
  /** Cluster-robust variance of the mean from its cells, V_gp; `null` when m < 2. */
  variance: number | null;
}

export interface DifferenceInDifferences {
  confidence: number;
  treatedPre: DidCellSummary;
  treatedPost: DidCellSummary;
  controlPre: DidCellSummary;
  controlPost: DidCellSummary;
  /** (T_post − T_pre) − (C_post − C_pre), in the metric's units. */
  estimate: number;
  /** Collapsed-cell SE; `null` when a group-period has fewer than 2 cells. */
  standardError: number | null;
  /** Welch–Satterthwaite degrees of freedom of the collapsed-cell interval. */
  df: number | null;
  /** estimate ± t*(df)·SE. */
  interval: Interval | null;
  excludesZero: boolean | null;
  /** The per-order (naive) comparison, for contrast: it overstates significance. */
  naive: { standardError: number; interval: Interval; excludesZero: boolean } | null;
  /** (SE / naive SE)²: how much the naive variance understates the real one. */
  designEffect: number | null;
}

function summarize(cells: readonly DidCell[], name: string): DidCellSummary & { orderVariance: number | null } {
  if (cells.length === 0) throw new RangeError(`difference-in-differences needs cells for ${name}`);
  const orders = cells.reduce((s, c) => s + c.count, 0);
  const mean = cells.reduce((s, c) => s + c.count * c.value, 0) / orders;
  const m = cells.length;
  const variance =
    m < 2
      ? null
      : ((m / (m - 1)) * cells.reduce((s, c) => s + (c.count * (c.value - mean)) ** 2, 0)) / (orders * orders);
  let orderVariance: number | null = null;
  if (orders > 1) {
    if (cells.every((c) => c.sd !== undefined)) {
      // Total sum of squares = within-cell + between-cell.
      const ss = cells.reduce((s, c) => s + (c.count - 1) * c.sd! ** 2 + c.count * (c.value - mean) ** 2, 0);
      orderVariance = ss / (orders - 1);
    } else if (cells.every((c) => c.value >= 0 && c.value <= 1)) {
      orderVariance = (mean * (1 - mean) * orders) / (orders - 1);
    }
  }
  return { mean, cells: m, orders, variance, orderVariance };
}

/**
 * Difference-in-differences on cohort × period cells, with a collapsed-cell standard error
 * and the naive per-order one for contrast. Inputs are not modified.
 * @example
 * // two weeks per group and period, 100 orders each, late-delivery rates:
 * // treated pre 0.10, 0.12 → 0.11; post 0.06, 0.08 → 0.07 (change −0.04)
 * // control pre 0.10, 0.10 → 0.10; post 0.09, 0.11 → 0.10 (change 0)
 * // DiD = −0.04; V = 2·(2·100²·0.01²)/200² = 0.0001 for each group-period with spread
 * // ±0.01, 0 for control pre: SE = √0.0003 = 0.01732, ν = 0.0003²/(3·0.0001²/1) = 3,
 * // interval −0.04 ± 3.182·0.01732 = [−0.0951, 0.0151]
 */
export function differenceInDifferences(cells: readonly DidCell[], options: DidOptions = {}): DifferenceInDifferences {
  const confidence = level(options.confidence ?? 0.95, 'confidence');
  cells.forEach((c, i) => {
    const at = `cells[${i}]${c.label ? ` (${c.label})` : ''}`;
    if (!(finite(c.count, `${at}.count`) > 0)) throw new RangeError(`${at}.count must be > 0, got ${c.count}`);
    finite(c.value, `${at}.value`);
    if (c.sd !== undefined && !(finite(c.sd, `${at}.sd`) >= 0))
      throw new RangeError(`${at}.sd must be ≥ 0, got ${c.sd}`);
  });
  const pick = (g: DidCell['group'], p: DidCell['period']) =>
    summarize(
      cells.filter((c) => c.group === g && c.period === p),
      `${g} ${p}`,
    );
  const parts = [
    pick('treated', 'pre'),
    pick('treated', 'post'),
    pick('control', 'pre'),
    pick('control', 'post'),
  ] as const;
  const [tPre, tPost, cPre, cPost] = parts;
  const estimate = tPost.mean - tPre.mean - (cPost.mean - cPre.mean);

  let standardError: number | null = null,
    df: number | null = null,
    interval: Interval | null = null;
  if (parts.every((p) => p.variance !== null)) {
    const v = parts.reduce((s, p) => s + p.variance!, 0);
    standardError = Math.sqrt(v);
    df =
      v === 0
        ? parts.reduce((s, p) => s + p.cells - 1, 0)
        : (v * v) / parts.reduce((s, p) => s + p.variance! ** 2 / (p.cells - 1), 0);
    const half = tCritical(df, confidence) * standardError;
    interval = { low: estimate - half, high: estimate + half };
  }

  let naive: DifferenceInDifferences['naive'] = null;
  if (parts.every((p) => p.orderVariance !== null)) {
    const se = Math.sqrt(parts.reduce((s, p) => s + p.orderVariance! / p.orders, 0));
    const half = normalQuantile(1 - (1 - confidence) / 2) * se;
    const ni = { low: estimate - half, high: estimate + half };
    naive = { standardError: se, interval: ni, excludesZero: excludesZero(ni) };
  }
  const strip = ({ mean, cells: m, orders, variance }: DidCellSummary) => ({ mean, cells: m, orders, variance });
  return {
    confidence,
    treatedPre: strip(tPre),
    treatedPost: strip(tPost),
    controlPre: strip(cPre),
    controlPost: strip(cPost),
    estimate,
    standardError,
    df,
    interval,
    excludesZero: interval === null ? null : excludesZero(interval),
    naive,
    designEffect:
      standardError !== null && naive !== null && naive.standardError > 0
        ? (standardError / naive.standardError) ** 2
        : null,
  };
}
