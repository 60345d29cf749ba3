/** The scenario replayed with every store's inventory accuracy moved (the tornado's accuracy driver). */
import { compileModel } from '../model/compile.ts';
import type { Model } from '../model/types.ts';
import type { DataRows } from '../parse/types.ts';
import { preparePolicies, runPolicies, type ScenarioRun } from '../pipeline.ts';
import { Problems } from '../problems.ts';
import type { Scenario } from '../scenario/parse.ts';

/**
 * Replays the baseline, `policy` (and `against`, what it is measured against) with each store's accuracy moved by `delta` (clamped to
 * 0..1; the accuracy in force, defaults included, is the starting point).
 */
export function withStoreAccuracy(model: Model, data: DataRows, scenario: Scenario, policy: string, delta: number, seed: string | number, against = scenario.baseline): ScenarioRun {
  const accuracyOf = new Map(model.nodes.ids.map((id, i) => [id, model.nodes.accuracy[i]!]));
  const rows = { ...data, nodes: data.nodes.map((n) => (n.type === 'store' ? { ...n, inventoryAccuracy: Math.min(1, Math.max(0, accuracyOf.get(n.nodeId)! + delta)) } : n)) };
  const variant = compileModel({ data: rows, scenario: scenario.config, scenarioFile: scenario.file }, new Problems());
  if (!variant) throw new Error('the scenario did not compile with changed store accuracy');
  const keep = new Set([scenario.baseline, policy, against]);
  const prepared = preparePolicies(variant, scenario, new Problems(), rows).filter((p) => keep.has(p.spec.name));
  return runPolicies(variant, { ...scenario, policies: scenario.policies.filter((p) => keep.has(p.name)) }, prepared, seed);
}
