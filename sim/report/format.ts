/**
 * Number formatting for reports, independent of the machine's locale so the same run
 * gives the same bytes everywhere.
 */
import { deltaDigits } from '../metrics/direction.ts';
import type { MetricDefinition } from '../metrics/metrics.ts';

/** Digits grouped by thousands with commas: 13502 → "13,502". */
export function groupThousands(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/**
 * Money for people, the one money format of every output: the minus sign (U+2212) before
 * the dollar sign, digits grouped; a value that rounds to zero has no sign.
 * @example money(-7598.2, 0) // '−$7,598'
 * @example money(0.2249) // '$0.22'
 */
export function money(v: number, decimals = 2): string {
  const body = groupThousands(Math.abs(v), decimals);
  return `${v < 0 && /[1-9]/.test(body) ? '−' : ''}$${body}`;
}

/**
 * A payback for people, one wording everywhere: "12.9 months", "at once" (no one-time
 * costs), or "never" (null: it does not pay back within the horizon, or loses money).
 */
export function paybackLabel(months: number | null, horizon: number): string {
  if (months === null) return `never (not within the ${horizon} months projected)`;
  if (months === 0) return 'at once (no one-time costs)';
  return `${months.toFixed(1)} months`;
}

/** A metric value for people: 0.934 share → "93.4%", 7.4 usd → "$7.40"; null → "—". */
export function formatMetric(m: Pick<MetricDefinition, 'unit'>, v: number | null): string {
  if (v === null) return '—';
  switch (m.unit) {
    case 'count': return groupThousands(v);
    case 'share': return `${(v * 100).toFixed(1)}%`;
    case 'usd': return money(v, 2);
    case 'days': return v.toFixed(2);
    case 'miles': return groupThousands(v, 0);
    case 'number': return v.toFixed(3);
  }
}

/**
 * A difference for people: shares in percentage points, dollars with a sign before the
 * dollar sign (−$0.06, +$0.06, as `money`), "±" when it rounds to zero.
 */
export function formatDelta(m: Pick<MetricDefinition, 'unit'>, d: number | null): string {
  if (d === null) return '—';
  const digits = deltaDigits(m.unit, d);
  const body = m.unit === 'share' ? `${digits} pts` : m.unit === 'usd' ? `$${groupThousands(Number(digits), 2)}`
    : m.unit === 'count' || m.unit === 'miles' ? groupThousands(Number(digits)) : digits;
  const zero = !/[1-9]/.test(digits);
  return `${zero ? '±' : d > 0 ? '+' : m.unit === 'usd' ? '−' : '-'}${body}`;
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
