/**
 * A column mapping applied to an export, row by row: `header()` once, then `row()` per
 * record, the way the streaming reader feeds them. Each row read is written (possibly with
 * repairs) or left out with a reason, all counted in the ImportLog. Pure: no file access.
 *
 * Per row: fill down (blank cells of the fill_down columns take the value above; for orders
 * only within the same order), skip rules, then each canonical column's value (see
 * values.ts), then the table's own checks (a destination in the US and order-level columns
 * that agree across an order's lines; unique skus, nodes and node × sku pairs).
 */
import { TABLE_DEFS, type ColumnSpec, type TableMapping } from './mapping-file.ts';
import { applySpec, type Repair } from './values.ts';
import { blank } from '../canonical.ts';
import type { ImportLog } from '../log.ts';
import { normalizeZip, stateOfZip } from '../../geo/zip.ts';
import { STATE_TIMEZONE } from '../../geo/timezones.ts';
import { importText, msg } from '../../messages.ts';
import { parseTimestamp } from '../../parse/fields.ts';
import { InputError, type Problem } from '../../problems.ts';
import { closestName } from '../../suggest.ts';

export type Row = Record<string, string>;

/** Why a row is left out. */
interface Skip {
  reason: string;
  detail: string;
}

/** The mapping of one table applied to rows; subclasses add the table's own checks. */
export class MappedRows {
  /** Canonical columns written, in order. */
  readonly output: string[];
  private readonly required: Set<string>;
  /** Columns whose bad values leave the row out (the required ones and the location columns); others are left empty. */
  private readonly strict: Set<string>;
  /** Source column index of each spec (-1 for a constant). */
  protected index: number[] = [];
  private fillIndex: number[] = [];
  private skipIndex: number[] = [];
  private last: string[] = [];
  /** An output row with every column empty. */
  private readonly empty: Row;

  /**
   * @param file the data file as named in messages
   * @param kind what the file is, for the import report
   * @param logAs the name its rows are counted under in the import log (differs from `file`
   *   when one file feeds two tables, e.g. a product export giving skus and inventory)
   */
  constructor(
    readonly mapping: TableMapping,
    readonly file: string,
    protected readonly log: ImportLog,
    kind: string,
    readonly logAs = file,
  ) {
    const def = TABLE_DEFS[mapping.table];
    const mapped = new Set(mapping.columns.map((c) => c.name));
    this.output = [...def.output, ...Object.keys(def.columns).filter((c) => mapped.has(c) && !def.output.includes(c))];
    this.required = new Set(def.required);
    this.strict = new Set([...def.required, ...(def.oneOf ?? []).flat()]);
    this.empty = blank(this.output);
    log.file(logAs, kind);
  }

  /** Finds every source column the mapping names; a missing one is an input error at the header, naming the mapping line. */
  header(cells: string[]): void {
    const header = cells.map((h) => h.trim());
    const lower = header.map((h) => h.toLowerCase());
    const problems: Problem[] = [];
    const reported = new Set<string>();
    const find = (name: string, where: string, alsoNear: string[] = []): number => {
      const i = lower.indexOf(name.toLowerCase());
      if (i < 0 && !reported.has(name.toLowerCase())) {
        reported.add(name.toLowerCase());
        const near = closestName(name, [...header.filter(Boolean), ...alsoNear]);
        problems.push({
          severity: 'error',
          file: this.file,
          line: 1,
          column: near === undefined || !header.includes(near) ? undefined : header.indexOf(near) + 1,
          field: name,
          ...msg.mappingSourceMissing(name, where, this.file, near),
        });
      }
      return i;
    };
    this.index = this.mapping.columns.map((c) => (c.source === undefined ? -1 : find(c.source, c.where)));
    // fill_down names a canonical column or a source column: a typo may be near either
    const canonical = this.mapping.columns.filter((c) => c.source !== undefined).map((c) => c.name);
    this.fillIndex = [...new Set(this.mapping.fillDown.map((f) => find(f.column, f.where, canonical)))];
    this.skipIndex = this.mapping.skip.map((r) => find(r.column, r.where));
    if (problems.length) throw new InputError(problems);
    this.last = header.map(() => '');
  }

  /**
   * Whether a row continues the previous row's group, so blank fill_down cells take the
   * values above (may fill the cells that identify the group). Every row, by default.
   */
  protected continues(_cells: string[]): boolean {
    return true;
  }

  private fill(cells: string[]): string[] {
    if (this.fillIndex.length === 0) return cells;
    const c = cells.slice();
    const same = this.continues(c);
    for (const j of this.fillIndex) {
      const v = (c[j] ?? '').trim();
      if (v === '' && same) c[j] = this.last[j]!;
      else this.last[j] = v;
    }
    return c;
  }

  /** Checks before the values' own problems (e.g. a destination outside the US). */
  protected preCheck(_out: Row, _line: number): Skip | null {
    return null;
  }

  /** The table's checks on a row whose values are all valid; may add repairs. */
  protected check(_out: Row, _line: number, _repairs: Repair[]): Skip | null {
    return null;
  }

  /** Called for each row written. */
  protected accept(_out: Row, _line: number): void {}

  /** Called for each value of a written row (e.g. to count date-times without an offset). */
  protected noteNaive(_spec: ColumnSpec): void {}

  private skipRow(line: number, s: Skip): null {
    this.log.skip(this.logAs, line, s.reason, s.detail);
    return null;
  }

  /** One data row → a canonical row, or `null` when it is left out (logged with the reason). */
  row(cells: string[], line: number): Row | null {
    this.log.read(this.logAs);
    const c = this.fill(cells);
    for (let i = 0; i < this.mapping.skip.length; i++) {
      const rule = this.mapping.skip[i]!;
      const v = (c[this.skipIndex[i]!] ?? '').trim();
      if (rule.values.has(v.toLowerCase()) === rule.when)
        return this.skipRow(line, { reason: importText.skipRule(rule.text), detail: v });
    }
    const out: Row = { ...this.empty };
    const repairs: Repair[] = [];
    const kept: Repair[] = [];
    let failure: Skip | null = null;
    const naive: ColumnSpec[] = [];
    const specs = this.mapping.columns;
    for (let i = 0; i < specs.length; i++) {
      const spec = specs[i]!;
      const j = this.index[i]!;
      const a = applySpec(spec, j < 0 ? '' : (c[j] ?? ''));
      if (!a.ok) {
        if (a.why === 'map' || this.strict.has(spec.name)) failure ??= { reason: a.reason, detail: a.detail };
        else repairs.push({ reason: `${a.reason}: left empty`, detail: a.detail });
        continue;
      }
      out[spec.name] = a.value;
      if (a.repair) repairs.push(a.repair);
      if (a.kept) kept.push(a.kept);
      if (a.naive) naive.push(spec);
    }
    const skip = this.preCheck(out, line) ?? failure ?? this.missingRequired(out) ?? this.check(out, line, repairs);
    if (skip) return this.skipRow(line, skip);
    for (const r of repairs) this.log.repair(this.logAs, line, r.reason, r.detail);
    for (const r of kept) this.log.keep(this.logAs, line, r.reason, r.detail);
    for (const s of naive) this.noteNaive(s);
    this.log.written(this.logAs);
    this.accept(out, line);
    return out;
  }

  private missingRequired(out: Row): Skip | null {
    for (const r of this.required) if (out[r] === '') return { reason: importText.empty(r), detail: '' };
    return null;
  }
}

/** Order-level columns, which must be the same on every line of an order (as the replay checks). */
const ORDER_LEVEL = [
  'placed_at',
  'customer_zip',
  'customer_lat',
  'customer_lon',
  'country',
  'ship_service',
  'promised_by',
] as const;

const US = new Set(['', 'US', 'USA', 'UNITED STATES', 'UNITED STATES OF AMERICA', 'UNITED STATES (US)']);

/** Comparable form of an order-level value (as the replay reads it). */
function levelValue(col: (typeof ORDER_LEVEL)[number], v: string): string {
  if (col === 'customer_zip') return normalizeZip(v)?.zip5 ?? v;
  if (col === 'ship_service') return (v || 'standard').toLowerCase();
  return v;
}

/** Orders: one row per order line. Blank fill_down cells are filled only from the same order's previous row. */
export class MappedOrders extends MappedRows {
  /** Each order's first written line and its order-level values. */
  private readonly orders = new Map<string, { line: number; level: string }>();
  /** Skus named by written lines, in order of first use. */
  readonly skus = new Set<string>();
  /** Local dates of the first and last written orders (`YYYY-MM-DD`), and the UTC offsets seen. */
  firstDate = '';
  lastDate = '';
  readonly offsets = new Map<number, number>();
  /** placed_at values written without a UTC offset. */
  naivePlacedAt = 0;
  private lastOrder = '';
  private orderIndex = -1;
  private fillsOrderId = false;

  override header(cells: string[]): void {
    super.header(cells);
    const spec = this.mapping.columns.findIndex((c) => c.name === 'order_id');
    this.orderIndex = this.index[spec] ?? -1;
    const source = this.mapping.columns[spec]?.source?.toLowerCase();
    this.fillsOrderId = source !== undefined && this.mapping.fillDown.some((f) => f.column.toLowerCase() === source);
  }

  protected override continues(cells: string[]): boolean {
    if (this.orderIndex < 0) return true;
    let id = (cells[this.orderIndex] ?? '').trim();
    if (id === '' && this.fillsOrderId) id = this.lastOrder;
    const same = id !== '' && id === this.lastOrder;
    this.lastOrder = id;
    return same;
  }

  protected override preCheck(out: Row): Skip | null {
    const country = out.country!.trim().toUpperCase();
    if (!US.has(country)) return { reason: importText.outsideUs, detail: out.country! };
    out.country = 'US';
    return null;
  }

  protected override check(out: Row): Skip | null {
    if (out.customer_zip === '' && !(out.customer_lat && out.customer_lon)) {
      return { reason: importText.noDestination('customer_lat' in out), detail: '' };
    }
    const level = ORDER_LEVEL.map((c) => levelValue(c, out[c] ?? '')).join('\u0000');
    const first = this.orders.get(out.order_id!);
    if (first && first.level !== level) {
      const before = first.level.split('\u0000');
      const i = ORDER_LEVEL.findIndex((c, k) => before[k] !== levelValue(c, out[c] ?? ''));
      const col = ORDER_LEVEL[i]!;
      return {
        reason: importText.differsFromFirstLine(col),
        detail: `order ${out.order_id}: ${JSON.stringify(before[i])} on line ${first.line}, ${JSON.stringify(out[col] ?? '')} here`,
      };
    }
    return null;
  }

  protected override noteNaive(spec: ColumnSpec): void {
    if (spec.name === 'placed_at') this.naivePlacedAt++;
  }

  protected override accept(out: Row, line: number): void {
    const id = out.order_id!;
    if (!this.orders.has(id))
      this.orders.set(id, { line, level: ORDER_LEVEL.map((c) => levelValue(c, out[c] ?? '')).join('\u0000') });
    this.skus.add(out.sku!);
    const date = out.placed_at!.slice(0, 10);
    if (this.firstDate === '' || date < this.firstDate) this.firstDate = date;
    if (date > this.lastDate) this.lastDate = date;
    const ts = parseTimestamp(out.placed_at!);
    if (ts.ok && ts.value.offset !== null)
      this.offsets.set(ts.value.offset, (this.offsets.get(ts.value.offset) ?? 0) + 1);
  }

  /** Orders with at least one line written. */
  get orderCount(): number {
    return this.orders.size;
  }

  /** The time zone the mapping reads placed_at in, if it gives one. */
  get timezone(): string | undefined {
    return this.mapping.columns.find((c) => c.name === 'placed_at')?.timezone;
  }
}

/** Skus: one row per sku (a repeated sku is left out; the first is kept). */
export class MappedSkus extends MappedRows {
  readonly rows = new Map<string, Row>();
  private readonly firstLine = new Map<string, number>();

  protected override check(out: Row): Skip | null {
    const first = this.firstLine.get(out.sku!);
    return first === undefined
      ? null
      : { reason: importText.skuListedAgain, detail: `${out.sku} (first on line ${first})` };
  }

  protected override accept(out: Row, line: number): void {
    this.rows.set(out.sku!, out);
    this.firstLine.set(out.sku!, line);
  }
}

/** Nodes: one row per node, located by ZIP or coordinates; a missing time zone comes from the ZIP's state. */
export class MappedNodes extends MappedRows {
  readonly rows: Row[] = [];
  private readonly firstLine = new Map<string, number>();

  protected override check(out: Row, _line: number, repairs: Repair[]): Skip | null {
    const first = this.firstLine.get(out.node_id!);
    if (first !== undefined)
      return { reason: importText.nodeListedAgain, detail: `${out.node_id} (first on line ${first})` };
    if (out.zip === '' && (out.lat === '' || out.lon === ''))
      return { reason: importText.noLocation, detail: out.node_id! };
    if (out.timezone === '' && out.zip !== '') {
      const tz = STATE_TIMEZONE[stateOfZip(normalizeZip(out.zip!)!.zip5)];
      if (tz) {
        out.timezone = tz;
        repairs.push({ reason: importText.timezoneFromZip, detail: `${out.node_id}: ${tz}` });
      }
    }
    return null;
  }

  protected override accept(out: Row, line: number): void {
    this.rows.push(out);
    this.firstLine.set(out.node_id!, line);
  }
}

/** Inventory: one row per node × sku; rows of nodes the nodes file does not list are left out. */
export class MappedInventory extends MappedRows {
  readonly rows: Row[] = [];
  /** Skus with stock rows, in order of first use. */
  readonly skus = new Set<string>();
  private readonly firstLine = new Map<string, number>();
  /** Whether a node id is in the imported nodes; unset when no nodes are imported. */
  knownNode?: (id: string) => boolean;

  protected override check(out: Row): Skip | null {
    if (this.knownNode && !this.knownNode(out.node_id!))
      return { reason: importText.nodeNotInNodesFile, detail: out.node_id! };
    const first = this.firstLine.get(`${out.node_id}\u0000${out.sku}`);
    return first === undefined
      ? null
      : { reason: importText.nodeSkuListedAgain, detail: `${out.sku} at ${out.node_id} (first on line ${first})` };
  }

  protected override accept(out: Row, line: number): void {
    this.rows.push(out);
    this.skus.add(out.sku!);
    this.firstLine.set(`${out.node_id}\u0000${out.sku}`, line);
  }
}
