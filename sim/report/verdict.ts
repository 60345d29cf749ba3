/**
 * The report's verdict: which policy is best on fulfillment cost per order without making
 * on-time delivery or cancellations worse than the baseline, and the headline sentence
 * that says so, worded from the numbers.
 */
import { METRICS, type MetricName } from '../metrics/metrics.ts';
import type { PolicyRun } from '../pipeline.ts';
import { cheapestAlternatives, GUARDRAILS, keepsService, recommendedPolicy } from '../analytics/recommend.ts';
import { baselineRun, ordersPerQuarter } from './derive.ts';
import { formatDelta, formatMetric, groupThousands } from './format.ts';
import { deltaInterval, levelLabel, monthsLabel, type DeltaInterval, type ReportInput, type RoiProjection } from './input.ts';

const COST: MetricName = 'fulfillment_cost_per_order';

const def = (name: MetricName) => METRICS.find((m) => m.name === name)!;
const value = (p: PolicyRun, name: MetricName) => p.metrics[name];
const delta = (p: PolicyRun, name: MetricName) => p.deltas.find((d) => d.metric === name)!;

export interface Verdict {
  /** `switch`: a policy beats the baseline; `keep`: none does; `alone`: only the baseline ran. */
  kind: 'switch' | 'keep' | 'alone';
  baseline: PolicyRun;
  /** The recommended policy (kind `switch`). */
  best: PolicyRun | null;
  /** The policy the detail charts show: the recommended one, else the cheapest alternative, else the baseline. */
  focus: PolicyRun;
  /** Baseline cost per order − focus cost per order (positive: a saving); null when either is null. */
  savingPerOrder: number | null;
  savingPerQuarter: number | null;
  ordersPerQuarter: number;
  /** The interval of the focus policy's cost difference, when the analytics have one. */
  interval: DeltaInterval | null;
  /** Bold first words ("Switch to X." / "Keep X."), then the rest of the headline. */
  lead: string;
  text: string;
}

/** Money rounded for a headline: "$11,300", "$840", "$12". */
export function roundMoney(v: number): string {
  const a = Math.abs(v);
  const step = a >= 1000 ? 100 : a >= 100 ? 10 : 1;
  return `$${groupThousands(Math.round(a / step) * step)}`;
}

/** Months an ROI projection covers. */
export const horizon = (roi: RoiProjection): number => Math.max(0, ...roi.months.map((m) => m.month));

const usd = (v: number) => `$${groupThousands(Math.abs(v), 2)}`;

function intervalText(i: DeltaInterval): string {
  // the interval is of policy − baseline; a saving is its negative
  const lo = -i.high, hi = -i.low;
  const f = (v: number) => `${v < 0 ? '-' : ''}${usd(v)}`;
  return `${levelLabel(i)} CI ${f(lo)} to ${f(hi)}`;
}

/** "on-time delivery -0.9 pts and orders with a cancelled unit +0.3 pts": the guardrails a policy makes worse. */
function worsened(p: PolicyRun): string {
  return GUARDRAILS.filter((m) => delta(p, m).verdict === 'worse')
    .map((m) => `${m === 'cancel_rate' ? 'orders with a cancelled unit' : 'on-time delivery'} (${formatDelta(def(m), delta(p, m).delta)})`).join(' and ');
}

function serviceChange(p: PolicyRun, base: PolicyRun): string {
  return GUARDRAILS.map((m) => {
    const d = def(m);
    return `${d.name === 'cancel_rate' ? 'orders with a cancelled unit' : 'on-time delivery'} ${formatMetric(d, value(base, m))} → ${formatMetric(d, value(p, m))}`;
  }).join(', ');
}

/**
 * Chooses the recommended policy and words the headline.
 * @example verdict(input).lead // "Switch to store-for-local."
 */
export function verdict(input: ReportInput): Verdict {
  const r = input.run;
  const base = baselineRun(r);
  const perQuarter = ordersPerQuarter(r);
  const others = cheapestAlternatives(r);
  const baseCost = value(base, COST);
  const costOf = (p: PolicyRun) => value(p, COST)!;
  const best = recommendedPolicy(r);
  const focus = best ?? others[0] ?? base;
  const saving = baseCost === null || value(focus, COST) === null ? null : baseCost - costOf(focus);
  const interval = focus === base ? null : deltaInterval(input, focus.policy, COST);
  const v: Verdict = {
    kind: best ? 'switch' : focus === base ? 'alone' : 'keep',
    baseline: base, best, focus, savingPerOrder: saving, savingPerQuarter: saving === null ? null : saving * perQuarter, ordersPerQuarter: perQuarter, interval,
    lead: '', text: '',
  };
  const pace = `at the replayed pace of ${groupThousands(Math.round(perQuarter))} orders a quarter`;
  const roi = input.analytics?.roi;
  const payback = roi && roi.policy === focus.policy
    ? roi.paybackMonth === null ? ` It does not pay back within the ${horizon(roi)} months projected.` : ` Payback in ${monthsLabel(roi.paybackMonth)} month${roi.paybackMonth === 1 ? '' : 's'}.`
    : '';

  if (v.kind === 'alone') {
    v.lead = `Only ${base.policy} was replayed.`;
    v.text = `Its fulfillment cost is ${formatMetric(def(COST), baseCost)} per order; add policies to the scenario to compare.`;
    return v;
  }
  if (best) {
    const ci = interval ? `; ${intervalText(interval)}` : '';
    const unsure = interval && interval.low <= 0 && interval.high >= 0
      ? ' The interval includes no saving at all, so the replay alone does not settle it: a pilot would.' : '';
    // with the buy/no-buy test, the lead says what to do next; the sentence keeps the replay's numbers
    const decision = input.analytics?.decision;
    const next = decision && decision.policy === best.policy ? decision : null;
    v.lead = !next ? `Switch to ${best.policy}.`
      : next.verdict === 'run a phased pilot' ? `Run a phased pilot of ${best.policy}.`
      : next.verdict === 'fix the foundation first' ? `Fix the foundation first, then pilot ${best.policy}.`
      : `${best.policy} is not worth a pilot yet.`;
    const first = next && next.verdict !== 'run a phased pilot' ? ` First: ${next.reasons.join('; ')}.` : '';
    // a cheaper policy that fails the service check is worth naming: a reader will ask
    const cheaper = others.find((p) => costOf(p) < costOf(best) - 1e-9 && !keepsService(p));
    const tradeoff = cheaper ? ` ${cheaper.policy} would save more (${usd(baseCost! - costOf(cheaper))} per order) but worsens ${worsened(cheaper)}.` : '';
    v.text = `It lowers fulfillment cost by ${usd(saving!)} per order (from ${usd(baseCost!)} to ${usd(costOf(best))}${ci}), ` +
      `about ${roundMoney(v.savingPerQuarter!)} a quarter ${pace}, without making service worse (${serviceChange(best, base)}).${unsure}${payback}${tradeoff}${first}`;
    return v;
  }
  v.lead = `Keep ${base.policy}.`;
  const n = others.length;
  const parts = [`None of the ${n} alternative${n === 1 ? '' : 's'} lowers fulfillment cost per order without making on-time delivery or cancellations worse.`];
  if (saving !== null && saving > 0) {
    parts.push(`The cheapest, ${focus.policy}, would save ${usd(saving)} per order (about ${roundMoney(v.savingPerQuarter!)} a quarter) but worsens ${worsened(focus)}.`);
  } else if (saving !== null) {
    parts.push(`The cheapest alternative, ${focus.policy}, costs ${usd(-saving)} more per order (about ${roundMoney(-v.savingPerQuarter!)} more a quarter ${pace}; ${serviceChange(focus, base)}).`);
  }
  // the best alternative for service, when it is another policy and does improve on-time delivery
  const otd = 'on_time_delivery_rate';
  const service = [...others].filter((p) => delta(p, otd).verdict === 'better')
    .sort((a, b) => delta(b, otd).delta! - delta(a, otd).delta! || (a.policy < b.policy ? -1 : 1))[0];
  if (service && service !== focus) {
    const dc = delta(service, COST).delta!;
    parts.push(`For service, ${service.policy} delivers the most orders on time (${formatMetric(def(otd), value(service, otd))}, ${formatDelta(def(otd), delta(service, otd).delta)}) at ${usd(dc)} ${dc >= 0 ? 'more' : 'less'} per order.`);
  }
  v.text = parts.join(' ') + payback;
  return v;
}
