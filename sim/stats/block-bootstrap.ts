/**
 * Day-block bootstrap of a metric difference B − A within a single replay.
 *
 * Orders on the same day share inventory, node capacity, carrier pickups and the day's
 * random shocks, so they are not independent: resampling single orders would treat a
 * day's correlated orders as separate evidence and give intervals that are too narrow.
 * Days are the resampling unit instead (a block bootstrap with one-day blocks; days are
 * treated as independent of each other).
 *
 * Inputs are per-day additive sums for A and for B, e.g. `[late orders, delivered
 * orders]` or `[shipping cost, shipped orders]`, and the function that turns summed totals
 * into the metric (a ratio of sums, a rate, a mean). Each resample draws D days with
 * replacement from the D days of the replay; the *same* days are used for A and for B
 * (the comparison stays paired), the components are summed over the drawn days and the
 * metric difference metric(B totals) − metric(A totals) recorded. After `resamples` draws
 * (default 2000) the percentile interval is the (α/2, 1 − α/2) quantiles of the recorded
 * differences (linear interpolation, R type 7). The point estimate is the difference on
 * the totals of all days.
 *
 * Randomness comes only from the `rng` passed in (D calls of `rng.int(D)` per resample):
 * the same seed gives identical intervals. Pass a forked stream, e.g.
 * `makeRng(seed).fork('bootstrap/split_rate')`, so the result does not depend on what
 * else drew from the generator.
 */
import { quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import type { Rng } from '../random/rng.ts';
import { BootstrapDraws, drawDays, resampleSide, type ResampledValues } from './bootstrap-draws.ts';
import { finite, level } from './check.ts';
import { excludesZero, type Interval } from './interval.ts';

export { BootstrapDraws };

export interface DayBlockBootstrapOptions {
  /** Policy A: one entry per day, each the day's additive components (same length every day). */
  a: readonly (readonly number[])[];
  /** Policy B: the same days in the same order, the same components. */
  b: readonly (readonly number[])[];
  /** Turns summed components into the metric; `null` when undefined (empty denominator). */
  metric: (totals: readonly number[]) => number | null;
  /** The random source (its sequential stream is consumed). */
  rng: Rng;
  /** Number of bootstrap resamples (default 2000). */
  resamples?: number;
  /** Confidence level of the percentile interval (default 0.95). */
  confidence?: number;
}

export interface DayBlockBootstrap {
  /** Number of days (resampling units). */
  days: number;
  confidence: number;
  /** The metric on all days' totals for A and for B; `null` when undefined. */
  estimateA: number | null;
  estimateB: number | null;
  /** estimateB − estimateA; `null` when either is null. */
  difference: number | null;
  /** Percentile interval of B − A; `null` with fewer than 2 days or 2 usable resamples. */
  interval: Interval | null;
  /** Whether the interval excludes zero; `null` without an interval. */
  excludesZero: boolean | null;
  /** Standard deviation of the bootstrap differences (bootstrap standard error). */
  standardError: number | null;
  /** Resamples drawn. */
  resamples: number;
  /** Resamples left out because the metric was undefined on A's or B's resampled totals. */
  skipped: number;
}

/** The days' components by component (`out[j * days + d]`), checked. */
function byComponent(days: readonly (readonly number[])[], k: number, name: string): Float64Array {
  const n = days.length;
  const out = new Float64Array(n * k);
  days.forEach((row, d) => {
    if (row.length !== k) throw new RangeError(`${name}[${d}] has ${row.length} components, expected ${k}`);
    for (let j = 0; j < k; j++) out[j * n + d] = finite(row[j]!, `${name}[${d}][${j}]`);
  });
  return out;
}

/** Each component summed over all days, in day order. */
function totalsOf(side: Float64Array, k: number, days: number): number[] {
  const t = new Array<number>(k).fill(0);
  for (let j = 0; j < k; j++) for (let d = 0; d < days; d++) t[j]! += side[j * days + d]!;
  return t;
}

/** One statistic of a one-pass bootstrap: its metric and its own random stream. */
export interface BootstrapStatistic {
  /** Turns summed components into the metric; `null` when undefined (empty denominator). */
  metric: (totals: readonly number[]) => number | null;
  /** The statistic's random source (its sequential stream is consumed). */
  rng: Rng;
  /**
   * The component indexes the metric reads (default all): only these are summed per resample,
   * the others stay 0 in the totals it receives. Each component is summed in draw order either
   * way, so leaving out components the metric never reads changes no result.
   */
  uses?: readonly number[];
}

export interface DayBlockBootstrapsOptions {
  /** Policy A: one entry per day, each the day's additive components (same length every day). */
  a: readonly (readonly number[])[];
  /** Policy B: the same days in the same order, the same components. */
  b: readonly (readonly number[])[];
  /** The statistics, each bootstrapped with its own stream. */
  statistics: readonly BootstrapStatistic[];
  /** Number of bootstrap resamples (default 2000). */
  resamples?: number;
  /** Confidence level of the percentile intervals (default 0.95). */
  confidence?: number;
  /**
   * Keeps each statistic's drawn days, and its metric's values on each side's resamples, for
   * other bootstraps of the same streams (see BootstrapDraws).
   */
  draws?: BootstrapDraws;
}

/**
 * Paired day-block bootstrap of several statistics over the same day sums in one pass: the
 * day sums are checked, flattened and totalled once, and every resample of a statistic sums
 * the drawn days and evaluates that statistic only. Each statistic draws its days from its
 * own stream, so result i is bit-identical to `dayBlockBootstrap` with statistic i's metric
 * and rng (a statistic's interval does not depend on which others are bootstrapped with it).
 * A statistic's `uses` limits the summing to the components its metric reads.
 * The totals array a metric receives is reused between calls: read it, do not keep it. With
 * `draws`, the days a stream draws, and a metric's values on a side's resamples, are kept
 * there and taken from there (same results).
 * @example
 * // late / delivered and cost / delivered, per day, for A and B (2 days)
 * dayBlockBootstraps({
 *   a: [[3, 9, 100], [5, 11, 120]],
 *   b: [[2, 8, 100], [4, 12, 120]],
 *   statistics: [
 *     { metric: ([late, , n]) => late / n, rng: makeRng(1).fork('late') },
 *     { metric: ([, cost, n]) => cost / n, rng: makeRng(1).fork('cost') },
 *   ],
 * }) // two DayBlockBootstrap results
 */
export function dayBlockBootstraps(options: DayBlockBootstrapsOptions): DayBlockBootstrap[] {
  const { a, b, statistics } = options;
  const resamples = options.resamples ?? 2000;
  const confidence = level(options.confidence ?? 0.95, 'confidence');
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  if (a.length !== b.length) throw new RangeError(`A and B need the same days, got ${a.length} and ${b.length}`);
  const days = a.length;
  const k = days > 0 ? a[0]!.length : 0;
  const fa = byComponent(a, k, 'a'),
    fb = byComponent(b, k, 'b');
  const totalA = days > 0 ? totalsOf(fa, k, days) : null,
    totalB = days > 0 ? totalsOf(fb, k, days) : null;
  const { draws } = options;
  const ia = draws?.side(fa),
    ib = draws?.side(fb);
  const diffs: number[] = [];
  const all = Array.from({ length: k }, (_, j) => j);
  return statistics.map(({ metric, rng, uses = all }) => {
    for (const j of uses)
      if (!Number.isInteger(j) || j < 0 || j >= k) throw new RangeError(`uses: no component ${j} of ${k}`);
    const used = Int32Array.from(uses);
    const estimateA = totalA ? metric(totalA) : null;
    const estimateB = totalB ? metric(totalB) : null;
    const difference = estimateA === null || estimateB === null ? null : estimateB - estimateA;
    const empty = {
      days,
      confidence,
      estimateA,
      estimateB,
      difference,
      interval: null,
      excludesZero: null,
      standardError: null,
    };
    if (difference === null || days < 2) return { ...empty, resamples: 0, skipped: 0 };
    let va: ResampledValues, vb: ResampledValues;
    if (draws) {
      va = draws.resampled(rng, ia!, k, days, used, metric, resamples);
      vb = draws.resampled(rng, ib!, k, days, used, metric, resamples);
    } else {
      const drawn = drawDays(rng, days, resamples);
      va = { values: new Float64Array(resamples), defined: new Uint8Array(resamples) };
      vb = { values: new Float64Array(resamples), defined: new Uint8Array(resamples) };
      resampleSide(fa, k, days, drawn, used, metric, 0, resamples, va);
      resampleSide(fb, k, days, drawn, used, metric, 0, resamples, vb);
    }
    diffs.length = 0;
    let skipped = 0;
    for (let r = 0; r < resamples; r++) {
      if (va.defined[r] && vb.defined[r]) diffs.push(vb.values[r]! - va.values[r]!);
      else skipped++;
    }
    if (diffs.length < 2) return { ...empty, resamples, skipped };
    diffs.sort((x, y) => x - y);
    const alpha = 1 - confidence;
    const interval = { low: quantileSorted(diffs, alpha / 2), high: quantileSorted(diffs, 1 - alpha / 2) };
    return {
      ...empty,
      interval,
      excludesZero: excludesZero(interval),
      standardError: sampleStandardDeviation(diffs),
      resamples,
      skipped,
    };
  });
}

/**
 * Paired day-block bootstrap interval for metric(B) − metric(A) within one replay.
 * Inputs are not modified.
 * @example
 * // late deliveries / delivered orders, per day, for A and B (3 days)
 * dayBlockBootstrap({
 *   a: [[3, 100], [5, 120], [2, 90]],
 *   b: [[2, 100], [4, 120], [2, 90]],
 *   metric: ([late, delivered]) => (delivered === 0 ? null : late / delivered),
 *   rng: makeRng(1).fork('bootstrap'),
 * }) // difference (8 − 10)/310 = −0.00645, interval from 2000 resamples of the 3 days
 */
export function dayBlockBootstrap(options: DayBlockBootstrapOptions): DayBlockBootstrap {
  const { metric, rng, ...rest } = options;
  return dayBlockBootstraps({ ...rest, statistics: [{ metric, rng }] })[0]!;
}
