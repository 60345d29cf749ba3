/**
 * Policies by name. Scenario entries name a policy with `use:` (or their `name:`); an
 * unknown name is an error listing the known ones.
 */
import { closestWithStock } from './closest-with-stock.ts';
import { fewestPackages } from './fewest-packages.ts';
import type { PolicyDefinition } from './types.ts';
import { warehouseOnly } from './warehouse-only.ts';

export const POLICIES: ReadonlyMap<string, PolicyDefinition> = new Map<string, PolicyDefinition>(
  [warehouseOnly, closestWithStock, fewestPackages].map((p) => [p.name, p as unknown as PolicyDefinition]),
);

/** The policy called `name`, or `undefined`. */
export function findPolicy(name: string): PolicyDefinition | undefined {
  return POLICIES.get(name);
}

/** Names of every registered policy, sorted. */
export function policyNames(): string[] {
  return [...POLICIES.keys()].sort();
}
