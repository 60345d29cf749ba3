/**
 * `compare_to`: the entry each policy entry changes, so its effect is measured against that
 * entry (its rung of the effect ladder) and not only against the baseline. Default: the entry
 * it inherits (`use:` naming another entry), else the baseline. The baseline compares to
 * nothing. Unknown names and loops are problems at the `compare_to` value.
 */
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';
import { closestName } from '../suggest.ts';
import type { PolicyEntry } from './schema.ts';
import { positionOf, type YamlSource } from './yaml.ts';

/** What resolveCompareTo reads and sets of a policy entry (a `PolicySpec`). */
export interface CompareToSpec {
  name: string;
  compareTo: string | null;
}

/** Sets each spec's `compareTo`, recording unknown names, a compare_to on the baseline and loops. */
export function resolveCompareTo(
  entries: PolicyEntry[],
  specs: CompareToSpec[],
  baseline: string,
  src: YamlSource,
  problems: Problems,
): void {
  const names = entries.map((e) => e.name).filter((n) => n !== '');
  const index = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.name !== '' && !index.has(e.name)) index.set(e.name, i);
  });
  const at = (i: number) => ({
    file: src.file,
    ...positionOf(src, ['policies', i, 'compare_to']),
    field: `policies[${i}].compare_to`,
  });
  const target = new Map<string, string | null>();
  const explicit = new Set<string>();
  let bad = false;
  entries.forEach((e, i) => {
    if (e.name === '' || index.get(e.name) !== i) return;
    const given = typeof e.compare_to === 'string' ? e.compare_to : undefined;
    if (e.name === baseline) {
      if (given !== undefined) {
        problems.error({ ...at(i), ...msg.baselineCompareTo(e.name) });
        bad = true;
      }
      target.set(e.name, null);
      return;
    }
    if (given !== undefined && !index.has(given)) {
      problems.error({
        ...at(i),
        ...msg.unknownCompareTo(
          given,
          names,
          closestName(
            given,
            names.filter((n) => n !== e.name),
          ),
        ),
      });
      bad = true;
      return;
    }
    if (given !== undefined) explicit.add(e.name);
    const inherited = e.use !== undefined && e.use !== e.name && index.has(e.use) ? e.use : undefined;
    target.set(e.name, given ?? inherited ?? baseline);
  });
  if (bad) return;
  // follow each chain to the baseline; a chain that meets itself is a loop, reported once at an entry that set compare_to
  const reported = new Set<string>();
  for (const name of target.keys()) {
    const chain = [name];
    let next = target.get(name) ?? null;
    while (next !== null && !chain.includes(next) && target.has(next)) {
      chain.push(next);
      next = target.get(next) ?? null;
    }
    if (next === null || !chain.includes(next)) continue;
    const loop = [...chain.slice(chain.indexOf(next)), next];
    const key = [...new Set(loop)].sort().join('\u0000');
    if (reported.has(key)) continue;
    reported.add(key);
    // a loop of defaults alone is a loop of use: (reported at the use)
    const culprit = loop.find((n) => explicit.has(n));
    if (culprit === undefined) continue;
    const from = loop.indexOf(culprit);
    problems.error({
      ...at(index.get(culprit)!),
      ...msg.compareToLoop([...loop.slice(from, -1), ...loop.slice(0, from), culprit]),
    });
  }
  for (const s of specs) s.compareTo = target.get(s.name) ?? null;
}
