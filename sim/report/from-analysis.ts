/** The report's analytics input, from the decision analytics (intervals, ROI, tornado, pilot sizing, pre/post, verdict). */
import type { Analysis } from '../analytics/analyze.ts';
import { pilotDesign } from '../analytics/pilot.ts';
import type { CohortAnalysis } from '../analytics/cohorts.ts';
import type { MetricComparison } from '../analytics/compare.ts';
import type { DeltaInterval, ReportAnalytics } from './input.ts';

/** Intervals of every metric for one policy against the baseline: across replicates when there are 2+, else over days. */
export function intervalsOf(policy: string, comparisons: MetricComparison[], replicates: number): DeltaInterval[] {
  const out: DeltaInterval[] = [];
  for (const c of comparisons) {
    const rep = replicates >= 2 ? (c.replicates?.interval ?? null) : null;
    const iv = rep ?? c.bootstrap.interval;
    if (!iv) continue;
    out.push(
      rep
        ? {
            policy,
            metric: c.metric,
            low: iv.low,
            high: iv.high,
            n: replicates,
            method: `paired t interval over ${replicates} replicates (${c.replicates?.resampled ? "the period's weeks resampled, " : ''}common random numbers)`,
            level: 0.95,
          }
        : {
            policy,
            metric: c.metric,
            low: iv.low,
            high: iv.high,
            n: c.bootstrap.resamples,
            method: `paired day-block bootstrap over ${c.bootstrap.days} days`,
            level: 0.95,
          },
    );
  }
  return out;
}

/** Everything the report shows from the analytics; the money figures stay in the decision model. */
export function reportAnalytics(a: Analysis, intervals: DeltaInterval[], cohorts: CohortAnalysis[]): ReportAnalytics {
  const d = a.decision;
  return {
    intervals,
    roi: {
      policy: d.policy,
      months: a.cashFlow.cumulative.map((cumulative, month) => ({ month, cumulative })),
      paybackMonth: d.roi.paybackMonth,
      investment: d.roi.oneTime,
      npv: d.roi.npv,
    },
    tornado: {
      policy: d.policy,
      baseNpv: d.roi.npv,
      rows: d.sensitivity.map((t) => ({ driver: t.driver, lowNpv: t.lowNpv, highNpv: t.highNpv, range: t.range })),
    },
    pilotSizing: {
      policy: d.policy,
      metric: 'fulfillment_cost_per_order',
      curve: d.pilot.curve,
      targetPower: 0.8,
      mde: d.pilot.mde,
      design: pilotDesign(d.pilot),
    },
    prePost: cohorts.flatMap((c) =>
      c.prePost
        .filter((p) => p.decomposition)
        .map((p) => ({
          policy: c.policy,
          metric: p.measure,
          raw: p.decomposition!.rawChange,
          rateEffect: p.decomposition!.rateEffect,
          mixEffect: p.decomposition!.mixEffect,
          pre: c.pre,
          post: c.post,
        })),
    ),
    decision: d,
  };
}
