/**
 * The decided-on policy, by one rule for the analytics, the report's headline and `roi`:
 *
 *   1. the scenario's `roi.policy`, when it names one;
 *   2. else the recommended policy: the one with the largest saving per order (savings.ts,
 *      margin included when counted) among those that save at least a cent an order and
 *      make neither on-time delivery nor cancellations worse than the reference;
 *   3. else the alternative with the largest saving per order (it fails 2: the report says
 *      to keep the reference and why); ties by name.
 *
 * "Worse" and "saves" are judged at display precision (metrics/direction.ts): a change that
 * shows as zero is neither.
 */
import { deltas } from '../metrics/deltas.ts';
import { roundsToZero } from '../metrics/direction.ts';
import type { MetricName } from '../metrics/metrics.ts';
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';
import { policyRun, savingOf, type Savings } from './savings.ts';

/** Service metrics a recommended policy must not make worse. */
export const GUARDRAILS: readonly MetricName[] = ['on_time_delivery_rate', 'cancel_rate'];

/** One alternative against the reference, for the rule. */
export interface Alternative {
  policy: string;
  saving: Savings;
  /** Guardrail metrics it makes worse than the reference (empty: it keeps service). */
  worsens: MetricName[];
  /** It saves at least a cent an order and keeps service. */
  qualifies: boolean;
}

/** The guardrail metrics `p` makes worse than `against`. */
export function worsenedGuardrails(p: PolicyRun, against: PolicyRun): MetricName[] {
  const d = deltas(against.metrics, p.metrics);
  return GUARDRAILS.filter((m) => d.find((x) => x.metric === m)!.verdict === 'worse');
}

/** Whether a policy leaves every guardrail metric no worse than the baseline. */
export function keepsService(p: PolicyRun): boolean {
  return GUARDRAILS.every((m) => p.deltas.find((d) => d.metric === m)!.verdict !== 'worse');
}

/** Every policy other than `against`, largest saving per order first (ties by name). */
export function alternatives(run: ScenarioRun, against = run.baseline): Alternative[] {
  const ref = policyRun(run, against);
  return run.runs
    .filter((p) => p.policy !== against)
    .map((p) => {
      const saving = savingOf(run, p.policy, against);
      const worsens = worsenedGuardrails(p, ref);
      return {
        policy: p.policy,
        saving,
        worsens,
        qualifies: worsens.length === 0 && saving.total > 0 && !roundsToZero('usd', saving.total),
      };
    })
    .sort((a, b) => b.saving.total - a.saving.total || (a.policy < b.policy ? -1 : 1));
}

/** Why a policy is the one decided on. */
export type DecisionRule =
  | 'named in roi.policy'
  | 'named with --policy'
  | 'largest saving that keeps service'
  | 'largest saving, but it does not qualify'
  | 'only the reference ran';

/** The decided-on policy and the rule that chose it (the reference itself when nothing else ran). */
export function decidedOn(run: ScenarioRun, against = run.baseline): { policy: string; rule: DecisionRule } {
  const named = run.scenario.config.roi.policy;
  if (named && named !== against && run.runs.some((p) => p.policy === named))
    return { policy: named, rule: 'named in roi.policy' };
  const alts = alternatives(run, against);
  const best = alts.find((a) => a.qualifies);
  if (best) return { policy: best.policy, rule: 'largest saving that keeps service' };
  if (alts[0]) return { policy: alts[0].policy, rule: 'largest saving, but it does not qualify' };
  return { policy: against, rule: 'only the reference ran' };
}
