/**
 * Stage 2, replay: prepared policies → runs. Every policy over the same orders with the same
 * random draws; the replicates' policies (replayed history resampled by weeks); and the
 * replays the decision makes again with every store's accuracy moved. Pure.
 */
import { deltas, type MetricDelta } from '../metrics/deltas.ts';
import { simulate } from '../engine/engine.ts';
import { computeSums, metricsFromSums, withBoundSums, type MetricSums, type MetricValues } from '../metrics/metrics.ts';
import { compileModel } from '../compile/model.ts';
import { resampleOrderRows } from '../model/resample.ts';
import type { Model } from '../model/types.ts';
import { withNodeAccuracy } from '../model/with-accuracy.ts';
import type { DataRows } from '../parse/types.ts';
import { InputError, Problems, type Problem } from '../problems.ts';
import { msg } from '../messages.ts';
import { makeRng, type Rng } from '../random/rng.ts';
import type { PolicyRun, PreparedPolicy, ScenarioRun } from '../metrics/runs.ts';
import type { PolicySpec, Scenario } from '../scenario/parse.ts';
import { weekBlockPlan } from '../stats/week-blocks.ts';
import { replicateSeed } from '../analytics/replicates.ts';
import { preparePolicies } from './load.ts';
import type { HindsightBound } from '../lp/hindsight.ts';
import { solveBound } from './bound.ts';

export type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';
// solved in a module of their own (what the bound's thread loads), still found here
export { solveBound, solveBoundWith } from './bound.ts';

/**
 * Runs every policy of the scenario over the same orders with the same random draws
 * (common random numbers: draws are keyed by order, line and node id, not by run).
 */
export function runPolicies(
  model: Model,
  scenario: Scenario,
  policies: PreparedPolicy[],
  seed: string | number = scenario.config.seed,
  { bound = null }: { bound?: HindsightBound | null } = {},
): ScenarioRun {
  const rng = makeRng(seed);
  const results = policies.map((p) => {
    const replayed = replayPolicy(p, rng);
    const sums = computeSums(p.model, replayed.run.outcomes);
    return { ...replayed, metrics: metricsFromSums(sums), sums };
  });
  const base = results.find((r) => r.policy === scenario.baseline);
  if (!base)
    throw new InputError([
      {
        severity: 'error',
        file: scenario.file,
        field: 'baseline',
        ...msg.baselineNotRun(
          scenario.baseline,
          results.map((r) => r.policy),
        ),
      },
    ]);
  const run: ScenarioRun = {
    model,
    scenario,
    seed: String(seed),
    baseline: scenario.baseline,
    runs: results.map((r) => ({ ...r, deltas: deltas(base.metrics, r.metrics) })),
  };
  return bound ? withBound(run, bound) : run;
}

/**
 * The run with its hindsight bound: each policy run on the scenario's network (a policy on a
 * network of its own gets none) has its orders' bound costs, and so its `cost_gap_to_bound`;
 * metrics and deltas are worked out again (from the run's sums, only the bound's summed anew).
 * For a bound solved beside the replay (io/bound.ts).
 */
export function withBound(run: ScenarioRun, bound: HindsightBound | null): ScenarioRun {
  if (!bound) return run;
  const runs = run.runs.map((p) => {
    if (p.model !== run.model) return p;
    const out = p.run.outcomes;
    out.boundCost = bound.perOrder;
    const sums = p.sums ? withBoundSums(p.sums, bound.perOrder, out.count) : computeSums(p.model, out);
    return { ...p, metrics: metricsFromSums(sums), sums };
  });
  const base = runs.find((r) => r.policy === run.baseline)!;
  return { ...run, bound, runs: runs.map((r) => ({ ...r, deltas: deltas(base.metrics, r.metrics) })) };
}

/** What the run says about its bound: a warning when it could not be solved, a note when it was priced (see `hindsightBound`). */
export function boundProblems(solved: ReturnType<typeof solveBound>, file: string): Problem[] {
  const { bound, reason } = solved;
  if (reason) return [{ severity: 'warning', file, ...msg.boundUnsolved(reason) }];
  if (bound?.pricedBy) return [{ severity: 'note', file, ...msg.boundPriced(bound.groups, bound.pricedBy.sampled) }];
  return [];
}

/** A week-block plan holding at least one order (drawn again while it holds none; the period has orders). */
function orderedPlan(model: Model, rng: Rng): Int32Array {
  const days = model.calendar.endDay + 1;
  const busy = new Uint8Array(days);
  for (let o = 0; o < model.orders.count; o++) busy[model.orders.placedDay[o]!] = 1;
  for (;;) {
    const plan = weekBlockPlan(days, rng);
    if (plan.some((s) => busy[s] === 1)) return plan;
  }
}

/**
 * The policies of replicate `r` (≥ 1) of replayed history: the period's weeks resampled
 * with replicate r's seed (`weekBlockPlan`, `resampleOrderRows`), compiled and every entry
 * prepared on the new orders, the same for every policy (common random numbers). Pure.
 */
export function resampledPolicies(
  base: { scenario: Scenario; data: DataRows; model: Model },
  seed: string | number,
  r: number,
): PreparedPolicy[] {
  const plan = orderedPlan(base.model, makeRng(replicateSeed(seed, r)).fork('days'));
  const data = { ...base.data, orders: resampleOrderRows(base.data.orders, base.model, plan) };
  const problems = new Problems();
  const model = compileModel({ data, scenario: base.scenario.config, scenarioFile: base.scenario.file }, problems);
  if (!model)
    throw new Error(
      `replicate ${r}: the resampled orders did not compile: ${problems.list.map((p) => p.message).join('; ')}`,
    );
  return preparePolicies(model, base.scenario, problems, data);
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Replays `keep` (the baseline is always kept) with each store's accuracy moved by `delta`
 * (clamped to 0..1; the accuracy in force, defaults included, is the starting point). Stores
 * a policy entry adds or changes in its `network:` are moved too (to their accuracy in the
 * scenario's network, or where they first appear, plus `delta`).
 *
 * Nothing is compiled again: the models run are copies of the run's models with the accuracy
 * moved (`withNodeAccuracy`), and the look-ahead policies keep the plan already solved (it
 * does not read accuracy). `data` is used only for an entry whose network model the run does
 * not hold. `policies` are the run's prepared policies: an entry among them whose policy
 * reads no accuracy and never allocates to a node whose accuracy moves (`PolicyFn.reach`)
 * routes exactly as it did, so its run is the run's own, not replayed (its metrics the run's,
 * the bound's gap included). Each replayed entry's metrics, and every entry's deltas, are
 * worked out when first read (the sensitivity reads only the outcomes).
 */
export function withStoreAccuracy(
  run: ScenarioRun,
  data: DataRows,
  keep: string[],
  delta: number,
  { policies = [] }: { policies?: PreparedPolicy[] } = {},
): ScenarioRun {
  const { scenario } = run;
  const models = [run.model, ...run.runs.map((p) => p.model)];
  const accuracyOf = new Map<string, number>();
  for (const m of models)
    m.nodes.ids.forEach((id, i) => {
      if (!accuracyOf.has(id)) accuracyOf.set(id, m.nodes.accuracy[i]!);
    });
  const storeIds = new Set<string>();
  for (const m of models)
    m.nodes.ids.forEach((id, i) => {
      if (m.nodes.types[i] === 'store') storeIds.add(id);
    });
  const moved = (id: string) => clamp(accuracyOf.get(id)! + delta);
  const movedAccuracy = (m: Model) =>
    Float64Array.from(m.nodes.accuracy, (a, i) => (m.nodes.types[i] === 'store' ? moved(m.nodes.ids[i]!) : a));
  const movedModel = (m: Model) => withNodeAccuracy(m, movedAccuracy(m));
  const names = new Set([scenario.baseline, ...keep]);
  // entries that would route exactly as they did: their policy reads no accuracy and reaches no moved node
  const unmoved = new Set<string>();
  for (const p of policies) {
    const reach = p.fn.reach;
    const ran = run.runs.find((r) => r.policy === p.spec.name);
    if (!names.has(p.spec.name) || !reach || reach.readsAccuracy || !ran || ran.model !== p.model) continue;
    const after = movedAccuracy(p.model);
    if (after.every((a, n) => reach.nodes[n] === 0 || a === p.model.nodes.accuracy[n])) unmoved.add(p.spec.name);
  }
  const replayed = new Set([...names].filter((n) => !unmoved.has(n)));
  const specs = scenario.policies.map((p): PolicySpec => {
    if (!p.network) return p;
    const add = p.network.add.map((a) =>
      a.type === 'store' && accuracyOf.has(a.node_id) ? { ...a, inventory_accuracy: moved(a.node_id) } : a,
    );
    const change = Object.fromEntries(
      Object.entries(p.network.change).map(([id, c]) => [
        id,
        storeIds.has(id) && c.inventory_accuracy !== undefined ? { ...c, inventory_accuracy: moved(id) } : c,
      ]),
    );
    return { ...p, network: { ...p.network, add, change } };
  });
  const variantScenario = { ...scenario, policies: specs };
  const variant = movedModel(run.model);
  // the kept entries' own networks, as the run compiled them, moved the same way
  const own = new Map<string, Model>();
  for (const p of run.runs) if (replayed.has(p.policy) && p.model !== run.model) own.set(p.policy, movedModel(p.model));
  const rows = () => ({
    ...data,
    nodes: data.nodes.map((n) => (n.type === 'store' ? { ...n, inventoryAccuracy: moved(n.nodeId) } : n)),
  });
  const needsRows = specs.some((p) => replayed.has(p.name) && p.network && !own.has(p.name));
  const prepared = replayed.size
    ? preparePolicies(variant, variantScenario, new Problems(), needsRows ? rows() : data, {
        only: replayed,
        models: own,
      })
    : [];
  const rng = makeRng(run.seed);
  const runs = specs
    .filter((p) => names.has(p.name))
    .map((spec): Omit<PolicyRun, 'deltas'> => {
      if (unmoved.has(spec.name)) {
        const { deltas: _, ...same } = policyRun(run, spec.name);
        return same;
      }
      const p = prepared.find((x) => x.spec.name === spec.name);
      if (!p) throw new Error(`the accuracy replay prepared no ${spec.name}`);
      return lazyMetrics(replayPolicy(p, rng));
    });
  const base = runs.find((r) => r.policy === scenario.baseline)!;
  return {
    model: variant,
    scenario: { ...variantScenario, policies: specs.filter((p) => names.has(p.name)) },
    seed: run.seed,
    baseline: scenario.baseline,
    runs: runs.map((r) => lazyDeltas(r, () => base.metrics)),
  };
}

/** Replays one prepared policy with the run's source `rng`: its outcomes and, for a segmenting policy, each order's segment. */
function replayPolicy(p: PreparedPolicy, rng: Rng): Omit<PolicyRun, 'metrics' | 'deltas'> {
  const run = simulate(p.model, p.fn, { rng, policyName: p.spec.name, review: p.review, batchMs: p.batchMs });
  const segments = p.fn.segmentOf ? Array.from({ length: p.model.orders.count }, (_, o) => p.fn.segmentOf!(o)) : null;
  return { policy: p.spec.name, use: p.spec.use, model: p.model, run, segments };
}

/** The run of `name` (throws when it did not run). */
function policyRun(run: ScenarioRun, name: string): PolicyRun {
  const p = run.runs.find((r) => r.policy === name);
  if (!p) throw new Error(`no policy ${name} in the run`);
  return p;
}

/** `p` with `metrics` and `sums` summed from its outcomes when first read. */
function lazyMetrics(p: Omit<PolicyRun, 'metrics' | 'deltas'>): Omit<PolicyRun, 'deltas'> {
  let sums: MetricSums | undefined, metrics: MetricValues | undefined;
  return Object.defineProperties(p as Omit<PolicyRun, 'deltas'>, {
    sums: { get: () => (sums ??= computeSums(p.model, p.run.outcomes)), enumerable: true },
    metrics: { get: () => (metrics ??= metricsFromSums((p as PolicyRun).sums!)), enumerable: true },
  });
}

/** `p` (given a `deltas` property, in place) with its deltas against `base()` worked out when first read. */
function lazyDeltas(p: Omit<PolicyRun, 'deltas'>, base: () => MetricValues): PolicyRun {
  let d: MetricDelta[] | undefined;
  return Object.defineProperty(p as PolicyRun, 'deltas', {
    get: () => (d ??= deltas(base(), p.metrics)),
    enumerable: true,
  });
}
