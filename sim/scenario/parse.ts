/**
 * Scenario text → a checked scenario: schema, policy names, each policy's settings and the
 * baseline, every problem at its line and column.
 */
import { scenarioSchema, type PolicyEntry, type ScenarioFile } from './schema.ts';
import { cadenceSchema, ENTRY_KEYS, networkSchema, reviewSchema, type CadenceSettings, type NetworkSettings } from './entry.ts';
import { checkYaml, describePath, parseYaml, positionOf, type YamlSource } from './yaml.ts';
import type { ReviewSettings } from '../engine/review.ts';
import { msg } from '../messages.ts';
import { findPolicy, policyNames } from '../policies/registry.ts';
import type { PolicyDefinition } from '../policies/types.ts';
import { isPolicyPath } from '../policies/paths.ts';
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

/** Parses and checks a scenario file's text. Returns `null` when it has errors. */
export function parseScenario(text: string, file: string, problems: Problems, custom: ReadonlyMap<string, PolicyDefinition | Error> = new Map()): Scenario | null {
  const src = parseYaml(text, file, problems);
  if (!src) return null;
  const raw = src.doc.toJS() as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.error({ file, line: 1, column: 1, ...msg.emptyScenario() });
    return null;
  }
  const before = problems.errors.length;
  const config = checkYaml(scenarioSchema, raw, src, problems);
  if (config && parseIsoDate(config.period.end)! < parseIsoDate(config.period.start)!) problems.error({ file, ...positionOf(src, ['period', 'end']), field: 'period.end', ...msg.periodOrder() });

  // policies and the baseline are checked even when other settings are wrong, so every problem shows at once
  const entries = config?.policies ?? readableEntries(raw?.policies);
  const policies = resolvePolicies(entries, src, problems, custom);
  const names = entries.map((p) => p.name);
  const baseline = config?.baseline ?? (typeof raw?.baseline === 'string' ? raw.baseline : names[0]);
  if (baseline !== undefined && names.length && !names.includes(baseline)) problems.error({ file, ...positionOf(src, ['baseline']), field: 'baseline', ...msg.unknownBaseline(baseline, names) });
  if (!config || problems.errors.length > before) return null;
  const positions = Object.fromEntries(Object.keys(raw).map((k) => [k, positionOf(src, [k])]));
  return { file, config, policies, baseline: baseline!, positions };
}

/** Policy entries of a scenario that failed its schema, as far as they can be read (index kept). */
function readableEntries(value: unknown): PolicyEntry[] {
  if (!Array.isArray(value)) return [];
  return value.map((e) => (e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string' ? (e as PolicyEntry) : { name: '' }));
}

function resolvePolicies(entries: PolicyEntry[], src: YamlSource, problems: Problems, custom: ReadonlyMap<string, PolicyDefinition | Error>): PolicySpec[] {
  const seen = new Set<string>();
  const out: PolicySpec[] = [];
  entries.forEach((entry, i) => {
    if (entry.name === '') return;
    const path = ['policies', i];
    const position = positionOf(src, path);
    if (seen.has(entry.name)) problems.error({ file: src.file, ...positionOf(src, [...path, 'name']), field: `policies[${i}].name`, ...msg.duplicatePolicyName(entry.name) });
    seen.add(entry.name);
    const use = entry.use ?? entry.name;
    if (isPolicyPath(use)) {
      const loaded = custom.get(use);
      if (!loaded || loaded instanceof Error) {
        problems.error({ file: src.file, ...positionOf(src, [...path, 'use']), field: `policies[${i}].use`, ...msg.customPolicy(use, loaded?.message ?? 'it was not loaded') });
        return;
      }
    }
    const definition = isPolicyPath(use) ? (custom.get(use) as PolicyDefinition) : findPolicy(use);
    if (!definition) {
      const at = entry.use !== undefined ? 'use' : 'name';
      problems.error({ file: src.file, ...positionOf(src, [...path, at]), field: `policies[${i}].${at}`, ...msg.unknownPolicy(use, policyNames(), closestName(use, policyNames())) });
      return;
    }
    const { name: _name, use: _use, review: rawReview, network: rawNetwork, cadence: rawCadence, ...raw } = entry as PolicyEntry & Record<(typeof ENTRY_KEYS)[number], unknown>;
    const describe = (p: readonly (string | number)[]) => `policies[${i}]${p.length > 2 ? `.${describePath(p.slice(2))}` : ''}`;
    const settings = checkYaml(definition.settings, raw, src, problems, path, describe);
    const review = rawReview === undefined ? undefined : checkYaml(reviewSchema, rawReview, src, problems, [...path, 'review'], describe);
    const network = rawNetwork === undefined ? undefined : checkYaml(networkSchema, rawNetwork, src, problems, [...path, 'network'], describe);
    const cadence = rawCadence === undefined ? undefined : checkYaml(cadenceSchema, rawCadence, src, problems, [...path, 'cadence'], describe);
    if (settings === undefined || (rawReview !== undefined && !review) || (rawNetwork !== undefined && !network) || (rawCadence !== undefined && !cadence)) return;
    out.push({ name: entry.name, use, definition, settings, position, review, network, cadence });
  });
  return out;
}
