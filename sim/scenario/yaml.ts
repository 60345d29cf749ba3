/**
 * YAML with positions: parse a document, then check values against a zod schema and
 * report each issue at the line and column of the offending key or value, with a
 * "did you mean" for misspelled keys.
 */
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { msg } from '../messages.ts';
import type { Problems } from '../problems.ts';
import { closestName } from '../suggest.ts';

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The document's value (aliases expanded). */
  value: unknown;
  /** What the file is, for messages: `scenario` (default) or e.g. `mapping`. */
  subject?: string;
}

/** A path as people write it: `policies[2].name`. */
export function describePath(p: Path): string {
  return p.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}

/** Parses YAML text; syntax errors are recorded with their positions and give `null`. `subject` names the file in messages. */
export function parseYaml(text: string, file: string, problems: Problems, subject = 'scenario'): YamlSource | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    // the first syntax error is the real one; later ones are usually its echoes
    const e = doc.errors[0]!;
    const pos = lines.linePos(e.pos[0]);
    problems.error({ file, line: pos.line, column: pos.col, ...msg.yamlSyntax(e.message.split('\n')[0]!, subject) });
    return null;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml refuses aliases that expand too far (an "alias bomb"): said at the first alias
    if (!(e instanceof ReferenceError)) throw e;
    const pos = lines.linePos(firstAliasOffset(doc));
    problems.error({ file, line: pos.line, column: pos.col, ...msg.yamlAliases(subject) });
    return null;
  }
  return { file, doc, lines, value, subject };
}

/** How many alias expansions a document may need (yaml's own guard against alias bombs, made explicit). */
const MAX_ALIAS_COUNT = 100;

/** Offset of the first alias (`*name`) in the document, or 0. */
function firstAliasOffset(doc: Document.Parsed): number {
  let at = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        at = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return at;
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

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  in?: z.ZodType;
  values?: unknown[];
  entries?: Record<string, unknown>;
};
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Literal fields of an object schema (e.g. `model: 'rate-card'`), for telling union variants apart. */
function literals(s: z.ZodType): [string, unknown[]][] {
  return Object.entries(def(s).shape ?? {}).flatMap(([k, v]) =>
    def(v).type === 'literal' ? [[k, def(v).values ?? []] as [string, unknown[]]] : [],
  );
}

/** Object schemas reachable at a value through optional/default/pipe wrappers; union variants filtered by the value's literals when it has them. */
function unwrap(s: z.ZodType, value: unknown): z.ZodType[] {
  const d = def(s);
  if (d.innerType) return unwrap(d.innerType, value);
  if (d.type === 'pipe' && d.in) return unwrap(d.in, value);
  if (d.options) {
    const all = d.options.flatMap((o) => unwrap(o, value));
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      const matching = all.filter(
        (o) => literals(o).every(([k, vals]) => vals.includes(v[k])) && literals(o).length > 0,
      );
      if (matching.length) return matching;
    }
    return all;
  }
  return [s];
}

function keysOf(s: z.ZodType): string[] {
  const d = def(s);
  if (d.shape) return Object.keys(d.shape);
  if (d.type === 'record' && d.keyType) {
    const k = def(d.keyType);
    if (k.entries) return Object.keys(k.entries);
  }
  return [];
}

/**
 * Keys an object schema accepts at `path` (following optional, default, array, record and
 * union wrappers). With `root` (the document's value), union variants are narrowed to the
 * one the value selects (e.g. `shipping.model: linear`).
 */
export function knownKeys(schema: z.ZodType, path: Path, root?: unknown): string[] {
  let current: { s: z.ZodType; v: unknown }[] = [{ s: schema, v: root }];
  for (const seg of path) {
    current = current.flatMap(({ s, v }) =>
      unwrap(s, v).flatMap((u) => {
        const d = def(u);
        const next = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
        if (typeof seg === 'number') return d.element ? [{ s: d.element, v: next }] : [];
        if (d.shape && d.shape[seg]) return [{ s: d.shape[seg]!, v: next }];
        if (d.type === 'record' && d.valueType) return [{ s: d.valueType, v: next }];
        return [];
      }),
    );
  }
  return [...new Set(current.flatMap(({ s, v }) => unwrap(s, v).flatMap(keysOf)))];
}

/** The variant a key belongs to when the value selected another one, e.g. `model: rate-card`. */
function variantOf(schema: z.ZodType, path: Path, key: string): string | undefined {
  let current: z.ZodType[] = [schema];
  for (const seg of path) {
    current = current
      .flatMap((s) => unwrap(s, undefined))
      .flatMap((u) => {
        const d = def(u);
        if (typeof seg === 'number') return d.element ? [d.element] : [];
        if (d.shape && d.shape[seg]) return [d.shape[seg]!];
        if (d.type === 'record' && d.valueType) return [d.valueType];
        return [];
      });
  }
  for (const o of current.flatMap((s) => unwrap(s, undefined))) {
    if (keysOf(o).includes(key)) {
      const lit = literals(o)[0];
      if (lit) return `${lit[0]}: ${String(lit[1][0])}`;
    }
  }
  return undefined;
}

/**
 * Checks `value` (found at `basePath` of the document) against `schema`; records one
 * problem per issue and returns the parsed value, or `undefined` when there were issues.
 */
export function checkYaml<S extends z.ZodType>(
  schema: S,
  value: unknown,
  src: YamlSource,
  problems: Problems,
  basePath: Path = [],
  describe = describePath,
): z.infer<S> | undefined {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  // a misspelled key also makes its correct spelling "missing": report the typo only
  const suggested = new Set<string>();
  for (const issue of res.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = knownKeys(schema, issue.path as (string | number)[], value);
    for (const key of issue.keys) {
      const near = closestName(key, known);
      if (near) suggested.add(describePath([...(issue.path as (string | number)[]), near]));
    }
  }
  for (const issue of res.error.issues) {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path as (string | number)[], value);
      for (const key of issue.keys) {
        const pos = positionOf(src, path, key);
        const variant = variantOf(schema, issue.path as (string | number)[], key);
        const m = variant
          ? msg.keyOfOtherVariant(key, variant)
          : msg.unknownKey(key, closestName(key, known), src.subject);
        problems.error({ file: src.file, ...pos, field: describe([...path, key]), ...m });
      }
      continue;
    }
    const pos = positionOf(src, path);
    const where = describe(path);
    const missing =
      (issue.code === 'invalid_type' || issue.code === 'invalid_union') && src.doc.getIn(path) === undefined;
    if (missing && suggested.has(describePath(issue.path as (string | number)[]))) continue;
    const text = missing
      ? `${where || `the ${src.subject ?? 'scenario'}`} is required`
      : `${where ? `${where}: ` : ''}${issue.message}`;
    problems.error({ file: src.file, ...pos, field: where || undefined, ...msg.schemaIssue(text, src.subject) });
  }
  return undefined;
}
