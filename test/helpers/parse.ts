/**
 * Runs the canonical table parsers on CSV text, and builds bad-cell tables from one good
 * row: row i (line i + 2) changes one cell, and must give exactly one problem at that line,
 * in that cell's column, and be left out.
 */
import { fromCSV } from '../../sim/parse/csv.ts';
import { Problems } from '../../sim/problems.ts';

export type Parser<R> = (table: NonNullable<ReturnType<typeof fromCSV>>, problems: Problems) => R[];

/** Parses `text` as a CSV file named `file` with `parser`: its rows and every problem recorded. */
export function run<R>(parser: Parser<R>, text: string, file = 't.csv') {
  const problems = new Problems();
  const table = fromCSV(text, file, problems);
  if (!table) throw new Error('test CSV did not parse');
  return { rows: parser(table, problems), problems: problems.list };
}

/** CSV text: a header, then one row per variant, each the base row with some cells replaced. */
export function build(
  columns: readonly string[],
  base: Record<string, string>,
  variants: Record<string, string>[],
): string {
  return (
    [columns.join(','), ...variants.map((v) => columns.map((c) => v[c] ?? base[c] ?? '').join(','))].join('\n') + '\n'
  );
}

/**
 * Runs one bad-cell case per row after a first good row. Each case: the cell overrides, the
 * field the problem must name, and its code. Returns the problems as [line, column, field, code].
 */
export function badCells<R extends { line: number }>(
  parser: Parser<R>,
  columns: readonly string[],
  base: Record<string, string>,
  cases: [Record<string, string>, string, string][],
) {
  const text = build(columns, base, [{}, ...cases.map((c) => c[0])]);
  const { rows, problems } = run(parser, text);
  return {
    rows,
    got: problems.map((p) => [p.severity, p.line, p.column, p.field, p.code]),
    want: cases.map(([, field, code], i) => ['error', i + 3, columns.indexOf(field) + 1, field, code]),
  };
}
