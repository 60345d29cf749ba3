/**
 * The import log: every row an importer read, wrote, skipped or repaired, and every value
 * written as exported although a check will flag it (a negative on-hand count), so the import
 * report can account for every input row (read = written + skipped, per file).
 */

export type ImportAction = 'skipped' | 'repaired' | 'kept-as-exported';

export interface ImportEntry {
  file: string;
  line: number;
  action: ImportAction;
  /** Short stable reason, e.g. `gift card (does not require shipping)`. */
  reason: string;
  /** The value or detail that triggered it. */
  detail: string;
}

export interface FileTotals {
  file: string;
  /** What the file is, e.g. `Shopify orders export`. */
  kind: string;
  read: number;
  written: number;
  skipped: number;
  repaired: number;
  /** Rows written with a value kept as exported that `validate` and the parser flag (a negative count). */
  kept: number;
}

/** Collects import outcomes; entries are kept in full for import-issues.csv. */
export class ImportLog {
  readonly entries: ImportEntry[] = [];
  private readonly totals = new Map<string, FileTotals>();

  /** Registers a file before its rows are counted. */
  file(file: string, kind: string): void {
    if (!this.totals.has(file))
      this.totals.set(file, { file, kind, read: 0, written: 0, skipped: 0, repaired: 0, kept: 0 });
  }
  private t(file: string): FileTotals {
    const t = this.totals.get(file);
    if (!t) throw new Error(`import log: file ${file} was not registered`);
    return t;
  }
  /** One input row read. */
  read(file: string): void {
    this.t(file).read++;
  }
  /** One input row written to a canonical file. */
  written(file: string): void {
    this.t(file).written++;
  }
  /** One input row left out, with why. */
  skip(file: string, line: number, reason: string, detail = ''): void {
    this.t(file).skipped++;
    this.entries.push({ file, line, action: 'skipped', reason, detail });
  }
  /** One value of an input row changed to make it usable (the row is still written). */
  repair(file: string, line: number, reason: string, detail = ''): void {
    this.t(file).repaired++;
    this.entries.push({ file, line, action: 'repaired', reason, detail });
  }
  /** One value of a written row kept as exported, though the parser will flag it (a negative count). */
  keep(file: string, line: number, reason: string, detail = ''): void {
    this.t(file).kept++;
    this.entries.push({ file, line, action: 'kept-as-exported', reason, detail });
  }
  /** Totals per file, in registration order. */
  files(): FileTotals[] {
    return [...this.totals.values()];
  }
  /** Entry counts per (file, action, reason), most frequent first. */
  reasons(): { file: string; action: ImportAction; reason: string; count: number; firstLine: number }[] {
    const m = new Map<
      string,
      { file: string; action: ImportAction; reason: string; count: number; firstLine: number }
    >();
    for (const e of this.entries) {
      const k = `${e.file}\u0000${e.action}\u0000${e.reason}`;
      const g = m.get(k);
      if (g) g.count++;
      else m.set(k, { file: e.file, action: e.action, reason: e.reason, count: 1, firstLine: e.line });
    }
    return [...m.values()].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || b.count - a.count || a.firstLine - b.firstLine,
    );
  }
}
