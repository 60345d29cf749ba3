/**
 * Scenario text → a checked scenario: schema, policy names, each policy's settings and the
 * baseline, every problem at its line and column.
 */
import { scenarioSchema, type PolicyEntry, type ScenarioFile } from './schema.ts';
import {
  cadenceSchema,
  ENTRY_KEYS,
  networkSchema,
  reviewSchema,
  type CadenceSettings,
  type NetworkSettings,
} from './entry.ts';
import { checkYaml, describePath, parseYaml, positionOf, type YamlSource } from './yaml.ts';
import { resolveCompareTo } from './compare-to.ts';
import type { ReviewSettings } from './review-schema.ts';
import { isPolicyPath } from './policy-path.ts';
import { msg } from '../messages.ts';
import type { PolicyDefinition } from '../policies/types.ts';
import type { Problems } from '../problems.ts';
import { closestName } from '../suggest.ts';
import { parseIsoDate } from '../time/calendar.ts';

export interface Position {
  line: number;
  column: number;
}

export interface PolicySpec {
  /** Display name (unique in the scenario). */
  name: string;
  /** Registered policy it uses. */
  use: string;
  definition: PolicyDefinition;
  /** Settings checked against the policy's schema. */
  settings: unknown;
  /** Where the entry is, for messages about it. */
  position: Position;
  /** Exception review rules for this entry. */
  review?: ReviewSettings;
  /** Nodes added, removed or changed for this entry only. */
  network?: NetworkSettings;
  /** Routing cadence (batches) for this entry. */
  cadence?: CadenceSettings;
  /** The entry it inherits (its `use:` names another entry), if any. */
  inherits?: string;
  /** The entry it changes, its previous rung on the effect ladder; null for the baseline. */
  compareTo: string | null;
  /** Not in the scenario file: a built-in named on the command line (`compare --b`), with its default settings. */
  added?: true;
}

export interface Scenario {
  /** Scenario file as named in messages. */
  file: string;
  config: ScenarioFile;
  policies: PolicySpec[];
  baseline: string;
  /** Where each top-level key is, for messages about its value found later (e.g. a missing data folder). */
  positions: Record<string, Position>;
}

/** The policies a scenario may name in `use:` (or `name:`), by name: the caller passes the registry (policies/registry.ts `POLICIES`). */
export type PolicyRegistry = ReadonlyMap<string, PolicyDefinition>;

/**
 * Parses and checks a scenario file's text against `registry` (built-in policies by name) and
 * `custom` (policy modules by their `use:` path, or why each could not be loaded).
 * Returns `null` when it has errors.
 */
export function parseScenario(
  text: string,
  file: string,
  problems: Problems,
  registry: PolicyRegistry,
  custom: ReadonlyMap<string, PolicyDefinition | Error> = new Map(),
): Scenario | null {
  const src = parseYaml(text, file, problems);
  if (!src) return null;
  const raw = src.value as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.error({ file, line: 1, column: 1, ...msg.emptyScenario() });
    return null;
  }
  const before = problems.errors.length;
  const config = checkYaml(scenarioSchema, raw, src, problems);
  if (config && parseIsoDate(config.period.end)! < parseIsoDate(config.period.start)!)
    problems.error({ file, ...positionOf(src, ['period', 'end']), field: 'period.end', ...msg.periodOrder() });

  // policies and the baseline are checked even when other settings are wrong, so every problem shows at once
  const entries = config?.policies ?? readableEntries(raw?.policies);
  const policies = resolvePolicies(entries, src, problems, registry, custom);
  const names = entries.map((p) => p.name);
  const baseline = config?.baseline ?? (typeof raw?.baseline === 'string' ? raw.baseline : names[0]);
  if (baseline !== undefined && names.length && !names.includes(baseline))
    problems.error({
      file,
      ...positionOf(src, ['baseline']),
      field: 'baseline',
      ...msg.unknownBaseline(baseline, names),
    });
  else if (baseline !== undefined) resolveCompareTo(entries, policies, baseline, src, problems);
  if (!config || problems.errors.length > before) return null;
  const positions = Object.fromEntries(Object.keys(raw).map((k) => [k, positionOf(src, [k])]));
  return { file, config, policies, baseline: baseline!, positions };
}

/** Policy entries of a scenario that failed its schema, as far as they can be read (index kept). */
function readableEntries(value: unknown): PolicyEntry[] {
  if (!Array.isArray(value)) return [];
  return value.map((e) =>
    e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string'
      ? (e as PolicyEntry)
      : { name: '' },
  );
}

/** An entry's own keys, split into the entry-level ones and the policy's settings. */
function splitEntry(entry: PolicyEntry): {
  settings: Record<string, unknown>;
  review: unknown;
  network: unknown;
  cadence: unknown;
} {
  const {
    name: _n,
    use: _u,
    compare_to: _c,
    review,
    network,
    cadence,
    ...settings
  } = entry as PolicyEntry & Record<(typeof ENTRY_KEYS)[number], unknown>;
  return { settings, review, network, cadence };
}

/**
 * Checks each entry and resolves the policy it uses. An entry whose `use:` names another
 * entry of the scenario (not itself) inherits that entry: its policy, its settings (each
 * setting the entry writes replaces the inherited one), its review (`review: none` drops it),
 * its cadence, and its network (the entry's own changes are added to the inherited ones).
 */
function resolvePolicies(
  entries: PolicyEntry[],
  src: YamlSource,
  problems: Problems,
  registry: PolicyRegistry,
  custom: ReadonlyMap<string, PolicyDefinition | Error>,
): PolicySpec[] {
  const first = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.name !== '' && !first.has(e.name)) first.set(e.name, i);
  });
  const done = new Map<number, { spec: PolicySpec; raw: Record<string, unknown> } | null>();
  const visiting: number[] = [];
  const resolveAt = (i: number): { spec: PolicySpec; raw: Record<string, unknown> } | null => {
    if (done.has(i)) return done.get(i)!;
    const entry = entries[i]!;
    const path = ['policies', i];
    const parentAt = entry.use !== undefined && entry.use !== entry.name ? first.get(entry.use) : undefined;
    let parent: { spec: PolicySpec; raw: Record<string, unknown> } | null | undefined;
    if (parentAt !== undefined) {
      if (visiting.includes(parentAt)) {
        const loop = [...visiting.slice(visiting.indexOf(parentAt)), i, parentAt].map((k) => entries[k]!.name);
        problems.error({
          file: src.file,
          ...positionOf(src, [...path, 'use']),
          field: `policies[${i}].use`,
          ...msg.useLoop(loop),
        });
        done.set(i, null);
        return null;
      }
      visiting.push(i);
      parent = resolveAt(parentAt);
      visiting.pop();
      // the inherited entry's own problems are reported at it
      if (!parent) {
        done.set(i, null);
        return null;
      }
    }
    const res = checkEntry(entry, i, parent ?? undefined, src, problems, registry, custom);
    done.set(i, res);
    return res;
  };
  const seen = new Set<string>();
  const out: PolicySpec[] = [];
  entries.forEach((entry, i) => {
    if (entry.name === '') return;
    if (seen.has(entry.name))
      problems.error({
        file: src.file,
        ...positionOf(src, ['policies', i, 'name']),
        field: `policies[${i}].name`,
        ...msg.duplicatePolicyName(entry.name),
      });
    seen.add(entry.name);
    const res = resolveAt(i);
    if (res) out.push(res.spec);
  });
  return out;
}

/** Adds the entry's own network changes to the inherited ones. */
function mergeNetwork(
  base: NetworkSettings | undefined,
  own: NetworkSettings | undefined,
): NetworkSettings | undefined {
  if (!base || !own) return own ?? base;
  const change = { ...base.change };
  for (const [id, c] of Object.entries(own.change)) change[id] = { ...change[id], ...c };
  return { add: [...base.add, ...own.add], remove: [...new Set([...base.remove, ...own.remove])], change };
}

/** One entry checked against its policy (its own, or the inherited entry's). */
function checkEntry(
  entry: PolicyEntry,
  i: number,
  parent: { spec: PolicySpec; raw: Record<string, unknown> } | undefined,
  src: YamlSource,
  problems: Problems,
  registry: PolicyRegistry,
  custom: ReadonlyMap<string, PolicyDefinition | Error>,
): { spec: PolicySpec; raw: Record<string, unknown> } | null {
  const path = ['policies', i];
  const position = positionOf(src, path);
  let use: string, definition: PolicyDefinition | undefined;
  if (parent) {
    use = parent.spec.use;
    definition = parent.spec.definition;
  } else {
    use = entry.use ?? entry.name;
    if (isPolicyPath(use)) {
      const loaded = custom.get(use);
      if (!loaded || loaded instanceof Error) {
        problems.error({
          file: src.file,
          ...positionOf(src, [...path, 'use']),
          field: `policies[${i}].use`,
          ...msg.customPolicy(use, loaded?.message ?? 'it was not loaded'),
        });
        return null;
      }
    }
    definition = isPolicyPath(use) ? (custom.get(use) as PolicyDefinition) : registry.get(use);
  }
  if (!definition) {
    const at = entry.use !== undefined ? 'use' : 'name';
    problems.error({
      file: src.file,
      ...positionOf(src, [...path, at]),
      field: `policies[${i}].${at}`,
      ...msg.unknownPolicy(use, [...registry.keys()].sort(), closestName(use, [...registry.keys()].sort())),
    });
    return null;
  }
  const own = splitEntry(entry);
  const raw = { ...parent?.raw, ...own.settings };
  const describe = (p: readonly (string | number)[]) =>
    `policies[${i}]${p.length > 2 ? `.${describePath(p.slice(2))}` : ''}`;
  const settings = checkYaml(definition.settings, raw, src, problems, path, describe);
  const dropReview = own.review === 'none';
  const review =
    own.review === undefined || dropReview
      ? undefined
      : checkYaml(reviewSchema, own.review, src, problems, [...path, 'review'], describe);
  const network =
    own.network === undefined
      ? undefined
      : checkYaml(networkSchema, own.network, src, problems, [...path, 'network'], describe);
  const cadence =
    own.cadence === undefined
      ? undefined
      : checkYaml(cadenceSchema, own.cadence, src, problems, [...path, 'cadence'], describe);
  if (
    settings === undefined ||
    (own.review !== undefined && !dropReview && !review) ||
    (own.network !== undefined && !network) ||
    (own.cadence !== undefined && !cadence)
  )
    return null;
  const spec: PolicySpec = {
    name: entry.name,
    use,
    definition,
    settings,
    position,
    review: dropReview ? undefined : (review ?? parent?.spec.review),
    network: mergeNetwork(parent?.spec.network, network),
    cadence: cadence ?? parent?.spec.cadence,
    compareTo: null,
    ...(parent ? { inherits: parent.spec.name } : {}),
  };
  return { spec, raw };
}
