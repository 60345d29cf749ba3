/** The report's analytics input, from the decision analytics (intervals, ROI, tornado, pilot sizing, pre/post, verdict). */
import type { Analysis } from '../analytics/analyze.ts';
import type { CohortAnalysis } from '../analytics/cohorts.ts';
import type { MetricComparison } from '../analytics/compare.ts';
import { groupThousands } from './format.ts';
import type { DeltaInterval, ReportAnalytics } from './input.ts';

const usd = (v: number) => `${v < 0 ? '−' : ''}$${groupThousands(Math.abs(v), 2)}`;
const whole = (v: number) => `${v < 0 ? '−' : ''}$${groupThousands(Math.abs(v))}`;

/** Intervals of every metric for one policy against the baseline: across replicates when there are 2+, else over days. */
export function intervalsOf(policy: string, comparisons: MetricComparison[], replicates: number): DeltaInterval[] {
  const out: DeltaInterval[] = [];
  for (const c of comparisons) {
    const rep = replicates >= 2 ? c.replicates?.interval ?? null : null;
    const iv = rep ?? c.bootstrap.interval;
    if (!iv) continue;
    out.push(rep
      ? { policy, metric: c.metric, low: iv.low, high: iv.high, n: replicates, method: `paired t interval over ${replicates} replicates (${c.replicates?.resampled ? "the period's weeks resampled, " : ''}common random numbers)`, level: 0.95 }
      : { policy, metric: c.metric, low: iv.low, high: iv.high, n: c.bootstrap.resamples, method: `paired day-block bootstrap over ${c.bootstrap.days} days`, level: 0.95 });
  }
  return out;
}

/** Everything the report shows from the analytics. */
export function reportAnalytics(a: Analysis, intervals: DeltaInterval[], cohorts: CohortAnalysis[]): ReportAnalytics {
  const r = a.roi, s = a.savings;
  const facts = [
    `Saving per order ${usd(s.total)}${a.savingsInterval ? ` (95% CI ${usd(a.savingsInterval.low)} to ${usd(a.savingsInterval.high)}, ${a.savingsInterval.method})` : ''}: carrier ${usd(s.shipping)}, pick/pack ${usd(s.pickPack)}, manual touches ${usd(s.touches)}, cancellations ${usd(s.cancellations)}, lost margin ${usd(s.lostMargin)}.`,
    `At ${groupThousands(Math.round(a.monthlyOrders))} orders a month: ${whole(r.monthlySaving)} saved a month, ${whole(r.monthlyCost)} recurring costs, ${whole(r.oneTime)} one-time; NPV over ${r.flows.length - 1} months ${whole(r.npv)}${r.irr ? `, IRR ${(r.irr.annual * 100).toFixed(0)}% a year` : ''}.`,
    r.breakEvenOrders === null ? 'It saves nothing per order, so no volume breaks even.' : `It breaks even at ${groupThousands(Math.ceil(r.breakEvenOrders))} orders a month.`,
    ...(r.upsideMonthly > 0 ? [`Optional upside, not counted: about ${whole(r.upsideMonthly)} a month of extra margin from faster delivery.`] : []),
  ];
  return {
    intervals,
    roi: { policy: a.policy, months: r.cumulative.map((cumulative, month) => ({ month, cumulative })), paybackMonth: r.payback?.fractionalMonth ?? null, investment: r.oneTime, npv: r.npv },
    tornado: { policy: a.policy, baseNpv: r.npv, rows: a.tornado.map((t) => ({ driver: t.driver, lowNpv: t.lowNpv, highNpv: t.highNpv, range: t.range })) },
    pilotSizing: { policy: a.policy, metric: 'fulfillment_cost_per_order', curve: a.pilot.curve, targetPower: 0.8 },
    prePost: cohorts.flatMap((c) => c.prePost.filter((p) => p.decomposition).map((p) => ({
      policy: c.policy, metric: p.measure, raw: p.decomposition!.rawChange, rateEffect: p.decomposition!.rateEffect, mixEffect: p.decomposition!.mixEffect, pre: c.pre, post: c.post,
    }))),
    decision: { policy: a.policy, verdict: a.decision.verdict, reasons: a.decision.reasons, questions: a.decision.questions, facts },
  };
}
