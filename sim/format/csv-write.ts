/**
 * CSV writing, RFC 4180 quoting, in two kinds: files meant for a spreadsheet (outcomes,
 * metrics, sweep, import-issues), with cells neutralized against formula injection; and
 * canonical data files RouteLab reads back (orders, skus, nodes, inventory, rate card),
 * with every value kept exactly as it is.
 */

/**
 * A data cell, quoted when needed and otherwise exactly as given (for files RouteLab reads back).
 * @example dataCell('=X') // '=X'
 */
export function dataCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  const n = s.length;
  if (n === 0) return s;
  // fast path: printable ASCII at both ends (nothing to trim) and no quote, comma or line break
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) {
    let plain = true;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 34 || c === 44 || c === 10 || c === 13) {
        plain = false;
        break;
      }
    }
    if (plain) return s;
  }
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A spreadsheet cell, quoted when needed. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or carriage return) gets a leading apostrophe,
 * unless it is a plain number such as `-3.5`. Never for canonical data (see `dataCell`).
 * @example csvCell('=HYPERLINK("x")') // "'=HYPERLINK(""x"")" quoted
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return dataCell(s);
}

/**
 * `csvCell` of a text, with a fast path: printable ASCII that starts with no formula
 * character, ends with no space and holds no quote, comma or line break is returned as
 * it is (what `csvCell` returns for it); anything else goes through `csvCell`.
 * @example sheetText('web-store') // 'web-store'
 */
export function sheetText(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  // = + - @ need csvCell's check; a space or control character at either end needs its trim
  if (first === 61 || first === 43 || first === 45 || first === 64 || first <= 32 || first >= 127) return csvCell(s);
  const last = s.charCodeAt(n - 1);
  if (last <= 32 || last >= 127) return csvCell(s);
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 44 || c === 10 || c === 13) return csvCell(s);
  }
  return s;
}

type Cell = string | number | null | undefined;

function document(cell: (v: Cell) => string, header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const out = [header.map(cell).join(',')];
  for (const r of rows) out.push(r.map(cell).join(','));
  return `${out.join('\n')}\n`;
}

/** A CSV document for a spreadsheet, cells neutralized (LF line ends, trailing newline). */
export function toCSV(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  return document(csvCell, header, rows);
}

/** A canonical data CSV document, values kept exactly (LF line ends, trailing newline). */
export function toDataCSV(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  return document(dataCell, header, rows);
}
