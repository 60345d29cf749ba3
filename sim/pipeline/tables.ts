/**
 * A run as tidy arquero tables, for notebooks and scripts to groupby / rollup / derive and
 * hand to vega-lite: metrics by policy, by week, by shipping node and by census region;
 * deltas against the baseline with their intervals; one row per order and policy. Built
 * from the same figures as the report (computeMetrics, weeklyMetrics, outcomes.csv's rows); the
 * engine's typed arrays are read here only, never changed.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { MetricComparison } from '../analytics/compare.ts';
import { regionOf } from '../analytics/cells.ts';
import { computeMetricsBy, METRICS, type MetricValues } from '../metrics/metrics.ts';
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';
import { weeklyMetrics } from '../metrics/weekly.ts';
import { outcomesTable } from './outcomes-table.ts';

export type { ColumnTable } from 'arquero';

/** The tables of one run. Every metric table is long: one row per policy, group and metric. */
export interface RunTables {
  /** policy, uses, is_baseline, metric, value. */
  metrics: ColumnTable;
  /** policy, week (its first day), metric, value, orders, days. */
  weekly: ColumnTable;
  /** policy, node (the first node that shipped the order; '(none)' when nothing shipped), metric, value. */
  byNode: ColumnTable;
  /** policy, region (census region of the destination state), metric, value. */
  byRegion: ColumnTable;
  /** policy, against, metric, a, b, delta, low, high, method ('replicates', 'day bootstrap' or null without an interval). */
  deltas: ColumnTable;
  /** outcomes.csv as a table: one row per order and policy (built when first read). */
  readonly outcomes: ColumnTable;
}

/** Long rows of a metrics-by-group map. */
function groupRows(policy: string, column: string, by: Map<string, MetricValues>) {
  return [...by].flatMap(([group, v]) =>
    METRICS.map((m) => ({ policy, [column]: group, metric: m.name, value: v[m.name] })),
  );
}

/** The first node (in the policy's own node list) that shipped order `o`, or '(none)'. */
function firstNode(p: PolicyRun, o: number): string {
  const ids = p.model.nodes.ids;
  for (let k = 0; k < ids.length; k++) if (p.run.outcomes.shippedFrom(o, k)) return ids[k]!;
  return '(none)';
}

/**
 * The run's tables; `comparisons` (each policy against the baseline, or the `against` it was
 * measured with, from the decision) give the deltas their intervals; without them the deltas are replicate 0's, no interval.
 * @example const t = runTables(run); t.byRegion.filter((d) => d.metric === 'fill_rate').objects()
 */
export function runTables(
  run: ScenarioRun,
  comparisons: readonly { policy: string; against?: string; rows: readonly MetricComparison[] }[] = [],
): RunTables {
  const m = run.model;
  const metrics = run.runs.flatMap((p) =>
    METRICS.map((d) => ({
      policy: p.policy,
      uses: p.use,
      is_baseline: p.policy === run.baseline,
      metric: d.name,
      value: p.metrics[d.name],
    })),
  );
  const byNode = run.runs.flatMap((p) =>
    groupRows(
      p.policy,
      'node',
      computeMetricsBy(p.model, p.run.outcomes, (o) => firstNode(p, o)),
    ),
  );
  const byRegion = run.runs.flatMap((p) =>
    groupRows(
      p.policy,
      'region',
      computeMetricsBy(p.model, p.run.outcomes, (o) => regionOf(m.dests.state[m.orders.dest[o]!] ?? '')),
    ),
  );
  const deltas = run.runs
    .filter((p) => p.policy !== run.baseline)
    .flatMap((p) => {
      const found = comparisons.find((c) => c.policy === p.policy);
      const rows = found?.rows;
      if (!rows)
        return p.deltas.map((d) => ({
          policy: p.policy,
          against: run.baseline,
          metric: d.metric,
          a: d.baseline,
          b: d.value,
          delta: d.delta,
          low: null,
          high: null,
          method: null,
        }));
      return rows.map((r) => {
        const iv = r.replicates?.interval ?? r.bootstrap.interval;
        return {
          policy: p.policy,
          against: found.against ?? run.baseline,
          metric: r.metric,
          a: r.a,
          b: r.b,
          delta: r.delta,
          low: iv?.low ?? null,
          high: iv?.high ?? null,
          method: iv ? (r.replicates?.interval ? 'replicates' : 'day bootstrap') : null,
        };
      });
    });
  let outcomes: ColumnTable | undefined;
  return {
    metrics: aq.from(metrics),
    weekly: aq.from(
      weeklyMetrics(
        run,
        METRICS.map((d) => d.name),
      ),
    ),
    byNode: aq.from(byNode),
    byRegion: aq.from(byRegion),
    deltas: aq.from(deltas),
    // built on first use (one row per order and policy: the largest table by far)
    get outcomes() {
      return (outcomes ??= outcomesTable(run));
    },
  };
}
