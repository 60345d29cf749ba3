/**
 * YAML with positions on small documents and a small zod schema: paths in words, syntax
 * errors at their position, node positions, the keys a schema accepts, and each schema
 * issue at the line and column of its key or value.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkYaml, describePath, knownKeys, parseYaml, positionOf } from '../../sim/scenario/yaml.ts';
import { Problems } from '../../sim/problems.ts';

const schema = z.strictObject({
  name: z.string(),
  count: z.number().int().min(1).default(1),
  shipping: z
    .discriminatedUnion('model', [
      z.strictObject({ model: z.literal('linear'), per_package: z.number() }),
      z.strictObject({ model: z.literal('rate-card'), dim_divisor: z.number().default(139) }),
    ])
    .optional(),
  items: z.array(z.strictObject({ sku: z.string(), qty: z.number() })).default([]),
});

function check(text: string, file = 'x.yaml') {
  const problems = new Problems();
  const src = parseYaml(text, file, problems)!;
  const value = checkYaml(schema, src.doc.toJS(), src, problems);
  return {
    value,
    problems: problems.list.map((p) => [p.line, p.column, p.field, p.code, p.message]),
    hints: problems.list.map((p) => p.hint),
  };
}

describe('describePath', () => {
  it('writes paths as people do', () => {
    expect(describePath(['policies', 2, 'name'])).toBe('policies[2].name');
    expect(describePath(['a', 'b'])).toBe('a.b');
    expect(describePath([0, 'x'])).toBe('[0].x');
    expect(describePath([])).toBe('');
  });
});

describe('parseYaml', () => {
  it('parses valid YAML', () => {
    const problems = new Problems();
    const src = parseYaml('name: a\ncount: 2\n', 'x.yaml', problems);
    expect(problems.list).toEqual([]);
    expect(src!.doc.toJS()).toEqual({ name: 'a', count: 2 });
    expect(src!.subject).toBe('scenario');
  });

  it('reports the first syntax error at its line and column, naming the subject, and gives null', () => {
    const problems = new Problems();
    // line 2 repeats the key "name" at column 1
    expect(parseYaml('name: a\nname: b\n', 'm.yaml', problems, 'mapping')).toBeNull();
    expect(problems.list.map((p) => [p.severity, p.file, p.line, p.column, p.code])).toEqual([
      ['error', 'm.yaml', 2, 1, 'yaml-syntax'],
    ]);
    expect(problems.list[0]!.message).toMatch(/^the mapping is not valid YAML: /);
  });

  it('an empty document parses to null content without problems', () => {
    const problems = new Problems();
    const src = parseYaml('', 'x.yaml', problems);
    expect(problems.list).toEqual([]);
    expect(src!.doc.toJS()).toBeNull();
  });
});

describe('positionOf', () => {
  const src = parseYaml('name: a\nitems:\n  - sku: A\n    qty: 2\n', 'x.yaml', new Problems())!;
  it('finds a value, or a key inside a map', () => {
    expect(positionOf(src, ['items', 0, 'qty'])).toEqual({ line: 4, column: 10 }); // "    qty: 2": the 2 at column 10
    expect(positionOf(src, ['items', 0], 'qty')).toEqual({ line: 4, column: 5 }); // the key qty at column 5
  });
  it('falls back to the nearest parent that exists', () => {
    expect(positionOf(src, ['items', 0, 'missing'])).toEqual({ line: 3, column: 5 }); // the map of item 0 starts at "sku"
    expect(positionOf(src, ['items', 0], 'missing')).toEqual({ line: 3, column: 5 });
    expect(positionOf(src, ['nothing'])).toEqual({ line: 1, column: 1 }); // the document
  });
});

describe('knownKeys', () => {
  it('lists the keys at a path, through defaults, arrays and optional unions', () => {
    expect(knownKeys(schema, [])).toEqual(['name', 'count', 'shipping', 'items']);
    expect(knownKeys(schema, ['items', 0])).toEqual(['sku', 'qty']);
    expect(knownKeys(schema, ['shipping'])).toEqual(['model', 'per_package', 'dim_divisor']);
    expect(knownKeys(schema, ['name'])).toEqual([]);
  });
  it('narrows a union to the variant the value selects', () => {
    expect(knownKeys(schema, ['shipping'], { shipping: { model: 'linear' } })).toEqual(['model', 'per_package']);
  });
});

describe('checkYaml', () => {
  it('returns the parsed value with defaults when valid', () => {
    expect(check('name: a\n')).toEqual({ value: { name: 'a', count: 1, items: [] }, problems: [], hints: [] });
  });

  it('reports a bad value at the value', () => {
    const r = check('name: a\ncount: 0\n');
    expect(r.value).toBeUndefined();
    expect(r.problems).toEqual([[2, 8, 'count', 'bad-setting', 'count: Too small: expected number to be >=1']]);
  });

  it('reports a missing key as required, at its parent', () => {
    expect(check('count: 2\n').problems).toEqual([[1, 1, 'name', 'bad-setting', 'name is required']]);
    expect(check('name: a\nitems:\n  - sku: A\n').problems).toEqual([
      [3, 5, 'items[0].qty', 'bad-setting', 'items[0].qty is required'],
    ]);
  });

  it('reports a misspelled key at the key with a "did you mean", and not the key it makes missing', () => {
    const r = check('nmae: a\n');
    expect(r.problems).toEqual([[1, 1, 'nmae', 'unknown-key', '"nmae" is not a scenario setting here']]);
    expect(r.hints).toEqual(['did you mean "name"?']);
  });

  it('reports a key of the other union variant as not applying here', () => {
    const r = check('name: a\nshipping:\n  model: linear\n  per_package: 8\n  dim_divisor: 100\n');
    expect(r.problems).toEqual([[5, 3, 'shipping.dim_divisor', 'unknown-key', '"dim_divisor" does not apply here']]);
    expect(r.hints).toEqual(['it is a setting of model: rate-card; remove it, or switch to model: rate-card']);
  });

  it('an empty document (null, present) is a type issue at 1:1 with no field; parseScenario reports empty files before this', () => {
    expect(check('').problems).toEqual([
      [1, 1, undefined, 'bad-setting', 'Invalid input: expected object, received null'],
    ]);
  });
});
