/** Small helpers the benchmarks share: the machine line, medians, and one printed table. */
import { availableParallelism, cpus, totalmem } from 'node:os';

/** "machine: 2 cores (model), 7.8 GiB, node v20.x, linux x64". */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown cpu';
  return `machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform} ${process.arch}`;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Prints a title, the machine line and one aligned table (first column left, the rest right). */
export function printTable(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) =>
    r.map((x, c) => (c === 0 ? x.padEnd(width[c]!) : x.padStart(width[c]!))).join('  ');
  console.log(`\n${title}\n${machineLine()}\n`);
  console.log(line(header));
  console.log(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** 1234567 → "1,234,567". */
export const int = (x: number) => Math.round(x).toLocaleString('en-US');
