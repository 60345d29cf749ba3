/**
 * YAML with positions: parse a document, then check values against a zod schema and
 * report each issue at the line and column of the offending key or value, with a
 * "did you mean" for misspelled keys.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';
import { closestName } from '../suggest.ts';

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** Parses YAML text; syntax errors are recorded with their positions and give `null`. */
export function parseYaml(text: string, file: string, problems: Problems): YamlSource | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const pos = lines.linePos(e.pos[0]);
      problems.error({ file, line: pos.line, column: pos.col, ...msg.yamlSyntax(e.message.split('\n')[0]!) });
    }
    return null;
  }
  return { file, doc, lines };
}

type Path = readonly (string | number)[];

/** Line and column of the node at `path` (or of `key` inside it), falling back to the nearest parent. */
export function positionOf(src: YamlSource, path: Path, key?: string): { line: number; column: number } {
  if (key !== undefined) {
    const map = src.doc.getIn(path, true);
    if (isMap(map)) {
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) {
        const pos = src.lines.linePos(range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? src.doc.contents : src.doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | null)?.range;
    if (range) {
      const pos = src.lines.linePos(range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/** Keys an object schema accepts at `path` (following optional, default, array and union wrappers). */
export function knownKeys(schema: z.ZodType, path: Path): string[] {
  type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; valueType?: z.ZodType; in?: z.ZodType };
  const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
  let current: z.ZodType[] = [schema];
  const unwrap = (s: z.ZodType): z.ZodType[] => {
    const d = def(s);
    if (d.innerType) return unwrap(d.innerType);
    if (d.type === 'pipe' && d.in) return unwrap(d.in);
    if (d.options) return d.options.flatMap(unwrap);
    return [s];
  };
  for (const seg of path) {
    current = current.flatMap(unwrap).flatMap((s) => {
      const d = def(s);
      if (typeof seg === 'number') return d.element ? [d.element] : [];
      if (d.shape && d.shape[seg]) return [d.shape[seg]!];
      if (d.type === 'record' && d.valueType) return [d.valueType];
      return [];
    });
  }
  return [...new Set(current.flatMap(unwrap).flatMap((s) => Object.keys(def(s).shape ?? {})))];
}

/**
 * Checks `value` (found at `basePath` of the document) against `schema`; records one
 * problem per issue and returns the parsed value, or `undefined` when there were issues.
 */
export function checkYaml<S extends z.ZodType>(schema: S, value: unknown, src: YamlSource, problems: Problems, basePath: Path = [], describe = (p: Path) => p.join('.')): z.infer<S> | undefined {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  for (const issue of res.error.issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path as (string | number)[]);
      for (const key of issue.keys) {
        const pos = positionOf(src, path, key);
        problems.error({ file: src.file, ...pos, field: describe([...path, key]), ...msg.unknownKey(key, closestName(key, known)) });
      }
      continue;
    }
    const pos = positionOf(src, path);
    const where = describe(path);
    const missing = issue.code === 'invalid_type' && src.doc.getIn(path) === undefined;
    const text = missing ? `${where || 'the scenario'} is required` : `${where ? `${where}: ` : ''}${issue.message}`;
    problems.error({ file: src.file, ...pos, field: where || undefined, ...msg.schemaIssue(text) });
  }
  return undefined;
}
