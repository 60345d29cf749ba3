/** Finding export columns by any of their names (exports rename columns between versions). */
import { msg } from '../messages.ts';
import type { Problem } from '../problems.ts';
import { closestName } from '../suggest.ts';

/** Column positions by canonical key, from a header and the names each key may have. */
export class ColumnMap<K extends string> {
  private readonly index = new Map<K, number>();
  readonly header: string[];
  constructor(header: string[], names: Record<K, readonly string[]>) {
    this.header = header.map((h) => h.trim());
    const lower = this.header.map((h) => h.toLowerCase());
    for (const key of Object.keys(names) as K[]) {
      for (const name of names[key]) {
        const i = lower.indexOf(name.toLowerCase());
        if (i >= 0) {
          this.index.set(key, i);
          break;
        }
      }
    }
  }
  has(key: K): boolean {
    return this.index.has(key);
  }
  /** Cell of `key` in a row, trimmed ('' when the column is absent). */
  get(row: string[], key: K): string {
    const i = this.index.get(key);
    return i === undefined ? '' : (row[i] ?? '').trim();
  }
  /** 1-based column number of `key`. */
  column(key: K): number | undefined {
    const i = this.index.get(key);
    return i === undefined ? undefined : i + 1;
  }
  /** Problems for required keys that are missing, naming what the column is called and a close header if any. */
  missing(required: readonly K[], names: Record<K, readonly string[]>, file: string): Problem[] {
    return required
      .filter((k) => !this.has(k))
      .map((k) => ({
        severity: 'error' as const,
        file,
        line: 1,
        field: names[k][0],
        ...msg.missingColumn(names[k], file, closestName(names[k][0]!, this.header)),
      }));
  }
}
