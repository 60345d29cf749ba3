/** `routelab compare` and `routelab roi`: decision analytics on the command line. */
import { loadScenario, type LoadedScenario } from './load.ts';
import { badOption, positiveInteger } from './options.ts';
import { analyze, decidedPolicy, type Analysis } from '../analytics/analyze.ts';
import { decidedOn } from '../analytics/recommend.ts';
import { withStoreAccuracy } from '../analytics/accuracy.ts';
import { comparePolicies } from '../analytics/compare.ts';
import { decisionReference, effectLadders } from '../analytics/ladder.ts';
import { ladderText } from '../report/ladder-text.ts';
import { replicateFromRun } from '../analytics/replicates.ts';
import { defaultWorkers, runReplicates } from '../io/replicates.ts';
import { msg } from '../messages.ts';
import { runPolicies, type ScenarioRun } from '../pipeline.ts';
import { InputError } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import { cohortText, compareText, historyText, roiText } from '../report/analysis.ts';
import { seriousFindings, type SeriousFindings } from '../validate/serious.ts';
import type { Problem } from '../problems.ts';
import { compareHistory } from '../analytics/history.ts';
import { parseIsoDate } from '../time/calendar.ts';
import { analyzeCohorts } from '../analytics/cohorts.ts';

export interface AnalyzeOptions {
  replicates?: string;
  workers?: string;
  seed?: string;
  json?: boolean;
}

function policyName(loaded: LoadedScenario, name: string, flag: string): string {
  const names = loaded.scenario.policies.map((p) => p.name);
  if (!names.includes(name)) throw new InputError([{ severity: 'error', file: loaded.scenario.file, field: flag, ...msg.notOneOf(name, names) }]);
  return name;
}

/**
 * Replays of `policy` and `against` with every store's accuracy moved (for the tornado and
 * the break-even accuracy); none without stores.
 */
export function accuracyReplay(loaded: LoadedScenario, run: ScenarioRun, policy: string, against: string) {
  if (!run.runs.some((p) => p.model.nodes.types.includes('store'))) return undefined;
  return (shift: number) => withStoreAccuracy(run, loaded.data, [policy, against], shift);
}

/** Validate's serious findings on the loaded data (beyond the problems loading already reported). */
export function readinessOf(loaded: LoadedScenario): SeriousFindings {
  return seriousFindings(loaded.data, loaded.scenario.config, loaded.problems.list);
}

/** roi.policy, when set, must name a policy of the scenario. */
export function checkNamedPolicy(loaded: LoadedScenario): void {
  const named = loaded.scenario.config.roi.policy;
  if (named === undefined) return;
  policyName(loaded, named, 'roi.policy');
  if (named === loaded.scenario.baseline) throw new InputError([{ severity: 'error', file: loaded.scenario.file, field: 'roi.policy', ...msg.policyIsBaseline(named) }]);
}

/** The decision analytics of a run against its baseline (or `policy` when given). */
export function analyzeDecision(loaded: LoadedScenario, run: ScenarioRun, results: Awaited<ReturnType<typeof replicate>>, readiness: SeriousFindings, policy?: string): Analysis {
  const chosen = policy ? { policy, rule: 'named with --policy' as const } : decidedOn(run);
  // a network change is measured against the entry it changes (its compare_to), priced with its nodes' costs
  const against = decisionReference(run, chosen.policy);
  return analyze(run, results, { ...chosen, against, accuracy: accuracyReplay(loaded, run, chosen.policy, against), dataWarnings: readiness.words });
}

/** Warnings of the readiness findings to add to a run's. */
export const readinessWarnings = (r: SeriousFindings): Problem[] => r.problems.map((p) => ({ ...p, severity: 'warning' }));

/** The seed the options name, else the scenario's. */
const seedOf = (loaded: LoadedScenario, opts: AnalyzeOptions) => String(opts.seed ?? loaded.scenario.config.seed);

/**
 * Replicates 0 … N−1 as the options say (in this thread or on workers); replicate 0 is taken
 * from `run`, the scenario's policies already replayed with the same seed, not replayed again.
 */
export async function replicate(loaded: LoadedScenario, arg: string, root: string, opts: AnalyzeOptions, run: ScenarioRun) {
  const n = positiveInteger(opts.replicates, '--replicates', 1);
  const workers = positiveInteger(opts.workers, '--workers', defaultWorkers(n - 1));
  const rest = n > 1 ? await runReplicates({ scenario: arg, root }, run.seed, n, Math.min(workers, n - 1), loaded, undefined, 1) : [];
  return [replicateFromRun(run), ...rest];
}

/** `compare <scenario> --history --switch DATE [--pilot-states S,…]`: before against after, on the orders' own history. */
export async function historyCommand(arg: string, opts: { switch?: string; pilotStates?: string; json?: boolean }, root: string): Promise<string> {
  if (!opts.switch || parseIsoDate(opts.switch) === null) badOption('--switch', msg.notDate(opts.switch ?? ''));
  const loaded = await loadScenario(arg, root);
  const h = compareHistory(loaded.data, loaded.scenario.config, opts.switch, opts.pilotStates?.split(',').map((s) => s.trim()).filter(Boolean));
  const orders = loaded.hashes.find((f) => f.file.endsWith('orders.csv'))?.file ?? loaded.scenario.file;
  if (h.ordersWithHistory === 0) throw new InputError([{ severity: 'error', file: orders, ...msg.noHistory() }]);
  if (h.pilotStates && h.preOrders + h.postOrders === 0) badOption('--pilot-states', msg.noPilotOrders(h.pilotStates));
  for (const [n, side] of [[h.preOrders, 'before'], [h.postOrders, 'on or after']] as const) {
    if (n === 0) badOption('--switch', msg.switchOutsideHistory(opts.switch, side, h.firstDate!, h.lastDate!, h.pilotStates));
  }
  if (opts.json) return JSON.stringify(h, null, 2);
  return historyText(h);
}

/** `compare <scenario> --a P --b P`: B − A on every metric with its intervals. */
export async function compareCommand(arg: string, a: string, b: string, opts: AnalyzeOptions, root: string): Promise<string> {
  const loaded = await loadScenario(arg, root, [], 0, opts.seed);
  policyName(loaded, a, '--a');
  policyName(loaded, b, '--b');
  const seed = seedOf(loaded, opts);
  const run = runPolicies(loaded.model, loaded.scenario, loaded.policies, seed);
  const results = await replicate(loaded, arg, root, opts, run);
  const rows = comparePolicies(results, a, b, { rng: makeRng(seed).fork('bootstrap') });
  const cohorts = analyzeCohorts(run).filter((c) => c.policy === a || c.policy === b);
  if (opts.json) return JSON.stringify({ a, b, seed, replicates: results.length, metrics: rows, cohorts }, null, 2);
  return [compareText(a, b, results.length, seed, rows), ...(cohorts.length ? ['', cohortText(cohorts)] : [])].join('\n');
}

/** `roi <scenario> [--policy P]`: savings, cash flows, payback, NPV, IRR, sensitivity, pilot size, verdict. */
export async function roiCommand(arg: string, opts: AnalyzeOptions & { policy?: string }, root: string): Promise<string> {
  const loaded = await loadScenario(arg, root, [], 0, opts.seed);
  checkNamedPolicy(loaded);
  const seed = seedOf(loaded, opts);
  const run = runPolicies(loaded.model, loaded.scenario, loaded.policies, seed);
  const policy = opts.policy ? policyName(loaded, opts.policy, '--policy') : decidedPolicy(run);
  if (policy === run.baseline) throw new InputError([{ severity: 'error', file: loaded.scenario.file, field: '--policy', ...msg.policyIsBaseline(policy) }]);
  const results = await replicate(loaded, arg, root, opts, run);
  const analysis = analyzeDecision(loaded, run, results, readinessOf(loaded), opts.policy ? policy : undefined);
  const ladder = effectLadders(run, results, { monthlyOrders: analysis.monthlyOrders, policies: [policy] }).ladders.find((l) => l.policy === policy)!;
  if (opts.json) return JSON.stringify({ ...analysis, ladder }, null, 2);
  return `${roiText(analysis)}\n\n${ladderText(ladder)}`;
}
