/**
 * The buy/no-buy test, answered with the run's evidence: is there enough fulfillment
 * complexity? can the systems be connected without major custom work? can the impact be
 * measured within 90 days? Then a verdict: run a phased pilot, fix the foundation first,
 * or not worth a pilot yet.
 */
import type { RoiResult } from './roi.ts';
import type { MetricValues } from '../metrics/metrics.ts';
import { pilotDesign, type PilotPlan } from './pilot.ts';

export type Answer = 'yes' | 'no' | 'unknown';

export interface Decision {
  questions: { question: string; answer: Answer; evidence: string }[];
  verdict: 'run a phased pilot' | 'fix the foundation first' | 'not worth a pilot yet';
  reasons: string[];
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

export interface DecisionInputs {
  baseline: MetricValues;
  policy: MetricValues;
  policyName: string;
  /** Nodes that shipped at least one package under the policy. */
  nodesShipping: number;
  /** Lowest inventory accuracy among store nodes that shipped under the policy (null: none did). */
  storeAccuracy: number | null;
  integration: 'connector' | 'custom-work' | 'unknown';
  pilot: PilotPlan;
  roi: RoiResult;
  /** Whether the interval of the saving per order excludes zero (null: no interval). */
  savingCertain: boolean | null;
}

const usd = (v: number) => `${v < 0 ? '−' : ''}$${Math.abs(v).toFixed(2)}`;

/** The measured figures behind "can the impact be measured within 90 days?". */
export function pilotEvidence(p: PilotPlan): string {
  if (p.unsized) return `a pilot on ${pilotDesign(p)}, cannot be sized: ${p.unsized}`;
  if (p.days === null) return `the replay shows no difference in fulfillment cost per order on ${p.cohort}, so no pilot length would show one`;
  const mde90 = p.mde.find((m) => m.days === 90);
  return `a pilot on ${pilotDesign(p)}, needs about ${p.days} calendar days (${p.orders ?? 0} cohort orders, plus as many days before it) ` +
    `to show the replay's ${usd(p.effect)} per cohort order at 80% power, α 5%` +
    (mde90 ? `; 90 days would show only a difference of ${usd(mde90.effect)} or more` : '');
}

/** Answers the three questions and gives the verdict with its reasons. */
export function decide(i: DecisionInputs): Decision {
  const b = i.baseline;
  const complexity = i.nodesShipping >= 2 && ((b.split_rate ?? 0) >= 0.02 || (b.cancel_rate ?? 0) >= 0.02 || (b.manual_touches_per_order ?? 0) >= 0.02 || (i.policy.store_share ?? 0) >= 0.05);
  const q1: Decision['questions'][number] = {
    question: 'Is there enough fulfillment complexity to gain from?',
    answer: complexity ? 'yes' : 'no',
    evidence: `${i.nodesShipping} node(s) ship under ${i.policyName}; today ${pct(b.cancel_rate)} of orders lose a unit, ${pct(b.split_rate)} split, ${(b.manual_touches_per_order ?? 0).toFixed(3)} manual touches per order; ${pct(i.policy.store_share)} of packages would ship from stores`,
  };
  const q2: Decision['questions'][number] = {
    question: 'Can the core systems be connected without major custom work?',
    answer: i.integration === 'connector' ? 'yes' : i.integration === 'custom-work' ? 'no' : 'unknown',
    evidence: i.integration === 'unknown' ? 'not declared: set roi.integration in the scenario (connector, custom-work)' : `declared in the scenario: ${i.integration}`,
  };
  const days = i.pilot.days;
  const q3: Decision['questions'][number] = {
    question: 'Can the impact be measured within 90 days?',
    answer: days !== null && days <= 90 ? 'yes' : 'no',
    evidence: pilotEvidence(i.pilot),
  };
  const reasons: string[] = [];
  let verdict: Decision['verdict'];
  if (!complexity || i.roi.npv <= 0) {
    verdict = 'not worth a pilot yet';
    if (!complexity) reasons.push('too little fulfillment complexity for routing to improve');
    if (i.roi.npv <= 0) reasons.push(`the ${i.roi.flows.length - 1}-month NPV is not positive ($${Math.round(i.roi.npv).toLocaleString('en-US')})`);
  } else if ((i.storeAccuracy !== null && i.storeAccuracy < 0.9) || q2.answer === 'no') {
    verdict = 'fix the foundation first';
    if (i.storeAccuracy !== null && i.storeAccuracy < 0.9) reasons.push(`store inventory accuracy is ${pct(i.storeAccuracy)}: below 90%, store picks fail often; fix inventory visibility before routing to stores`);
    if (q2.answer === 'no') reasons.push('connecting the systems needs major custom work');
  } else if (q3.answer === 'no') {
    verdict = 'fix the foundation first';
    reasons.push('the difference is too small to show in a 90-day pilot');
  } else {
    verdict = 'run a phased pilot';
    reasons.push(`positive NPV ($${Math.round(i.roi.npv).toLocaleString('en-US')})${i.roi.payback ? `, payback in month ${Math.ceil(i.roi.payback.fractionalMonth)}` : ''}, measurable in ${days} days`);
    if (i.savingCertain === false) reasons.push('but the saving\'s interval includes zero: treat the pilot as the test');
    if (q2.answer === 'unknown') reasons.push('find out first whether the systems connect without custom work');
  }
  return { questions: [q1, q2, q3], verdict, reasons };
}
