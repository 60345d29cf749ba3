/**
 * Reading a parsed CSV table by column name, with every problem recorded at its
 * file:line:column. Table parsers (orders, skus, …) are written against this reader.
 */
import { eachCsvRecord, type CsvTable, type ReadOptions } from './csv.ts';
import type { FieldResult } from './fields.ts';
import { msg, type MessageText } from '../messages.ts';
import { Problems } from '../problems.ts';
import { closestName } from '../suggest.ts';

export interface TableSchema {
  /** Columns that must be present. */
  required: readonly string[];
  /** Optional columns the table understands. */
  optional: readonly string[];
  /** Groups of which at least one must be fully present, e.g. [['customer_zip'], ['customer_lat', 'customer_lon']]. */
  oneOf?: readonly (readonly string[])[];
}

/** Cursor over the rows of a table that records problems at the current row. */
export class TableReader {
  readonly file: string;
  /** Column index by name (only columns present). */
  private readonly index = new Map<string, number>();
  /** False when required columns are missing: the rows cannot be read. */
  readonly usable: boolean;
  /** The current row's cells and line. */
  private cells: readonly string[] = [];
  private lineNo = 0;
  /** False once any error was recorded on the current row. */
  rowOk = true;

  constructor(
    readonly table: CsvTable,
    schema: TableSchema,
    private readonly problems: Problems,
  ) {
    this.file = table.file;
    const known = new Set([...schema.required, ...schema.optional, ...(schema.oneOf ?? []).flat()]);
    const extras: string[] = [];
    let usable = true;
    table.header.forEach((h, i) => {
      const name = h.trim();
      if (this.index.has(name)) {
        problems.error({
          file: this.file,
          line: table.headerLine,
          column: i + 1,
          field: name,
          ...msg.duplicateColumn(name),
        });
        usable = false;
      } else this.index.set(name, i);
      if (!known.has(name)) extras.push(name);
    });
    for (const col of schema.required) {
      if (!this.index.has(col)) {
        const near = closestName(col, extras);
        const column = near === undefined ? undefined : table.header.findIndex((h) => h.trim() === near) + 1;
        problems.error({
          file: this.file,
          line: table.headerLine,
          column,
          field: col,
          ...msg.missingColumn(col, this.file, near),
        });
        usable = false;
      }
    }
    if (schema.oneOf && !schema.oneOf.some((group) => group.every((c) => this.index.has(c)))) {
      problems.error({
        file: this.file,
        line: table.headerLine,
        ...msg.missingOneOf(schema.oneOf.map((g) => g.join(' + '))),
      });
      usable = false;
    }
    if (extras.length) problems.note({ file: this.file, line: table.headerLine, ...msg.extraColumns(extras) });
    this.usable = usable;
  }

  /** Number of data rows. */
  get length(): number {
    return this.table.rows.length;
  }
  /** Moves to data row `i` (0-based) and clears the row's error flag. */
  at(i: number): this {
    return this.onto(this.table.rows[i]!, this.table.lines[i]!);
  }
  /** Moves to a row given by its cells and line (a table read row by row) and clears the row's error flag. */
  onto(cells: readonly string[], line: number): this {
    this.cells = cells;
    this.lineNo = line;
    this.rowOk = true;
    return this;
  }
  /** 1-based line of the current row. */
  get line(): number {
    return this.lineNo;
  }
  /** Whether the table has this column. */
  hasColumn(name: string): boolean {
    return this.index.has(name);
  }
  /** Cell text of the current row, trimmed; '' when the column is absent. */
  text(name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }
  /** Records an error at the current row in `name`'s column. */
  error(name: string, m: MessageText): void {
    this.rowOk = false;
    this.problems.error({ file: this.file, line: this.line, column: this.column(name), field: name, ...m });
  }
  /** Records a warning at the current row in `name`'s column. */
  warning(name: string, m: MessageText): void {
    this.problems.warning({ file: this.file, line: this.line, column: this.column(name), field: name, ...m });
  }
  /**
   * Parses a cell. Empty cells give `fallback` (or an error when `required`); bad values
   * record an error and give `undefined`.
   */
  get<T>(name: string, parser: (text: string) => FieldResult<T>, opts: { required?: boolean } = {}): T | undefined {
    const t = this.text(name);
    if (t === '') {
      if (opts.required) this.error(name, msg.required(name));
      return undefined;
    }
    const res = parser(t);
    if (res.ok) return res.value;
    this.error(name, res.error);
    return undefined;
  }
  private column(name: string): number | undefined {
    const i = this.index.get(name);
    return i === undefined ? undefined : i + 1;
  }
}

/**
 * Reads every row of a table with `build`, keeping the rows on which no error was
 * recorded. Returns [] when required columns are missing (already reported).
 * @example readRows(table, SKU_COLUMNS, problems, (r) => ({ line: r.line, sku: r.text('sku') }))
 */
export function readRows<T>(
  table: CsvTable,
  schema: TableSchema,
  problems: Problems,
  build: (r: TableReader) => T,
): T[] {
  const r = new TableReader(table, schema, problems);
  if (!r.usable) return [];
  const out: T[] = [];
  for (let i = 0; i < r.length; i++) {
    r.at(i);
    const row = build(r);
    if (r.rowOk) out.push(row);
  }
  return out;
}

/** A table read row by row (`readTableRows`): its header, how many rows it has, the rows kept. */
export interface ReadTable<T> {
  header: string[];
  headerLine: number;
  /** Data rows of the header's width (those `build` saw, kept or not). */
  count: number;
  rows: T[];
}

/**
 * Parses CSV text and reads its rows with `build` as `fromCSV` then `readRows` would, without
 * holding the table of cells: each row is built as it is read, so only the rows kept stay in
 * memory. Problems are recorded in the same order, at the same file:line:column (the text's
 * own first, then the header's and the cells'); `requireRows`: a table with no data row is an
 * error (`noDataRows`), recorded before the header's. `null` when the text cannot be parsed
 * (its problem recorded, no row's).
 */
export function readTableRows<T>(
  text: string | Iterable<string>,
  file: string,
  schema: TableSchema,
  problems: Problems,
  build: (r: TableReader) => T,
  { requireRows = false, ...options }: ReadOptions & { requireRows?: boolean } = {},
): ReadTable<T> | null {
  // the header's and cells' problems wait for the text's own (reported once it all parses)
  const own = new Problems();
  let r: TableReader | null = null;
  const rows: T[] = [];
  const read = eachCsvRecord(
    text,
    file,
    problems,
    (cells, line) => {
      if (!r!.usable) return;
      r!.onto(cells, line);
      const row = build(r!);
      if (r!.rowOk) rows.push(row);
    },
    options,
    (header, headerLine) => {
      r = new TableReader({ file, header, headerLine, rows: [], lines: [] }, schema, own);
    },
  );
  if (!read) return null;
  if (requireRows && read.rows === 0) problems.error({ file, line: 1, ...msg.noDataRows() });
  for (const p of own.list) problems.add(p);
  return { header: read.header, headerLine: read.headerLine, count: read.rows, rows };
}
