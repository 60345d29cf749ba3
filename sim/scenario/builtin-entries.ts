/**
 * Built-in policies named outside the scenario file (`compare --a/--b`, `roi --policy`):
 * each one that no entry of the scenario is called gets a bare entry of its own (default
 * settings, measured against the baseline), so any built-in can be compared without
 * listing it in scenario.yaml. An entry of the scenario with that name wins, as it does for
 * `use:`.
 */
import type { PolicyRegistry, PolicySpec, Scenario } from './parse.ts';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';

/**
 * The scenario with a bare entry added for every name in `names` that is a built-in policy
 * of `registry` and not an entry of the scenario. Names that are neither are left for the
 * caller to refuse; a built-in that needs settings (`pilot`, `rollout`) is an error in
 * `problems` at the scenario's `policies`, and is not added.
 * @example withBuiltinEntries(s, ['store-for-local'], POLICIES, problems).policies.at(-1)?.added // true
 */
export function withBuiltinEntries(
  scenario: Scenario,
  names: readonly string[],
  registry: PolicyRegistry,
  problems: Problems,
): Scenario {
  const added: PolicySpec[] = [];
  const listed = new Set(scenario.policies.map((p) => p.name));
  for (const name of new Set(names)) {
    const definition = registry.get(name);
    if (listed.has(name) || !definition) continue;
    const settings = definition.settings.safeParse({});
    if (!settings.success) {
      problems.error({
        file: scenario.file,
        ...scenario.positions.policies,
        field: 'policies',
        ...msg.builtinNeedsSettings(name),
      });
      continue;
    }
    added.push({
      name,
      use: name,
      definition,
      settings: settings.data,
      position: scenario.positions.policies ?? { line: 1, column: 1 },
      compareTo: scenario.baseline,
      added: true,
    });
  }
  return added.length ? { ...scenario, policies: [...scenario.policies, ...added] } : scenario;
}

/** Names of the entries `withBuiltinEntries` added (to load the scenario the same way in another thread). */
export function addedBuiltins(scenario: Scenario): string[] {
  return scenario.policies.filter((p) => p.added).map((p) => p.name);
}

/** The built-ins a command line may name without a scenario entry: those that run on their default settings, sorted. */
export function namableBuiltins(registry: PolicyRegistry): string[] {
  return [...registry]
    .filter(([, d]) => d.settings.safeParse({}).success)
    .map(([n]) => n)
    .sort();
}
