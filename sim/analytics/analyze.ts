/**
 * The decision analytics of a scenario, drawn once: compare the decided policy with the
 * baseline (intervals across replicates and over days), turn the saving into ROI, size a
 * pilot, run the sensitivity drivers, and answer the buy/no-buy questions.
 */
import { comparePolicies, type MetricComparison } from './compare.ts';
import { decide, sizePilot, type Decision } from './decision.ts';
import type { ReplicateResult } from './replicates.ts';
import { roi, tornado, type RoiResult, type TornadoRow } from './roi.ts';
import { cheapestAlternatives, recommendedPolicy } from './recommend.ts';
import { costPerOrder, savingsPerOrder, type Savings } from './savings.ts';
import { addedNodes, nodeCostLines, stepRoiConfig } from './node-costs.ts';
import type { PolicyRun, ScenarioRun } from '../pipeline.ts';
import { makeRng } from '../random/rng.ts';
import type { PilotSize } from '../stats/index.ts';

export interface Analysis {
  baseline: string;
  policy: string;
  /** What the policy is measured against: the baseline, or for a network change its compare_to (see ladder.ts). */
  against: string;
  replicates: number;
  comparisons: MetricComparison[];
  savings: Savings;
  /** 95% interval of the total saving per order (replicates when ≥ 2, else days). */
  savingsInterval: { low: number; high: number; method: 'replicates' | 'day bootstrap' } | null;
  monthlyOrders: number;
  roi: RoiResult;
  tornado: TornadoRow[];
  pilot: PilotSize & { meanDifference: number; sdDifference: number };
  decision: Decision;
}

/**
 * The policy to decide on: the scenario's roi.policy; else the recommended policy (the
 * report's headline rule, see recommend.ts); else the cheapest alternative; else any
 * alternative by name (none has a cost); else the baseline.
 */
export function decidedPolicy(run: ScenarioRun): string {
  const named = run.scenario.config.roi.policy;
  if (named) return named;
  const others = run.runs.filter((p) => p.policy !== run.baseline).map((p) => p.policy).sort();
  return (recommendedPolicy(run) ?? cheapestAlternatives(run)[0])?.policy ?? others[0] ?? run.baseline;
}

/** Orders a month the replayed period stands for. */
export function ordersPerMonth(run: ScenarioRun): number {
  const days = run.model.calendar.endDay + 1;
  return (run.model.orders.count / days) * (365.25 / 12);
}

/**
 * Analyzes `policy` against `against` (default the baseline; for a network change its
 * compare_to, so the ROI prices that step with the added nodes' fixed costs). `results` are
 * the replicates (replicate 0 is `run`); `accuracy` optionally holds the replays with store
 * accuracy lowered and raised (for the tornado).
 */
export function analyze(run: ScenarioRun, results: ReplicateResult[], policy = decidedPolicy(run), accuracy?: { low: ScenarioRun; high: ScenarioRun; range: string }, against = run.baseline): Analysis {
  const cfg = stepRoiConfig(run.scenario.config.roi, against === run.baseline);
  const find = (r: ScenarioRun, name: string): PolicyRun => {
    const p = r.runs.find((x) => x.policy === name);
    if (!p) throw new Error(`no policy ${name} in the run`);
    return p;
  };
  const savingsOf = (r: ScenarioRun) => {
    const base = find(r, against), pol = find(r, policy);
    return savingsPerOrder(costPerOrder(base.model, base.run.outcomes), costPerOrder(pol.model, pol.run.outcomes), cfg.cancellation_margin);
  };
  const savings = savingsOf(run);
  const comparisons = comparePolicies(results, against, policy, { rng: makeRng(run.seed).fork('bootstrap') });
  const cost = comparisons.find((c) => c.metric === 'fulfillment_cost_per_order')!;
  // the saving's interval: the cost difference's interval, sign flipped, shifted by the margin component
  const iv = cost.replicates?.interval ?? cost.bootstrap.interval;
  const savingsInterval = iv ? { low: -iv.high + savings.lostMargin, high: -iv.low + savings.lostMargin, method: cost.replicates?.interval ? 'replicates' as const : 'day bootstrap' as const } : null;
  const monthlyOrders = cfg.monthly_orders ?? ordersPerMonth(run);
  const base = find(run, against), pol = find(run, policy);
  const added = addedNodes(base.model, pol.model);
  let margin = 0;
  for (let o = 0; o < run.model.orders.count; o++) {
    for (let l = run.model.orders.lineStart[o]!; l < run.model.orders.lineStart[o + 1]!; l++) {
      const sku = run.model.orders.lineSku[l]!;
      const price = Number.isNaN(run.model.orders.linePrice[l]!) ? run.model.skus.unitPrice[sku]! : run.model.orders.linePrice[l]!;
      margin += run.model.orders.lineQty[l]! * Math.max(0, price - run.model.skus.unitCost[sku]!);
    }
  }
  const inputs = {
    savings, savingsInterval, monthlyOrders, config: cfg,
    daysFaster: (base.metrics.click_to_door_days ?? 0) - (pol.metrics.click_to_door_days ?? 0),
    orderMargin: run.model.orders.count ? margin / run.model.orders.count : 0,
    ...(added.length ? { extra: nodeCostLines(added, cfg.nodes) } : {}),
  };
  const money = roi(inputs);
  const replicate0 = results.find((r) => r.replicate === 0)!;
  const pilot = sizePilot(replicate0.policies.find((p) => p.policy === against)!.days, replicate0.policies.find((p) => p.policy === policy)!.days);
  const rows = tornado(inputs, accuracy ? { low: savingsOf(accuracy.low), high: savingsOf(accuracy.high), range: accuracy.range } : undefined);
  let nodesShipping = 0, storeAccuracy: number | null = null;
  const mask = pol.run.outcomes.nodeMask.reduce((m, x) => m | x, 0);
  for (let n = 0; n < pol.model.nodes.count; n++) {
    if (!((mask >>> n) & 1)) continue;
    nodesShipping++;
    if (pol.model.nodes.types[n] === 'store') storeAccuracy = Math.min(storeAccuracy ?? 1, pol.model.nodes.accuracy[n]!);
  }
  const certain = savingsInterval ? savingsInterval.low > 0 || savingsInterval.high < 0 : null;
  const decision = decide({ baseline: find(run, run.baseline).metrics, policy: pol.metrics, policyName: policy, nodesShipping, storeAccuracy, integration: cfg.integration, pilot, roi: money, savingCertain: certain });
  return { baseline: run.baseline, policy, against, replicates: results.length, comparisons, savings, savingsInterval, monthlyOrders, roi: money, tornado: rows, pilot, decision };
}
