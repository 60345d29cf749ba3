/**
 * The resampling core of the day-block bootstrap (stats/block-bootstrap.ts) and what it
 * keeps between bootstraps.
 *
 * A side is one policy's day sums, stored by component: `side[j * days + d]` is component j
 * of day d. A resample of a side sums each component the metric reads over the resample's
 * drawn days, in draw order, from 0, and evaluates the metric on those totals.
 *
 * `BootstrapDraws` keeps, per stream, the days drawn, and per stream, metric and side the
 * metric's value on each resample: every policy compared with one baseline resamples the
 * baseline once, and a comparison asking for fewer resamples of a stream than were drawn
 * takes the first ones (a fresh stream draws the same days first, however many follow).
 */
import type { Rng } from '../random/rng.ts';

/** Turns summed components into the metric; `null` when undefined. */
export type BootstrapMetric = (totals: readonly number[]) => number | null;

/** A metric's value on each resample's totals of one side; `defined[r]` is 0 where the metric was `null`. */
export interface ResampledValues {
  values: Float64Array;
  defined: Uint8Array;
}

/**
 * The day indexes of `resamples` resamples of `days` days drawn from `rng`, resample by
 * resample (`days` calls of `rng.int(days)` each).
 */
export function drawDays(rng: Rng, days: number, resamples: number): Int32Array {
  const out = new Int32Array(days * resamples);
  for (let i = 0; i < out.length; i++) out[i] = rng.int(days);
  return out;
}

/**
 * Fills resamples `from` to `to` − 1 of `out`: for each, the `used` components of `side`
 * (by component, `k` of them) summed over that resample's days in `drawn`, in draw order,
 * the unused components 0, and `metric` evaluated on those totals.
 */
export function resampleSide(
  side: Float64Array,
  k: number,
  days: number,
  drawn: Int32Array,
  used: Int32Array,
  metric: BootstrapMetric,
  from: number,
  to: number,
  out: ResampledValues,
): void {
  const totals = new Array<number>(k).fill(0);
  const u = used.length;
  for (let r = from; r < to; r++) {
    const start = r * days,
      end = start + days;
    for (let q = 0; q < u; q++) {
      const j = used[q]!,
        column = j * days;
      let sum = 0;
      for (let i = start; i < end; i++) sum += side[column + drawn[i]!]!;
      totals[j] = sum;
    }
    const v = metric(totals);
    out.values[r] = v ?? 0;
    out.defined[r] = v === null ? 0 : 1;
  }
}

/** Whether two sides hold the same numbers (the same bits, as `Object.is`). */
function sameSide(x: Float64Array, y: Float64Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  return true;
}

interface KeptValues extends ResampledValues {
  /** Resamples filled so far. */
  count: number;
}

/**
 * The days drawn by bootstrap streams, and the metrics' values on each side's resamples,
 * kept so that bootstraps with the same streams (every policy against one baseline) draw
 * the days once and resample each side once. A stream is known by its seed, so give only
 * fresh streams (a `fork`, nothing drawn from it yet): two such streams of one seed draw the
 * same days. A metric is known by its function, so give functions of the totals alone
 * (made once, not per bootstrap, for their values to be kept); a side by its numbers.
 */
export class BootstrapDraws {
  private readonly kept = new Map<string, Int32Array>();
  private readonly sides: Float64Array[] = [];
  private readonly values = new Map<string, Map<BootstrapMetric, KeptValues>>();

  /** The day indexes of `resamples` resamples of `days` days from the fresh stream `rng`, resample by resample. */
  of(rng: Rng, days: number, resamples: number): Int32Array {
    const key = `${days} ${rng.seed}`;
    const need = days * resamples;
    let out = this.kept.get(key);
    if (!out || out.length < need) {
      out = drawDays(rng, days, resamples);
      this.kept.set(key, out);
    }
    return out.length === need ? out : out.subarray(0, need);
  }

  /** A number for the side (the same numbers, the same number); the side is kept, so do not change it. */
  side(side: Float64Array): number {
    const i = this.sides.findIndex((s) => sameSide(s, side));
    if (i >= 0) return i;
    this.sides.push(side);
    return this.sides.length - 1;
  }

  /**
   * `metric` on each of `resamples` resamples, from the fresh stream `rng`, of the side
   * numbered `id` (see `side`), summing the `used` components of `k`: as `resampleSide`
   * over `of(rng, days, resamples)`, computed once and kept. Do not change the arrays returned.
   */
  resampled(
    rng: Rng,
    id: number,
    k: number,
    days: number,
    used: Int32Array,
    metric: BootstrapMetric,
    resamples: number,
  ): ResampledValues {
    const side = this.sides[id];
    if (!side) throw new RangeError(`no side ${id}`);
    const key = `${days} ${rng.seed} ${id} ${used.join(',')}`;
    let byMetric = this.values.get(key);
    if (!byMetric) this.values.set(key, (byMetric = new Map()));
    let kept = byMetric.get(metric);
    if (!kept) {
      kept = { values: new Float64Array(resamples), defined: new Uint8Array(resamples), count: 0 };
      byMetric.set(metric, kept);
    }
    if (kept.count < resamples) {
      if (kept.values.length < resamples) {
        const values = new Float64Array(resamples),
          defined = new Uint8Array(resamples);
        values.set(kept.values.subarray(0, kept.count));
        defined.set(kept.defined.subarray(0, kept.count));
        kept.values = values;
        kept.defined = defined;
      }
      resampleSide(side, k, days, this.of(rng, days, resamples), used, metric, kept.count, resamples, kept);
      kept.count = resamples;
    }
    return { values: kept.values.subarray(0, resamples), defined: kept.defined.subarray(0, resamples) };
  }
}
