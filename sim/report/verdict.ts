/**
 * The report's headline, worded from the decision model (analytics/analyze.ts): the policy
 * decided on by the rule of analytics/recommend.ts, its saving per order with its
 * components, per quarter, payback and NPV, and the verdict. Without analytics the same
 * `decisionBasis` gives the money figures (there is no second computation of them).
 */
import { decisionBasis, type DecisionBasis, type DecisionModel } from '../analytics/analyze.ts';
import { METRICS, type MetricName } from '../metrics/metrics.ts';
import type { PolicyRun } from '../metrics/runs.ts';
import { GUARDRAILS } from '../analytics/recommend.ts';
import { baselineRun } from '../metrics/runs.ts';
import { formatDelta, formatMetric } from '../format/metric-value.ts';
import { groupThousands } from '../format/number.ts';
import { money, roundMoney } from '../format/money.ts';
import { paybackLabel } from '../messages.ts';
import { deltaInterval, levelLabel, type ReportInput, type RoiProjection } from './input.ts';

const COST: MetricName = 'fulfillment_cost_per_order';

const def = (name: MetricName) => METRICS.find((m) => m.name === name)!;
const value = (p: PolicyRun, name: MetricName) => p.metrics[name];

export interface Verdict {
  /** `switch`: the decided policy saves and keeps service; `keep`: it does not; `alone`: only the baseline ran. */
  kind: 'switch' | 'keep' | 'alone';
  baseline: PolicyRun;
  /** The recommended policy (kind `switch`). */
  best: PolicyRun | null;
  /** The policy decided on (the detail charts show it); the baseline when it ran alone. */
  focus: PolicyRun;
  /** The money figures the headline is worded from (null when only the baseline ran). */
  basis: DecisionBasis | null;
  /** The interval of the saving per order, when the analytics have one. */
  interval: { low: number; high: number; label: string } | null;
  /** Bold first words ("Switch to X." / "Keep X."), then the rest of the headline. */
  lead: string;
  text: string;
}

/** Months an ROI projection covers. */
export const horizon = (roi: RoiProjection): number => Math.max(0, ...roi.months.map((m) => m.month));

function serviceChange(p: PolicyRun, base: PolicyRun): string {
  return GUARDRAILS.map((m) => {
    const d = def(m);
    return `${d.name === 'cancel_rate' ? 'orders with a cancelled unit' : 'on-time delivery'} ${formatMetric(d, value(base, m))} → ${formatMetric(d, value(p, m))}`;
  }).join(', ');
}

/** "fulfillment cost $20.95 → $20.81 ($0.14 less), plus $0.07 margin kept on cancellations avoided". */
export function savingParts(b: DecisionBasis): string {
  const f = b.saving.fulfillment,
    m = b.saving.margin;
  const cost = `fulfillment cost ${formatMetric(def(COST), b.fulfillmentCost.against)} → ${formatMetric(def(COST), b.fulfillmentCost.policy)} (${money(Math.abs(f))} ${f >= 0 ? 'less' : 'more'})`;
  if (!b.saving.marginCounted || money(m) === '$0.00') return cost;
  return `${cost}, ${m > 0 ? `plus ${money(m)} margin kept on cancellations avoided` : `less ${money(-m)} margin lost on extra cancellations`}`;
}

/** "about $3,200 a quarter at 4,942 orders a month (the replayed pace)". */
export function quarterText(b: DecisionBasis, more = false): string {
  const way = more ? (b.perQuarter >= 0 ? 'less' : 'more') : '';
  return `about ${roundMoney(b.perQuarter)}${way ? ` ${way}` : ''} a quarter at ${groupThousands(Math.round(b.orders.perMonth))} orders a month (${b.orders.from === 'roi.monthly_orders' ? 'roi.monthly_orders' : 'the replayed pace'})`;
}

/** The saving's interval in the analytics: the decision model's, else the cost difference's (sign flipped, margin added). */
function intervalOf(input: ReportInput, b: DecisionBasis, d: DecisionModel | undefined): Verdict['interval'] {
  if (d?.interval) return { low: d.interval.low, high: d.interval.high, label: '95%' };
  const i = deltaInterval(input, b.policy, COST);
  return i ? { low: -i.high + b.saving.margin, high: -i.low + b.saving.margin, label: levelLabel(i) } : null;
}

/**
 * The decided-on policy and the headline.
 * @example verdict(input).lead // "Switch to store-for-local."
 */
export function verdict(input: ReportInput): Verdict {
  const r = input.run;
  const base = baselineRun(r);
  const d = input.analytics?.decision;
  if (r.runs.length < 2) {
    return {
      kind: 'alone',
      baseline: base,
      best: null,
      focus: base,
      basis: null,
      interval: null,
      lead: `Only ${base.policy} was replayed.`,
      text: `Its fulfillment cost is ${formatMetric(def(COST), value(base, COST))} per order; add policies to the scenario to compare.`,
    };
  }
  const b: DecisionBasis = d ?? decisionBasis(r);
  const focus = r.runs.find((p) => p.policy === b.policy)!;
  const interval = intervalOf(input, b, d);
  const v: Verdict = {
    kind: b.recommended ? 'switch' : 'keep',
    baseline: base,
    best: b.recommended ? focus : null,
    focus,
    basis: b,
    interval,
    lead: '',
    text: '',
  };
  const ci = interval ? `; ${interval.label} CI ${money(interval.low)} to ${money(interval.high)}` : '';
  const roi = input.analytics?.roi;
  const months = d ? d.roi.paybackMonth : roi && roi.policy === focus.policy ? roi.paybackMonth : undefined;
  const span = d ? d.roi.horizonMonths : roi ? horizon(roi) : 0;
  const npv = d ? ` NPV over ${span} months ${money(d.roi.npv, 0)}.` : '';
  const payback = months === undefined ? '' : ` Payback: ${paybackLabel(months, span)}.${npv}`;
  const first = d && d.verdict !== 'run a phased pilot' ? ` First: ${d.reasons.join('; ')}.` : '';

  if (d?.verdict === 'check the data first') {
    v.lead = 'Check the data first.';
    v.text = `${d.reasons.join('; ')}. On this data ${b.policy} would ${b.saving.total >= 0 ? `save ${money(b.saving.total)}` : `cost ${money(-b.saving.total)} more`} per order against ${b.against} (${savingParts(b)}), but that figure prices a business that is not yours.${payback}`;
    return v;
  }
  if (b.recommended) {
    const unsure =
      interval && interval.low <= 0 && interval.high >= 0
        ? ' The interval includes no saving at all, so the replay alone does not settle it: a pilot would.'
        : '';
    v.lead = !d
      ? `Switch to ${b.policy}.`
      : d.verdict === 'run a phased pilot'
        ? `Run a phased pilot of ${b.policy}.`
        : d.verdict === 'fix the foundation first'
          ? `Fix the foundation first, then pilot ${b.policy}.`
          : `${b.policy} is not worth a pilot yet.`;
    // a policy saving more that fails the service test is worth naming: a reader will ask
    const more = b.alternatives.find((a) => a.saving > b.saving.total && a.worsens.length);
    const tradeoff = more
      ? ` ${more.policy} would save more (${money(more.saving)} per order) but worsens ${more.worsens.join(' and ')}.`
      : '';
    v.text =
      `It saves ${money(b.saving.total)} per order against ${b.against} (${savingParts(b)}${ci}), ${quarterText(b)}, ` +
      `without making service worse (${serviceChange(focus, base)}).${unsure}${payback}${tradeoff}${first}`;
    return v;
  }
  v.lead = `Keep ${b.against}.`;
  const n = b.alternatives.length;
  const parts = [
    `None of the ${n} alternative${n === 1 ? '' : 's'} saves money per order without making on-time delivery or cancellations worse.`,
  ];
  const named = b.rule === 'named in roi.policy' ? ' (named in roi.policy)' : '';
  if (b.saving.total > 0 && b.worsens.length) {
    parts.push(
      `${b.policy}${named} would save ${money(b.saving.total)} per order (${savingParts(b)}), ${quarterText(b)}, but worsens ${b.worsens.join(' and ')}.`,
    );
  } else {
    const who = named ? `${b.policy}${named}` : `The best alternative, ${b.policy},`;
    parts.push(
      `${who} ${b.saving.total < 0 ? `costs ${money(-b.saving.total)} more` : 'saves nothing'} per order (${savingParts(b)}; ${quarterText(b, true)}; ${serviceChange(focus, base)}).`,
    );
  }
  // the best alternative for service, when it is another policy and does improve on-time delivery
  const otd = 'on_time_delivery_rate';
  const gain = (p: PolicyRun) => p.deltas.find((x) => x.metric === otd)!;
  const service = r.runs
    .filter((p) => p.policy !== b.against && gain(p).verdict === 'better')
    .sort((x, y) => gain(y).delta! - gain(x).delta! || (x.policy < y.policy ? -1 : 1))[0];
  if (service && service !== focus) {
    const s = b.alternatives.find((a) => a.policy === service.policy)!.saving;
    parts.push(
      `For service, ${service.policy} delivers the most orders on time (${formatMetric(def(otd), value(service, otd))}, ${formatDelta(def(otd), gain(service).delta)}) at ${money(Math.abs(s))} ${s >= 0 ? 'less' : 'more'} per order.`,
    );
  }
  v.text = parts.join(' ') + payback + first;
  return v;
}
