/**
 * Custom policies written in TypeScript: a scenario entry with `use: ./my-policy.ts` names a
 * module (relative to the scenario file) whose default export is a PolicyDefinition. The
 * modules are code: they are imported here, before the scenario is checked, and only those
 * the command needs (`CustomNeed`); the others stand in unloaded (`isUnloaded`).
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { isPolicyPath } from '../scenario/policy-path.ts';
import { PolicySettingError, type PolicyDefinition, type PolicyFn } from '../policies/types.ts';
import { msg } from '../messages.ts';
import { InputError } from '../problems.ts';
import { POLICIES } from '../policies/registry.ts';

/**
 * Imports a policy file. Where this process runs RouteLab's bundled JavaScript (cli/routelab.mjs),
 * Node cannot load TypeScript: tsx's loaders are then registered for the rest of the process (once)
 * and the file imported again, under a query because Node keeps the failed load of the plain URL.
 * The policy and its own imports, RouteLab's modules among them, load through tsx, with their
 * stack frames mapped to the .ts lines (`frameIn`). tsx's namespaced `tsImport` is not used: it
 * loads a file outside an ES-module package as an unmapped `data:` URL, so a throw has no line.
 */
async function importPolicyFile(file: string): Promise<{ default?: unknown }> {
  const url = pathToFileURL(file).href;
  try {
    return esModuleOf(await import(url));
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
  }
  await registerTsx();
  return esModuleOf(await import(`${url}?tsx`));
}

let tsxRegistered: Promise<void> | undefined;
/** Registers tsx's ES-module and CommonJS loaders in this process, once. */
function registerTsx(): Promise<void> {
  tsxRegistered ??= Promise.all([import('tsx/esm/api'), import('tsx/cjs/api')]).then(([esm, cjs]) => {
    esm.register();
    cjs.register();
  });
  return tsxRegistered;
}

/**
 * The module as its author wrote it. Outside an ES-module package (no `"type": "module"` above
 * it) a .ts file is compiled as CommonJS, and its namespace then holds the compiled exports
 * under `default`, marked `__esModule`: `{ default: { __esModule: true, default: def } }`.
 */
function esModuleOf(mod: { default?: unknown }): { default?: unknown } {
  const inner = mod.default as { __esModule?: unknown; default?: unknown } | undefined;
  return inner && typeof inner === 'object' && inner.__esModule === true ? inner : mod;
}

/** Checks that a module's default export looks like a PolicyDefinition; returns what is wrong, or null. */
function shapeProblem(def: unknown): string | null {
  if (!def || typeof def !== 'object')
    return 'it has no default export (export default a PolicyDefinition: { name, description, settings, create })';
  const d = def as Partial<PolicyDefinition>;
  if (typeof d.name !== 'string') return 'its default export has no name';
  if (typeof d.create !== 'function') return 'its default export has no create(model, settings, ctx) function';
  if (!d.settings || typeof (d.settings as { safeParse?: unknown }).safeParse !== 'function')
    return 'its default export has no settings schema (use z.strictObject({}) for none)';
  return null;
}

/**
 * Whose custom policy code a command imports: every entry's (`all`), none (`validate`), or
 * only these entries' and what they refer to (`explain --policy X`: the entries X inherits
 * or names in its settings, e.g. a composite's parts).
 */
export type CustomNeed = 'all' | 'none' | readonly string[];

/**
 * Whether any entry of the scenario runs a custom policy (a definition not among the built-ins):
 * its worker threads load RouteLab through tsx, as the policy module does (pool.ts `workerModule`).
 */
export function usesCustomPolicies(scenario: { policies: readonly { definition: PolicyDefinition }[] }): boolean {
  const builtins = new Set(POLICIES.values());
  return scenario.policies.some((p) => !builtins.has(p.definition));
}

const UNLOADED = Symbol('custom policy not loaded');

/** Whether a definition stands in for a custom policy module that was not imported. */
export function isUnloaded(def: PolicyDefinition): boolean {
  return UNLOADED in def;
}

/** A stand-in for a module not imported: any settings, and a policy that must never route. */
function unloaded(use: string): PolicyDefinition {
  return Object.assign(
    {
      name: use,
      description: `custom policy ${use} (not loaded)`,
      settings: z.record(z.string(), z.unknown()),
      create: (): PolicyFn => () => {
        throw new Error(`the custom policy ${use} was not loaded, yet asked to route (a RouteLab bug)`);
      },
    },
    { [UNLOADED]: true },
  );
}

/** Every string in a value (an entry's settings, nested). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** The `use:` paths the entries `names` need: their own, and those of every entry they name (transitively). */
function neededPaths(entries: unknown[], names: readonly string[]): Set<string> {
  const byName = new Map<string, unknown>();
  for (const e of entries) {
    const name = (e as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && !byName.has(name)) byName.set(name, e);
  }
  const seen = new Set<string>(),
    paths = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || !byName.has(name)) return;
    seen.add(name);
    for (const s of strings(byName.get(name))) {
      if (isPolicyPath(s)) paths.add(s);
      else visit(s);
    }
  };
  names.forEach(visit);
  return paths;
}

/**
 * Imports the modules a scenario's entries name with `use:`, those `need` asks for (a file
 * that does not exist is said either way). Returns, per `use` value as written, the
 * definition, an unloaded stand-in, or the reason it could not be loaded.
 */
export async function loadCustomPolicies(
  scenarioText: string,
  scenarioPath: string,
  need: CustomNeed = 'all',
): Promise<Map<string, PolicyDefinition | Error>> {
  const out = new Map<string, PolicyDefinition | Error>();
  let doc: unknown;
  try {
    doc = parse(scenarioText);
  } catch {
    return out; // the scenario parser reports the syntax error
  }
  const entries = (doc as { policies?: unknown } | null)?.policies;
  if (!Array.isArray(entries)) return out;
  const needed = need === 'all' ? null : need === 'none' ? new Set<string>() : neededPaths(entries, need);
  for (const e of entries) {
    const use = (e as { use?: unknown } | null)?.use;
    if (typeof use !== 'string' || !isPolicyPath(use) || out.has(use)) continue;
    const file = resolve(dirname(scenarioPath), use);
    if (!existsSync(file)) {
      out.set(use, new Error(`the file ${file} does not exist`));
      continue;
    }
    if (needed && !needed.has(use)) {
      out.set(use, unloaded(use));
      continue;
    }
    try {
      const mod = await importPolicyFile(file);
      const problem = shapeProblem(mod.default);
      out.set(use, problem ? new Error(problem) : guarded(mod.default as PolicyDefinition, file));
    } catch (err) {
      out.set(use, new Error(`importing it failed: ${(err as Error).message.split('\n')[0]}`));
    }
  }
  return out;
}

/** The policy file as shown in messages: relative to the working directory when inside it. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/**
 * Line and column in `file` of the innermost stack frame of `err` that is in it (tsx maps
 * the frames to the .ts source), or nothing when no frame is.
 */
export function frameIn(err: unknown, file: string): { line: number; column: number } | Record<string, never> {
  const stack = err instanceof Error ? (err.stack ?? '') : '';
  for (const line of stack.split('\n')) {
    // `at f (file:///x/p.ts:9:23)`, `at /x/p.ts:9:23`; a module loaded in a worker has a query (`p.ts?tsx-namespace=…`)
    const m = /\(?(?:file:\/\/)?([^()\s?]+)(?:\?[^()\s]*)?:(\d+):(\d+)\)?\s*$/.exec(line.trim());
    if (m && (m[1] === file || decodeURIComponent(m[1]!) === file)) return { line: Number(m[2]), column: Number(m[3]) };
  }
  return {};
}

/**
 * The user's code failing is bad input, not a RouteLab bug: an error thrown by a custom
 * policy's `create` or routing function becomes an InputError at the policy file and the
 * line in it that threw. A PolicySettingError (settings that do not fit) and an InputError
 * (a custom policy it calls) pass through unchanged.
 */
function guarded(def: PolicyDefinition, file: string): PolicyDefinition {
  const fail = (e: unknown, when: string): unknown => {
    if (e instanceof InputError || e instanceof PolicySettingError) return e;
    const detail = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
    return new InputError([
      { severity: 'error', file: shown(file), ...frameIn(e, file), ...msg.customPolicyThrew(def.name, when, detail) },
    ]);
  };
  return {
    ...def,
    create(model, settings, ctx) {
      let fn: PolicyFn;
      try {
        fn = def.create(model, settings, ctx);
      } catch (e) {
        throw fail(e, 'create');
      }
      const route: PolicyFn = (req, out) => {
        try {
          fn(req, out);
        } catch (e) {
          throw fail(e, 'routing');
        }
      };
      const segmentOf = fn.segmentOf;
      if (segmentOf) {
        route.segmentOf = (order) => {
          try {
            return segmentOf.call(fn, order);
          } catch (e) {
            throw fail(e, 'segmentOf');
          }
        };
      }
      return route;
    },
  };
}
