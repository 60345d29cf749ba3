/**
 * The ranking criteria, by name: the one list the scenario's `rank:` accepts. A criterion is
 * one file in this folder exporting one `defineCriterion` object; add its import to `ALL`.
 * Asking for a name that is not here fails loudly (as Observable Plot does for an unknown
 * named strategy), and a criterion object may be passed where a name is expected.
 */
import { settingText } from '../../../messages.ts';
import { PolicySettingError } from '../../types.ts';
import { cheapest } from './cheapest.ts';
import { closest } from './closest.ts';
import type { Criterion } from './criterion.ts';
import { fastest } from './fastest.ts';
import { fewestPackages } from './fewest-packages.ts';
import { leastLoaded } from './least-loaded.ts';
import { mostInventory } from './most-inventory.ts';
import { ranked } from './ranked.ts';

/** Every criterion, in the order error messages and listings name them. */
const ALL = [fewestPackages, closest, cheapest, fastest, ranked, mostInventory, leastLoaded] as const;

/** The name of a registered criterion. */
export type CriterionName = (typeof ALL)[number]['name'];

/** Names of every registered criterion, in registration order (for the scenario schema). */
export const CRITERION_NAMES = ALL.map((c) => c.name) as unknown as readonly [CriterionName, ...CriterionName[]];

const BY_NAME = new Map<string, Criterion>();
for (const c of ALL) {
  if (BY_NAME.has(c.name)) throw new Error(settingText.duplicateCriterion(c.name));
  BY_NAME.set(c.name, c);
}

/** The criterion called `name` (or `name` itself when it is already a criterion); an unknown name is a PolicySettingError listing the known ones. */
export function criterion(name: string | Criterion): Criterion {
  if (typeof name !== 'string') return name;
  const c = BY_NAME.get(name);
  if (!c) throw new PolicySettingError(settingText.unknownCriterion(name, CRITERION_NAMES), 'rank');
  return c;
}

export type { Criterion, RankState, Shown } from './criterion.ts';
