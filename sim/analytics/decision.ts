/**
 * The buy/no-buy test, answered with the run's measured figures: is there enough
 * fulfillment complexity? can the systems be connected without major custom work? can the
 * impact be measured within 90 days? Then a verdict, by these rules in order:
 *
 *   check the data first      the baseline is implausible (analytics/guards.ts)
 *   not worth a pilot yet     too little complexity, the policy saves nothing (≤ 0 per order),
 *                             makes service worse, or the NPV is not positive
 *   fix the foundation first  the break-even store accuracy (found by replaying) lies within
 *                             the plausible range below the stated accuracy; or custom
 *                             integration work; or a difference too small for 90 days
 *   run a phased pilot        otherwise
 */
import type { RoiResult } from './roi.ts';
import type { MetricValues } from '../metrics/metrics.ts';
import type { Problem } from '../problems.ts';
import { money } from '../format/money.ts';
import { sharePercent } from '../format/percent.ts';
import { paybackLabel } from '../messages.ts';
import { pilotDesign, type PilotPlan } from './pilot.ts';
import type { Savings } from './savings.ts';

export type Answer = 'yes' | 'no' | 'unknown';

export type Verdict =
  'run a phased pilot' | 'fix the foundation first' | 'not worth a pilot yet' | 'check the data first';

export interface Decision {
  questions: { question: string; answer: Answer; evidence: string }[];
  verdict: Verdict;
  reasons: string[];
}

/** A store the policy ships from, with its stated accuracy and its accuracy at the break-even shift. */
export interface StoreAccuracy {
  node: string;
  name: string;
  accuracy: number;
  /** Its accuracy at the break-even shift (null: no break-even found). */
  breakEven: number | null;
}

/** Store readiness judged from the replay. */
export interface StoreReadiness {
  /** Stores that shipped under the policy, lowest stated accuracy first. */
  stores: StoreAccuracy[];
  /** The shift of every store's accuracy (share, e.g. −0.046) at which the NPV is zero; null when none was found in `searched`. */
  breakEvenShift: number | null;
  /** Shifts replayed, with their NPV (0: the run itself). */
  replays: { shift: number; npv: number }[];
  searched: { low: number; high: number };
  /** How far a stated accuracy is plausibly off (share). */
  plausibleRange: number;
  /** at risk: the break-even lies within the plausible range below the stated accuracy. */
  risk: 'at risk' | 'safe' | 'losing at the stated accuracy';
}

const pct = (v: number | null) => (v === null ? '—' : sharePercent(v));
const pts = (v: number) => `${(Math.abs(v) * 100).toFixed(1)} points`;

export interface DecisionInputs {
  /** The reference's metrics (the baseline unless told otherwise) and the policy's. */
  baseline: MetricValues;
  policy: MetricValues;
  policyName: string;
  against: string;
  /** Nodes that shipped at least one package under the policy. */
  nodesShipping: number;
  saving: Savings;
  /** Guardrail metrics the policy makes worse than the reference, in words. */
  worsens: string[];
  integration: 'connector' | 'custom-work' | 'unknown';
  /** One-time implementation dollars of the ROI case (roi.one_time.implementation). */
  implementationCost: number;
  /** How long a real pilot needs (calendar days, or null: never). */
  pilot: PilotPlan;
  roi: RoiResult;
  /** Store readiness from the replay (null: no store ships under the policy). */
  stores: StoreReadiness | null;
  /** The guard warnings of the run (analytics/guards.ts). */
  guards: Problem[];
  /** Whether the interval of the saving per order excludes zero (null: no interval). */
  savingCertain: boolean | null;
}

/** "STORE-LA 88.0% (break-even 83.4%)". */
function storeList(r: StoreReadiness): string {
  return r.stores
    .map(
      (s) =>
        `${s.node}${s.name && s.name !== s.node ? ` (${s.name})` : ''} ${pct(s.accuracy)}${s.breakEven === null ? '' : `, break-even ${pct(s.breakEven)}`}`,
    )
    .join('; ');
}

/** Words for store readiness, from the replays. */
export function storeEvidence(r: StoreReadiness): string {
  const shifts = r.replays
    .filter((x) => x.shift !== 0)
    .map((x) => `${x.shift > 0 ? '+' : '−'}${(Math.abs(x.shift) * 100).toFixed(1)}`)
    .join(', ');
  const how = `replayed with every store's accuracy moved by ${shifts} points`;
  if (r.breakEvenShift === null) {
    return r.risk === 'losing at the stated accuracy'
      ? `stores ${storeList(r)}: the NPV stays negative even ${pts(r.searched.high)} more accurate (${how})`
      : `stores ${storeList(r)}: the NPV stays positive even ${pts(r.searched.low)} less accurate (${how})`;
  }
  const side = r.breakEvenShift < 0 ? 'less' : 'more';
  return `stores ${storeList(r)}: the NPV crosses zero with every store ${pts(r.breakEvenShift)} ${side} accurate than stated (${how}); stated figures are plausibly off by ±${pts(r.plausibleRange)}`;
}

/** The measured figures behind "can the impact be measured within 90 days?". */
export function pilotEvidence(p: PilotPlan): string {
  if (p.unsized) return `a pilot on ${pilotDesign(p)}, cannot be sized: ${p.unsized}`;
  if (p.days === null)
    return `the replay shows no difference per order on ${p.cohort}, so no pilot length would show one`;
  const mde90 = p.mde.find((m) => m.days === 90);
  return (
    `a pilot on ${pilotDesign(p)}, needs about ${p.days} calendar days (${p.orders ?? 0} cohort orders, plus as many days before it) ` +
    `to show the replay's ${money(-p.effect)} saving per cohort order at 80% power, α 5%` +
    (mde90 ? `; 90 days would show only a difference of ${money(mde90.effect)} or more` : '')
  );
}

/** Answers the three questions and gives the verdict with its reasons. */
export function decide(i: DecisionInputs): Decision {
  const b = i.baseline;
  const split = b.split_rate ?? 0,
    cancel = b.cancel_rate ?? 0,
    touches = b.manual_touches_per_order ?? 0,
    stores = i.policy.store_share ?? 0;
  const complexity = i.nodesShipping >= 2 && (split >= 0.02 || cancel >= 0.02 || touches >= 0.02 || stores >= 0.05);
  const q1: Decision['questions'][number] = {
    question: 'Is there enough fulfillment complexity to gain from routing rules?',
    answer: complexity ? 'yes' : 'no',
    evidence: `${i.nodesShipping} node(s) ship under ${i.policyName} (2 or more needed); under ${i.against} ${pct(b.cancel_rate)} of orders lose a unit, ${pct(b.split_rate)} split, ${touches.toFixed(3)} manual touches per order; ${pct(i.policy.store_share)} of packages would ship from stores (yes when any of the first three is 2% or more, or the store share 5% or more)`,
  };
  const q2: Decision['questions'][number] = {
    question: 'Can the core systems be connected without major custom work?',
    answer: i.integration === 'connector' ? 'yes' : i.integration === 'custom-work' ? 'no' : 'unknown',
    evidence:
      i.integration === 'unknown'
        ? 'not declared: set roi.integration in the scenario (connector, custom-work)'
        : `declared in the scenario: ${i.integration}; one-time implementation in the ROI case ${money(i.implementationCost, 0)}`,
  };
  const days = i.pilot.days;
  const q3: Decision['questions'][number] = {
    question: 'Can the impact be measured within 90 days?',
    answer: days !== null && days <= 90 ? 'yes' : 'no',
    evidence: `${pilotEvidence(i.pilot)} (90 or fewer needed)`,
  };
  const reasons: string[] = [];
  let verdict: Verdict;
  const r = i.roi,
    horizon = r.flows.length - 1;
  const implausible = i.guards.filter((g) => g.code === 'baseline-implausible');
  const saves = i.saving.total > 0 && money(i.saving.total) !== '$0.00';
  const atRisk = i.stores?.risk === 'at risk';
  if (implausible.length) {
    verdict = 'check the data first';
    for (const g of implausible) reasons.push(g.message.replace(/, so no pilot verdict is given$/, ''));
  } else if (!complexity || !saves || i.worsens.length || r.npv <= 0) {
    verdict = 'not worth a pilot yet';
    if (!complexity) reasons.push('too little fulfillment complexity for routing to improve');
    if (!saves) reasons.push(`it saves nothing: ${money(i.saving.total)} per order against ${i.against}`);
    if (i.worsens.length) reasons.push(`it makes ${i.worsens.join(' and ')} worse`);
    if (r.npv <= 0)
      reasons.push(`the ${horizon}-month NPV is not positive (${money(r.npv, 0)}), so it never pays back`);
  } else if (atRisk || q2.answer === 'no' || q3.answer === 'no') {
    verdict = 'fix the foundation first';
    if (atRisk) {
      const low = i.stores!.stores[0]!;
      reasons.push(
        `with store inventory ${pts(i.stores!.breakEvenShift!)} less accurate than stated (${low.node} at ${pct(low.breakEven)} instead of ${pct(low.accuracy)}), the NPV falls to zero; records are plausibly that far off: count store stock (cycle counts) before routing to stores`,
      );
    }
    if (q2.answer === 'no') reasons.push('connecting the systems needs major custom work');
    if (q3.answer === 'no') reasons.push('the difference is too small to show in a 90-day pilot');
  } else {
    verdict = 'run a phased pilot';
    reasons.push(
      `positive NPV (${money(r.npv, 0)} over ${horizon} months), payback ${paybackLabel(r.payback?.fractionalMonth ?? null, horizon)}, measurable in ${days} days`,
    );
    if (i.savingCertain === false) reasons.push("but the saving's interval includes zero: treat the pilot as the test");
    if (q2.answer === 'unknown') reasons.push('find out first whether the systems connect without custom work');
  }
  return { questions: [q1, q2, q3], verdict, reasons };
}
