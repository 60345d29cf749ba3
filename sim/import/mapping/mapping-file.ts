/**
 * The column mapping file of `routelab import csv`: for each canonical table (orders, skus,
 * inventory, nodes), which source column or constant fills each canonical column, how its
 * values are transformed, which rows are left out and which columns are filled down.
 * Checked strictly: an unknown key or canonical column, a setting that does not apply to a
 * column, or a constant that is not a valid value is an error at its line and column, with
 * a "did you mean" for misspellings.
 *
 * @example
 * orders:
 *   file: orders.csv
 *   columns:
 *     order_id: Order Number
 *     placed_at: { column: Order Date, format: "yyyy-MM-dd HH:mm:ss", timezone: America/Chicago }
 *     quantity: Quantity
 *   skip:
 *     - { column: Order Status, in: [failed, draft] }
 *   fill_down: [order_id, placed_at]
 */
import { z } from 'zod';
import { INVENTORY_OUT, NODE_OUT, ORDER_OUT, SKU_OUT } from '../canonical.ts';
import { msg, schemaText } from '../../messages.ts';
import { NODE_TYPES } from '../../parse/types.ts';
import type { Problems } from '../../problems.ts';
import { checkYaml, parseYaml, positionOf, type YamlSource } from '../../scenario/yaml.ts';
import { isValidTimeZone } from '../../time/zone.ts';
import { checkValue, describeKind, type ColumnSpec, type Kind } from './values.ts';

export const TABLES = ['orders', 'skus', 'inventory', 'nodes'] as const;
export type Table = (typeof TABLES)[number];

/** What a canonical table accepts: column kinds, required columns, and the columns written. */
export interface TableDef {
  columns: Record<string, Kind>;
  required: readonly string[];
  /** At least one of these column groups must be mapped in full (a ZIP, or coordinates). */
  oneOf?: readonly (readonly string[])[];
  /** Columns always written, in order; other mapped columns follow. */
  output: readonly string[];
}

const text: Kind = { type: 'text' };
const money: Kind = { type: 'number', min: 0 };
const lat: Kind = { type: 'number', min: -90, max: 90 };
const lon: Kind = { type: 'number', min: -180, max: 180 };

/** The canonical columns of each table (DESIGN §3) and what their values must be. */
export const TABLE_DEFS: Record<Table, TableDef> = {
  orders: {
    columns: {
      order_id: text,
      placed_at: { type: 'timestamp' },
      sku: text,
      quantity: { type: 'integer', min: 1 },
      customer_zip: { type: 'zip' },
      customer_lat: lat,
      customer_lon: lon,
      customer_state: text,
      country: text,
      ship_service: text,
      unit_price: money,
      promised_by: { type: 'date' },
      tags: text,
      status: { type: 'choice', options: ['fulfilled', 'cancelled'] },
      fulfilled_from: text,
      shipped_at: { type: 'timestamp' },
      delivered_at: { type: 'timestamp' },
      shipping_cost: money,
    },
    required: ['order_id', 'placed_at', 'sku', 'quantity'],
    oneOf: [['customer_zip'], ['customer_lat', 'customer_lon']],
    output: ORDER_OUT,
  },
  skus: {
    columns: {
      sku: text,
      name: text,
      category: text,
      weight_lb: money,
      length_in: money,
      width_in: money,
      height_in: money,
      unit_cost: money,
      unit_price: money,
      fragile: { type: 'boolean' },
      oversize: { type: 'boolean' },
    },
    required: ['sku'],
    output: SKU_OUT,
  },
  inventory: {
    columns: {
      node_id: text,
      sku: text,
      on_hand: { type: 'integer', min: 0, keepNegative: true },
      as_of: { type: 'date' },
    },
    required: ['node_id', 'sku', 'on_hand'],
    output: INVENTORY_OUT,
  },
  nodes: {
    columns: {
      node_id: text,
      type: { type: 'choice', options: NODE_TYPES },
      name: text,
      zip: { type: 'zip' },
      lat,
      lon,
      timezone: { type: 'timezone' },
      cutoff: { type: 'time' },
      ship_days: { type: 'ship-days' },
      daily_order_capacity: { type: 'integer', min: 1 },
      pick_cost_per_order: money,
      pick_cost_per_extra_unit: money,
      inventory_accuracy: { type: 'fraction' },
      safety_stock: { type: 'integer', min: 0 },
      active_from: { type: 'date' },
      active_to: { type: 'date' },
      tags: text,
    },
    required: ['node_id', 'type'],
    oneOf: [['zip'], ['lat', 'lon']],
    output: NODE_OUT,
  },
};

/** A position in the mapping file. */
export interface Position {
  line: number;
  column: number;
}

export type { ColumnSpec } from './values.ts';

/** A rule that leaves rows out, by the value of a source column. */
export interface SkipRule {
  column: string;
  /** Values (lower case, trimmed) that leave a row out (`in`), or the only ones kept (`not_in` = false). */
  values: Set<string>;
  /** true for `in`, false for `not_in`. */
  when: boolean;
  /** The rule in words, for the import report: `Order Status in [failed, draft]`. */
  text: string;
  where: string;
}

export interface TableMapping {
  table: Table;
  /** Input file as written in the mapping (relative to it), if any. */
  file?: string;
  /** Where `file:` (or else the section) is, for messages. */
  fileAt: Position;
  columns: ColumnSpec[];
  skip: SkipRule[];
  /** Source columns filled down: a canonical column's source, or a source column named directly. */
  fillDown: { column: string; where: string }[];
}

export interface Mapping {
  /** The mapping file as named in messages. */
  file: string;
  tables: Partial<Record<Table, TableMapping>>;
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const optionalScalar = z.union([scalar, z.null()]);

const specObject = z.strictObject({
  /** Source column name. */
  column: z.string().min(1).optional(),
  /** A constant. */
  value: scalar.optional(),
  default: optionalScalar.optional(),
  map: z.record(z.string(), optionalScalar).optional(),
  zip: z.boolean({ error: schemaText.trueOrFalse }).optional(),
  format: z.string().min(1).optional(),
  timezone: z.string().refine(isValidTimeZone, { message: schemaText.timeZone }).optional(),
  multiply: z
    .number()
    .refine((v) => Number.isFinite(v) && v !== 0, { message: schemaText.nonZero })
    .optional(),
});

const skipRule = z.strictObject({
  column: z.string().min(1),
  in: z.array(scalar).min(1).optional(),
  not_in: z.array(scalar).min(1).optional(),
});

function tableSchema(t: Table) {
  // each column's settings are checked on their own (checkSpec), so their problems point inside the object
  const columns = Object.fromEntries(Object.keys(TABLE_DEFS[t].columns).map((c) => [c, z.unknown().optional()]));
  return z.strictObject({
    file: z.string().min(1).optional(),
    columns: z.strictObject(columns),
    skip: z.array(skipRule).default([]),
    fill_down: z.array(z.string().min(1)).default([]),
  });
}

export const mappingSchema = z.strictObject({
  orders: tableSchema('orders').optional(),
  skus: tableSchema('skus').optional(),
  inventory: tableSchema('inventory').optional(),
  nodes: tableSchema('nodes').optional(),
});

type RawTable = NonNullable<z.infer<typeof mappingSchema>['orders']>;
type RawSpec = z.infer<typeof specObject>;

const str = (v: string | number | boolean | null | undefined): string | undefined =>
  v === undefined ? undefined : v === null ? '' : String(v).trim();

/** moment.js-style tokens people write by habit; luxon reads them differently. */
const MOMENT_TOKENS = /(^|[^'])(YYYY|YY|DD|Do)/;

/** Checks a luxon format string for the common mistakes; returns what is wrong, or undefined. */
function formatMistake(format: string): string | undefined {
  const unquoted = format.replace(/'[^']*'/g, "''");
  if (MOMENT_TOKENS.test(unquoted))
    return `format ${JSON.stringify(format)} uses moment.js tokens: luxon's are case-sensitive; write yyyy for the year and dd for the day of the month (e.g. "yyyy-MM-dd HH:mm:ss")`;
  if (!/[yLMd]/.test(unquoted))
    return `format ${JSON.stringify(format)} has no date in it: write at least yyyy, MM and dd (luxon tokens, e.g. "MM/dd/yyyy h:mm a")`;
  return undefined;
}

/**
 * Parses and checks a mapping file's text. Returns `null` (with every problem recorded at
 * its line and column) when anything is wrong.
 */
export function parseMapping(text: string, file: string, problems: Problems): Mapping | null {
  const src = parseYaml(text, file, problems, 'mapping');
  if (!src) return null;
  const raw = src.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || Object.keys(raw).length === 0) {
    problems.error({ file, line: 1, column: 1, ...msg.emptyMapping() });
    return null;
  }
  const checked = checkYaml(mappingSchema, raw, src, problems);
  if (!checked) {
    // the columns' own settings are still checked, so every problem shows at once
    for (const t of TABLES) {
      const cols = (raw as Record<string, { columns?: unknown } | undefined>)[t]?.columns;
      if (!cols || typeof cols !== 'object' || Array.isArray(cols)) continue;
      for (const [name, v] of Object.entries(cols))
        if (name in TABLE_DEFS[t].columns) checkSpec(t, name, v, src, problems);
    }
    return null;
  }
  const before = problems.errors.length;
  const tables: Mapping['tables'] = {};
  for (const t of TABLES) {
    const section = checked[t];
    if (section) tables[t] = compileTable(t, section, src, problems);
  }
  return problems.errors.length > before ? null : { file, tables };
}

/** One column's setting (a source column name, or an object of settings) → its spec, or undefined after recording problems. */
function checkSpec(
  table: Table,
  name: string,
  value: unknown,
  src: YamlSource,
  problems: Problems,
): ColumnSpec | undefined {
  const kind = TABLE_DEFS[table].columns[name]!;
  const field = `${table}.columns.${name}`;
  const path = [table, 'columns', name];
  const where = (p: Position) => `${src.file}:${p.line}:${p.column}`;
  const error: ErrorAt = (p, f, detail, hint) =>
    problems.error({ file: src.file, ...p, field: f, ...msg.badMapping(detail, hint) });
  if (typeof value === 'string' && value.trim() !== '')
    return { name, kind, source: value.trim(), zip: false, where: where(positionOf(src, path)) };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    error(
      positionOf(src, path),
      field,
      `${field}: write the source column name, or settings such as { column: Order Date, format: "yyyy-MM-dd" } or { value: US }`,
    );
    return undefined;
  }
  const s = checkYaml(specObject, value, src, problems, path);
  if (!s) return undefined;
  const spec = compileSpec(
    name,
    kind,
    s,
    field,
    (key) => positionOf(src, path, key),
    (p) => positionOf(src, [...path, ...p]),
    error,
  );
  return spec && { ...spec, where: where(positionOf(src, [...path, spec.source !== undefined ? 'column' : 'value'])) };
}

function compileTable(table: Table, raw: RawTable, src: YamlSource, problems: Problems): TableMapping {
  const def = TABLE_DEFS[table];
  const at = (path: (string | number)[], key?: string) => positionOf(src, [table, ...path], key);
  const where = (p: Position) => `${src.file}:${p.line}:${p.column}`;
  const error: ErrorAt = (p, field, detail, hint) =>
    problems.error({ file: src.file, ...p, field, ...msg.badMapping(detail, hint) });

  const columns: ColumnSpec[] = [];
  // in the order they are written, so problems are listed top to bottom
  const written = Object.keys((src.doc.toJS() as Record<string, { columns: object }>)[table]!.columns);
  for (const name of written) {
    const value = raw.columns[name as keyof typeof raw.columns];
    if (value === undefined) continue;
    const spec = checkSpec(table, name, value, src, problems);
    if (spec) columns.push(spec);
  }

  // columns written in the mapping (even with bad settings, which are reported on their own)
  const mapped = new Set(
    Object.entries(raw.columns)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k),
  );
  const missing = def.required.filter((c) => !mapped.has(c));
  if (def.oneOf && !def.oneOf.some((g) => g.every((c) => mapped.has(c))))
    missing.push(def.oneOf.map((g) => g.join(' + ')).join(' or '));
  for (const m of missing)
    problems.error({
      file: src.file,
      ...at([], 'columns'),
      field: `${table}.columns`,
      ...msg.mappingNeedsColumn(table, m),
    });

  const skip: SkipRule[] = raw.skip.map((r, i) => {
    const list = r.in ?? r.not_in ?? [];
    if ((r.in === undefined) === (r.not_in === undefined))
      error(
        at(['skip', i]),
        `${table}.skip[${i}]`,
        `${table}.skip[${i}] needs either in: [values] (rows to leave out) or not_in: [values] (the only rows to keep)`,
      );
    const values = list.map((v) => String(v).trim());
    return {
      column: r.column.trim(),
      values: new Set(values.map((v) => v.toLowerCase())),
      when: r.in !== undefined,
      text: `${r.column.trim()} ${r.in !== undefined ? 'in' : 'not in'} [${values.join(', ')}]`,
      where: where(at(['skip', i, 'column'])),
    };
  });

  const fillDown: TableMapping['fillDown'] = [];
  raw.fill_down.forEach((name, i) => {
    const p = at(['fill_down', i]);
    const n = name.trim();
    if (n in def.columns) {
      const spec = columns.find((c) => c.name === n);
      if (!spec) {
        if (raw.columns[n as keyof typeof raw.columns] === undefined)
          error(
            p,
            `${table}.fill_down[${i}]`,
            `${table}.fill_down: ${n} is not mapped in ${table}.columns`,
            `map ${n} to a source column, or remove it from fill_down`,
          );
      } else if (spec.source === undefined)
        error(
          p,
          `${table}.fill_down[${i}]`,
          `${table}.fill_down: ${n} is a constant (value:), there is nothing to fill down`,
          `remove ${n} from fill_down`,
        );
      else fillDown.push({ column: spec.source, where: where(p) });
    } else fillDown.push({ column: n, where: where(p) }); // a source column, checked against the header
  });

  const fileAt = raw.file !== undefined ? at(['file']) : positionOf(src, [], table);
  return { table, file: raw.file, fileAt, columns, skip, fillDown };
}

type ErrorAt = (p: Position, field: string, detail: string, hint?: string) => void;

/** Checks one column's settings; returns the spec (without `where`), or undefined after recording problems. */
function compileSpec(
  name: string,
  kind: Kind,
  s: RawSpec,
  field: string,
  keyAt: (key: string) => Position,
  valueAt: (path: (string | number)[]) => Position,
  error: ErrorAt,
): Omit<ColumnSpec, 'where'> | undefined {
  let ok = true;
  const reported = new Set<string | undefined>();
  const fail = (key: string | undefined, detail: string, hint?: string) => {
    ok = false;
    if (key !== undefined && reported.has(key)) return; // one problem per setting
    reported.add(key);
    error(key === undefined ? valueAt([]) : keyAt(key), key === undefined ? field : `${field}.${key}`, detail, hint);
  };
  const isTime = kind.type === 'timestamp' || kind.type === 'date';
  const isNumber = kind.type === 'integer' || kind.type === 'number' || kind.type === 'fraction';
  if (s.column === undefined && s.value === undefined)
    fail(undefined, `${field} needs column: (the source column) or value: (a constant)`);
  if (s.column !== undefined && s.value !== undefined) fail('value', `${field} has both column: and value:; give one`);
  if (s.value !== undefined) {
    for (const k of ['default', 'map', 'zip', 'format', 'timezone', 'multiply'] as const)
      if (s[k] !== undefined)
        fail(k, `${field}: ${k} does not apply to a constant (value:)`, `remove ${k}, or read the value from a column`);
  }
  if (s.map !== undefined) {
    for (const k of ['zip', 'format', 'timezone', 'multiply'] as const)
      if (s[k] !== undefined)
        fail(
          k,
          `${field}: ${k} cannot be combined with map (map gives the final values)`,
          `remove ${k}, or write the map's values in canonical form`,
        );
  }
  if (s.zip !== undefined && kind.type !== 'zip')
    fail('zip', `${field}: zip applies only to ZIP columns (orders customer_zip, nodes zip)`);
  if (s.format !== undefined && !isTime) fail('format', `${field}: format applies only to date and date-time columns`);
  if (s.format !== undefined && isTime) {
    const m = formatMistake(s.format);
    if (m)
      fail(
        'format',
        `${field}: ${m}`,
        'see luxon\'s "Table of tokens" (moment.github.io/luxon, Parsing); quote literal text in single quotes',
      );
  }
  if (s.timezone !== undefined && kind.type !== 'timestamp')
    fail('timezone', `${field}: timezone applies only to date-time columns (placed_at, shipped_at, delivered_at)`);
  if (s.multiply !== undefined && !isNumber)
    fail('multiply', `${field}: multiply applies only to number columns (${describeKind(kind)} expected here)`);

  // constants must already be valid canonical values
  const constant = (v: string, key: string, at?: (string | number)[]) => {
    if (v === '') return v;
    const c = checkValue(kind, v);
    if (!c.ok) {
      ok = false;
      error(
        at ? valueAt(at) : keyAt(key),
        `${field}.${key}`,
        `${field}: ${JSON.stringify(v)} is not ${describeKind(kind)}`,
        `write ${describeKind(kind)} here`,
      );
      return v;
    }
    return c.value;
  };
  const value = s.value === undefined ? undefined : constant(String(s.value).trim(), 'value', ['value']);
  const dflt = s.default === undefined ? undefined : constant(str(s.default)!, 'default', ['default']);
  let map: Map<string, string> | undefined;
  if (s.map !== undefined) {
    map = new Map();
    const firstKey = new Map<string, string>();
    for (const [k, v] of Object.entries(s.map)) {
      const key = k.trim().toLowerCase();
      if (firstKey.has(key))
        fail(
          undefined,
          `${field}.map lists ${JSON.stringify(k)} twice (map keys are matched ignoring case; first: ${JSON.stringify(firstKey.get(key))})`,
        );
      firstKey.set(key, k);
      map.set(key, constant(str(v)!, `map.${k}`, ['map', k]));
    }
  }
  if (!ok) return undefined;
  return {
    name,
    kind,
    source: s.column?.trim(),
    value,
    default: dflt,
    map,
    zip: s.zip ?? false,
    format: s.format,
    timezone: s.timezone,
    multiply: s.multiply,
  };
}
