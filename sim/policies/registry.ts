/**
 * Policies by name. Scenario entries name a policy with `use:` (or their `name:`); an
 * unknown name is an error listing the known ones.
 */
import { pilot, rollout } from './composite.ts';
import { lpDilated } from './lp-dilated.ts';
import { lpPriority } from './lp-priority.ts';
import { POLICY_PRESETS } from './policy-presets.ts';
import type { PolicyDefinition } from './types.ts';

export const POLICIES: ReadonlyMap<string, PolicyDefinition> = new Map(
  [
    ...POLICY_PRESETS,
    pilot as unknown as PolicyDefinition,
    rollout as unknown as PolicyDefinition,
    lpDilated as unknown as PolicyDefinition,
    lpPriority as unknown as PolicyDefinition,
  ].map((p) => [p.name, p]),
);

/** The policy called `name`, or `undefined`. */
export function findPolicy(name: string): PolicyDefinition | undefined {
  return POLICIES.get(name);
}

/** Names of every registered policy, sorted. */
export function policyNames(): string[] {
  return [...POLICIES.keys()].sort();
}
