/**
 * Policy B against policy A on every contract metric: the difference with a 95% interval
 * across replicates (paired: common random numbers; replicates of replayed history resample
 * its weeks, so their interval is for one period's demand, see stats/paired.ts), and within
 * one replay by a day-block bootstrap (days, not orders, are resampled: orders on the same
 * day share inventory).
 */
import type { ReplicateResult } from './replicates.ts';
import {
  emptySums,
  METRICS,
  metricsFromSums,
  SUM_FIELDS as FIELDS,
  type MetricName,
  type MetricSums,
} from '../metrics/metrics.ts';
import type { Rng } from '../random/rng.ts';
import { requirePolicy, requireReplicates } from './inputs.ts';
import {
  dayBlockBootstraps,
  pairedDifference,
  type BootstrapDraws,
  type DayBlockBootstrap,
  type PairedDifference,
} from '../stats/index.ts';

export interface MetricComparison {
  metric: MetricName;
  /** The metric under A and B in replicate 0 (the plain run). */
  a: number | null;
  b: number | null;
  /** b − a in replicate 0. */
  delta: number | null;
  /** Across replicates (null with fewer than 2 replicates). */
  replicates: PairedDifference | null;
  /** Day-block bootstrap within replicate 0. */
  bootstrap: DayBlockBootstrap;
}

/** A day's sums as the bootstrap's components: the additive fields in SUM_FIELDS order, then a day count of 1. */
function components(s: MetricSums): number[] {
  return [...FIELDS.map((f) => s[f]), 1];
}

function fromComponents(t: readonly number[]): MetricSums {
  const s = {} as MetricSums;
  FIELDS.forEach((f, i) => (s[f] = t[i]!));
  const days = t[FIELDS.length]!;
  s.firstDay = days > 0 ? 0 : -1;
  s.lastDay = days - 1;
  return s;
}

/**
 * The bootstrap components `value` reads (SUM_FIELDS indexes, plus the day count when it reads
 * the first or last day), found by evaluating it once on sums whose every field is 1 and that
 * record each field read (every branch of the contract metrics is taken on such sums).
 */
function componentsRead(value: (s: MetricSums) => number | null): number[] {
  const read = new Set<string>();
  const ones = fromComponents(new Array<number>(FIELDS.length + 1).fill(1));
  value(
    new Proxy(ones, {
      get(t, key) {
        read.add(String(key));
        return Reflect.get(t, key);
      },
    }),
  );
  const out = FIELDS.flatMap((f, i) => (read.has(f) ? [i] : []));
  if (read.has('firstDay') || read.has('lastDay')) out.push(FIELDS.length);
  return out;
}

/**
 * `value` as a function of the bootstrap components, and the components it reads: the read
 * ones are copied into one sums object kept for the purpose (the others are never read), so
 * no sums are allocated per resample. The same value as `value(fromComponents(t))`.
 */
export function onComponents(value: (s: MetricSums) => number | null): {
  metric: (t: readonly number[]) => number | null;
  uses: number[];
} {
  const uses = componentsRead(value);
  const fields = uses.filter((i) => i < FIELDS.length).map((i) => FIELDS[i]!);
  const readsDays = uses.includes(FIELDS.length);
  const s = emptySums();
  const metric = (t: readonly number[]) => {
    for (let q = 0; q < fields.length; q++) s[fields[q]!] = t[uses[q]!]!;
    if (readsDays) {
      const days = t[FIELDS.length]!;
      s.firstDay = days > 0 ? 0 : -1;
      s.lastDay = days - 1;
    }
    return value(s);
  };
  return { metric, uses };
}

// made once: a bootstrap's BootstrapDraws keeps a metric's resampled values by its function
const BOOTSTRAP_METRICS = new Map(METRICS.map((m) => [m.name, onComponents(m.value)]));

const BOUND_FIELDS: readonly string[] = ['boundCost', 'boundOrders'] satisfies (keyof MetricSums)[];

/**
 * The metrics that read the hindsight bound's sums: the only ones whose values, and so whose
 * comparisons, a run's bound changes (every other metric reads none of its fields).
 * @example BOUND_METRICS // ['cost_gap_to_bound']
 */
export const BOUND_METRICS: readonly MetricName[] = METRICS.filter((m) =>
  BOOTSTRAP_METRICS.get(m.name)!.uses.some((i) => BOUND_FIELDS.includes(FIELDS[i]!)),
).map((m) => m.name);

function find(r: ReplicateResult, policy: string) {
  const p = r.policies.find((x) => x.policy === policy);
  if (!p) throw new Error(`replicate ${r.replicate} has no policy ${policy}`);
  return p;
}

/**
 * Compares policy `b` with policy `a` on every metric (or on `metrics` only). Comparisons with
 * the same `rng` may share `draws` to draw each metric's days, and resample each policy's
 * day sums, once.
 * @example comparePolicies(results, 'warehouse-only', 'store-for-local', { rng: makeRng(42).fork('bootstrap') })
 */
export function comparePolicies(
  results: ReplicateResult[],
  a: string,
  b: string,
  opts: { rng: Rng; resamples?: number; metrics?: readonly MetricName[]; draws?: BootstrapDraws },
): MetricComparison[] {
  requireReplicates(results, 'comparePolicies');
  const base = results.find((r) => r.replicate === 0) ?? results[0]!;
  const names = base.policies.map((p) => p.policy);
  requirePolicy(a, names, 'a');
  requirePolicy(b, names, 'b');
  const pa = find(base, a),
    pb = find(base, b);
  const va = metricsFromSums(pa.total),
    vb = metricsFromSums(pb.total);
  const daysA = pa.days.map(components),
    daysB = pb.days.map(components);
  const perReplicate = results.map(
    (r) => [metricsFromSums(find(r, a).total), metricsFromSums(find(r, b).total)] as const,
  );
  const resampled = results.some((r) => r.stream === 'resampled');
  const chosen = METRICS.filter((m) => !opts.metrics || opts.metrics.includes(m.name));
  // one pass over the day sums: each metric evaluated alone on its own stream (identical to one call per metric)
  const bootstraps = dayBlockBootstraps({
    a: daysA,
    b: daysB,
    statistics: chosen.map((m) => ({ ...BOOTSTRAP_METRICS.get(m.name)!, rng: opts.rng.fork(m.name) })),
    resamples: opts.resamples,
    draws: opts.draws,
  });
  return chosen.map((m, i) => {
    const x = va[m.name],
      y = vb[m.name];
    return {
      metric: m.name,
      a: x,
      b: y,
      delta: x === null || y === null ? null : y - x,
      replicates:
        results.length >= 2
          ? pairedDifference(
              perReplicate.map(([p]) => p[m.name]),
              perReplicate.map(([, q]) => q[m.name]),
              { resampled },
            )
          : null,
      bootstrap: bootstraps[i]!,
    };
  });
}
