/**
 * The effect ladder: each policy entry measured against the entry it changes (`compare_to`),
 * rung by rung from the baseline, e.g. warehouse-only → store-for-local → add-chicago-store.
 * Each step is the paired difference of two consecutive rungs on the same orders with the
 * same random draws (common random numbers), with its own 95% interval; the steps' savings
 * add up to the entry's saving against the baseline. A step that adds nodes is priced with
 * their fixed costs (`roi.nodes`): its own ROI, apart from the routing change before it.
 */
import { comparePolicies } from './compare.ts';
import { addedNodes, asCostLines, nodeCostLines, stepRoiConfig, type NodeCostLines } from './node-costs.ts';
import type { ReplicateResult } from './replicates.ts';
import { roi, type RoiResult } from './roi.ts';
import { costPerOrder, savingsPerOrder, type Savings } from './savings.ts';
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';
import { makeRng } from '../random/rng.ts';
import type { BootstrapDraws } from '../stats/bootstrap-draws.ts';
import type { Scenario } from '../scenario/parse.ts';

/** One rung to the next: what `to` changes in `from`. */
export interface LadderStep {
  from: string;
  to: string;
  /** Fulfillment cost per order, from → to (replicate 0). */
  costFrom: number | null;
  costTo: number | null;
  /** Saving per order of `to` against `from`, by component (positive: `to` is cheaper). */
  saving: Savings;
  /** 95% interval of costTo − costFrom (replicates when ≥ 2, else days). */
  costInterval: { low: number; high: number } | null;
  /** 95% interval of the step's saving per order (the cost interval flipped, plus the margin component). */
  interval: { low: number; high: number; method: 'replicates' | 'day bootstrap' } | null;
  /** Nodes `to` has that `from` lacks, and the reverse. */
  added: string[];
  removed: string[];
  /** For a step that adds nodes: their cost lines and the step's own ROI (null otherwise). */
  network: { costs: NodeCostLines; roi: RoiResult } | null;
}

export interface Ladder {
  policy: string;
  /** Baseline first, the policy last. */
  rungs: string[];
  steps: LadderStep[];
}

export interface EffectLadders {
  baseline: string;
  /** One per entry other than the baseline, in scenario order. */
  ladders: Ladder[];
}

/**
 * The rungs from the baseline to `policy`, following each entry's compare_to.
 * @example ladderRungs(scenario, 'add-chicago-store') // ['warehouse-only', 'store-for-local', 'add-chicago-store']
 */
export function ladderRungs(scenario: Scenario, policy: string): string[] {
  const byName = new Map(scenario.policies.map((p) => [p.name, p]));
  const rungs = [policy];
  for (let next = byName.get(policy)?.compareTo ?? null; next !== null; next = byName.get(next)?.compareTo ?? null) {
    if (rungs.includes(next)) throw new Error(`compare_to loops at ${next}`); // parseScenario rejects loops
    rungs.unshift(next);
  }
  if (rungs[0] !== scenario.baseline) throw new Error(`the ladder of ${policy} does not start at the baseline`);
  return rungs;
}

/**
 * The policy a decision on `policy` is measured against: its compare_to when the entry is a
 * network change adding nodes to it (the verdict and ROI price that step), else the baseline.
 */
export function decisionReference(run: ScenarioRun, policy: string): string {
  const spec = run.scenario.policies.find((p) => p.name === policy);
  const ref = spec?.compareTo;
  if (!ref || ref === run.baseline) return run.baseline;
  const a = run.runs.find((p) => p.policy === ref),
    b = run.runs.find((p) => p.policy === policy);
  return a && b && addedNodes(a.model, b.model).length > 0 ? ref : run.baseline;
}

export interface LadderOptions {
  /** Bootstrap resamples (default 2000, as the decision's interval). */
  resamples?: number;
  /** Orders a month, for the ROI of network steps. */
  monthlyOrders: number;
  /** Only these entries' ladders (default: every entry's). */
  policies?: readonly string[];
  /** Bootstrap draws shared with the run's other comparisons (its `bootstrap` streams): see BootstrapDraws. */
  draws?: BootstrapDraws;
}

/**
 * Every entry's ladder. `results` are the replicates (replicate 0 is `run`); each distinct
 * step is compared once, with the bootstrap stream the decision uses (same seed, same days).
 */
export function effectLadders(run: ScenarioRun, results: ReplicateResult[], opts: LadderOptions): EffectLadders {
  const cfg = run.scenario.config.roi;
  const find = (name: string): PolicyRun => {
    const p = run.runs.find((x) => x.policy === name);
    if (!p) throw new Error(`no policy ${name} in the run`);
    return p;
  };
  const cache = new Map<string, LadderStep>();
  const stepOf = (from: string, to: string): LadderStep => {
    const key = `${from}\u0000${to}`;
    const known = cache.get(key);
    if (known) return known;
    const a = find(from),
      b = find(to);
    const saving = savingsPerOrder(
      costPerOrder(a.model, a.run.outcomes),
      costPerOrder(b.model, b.run.outcomes),
      cfg.cancellation_margin,
    );
    const [cost] = comparePolicies(results, from, to, {
      rng: makeRng(run.seed).fork('bootstrap'),
      resamples: opts.resamples,
      metrics: ['fulfillment_cost_per_order'],
      draws: opts.draws,
    });
    const rep = results.length >= 2 ? (cost!.replicates?.interval ?? null) : null;
    const iv = rep ?? cost!.bootstrap.interval;
    // the saving's interval: the cost difference's, sign flipped, shifted by the margin component (as the decision's)
    const interval = iv
      ? {
          low: -iv.high + saving.margin,
          high: -iv.low + saving.margin,
          method: rep ? ('replicates' as const) : ('day bootstrap' as const),
        }
      : null;
    const added = addedNodes(a.model, b.model),
      removed = addedNodes(b.model, a.model);
    let network: LadderStep['network'] = null;
    if (added.length) {
      const costs = nodeCostLines(added, cfg.nodes);
      network = {
        costs,
        roi: roi({
          savings: saving,
          savingsInterval: interval,
          monthlyOrders: opts.monthlyOrders,
          config: stepRoiConfig(cfg, from === run.baseline),
          extraCosts: asCostLines(costs),
        }),
      };
    }
    const step: LadderStep = {
      from,
      to,
      costFrom: a.metrics.fulfillment_cost_per_order,
      costTo: b.metrics.fulfillment_cost_per_order,
      saving,
      costInterval: iv ? { low: iv.low, high: iv.high } : null,
      interval,
      added,
      removed,
      network,
    };
    cache.set(key, step);
    return step;
  };
  const ladders = run.scenario.policies
    .filter((p) => p.name !== run.baseline && (!opts.policies || opts.policies.includes(p.name)))
    .map((p) => {
      const rungs = ladderRungs(run.scenario, p.name);
      return { policy: p.name, rungs, steps: rungs.slice(1).map((to, i) => stepOf(rungs[i]!, to)) };
    });
  return { baseline: run.baseline, ladders };
}
