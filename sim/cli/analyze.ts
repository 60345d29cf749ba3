/** `routelab compare` and `routelab roi`: decision analytics on the command line. */
import { loadScenario, type LoadedScenario } from './load.ts';
import { analyze, decidedPolicy } from '../analytics/analyze.ts';
import { comparePolicies } from '../analytics/compare.ts';
import { defaultWorkers, runReplicates } from '../io/replicates.ts';
import { msg } from '../messages.ts';
import { compileModel } from '../model/compile.ts';
import { preparePolicies, runPolicies, type ScenarioRun } from '../pipeline.ts';
import { InputError, Problems } from '../problems.ts';
import { makeRng } from '../random/rng.ts';
import { cohortText, compareText, roiText } from '../report/analysis.ts';
import { analyzeCohorts } from '../analytics/cohorts.ts';

export interface AnalyzeOptions {
  replicates?: string;
  workers?: string;
  seed?: string;
  json?: boolean;
}

function count(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InputError([{ severity: 'error', file: 'command line', field: flag, ...msg.notInteger(text, 1) }]);
  return n;
}

function policyName(loaded: LoadedScenario, name: string, flag: string): string {
  const names = loaded.scenario.policies.map((p) => p.name);
  if (!names.includes(name)) throw new InputError([{ severity: 'error', file: loaded.scenario.file, field: flag, ...msg.notOneOf(name, names) }]);
  return name;
}

async function replicate(loaded: LoadedScenario, arg: string, root: string, opts: AnalyzeOptions) {
  const n = count(opts.replicates, '--replicates', 1);
  const workers = count(opts.workers, '--workers', defaultWorkers(n));
  const seed = String(opts.seed ?? loaded.scenario.config.seed);
  return { seed, results: await runReplicates(arg, root, seed, n, Math.min(workers, n), loaded.policies) };
}

/** `compare <scenario> --a P --b P`: B − A on every metric with its intervals. */
export async function compareCommand(arg: string, a: string, b: string, opts: AnalyzeOptions, root: string): Promise<string> {
  const loaded = await loadScenario(arg, root);
  policyName(loaded, a, '--a');
  policyName(loaded, b, '--b');
  const { seed, results } = await replicate(loaded, arg, root, opts);
  const rows = comparePolicies(results, a, b, { rng: makeRng(seed).fork('bootstrap') });
  const segmented = loaded.policies.filter((p) => (p.spec.name === a || p.spec.name === b) && p.fn.segmentOf);
  const cohorts = segmented.length ? analyzeCohorts(runPolicies(loaded.model, loaded.scenario, segmented.map((p) => p).concat(loaded.policies.filter((p) => p.spec.name === loaded.scenario.baseline && !segmented.includes(p))), seed)).filter((c) => c.policy === a || c.policy === b) : [];
  if (opts.json) return JSON.stringify({ a, b, seed, replicates: results.length, metrics: rows, cohorts }, null, 2);
  return [compareText(a, b, results.length, seed, rows), ...(cohorts.length ? ['', cohortText(cohorts)] : [])].join('\n');
}

/** The scenario replayed with every store's inventory accuracy moved by `delta` (for the tornado). */
function withStoreAccuracy(loaded: LoadedScenario, policy: string, delta: number, seed: string): ScenarioRun {
  const { model, data, scenario } = loaded;
  const accuracyOf = new Map(model.nodes.ids.map((id, i) => [id, model.nodes.accuracy[i]!]));
  const rows = { ...data, nodes: data.nodes.map((n) => (n.type === 'store' ? { ...n, inventoryAccuracy: Math.min(1, Math.max(0, accuracyOf.get(n.nodeId)! + delta)) } : n)) };
  const variant = compileModel({ data: rows, scenario: scenario.config, scenarioFile: scenario.file }, new Problems());
  if (!variant) throw new Error('the scenario did not compile with changed store accuracy');
  const mini = { ...scenario, policies: scenario.policies.filter((p) => p.name === scenario.baseline || p.name === policy) };
  return runPolicies(variant, mini, preparePolicies(variant, { ...scenario, policies: scenario.policies }, new Problems(), rows).filter((p) => mini.policies.includes(p.spec)), seed);
}

/** `roi <scenario> [--policy P]`: savings, cash flows, payback, NPV, IRR, sensitivity, pilot size, verdict. */
export async function roiCommand(arg: string, opts: AnalyzeOptions & { policy?: string }, root: string): Promise<string> {
  const loaded = await loadScenario(arg, root);
  const { seed, results } = await replicate(loaded, arg, root, opts);
  const run = runPolicies(loaded.model, loaded.scenario, loaded.policies, seed);
  const policy = opts.policy ? policyName(loaded, opts.policy, '--policy') : decidedPolicy(run);
  if (policy === run.baseline) throw new InputError([{ severity: 'error', file: loaded.scenario.file, field: '--policy', ...msg.policyIsBaseline(policy) }]);
  const accuracy = loaded.model.nodes.types.includes('store')
    ? { low: withStoreAccuracy(loaded, policy, -0.05, seed), high: withStoreAccuracy(loaded, policy, 0.05, seed), range: 'stores −5 / +5 points' }
    : undefined;
  const analysis = analyze(run, results, policy, accuracy);
  if (opts.json) return JSON.stringify(analysis, null, 2);
  return roiText(analysis);
}
