/**
 * resolveCompareTo on hand-written policy lists: the default (the entry `use`d, else the
 * baseline), an explicit compare_to, and each problem at the line and column of its value.
 */
import { describe, expect, it } from 'vitest';
import { resolveCompareTo } from '../../sim/scenario/compare-to.ts';
import type { PolicySpec } from '../../sim/scenario/parse.ts';
import type { PolicyEntry } from '../../sim/scenario/schema.ts';
import { parseYaml } from '../../sim/scenario/yaml.ts';
import { Problems } from '../../sim/problems.ts';

/** Resolves the entries of a `policies:` YAML list with `base` as the baseline. */
function resolve(yaml: string, base = 'b') {
  const problems = new Problems();
  const src = parseYaml(yaml, 's.yaml', problems)!;
  const entries = (src.doc.toJS() as { policies: PolicyEntry[] }).policies;
  const specs = entries.map((e) => ({ name: e.name, compareTo: 'unset' }) as unknown as PolicySpec);
  resolveCompareTo(entries, specs, base, src, problems);
  return {
    to: Object.fromEntries(specs.map((s) => [s.name, s.compareTo])),
    problems: problems.list.map((p) => [p.file, p.line, p.column, p.field, p.code, p.message]),
  };
}

describe('resolveCompareTo', () => {
  it('defaults to the baseline, or to the entry an entry uses; the baseline compares to nothing', () => {
    const r = resolve('policies:\n  - name: b\n  - name: p\n  - name: q\n    use: p\n  - name: r\n    use: cheapest\n');
    // q uses p (an entry): compare to p; r uses a built-in policy, not an entry: the baseline
    expect(r).toEqual({ to: { b: null, p: 'b', q: 'p', r: 'b' }, problems: [] });
  });

  it('takes an explicit compare_to over the inherited entry', () => {
    const r = resolve('policies:\n  - name: b\n  - name: p\n  - name: q\n    use: p\n    compare_to: b\n');
    expect(r.to).toEqual({ b: null, p: 'b', q: 'b' });
  });

  it('one entry, the baseline: nothing to compare to', () => {
    expect(resolve('policies:\n  - name: b\n')).toEqual({ to: { b: null }, problems: [] });
  });

  it('an unknown name is an error at its value, and leaves every compareTo unset', () => {
    // line 4 is "    compare_to: bb"; the value starts at column 17
    const r = resolve('policies:\n  - name: b\n  - name: p\n    compare_to: bb\n');
    expect(r.problems).toEqual([
      [
        's.yaml',
        4,
        17,
        'policies[1].compare_to',
        'unknown-compare-to',
        'compare_to "bb" is not one of the scenario\'s policies',
      ],
    ]);
    expect(r.to).toEqual({ b: 'unset', p: 'unset' });
  });

  it('a compare_to on the baseline is an error', () => {
    const r = resolve('policies:\n  - name: b\n    compare_to: p\n  - name: p\n');
    expect(r.problems).toEqual([
      [
        's.yaml',
        3,
        17,
        'policies[0].compare_to',
        'baseline-compare-to',
        '"b" is the baseline, the first rung of every effect ladder, so it is compared with nothing',
      ],
    ]);
  });

  it('a two-entry loop is reported once, at the first entry that set compare_to', () => {
    const r = resolve('policies:\n  - name: b\n  - name: p\n    compare_to: q\n  - name: q\n    compare_to: p\n');
    expect(r.problems).toEqual([
      ['s.yaml', 4, 17, 'policies[1].compare_to', 'compare-to-loop', 'compare_to goes round in a loop: p → q → p'],
    ]);
  });

  it('a loop through a default (q uses p, p compares to q) names the entry that set compare_to', () => {
    const r = resolve('policies:\n  - name: b\n  - name: p\n    compare_to: q\n  - name: q\n    use: p\n');
    expect(r.problems.map((p) => [p[1], p[5]])).toEqual([[4, 'compare_to goes round in a loop: p → q → p']]);
  });

  it('an entry compared to itself is a loop of one', () => {
    const r = resolve('policies:\n  - name: b\n  - name: p\n    compare_to: p\n');
    expect(r.problems.map((p) => p[5])).toEqual(['compare_to goes round in a loop: p → p']);
  });

  it('a repeated name is resolved by its first entry', () => {
    const r = resolve('policies:\n  - name: b\n  - name: p\n  - name: p\n    compare_to: nowhere\n');
    // the second "p" is skipped (duplicate names are reported by the scenario parser), so its bad compare_to is not read
    expect(r).toEqual({ to: { b: null, p: 'b' }, problems: [] });
  });
});
