/**
 * The recommendation rule, in one place for the analytics and the report's headline: the
 * cheapest policy (fulfillment cost per order) among those that lower that cost without
 * making on-time delivery or cancellations worse than the baseline.
 */
import type { MetricName } from '../metrics/metrics.ts';
import type { PolicyRun, ScenarioRun } from '../pipeline.ts';

/** Service metrics a recommended policy must not make worse. */
export const GUARDRAILS: readonly MetricName[] = ['on_time_delivery_rate', 'cancel_rate'];

const verdictOf = (p: PolicyRun, m: MetricName) => p.deltas.find((d) => d.metric === m)!.verdict;

/** Whether a policy leaves every guardrail metric no worse than the baseline. */
export function keepsService(p: PolicyRun): boolean {
  return GUARDRAILS.every((m) => verdictOf(p, m) !== 'worse');
}

/** The policies other than the baseline that have a cost per order, cheapest first (ties by name). */
export function cheapestAlternatives(run: ScenarioRun): PolicyRun[] {
  const cost = (p: PolicyRun) => p.metrics.fulfillment_cost_per_order!;
  return run.runs.filter((p) => p.policy !== run.baseline && p.metrics.fulfillment_cost_per_order !== null)
    .sort((a, b) => cost(a) - cost(b) || (a.policy < b.policy ? -1 : 1));
}

/**
 * The recommended policy: the cheapest that lowers fulfillment cost per order and keeps
 * service; null when none does.
 */
export function recommendedPolicy(run: ScenarioRun): PolicyRun | null {
  return cheapestAlternatives(run).find((p) => verdictOf(p, 'fulfillment_cost_per_order') === 'better' && keepsService(p)) ?? null;
}
