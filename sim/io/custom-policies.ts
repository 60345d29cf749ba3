/**
 * Custom policies written in TypeScript: a scenario entry with `use: ./my-policy.ts` names a
 * module (relative to the scenario file) whose default export is a PolicyDefinition. The
 * modules are imported here, before the scenario is checked.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { isPolicyPath } from '../scenario/policy-path.ts';
import type { PolicyDefinition } from '../policies/types.ts';


/** Checks that a module's default export looks like a PolicyDefinition; returns what is wrong, or null. */
function shapeProblem(def: unknown): string | null {
  if (!def || typeof def !== 'object') return 'it has no default export (export default a PolicyDefinition: { name, description, settings, create })';
  const d = def as Partial<PolicyDefinition>;
  if (typeof d.name !== 'string') return 'its default export has no name';
  if (typeof d.create !== 'function') return 'its default export has no create(model, settings, ctx) function';
  if (!d.settings || typeof (d.settings as { safeParse?: unknown }).safeParse !== 'function') return 'its default export has no settings schema (use z.strictObject({}) for none)';
  return null;
}

/**
 * Imports every module a scenario's entries name with `use:`. Returns, per `use` value as
 * written, the definition or the reason it could not be loaded.
 */
export async function loadCustomPolicies(scenarioText: string, scenarioPath: string): Promise<Map<string, PolicyDefinition | Error>> {
  const out = new Map<string, PolicyDefinition | Error>();
  let doc: unknown;
  try {
    doc = parse(scenarioText);
  } catch {
    return out; // the scenario parser reports the syntax error
  }
  const entries = (doc as { policies?: unknown } | null)?.policies;
  if (!Array.isArray(entries)) return out;
  for (const e of entries) {
    const use = (e as { use?: unknown } | null)?.use;
    if (typeof use !== 'string' || !isPolicyPath(use) || out.has(use)) continue;
    const file = resolve(dirname(scenarioPath), use);
    if (!existsSync(file)) {
      out.set(use, new Error(`the file ${file} does not exist`));
      continue;
    }
    try {
      const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      const problem = shapeProblem(mod.default);
      out.set(use, problem ? new Error(problem) : (mod.default as PolicyDefinition));
    } catch (err) {
      out.set(use, new Error(`importing it failed: ${(err as Error).message.split('\n')[0]}`));
    }
  }
  return out;
}
