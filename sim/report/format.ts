/**
 * Number formatting for reports, independent of the machine's locale so the same run
 * gives the same bytes everywhere.
 */
import type { MetricDefinition } from '../metrics/metrics.ts';

/** Digits grouped by thousands with commas: 13502 → "13,502". */
export function groupThousands(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** A metric value for people: 0.934 share → "93.4%", 7.4 usd → "$7.40"; null → "—". */
export function formatMetric(m: Pick<MetricDefinition, 'unit'>, v: number | null): string {
  if (v === null) return '—';
  switch (m.unit) {
    case 'count': return groupThousands(v);
    case 'share': return `${(v * 100).toFixed(1)}%`;
    case 'usd': return `$${groupThousands(v, 2)}`;
    case 'days': return v.toFixed(2);
    case 'miles': return groupThousands(v, 0);
    case 'number': return v.toFixed(3);
  }
}

/** A difference for people: shares in percentage points, dollars with a sign ("±" when it rounds to zero). */
export function formatDelta(m: Pick<MetricDefinition, 'unit'>, d: number | null): string {
  if (d === null) return '—';
  const a = Math.abs(d);
  const body = (() => {
    switch (m.unit) {
      case 'count': return groupThousands(a);
      case 'share': return `${(a * 100).toFixed(1)} pts`;
      case 'usd': return `$${groupThousands(a, 2)}`;
      case 'days': return a.toFixed(2);
      case 'miles': return groupThousands(a, 0);
      case 'number': return a.toFixed(3);
    }
  })();
  const zero = !/[1-9]/.test(body);
  return `${zero ? '±' : d > 0 ? '+' : '-'}${body}`;
}

/** A number for machine-readable files: up to 6 decimals, no exponent, no trailing zeros; null → ''. */
export function plainNumber(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return '';
  const s = v.toFixed(6).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

/**
 * Text made safe inside a line of Markdown (a table cell, a heading, a list item): line
 * breaks become spaces, so a name cannot start a new block; a backslash goes before every
 * character that would format it or open HTML (`<`), and before a `#` starting the text.
 * @example mdEscape('a|b_c') // 'a\\|b\\_c'
 * @example mdEscape('x\n```\n<script>') // 'x \\`\\`\\` \\<script\\>'
 */
export function mdEscape(s: string): string {
  return s.replace(/\r\n|\r|\n/g, ' ').replace(/[\\|*_`<>[\]]/g, (ch) => `\\${ch}`).replace(/^#/, '\\#');
}

/**
 * Text as a fenced Markdown code block whose fence is longer than any run of backticks in
 * it, so nothing inside (a name with a line break and three backticks) can close it early.
 * @example mdCodeBlock('a ``` b') // '````\na ``` b\n````'
 */
export function mdCodeBlock(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${text}\n${fence}`;
}
