/**
 * Paired-difference summary of a metric across replicates run with common random numbers.
 *
 * Replicate i of policy A and replicate i of policy B see the same random draws (transit
 * delays, pick failures, the order stream), so the per-replicate differences dᵢ = Bᵢ − Aᵢ
 * are independent across replicates but the shared noise cancels inside each one. The
 * summary is the paired t procedure:
 *
 *   d̄ = Σdᵢ/n,  s_d² = Σ(dᵢ − d̄)²/(n − 1),  SE = s_d/√n,
 *   interval = d̄ ± t*(n − 1)·SE  (t* the two-sided critical value, 2.262 for n = 10 at 95%).
 *
 * For comparison it also gives the interval an unpaired comparison (independent draws for
 * A and B, same n and the same per-policy spread) would give: Welch's interval
 * (B̄ − Ā) ± t*(ν)·√(s_A²/n + s_B²/n) with Welch–Satterthwaite ν. The ratio of the widths
 * (paired / unpaired) says how much common random numbers narrowed the interval: 0.3 means
 * the paired interval is 70% narrower. Since s_d² = s_A² + s_B² − 2·cov(A, B), the gain
 * comes from the positive covariance the shared draws induce.
 *
 * With `resampled: true` the replicates are bootstrap resamples of one observed data set
 * (replayed history, its weeks resampled), not independent draws of it: the spread of the
 * dᵢ then estimates how far the effect of one period's demand may lie from the expected
 * effect, and averaging more replicates does not shrink that. The standard error becomes
 * SE = s_d·√(1 + 1/n) (the demand error of the data, s_d, plus the noise of averaging n
 * replicates, s_d/√n, bounded by their sum in quadrature), with the same t*(n − 1); the
 * unpaired comparison is scaled the same way. More replicates then make the interval
 * steadier, not narrower.
 */
import { mean, sampleVariance } from 'simple-statistics';
import { finite, level } from './check.ts';
import { excludesZero, width, type Interval } from './interval.ts';
import { tCritical } from './t-quantile.ts';
import { tTail } from './t-cdf.ts';

export interface PairedOptions {
  /** Confidence level of the intervals (default 0.95). */
  confidence?: number;
  /** The replicates resample one data set (default false: independent draws); see above. */
  resampled?: boolean;
}

/** The interval an unpaired (independent draws) comparison would give. */
export interface UnpairedComparison {
  /** √(s_A²/n + s_B²/n), in the metric's units. */
  standardError: number;
  /** Welch–Satterthwaite degrees of freedom (2n − 2 when both spreads are zero). */
  df: number;
  interval: Interval;
}

export interface PairedDifference {
  /** Replicates used: pairs where both A and B have a value. */
  n: number;
  /** Pairs left out because A or B was `null` (a rate with an empty denominator). */
  dropped: number;
  confidence: number;
  /** Whether the replicates were taken as resamples of one data set (SE s_d·√(1 + 1/n)). */
  resampled: boolean;
  /** Means of A and of B over the pairs used; `null` when n = 0. */
  meanA: number | null;
  meanB: number | null;
  /** Mean of the differences B − A (the metric's units); `null` when n = 0. */
  difference: number | null;
  /** Sample standard deviation of the per-replicate differences; `null` when n < 2. */
  sdDifference: number | null;
  /** s_d/√n (s_d·√(1 + 1/n) when `resampled`); `null` when n < 2. */
  standardError: number | null;
  /** n − 1; `null` when n < 2. */
  df: number | null;
  /** d̄ ± t*·SE; `null` when n < 2 (never NaN). */
  interval: Interval | null;
  /** Whether the interval excludes zero; `null` when there is no interval. */
  excludesZero: boolean | null;
  /** Two-sided p-value of the paired t test of "no difference"; `null` when n < 2. */
  pValue: number | null;
  /** The unpaired (independent draws) comparison; `null` when n < 2. */
  unpaired: UnpairedComparison | null;
  /**
   * Width of the paired interval / width of the unpaired one (< 1: common random numbers
   * narrowed it); `null` when n < 2 or the unpaired width is 0.
   */
  widthRatio: number | null;
}

/**
 * Summarizes B − A over replicates. `a[i]` and `b[i]` are the metric in replicate i under
 * policies A and B (same draws). Pairs where either side is `null` are left out and
 * counted in `dropped`; NaN or infinite values throw, as do arrays of different lengths.
 * Inputs are not modified.
 * @example
 * pairedDifference([10, 12, 11, 13], [9, 11.5, 10, 12.5])
 * // differences −1, −0.5, −1, −0.5: difference −0.75, sdDifference 0.2887,
 * // standardError 0.1443, interval −0.75 ± 3.182·0.1443 = [−1.209, −0.291], excludesZero true
 */
export function pairedDifference(
  a: readonly (number | null)[],
  b: readonly (number | null)[],
  options: PairedOptions = {},
): PairedDifference {
  if (a.length !== b.length) throw new RangeError(`paired values need equal lengths, got ${a.length} and ${b.length}`);
  const confidence = level(options.confidence ?? 0.95, 'confidence');
  const xa: number[] = [],
    xb: number[] = [],
    d: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const va = a[i],
      vb = b[i];
    if (va === null || vb === null || va === undefined || vb === undefined) continue;
    finite(va, `a[${i}]`);
    finite(vb, `b[${i}]`);
    xa.push(va);
    xb.push(vb);
    d.push(vb - va);
  }
  const n = d.length;
  const resampled = options.resampled ?? false;
  const base = { n, dropped: a.length - n, confidence, resampled };
  if (n === 0) {
    return {
      ...base,
      meanA: null,
      meanB: null,
      difference: null,
      sdDifference: null,
      standardError: null,
      df: null,
      interval: null,
      excludesZero: null,
      pValue: null,
      unpaired: null,
      widthRatio: null,
    };
  }
  const meanA = mean(xa),
    meanB = mean(xb),
    diff = mean(d);
  if (n < 2) {
    return {
      ...base,
      meanA,
      meanB,
      difference: diff,
      sdDifference: null,
      standardError: null,
      df: null,
      interval: null,
      excludesZero: null,
      pValue: null,
      unpaired: null,
      widthRatio: null,
    };
  }
  const sd = Math.sqrt(sampleVariance(d));
  // the variance of a mean of n replicates, or of one period's demand plus that (resampled)
  const ofMean = (v: number) => (resampled ? v * (1 + 1 / n) : v / n);
  const se = resampled ? sd * Math.sqrt(1 + 1 / n) : sd / Math.sqrt(n);
  const df = n - 1;
  const half = tCritical(df, confidence) * se;
  const interval = { low: diff - half, high: diff + half };
  const pValue = se === 0 ? (diff === 0 ? 1 : 0) : Math.min(1, 2 * tTail(diff / se, df));

  const va = ofMean(sampleVariance(xa)),
    vb = ofMean(sampleVariance(xb));
  const seU = Math.sqrt(va + vb);
  const dfU = va + vb === 0 ? 2 * n - 2 : ((va + vb) * (va + vb)) / ((va * va + vb * vb) / (n - 1));
  const halfU = tCritical(dfU, confidence) * seU;
  const unpaired = {
    standardError: seU,
    df: dfU,
    interval: { low: meanB - meanA - halfU, high: meanB - meanA + halfU },
  };
  const widthU = width(unpaired.interval);
  return {
    ...base,
    meanA,
    meanB,
    difference: diff,
    sdDifference: sd,
    standardError: se,
    df,
    interval,
    excludesZero: excludesZero(interval),
    pValue,
    unpaired,
    widthRatio: widthU > 0 ? width(interval) / widthU : null,
  };
}
