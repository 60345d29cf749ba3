/**
 * The decision analytics of a scenario, drawn once: the decided-on policy against its
 * reference (the baseline unless told otherwise), the saving per order (savings.ts), its
 * interval (replicates, else days), ROI, sensitivity, store readiness (replayed at other
 * store accuracies), pilot size, guards and the verdict — gathered in one `DecisionModel`
 * that every output (headline, cards, ROI box, summary.md, the terminal, `run --json`,
 * `roi`) reads its figures from.
 */
import { comparePolicies, type MetricComparison } from './compare.ts';
import { breakEvenShift, PLAUSIBLE_ACCURACY_RANGE } from './accuracy.ts';
import { decide, type Decision, type StoreReadiness } from './decision.ts';
import { planPilot, type PilotPlan } from './pilot.ts';
import { runGuards } from './guards.ts';
import type { ReplicateResult } from './replicates.ts';
import { roi, tornado, type CostLine, type RoiInputs, type RoiResult, type TornadoRow } from './roi.ts';
import { alternatives, decidedOn, worsenedGuardrails, type DecisionRule } from './recommend.ts';
import { policyRun, savingOf, type Savings } from './savings.ts';
import { addedNodes, asCostLines, nodeCostLines, stepRoiConfig, type NodeCostLines } from './node-costs.ts';
import { hasNode } from '../engine/node-set.ts';
import { deltas } from '../metrics/deltas.ts';
import { METRICS, type MetricName } from '../metrics/metrics.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { Problem } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import type { BootstrapDraws } from '../stats/bootstrap-draws.ts';
import { requirePolicy, requireReplicates } from './inputs.ts';
import { formatDelta } from '../format/metric-value.ts';
import { npv } from '../stats/index.ts';

/** What every output's money figures come from, for one policy against its reference. */
export interface DecisionBasis {
  policy: string;
  /** The reference policy the saving is measured against (the baseline unless told otherwise). */
  against: string;
  rule: DecisionRule;
  /** The policy saves at least a cent an order and keeps service (the report says "switch"). */
  recommended: boolean;
  /** Guardrail metrics it makes worse than the reference, in words ("on-time delivery (−0.9 pts)"). */
  worsens: string[];
  /** The saving per order, by component. */
  saving: Savings;
  /** Fulfillment cost per order of the reference and the policy (their difference is saving.fulfillment). */
  fulfillmentCost: { against: number | null; policy: number | null };
  /** Orders a month the money is scaled to, and where that number came from; a quarter is 3 months. */
  orders: { perMonth: number; perQuarter: number; from: 'roi.monthly_orders' | 'replayed pace' };
  /** saving.total × orders a month, and × orders a quarter. */
  perMonth: number;
  perQuarter: number;
  /** Every policy other than the reference, largest saving per order first. */
  alternatives: { policy: string; saving: number; worsens: string[] }[];
}

/** The ROI figures every output shows. */
export interface DecisionRoi {
  horizonMonths: number;
  oneTime: number;
  monthlyCost: number;
  costLines: CostLine[];
  npv: number;
  irrAnnual: number | null;
  /** Fractional months to pay back; null: never (see roi.ts). */
  paybackMonth: number | null;
  paybackRange: { low: number | null; high: number | null } | null;
  /** Orders a month to break even; null: none (the policy saves nothing per order). */
  breakEvenOrders: number | null;
  upsideMonthly: number;
}

/** The one decision object. */
export interface DecisionModel extends DecisionBasis, Decision {
  /** 95% interval of saving.total (replicates when ≥ 2, else days), null without one. */
  interval: { low: number; high: number; method: 'replicates' | 'day bootstrap' } | null;
  roi: DecisionRoi;
  stores: StoreReadiness | null;
  /** How long a real pilot (its cohort against the rest) needs to show the saving. */
  pilot: PilotPlan;
  /** NPV at the low and high value of each driver (the tornado). */
  sensitivity: TornadoRow[];
  /** Guard warnings (implausible baseline, a policy far worse on fill or cancellations). */
  guards: Problem[];
  /** Serious data-readiness findings, in words (validate's). */
  dataWarnings: string[];
  /** Nodes the policy adds to its reference, with their fixed costs (in roi.costLines); null when it adds none. */
  network: NodeCostLines | null;
}

export interface Analysis {
  baseline: string;
  policy: string;
  /** What the policy is measured against: the baseline, or for a network change its compare_to (see ladder.ts). */
  against: string;
  replicates: number;
  comparisons: MetricComparison[];
  monthlyOrders: number;
  /** The full ROI case (flows, cumulative) behind decision.roi. */
  cashFlow: RoiResult;
  tornado: TornadoRow[];
  decision: DecisionModel;
}

/** Orders a month the replayed period stands for. */
export function ordersPerMonth(run: ScenarioRun): number {
  const days = run.model.calendar.endDay + 1;
  return (run.model.orders.count / days) * (365.25 / 12);
}

/** The policy to decide on, by the rule of recommend.ts. */
export function decidedPolicy(run: ScenarioRun, against = run.baseline): string {
  return decidedOn(run, against).policy;
}

const metricDef = (m: MetricName) => METRICS.find((d) => d.name === m)!;
const GUARD_WORDS: Record<string, string> = {
  on_time_delivery_rate: 'on-time delivery',
  cancel_rate: 'orders with a cancelled unit',
};

/**
 * The money figures of `policy` against `against`, from the run alone (no replicates): the
 * saving per order, per month and per quarter, the alternatives. `policy` defaults to the
 * decided one.
 */
export function decisionBasis(
  run: ScenarioRun,
  opts: { policy?: string; against?: string; rule?: DecisionRule } = {},
): DecisionBasis {
  const against = opts.against ?? run.baseline;
  const chosen = opts.policy
    ? { policy: opts.policy, rule: opts.rule ?? 'named in roi.policy' }
    : decidedOn(run, against);
  const ref = policyRun(run, against),
    pol = policyRun(run, chosen.policy);
  const words = (p: typeof pol) => {
    const d = deltas(ref.metrics, p.metrics);
    return worsenedGuardrails(p, ref).map(
      (m) => `${GUARD_WORDS[m]} (${formatDelta(metricDef(m), d.find((x) => x.metric === m)!.delta)})`,
    );
  };
  const saving = savingOf(run, chosen.policy, against);
  const cfg = run.scenario.config.roi;
  const perMonth = cfg.monthly_orders ?? ordersPerMonth(run);
  const alts = alternatives(run, against);
  const worsens = chosen.policy === against ? [] : words(pol);
  return {
    policy: chosen.policy,
    against,
    rule: chosen.rule,
    recommended: chosen.policy !== against && (alts.find((a) => a.policy === chosen.policy)?.qualifies ?? false),
    worsens,
    saving,
    fulfillmentCost: {
      against: ref.metrics.fulfillment_cost_per_order,
      policy: pol.metrics.fulfillment_cost_per_order,
    },
    orders: { perMonth, perQuarter: 3 * perMonth, from: cfg.monthly_orders ? 'roi.monthly_orders' : 'replayed pace' },
    perMonth: saving.total * perMonth,
    perQuarter: saving.total * 3 * perMonth,
    alternatives: alts.map((a) => ({
      policy: a.policy,
      saving: a.saving.total,
      worsens: words(policyRun(run, a.policy)),
    })),
  };
}

/**
 * `policy` against `against` on every metric (or on `metrics` only), as the analysis compares
 * them: a day bootstrap on the run's `bootstrap` streams, at its default resamples; `draws`
 * shared with the run's other comparisons (see BootstrapDraws).
 */
export function decisionComparisons(
  run: ScenarioRun,
  results: ReplicateResult[],
  against: string,
  policy: string,
  opts: { draws?: BootstrapDraws; metrics?: readonly MetricName[] } = {},
): MetricComparison[] {
  return comparePolicies(results, against, policy, {
    rng: makeRng(run.seed).fork('bootstrap'),
    draws: opts.draws,
    metrics: opts.metrics,
  });
}

export interface AnalyzeOptions {
  /** The policy to decide on (default: the decided one). */
  policy?: string;
  /** The reference policy (default: the baseline). */
  against?: string;
  /** The rule that chose `policy` (default: named in roi.policy). */
  rule?: DecisionRule;
  /** Replays the run with every store's accuracy moved by `shift` (for the tornado and the break-even accuracy). */
  accuracy?: (shift: number) => ScenarioRun;
  /** Serious data-readiness findings, in words (validate's), to carry into the decision. */
  dataWarnings?: string[];
  /** The serious findings about inventory dates, in words: the guards name them as a likely cause (as run's warnings do). */
  staleInventory?: string[];
  /** Extra named costs for the ROI case. */
  extraCosts?: CostLine[];
  /** Bootstrap draws shared with other comparisons of the run (its `bootstrap` streams): see BootstrapDraws. */
  draws?: BootstrapDraws;
}

/**
 * Analyzes the decided policy against its reference. `results` are the replicates
 * (replicate 0 is `run`).
 */
export function analyze(run: ScenarioRun, results: ReplicateResult[], opts: AnalyzeOptions = {}): Analysis {
  requireReplicates(results, 'analyze');
  const names = run.runs.map((p) => p.policy);
  if (opts.policy !== undefined) requirePolicy(opts.policy, names, 'policy');
  if (opts.against !== undefined) requirePolicy(opts.against, names, 'against');
  const basis = decisionBasis(run, opts);
  const { policy, against, saving } = basis;
  // a step after the baseline pays none of the routing change's own costs (an earlier rung did), only its nodes'
  const cfg = stepRoiConfig(run.scenario.config.roi, against === run.baseline);
  const comparisons = decisionComparisons(run, results, against, policy, { draws: opts.draws });
  const cost = comparisons.find((c) => c.metric === 'fulfillment_cost_per_order')!;
  // the saving's interval: the cost difference's interval, sign flipped, shifted by the margin component
  const iv = cost.replicates?.interval ?? cost.bootstrap.interval;
  const interval = iv
    ? {
        low: -iv.high + saving.margin,
        high: -iv.low + saving.margin,
        method: cost.replicates?.interval ? ('replicates' as const) : ('day bootstrap' as const),
      }
    : null;
  const ref = policyRun(run, against),
    pol = policyRun(run, policy);
  const added = addedNodes(ref.model, pol.model);
  const network = added.length ? nodeCostLines(added, cfg.nodes) : null;
  let margin = 0;
  for (let o = 0; o < run.model.orders.count; o++) {
    for (let l = run.model.orders.lineStart[o]!; l < run.model.orders.lineStart[o + 1]!; l++) {
      const sku = run.model.orders.lineSku[l]!;
      const price = Number.isNaN(run.model.orders.linePrice[l]!)
        ? run.model.skus.unitPrice[sku]!
        : run.model.orders.linePrice[l]!;
      margin += run.model.orders.lineQty[l]! * Math.max(0, price - run.model.skus.unitCost[sku]!);
    }
  }
  const inputs: RoiInputs = {
    savings: saving,
    savingsInterval: interval,
    monthlyOrders: basis.orders.perMonth,
    config: cfg,
    extraCosts: [...(opts.extraCosts ?? []), ...(network ? asCostLines(network) : [])],
    daysFaster: (ref.metrics.click_to_door_days ?? 0) - (pol.metrics.click_to_door_days ?? 0),
    orderMargin: run.model.orders.count ? margin / run.model.orders.count : 0,
  };
  const money = roi(inputs);
  const pilot = planPilot(run, policy, against);
  const stores = storeReadiness(run, policy, against, money.npv, inputs, opts.accuracy);
  const rows = tornado(inputs, stores?.tornado);
  let nodesShipping = 0;
  const shipped = pol.run.outcomes.unionNodes();
  for (let n = 0; n < pol.model.nodes.count; n++) if (hasNode(shipped, 0, n)) nodesShipping++;
  const certain = interval ? interval.low > 0 || interval.high < 0 : null;
  const guards = runGuards(run, against, opts.staleInventory ?? []);
  const decision = decide({
    baseline: ref.metrics,
    policy: pol.metrics,
    policyName: policy,
    against,
    nodesShipping,
    saving,
    worsens: basis.worsens,
    integration: cfg.integration,
    implementationCost: cfg.one_time.implementation,
    pilot,
    roi: money,
    stores: stores?.readiness ?? null,
    guards,
    savingCertain: certain,
  });
  if (opts.dataWarnings?.length && decision.verdict !== 'check the data first') {
    decision.reasons.push(`the data has serious warnings, check them first: ${opts.dataWarnings.join('; ')}`);
  }
  const model: DecisionModel = {
    ...basis,
    ...decision,
    interval,
    roi: {
      horizonMonths: money.flows.length - 1,
      oneTime: money.oneTime,
      monthlyCost: money.monthlyCost,
      costLines: money.costLines,
      npv: money.npv,
      irrAnnual: money.irr?.annual ?? null,
      paybackMonth: money.payback?.fractionalMonth ?? null,
      paybackRange: money.paybackRange
        ? {
            low: money.paybackRange.low?.fractionalMonth ?? null,
            high: money.paybackRange.high?.fractionalMonth ?? null,
          }
        : null,
      breakEvenOrders: money.breakEvenOrders,
      upsideMonthly: money.upsideMonthly,
    },
    stores: stores?.readiness ?? null,
    pilot,
    sensitivity: rows,
    guards,
    dataWarnings: opts.dataWarnings ?? [],
    network,
  };
  return {
    baseline: run.baseline,
    policy,
    against,
    replicates: results.length,
    comparisons,
    monthlyOrders: basis.orders.perMonth,
    cashFlow: money,
    tornado: rows,
    decision: model,
  };
}

/**
 * Store readiness: the stores the policy ships from, and the break-even shift of their
 * accuracy, found by replaying (the ±range replays double as the tornado's accuracy driver).
 * Null when no store ships under the policy or no replay is available.
 */
function storeReadiness(
  run: ScenarioRun,
  policy: string,
  against: string,
  npv0: number,
  inputs: RoiInputs,
  replay?: (shift: number) => ScenarioRun,
) {
  const pol = policyRun(run, policy);
  const shipped = pol.run.outcomes.unionNodes();
  const shipping: { node: string; name: string; accuracy: number }[] = [];
  for (let n = 0; n < pol.model.nodes.count; n++) {
    if (hasNode(shipped, 0, n) && pol.model.nodes.types[n] === 'store')
      shipping.push({
        node: pol.model.nodes.ids[n]!,
        name: pol.model.nodes.names[n] ?? '',
        accuracy: pol.model.nodes.accuracy[n]!,
      });
  }
  if (!replay || shipping.length === 0) return null;
  const rate = inputs.config.discount_rate_pct / 100;
  const savingsAt = new Map<number, Savings>();
  const npvAt = (shift: number) => {
    const s = savingOf(replay(shift), policy, against);
    savingsAt.set(shift, s);
    return npv(roi({ ...inputs, savings: s }).flows, rate);
  };
  const range = PLAUSIBLE_ACCURACY_RANGE;
  const found = breakEvenShift(npvAt, npv0, range);
  const shift = found.shift;
  shipping.sort((a, b) => a.accuracy - b.accuracy || (a.node < b.node ? -1 : 1));
  const readiness: StoreReadiness = {
    stores: shipping.map((s) => ({
      ...s,
      breakEven: shift === null ? null : Math.min(1, Math.max(0, s.accuracy + shift)),
    })),
    breakEvenShift: shift,
    replays: found.replays,
    searched: found.searched,
    plausibleRange: range,
    risk: npv0 <= 0 ? 'losing at the stated accuracy' : shift !== null && shift >= -range ? 'at risk' : 'safe',
  };
  return {
    readiness,
    tornado: { low: savingsAt.get(-range)!, high: savingsAt.get(range)!, range: `±${range * 100} pts` },
  };
}
