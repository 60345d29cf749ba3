/** The library's `compareResult` and `decideResult`: `routelab compare` and `routelab roi` on a result already run. */
import type { Analysis } from '../../analytics/analyze.ts';
import { comparePolicies, type MetricComparison } from '../../analytics/compare.ts';
import { msg } from '../../messages.ts';
import { analyzeDecision, readinessOf } from '../../pipeline/decide.ts';
import { InputError } from '../../problems.ts';
import { makeRng } from '../../random/rng.ts';
import { policyOf, type ScenarioResult } from './run.ts';

export interface CompareOptions {
  /** Day-block bootstrap resamples (default 1000, as `compare`). */
  resamples?: number;
}

/**
 * B − A on every metric with its intervals (over the replicates when there are 2 or more,
 * else over days), as `routelab compare --a A --b B`. InputError for a policy not in the result.
 * @example
 * const rows = compareResult(r, 'warehouse-only', 'closest-with-stock');
 * rows.find((x) => x.metric === 'fulfillment_cost_per_order')?.delta; // e.g. −0.84
 */
export function compareResult(
  result: ScenarioResult,
  a: string,
  b: string,
  { resamples }: CompareOptions = {},
): MetricComparison[] {
  policyOf(result, a, 'a');
  policyOf(result, b, 'b');
  return comparePolicies(result.replicates, a, b, {
    rng: makeRng(result.seed).fork('bootstrap'),
    ...(resamples !== undefined ? { resamples } : {}),
  });
}

/**
 * The decision on `policy` (default: the one the run decides on, as `run` and `roi`):
 * savings, ROI (cashFlow: payback, NPV, IRR), sensitivity, pilot size and the verdict. InputError
 * for a policy not in the result, or the baseline itself.
 * @example
 * const d = decideResult(r, { policy: 'closest-with-stock' });
 * d.cashFlow.npv; d.decision.verdict;
 */
export function decideResult(result: ScenarioResult, { policy }: { policy?: string } = {}): Analysis {
  if (policy === undefined && result.analysis) return result.analysis;
  const chosen = policy ?? result.baseline;
  policyOf(result, chosen);
  if (chosen === result.baseline)
    throw new InputError([{ severity: 'error', file: 'arguments', field: 'policy', ...msg.policyIsBaseline(chosen) }]);
  const { loaded } = result.scenario;
  return analyzeDecision(loaded, result.run, result.replicates, readinessOf(loaded), policy);
}
