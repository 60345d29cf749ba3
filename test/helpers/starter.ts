/** The init starter folder as a scenario built in code (2 orders, 2 policies: warehouse-only, store-for-local). */
import { starterFolder } from '../../sim/generate/starter-folder.ts';
import type { ScenarioObject } from '../../sim/io/api/open.ts';

/** The starter scenario as a ScenarioObject; `edit` changes scenario.yaml's text first. */
export function starterInput(edit: (yaml: string) => string = (t) => t): ScenarioObject {
  const { 'scenario.yaml': scenario, 'README.md': _readme, ...files } = starterFolder('shop');
  return { scenario: edit(scenario!), files };
}
