/**
 * Metric values and their differences for people, by the metric's unit (count, share,
 * dollars, days, miles, plain number), in the one number and money format of every output.
 */
import { deltaDigits } from '../metrics/direction.ts';
import type { MetricDefinition } from '../metrics/metrics.ts';
import { money } from './money.ts';
import { groupThousands } from './number.ts';
import { sharePercent } from './percent.ts';

/** A metric value for people: 0.934 share → "93.4%", 7.4 usd → "$7.40"; null → "—". */
export function formatMetric(m: Pick<MetricDefinition, 'unit'>, v: number | null): string {
  if (v === null) return '—';
  switch (m.unit) {
    case 'count':
      return groupThousands(v);
    case 'share':
      return sharePercent(v);
    case 'usd':
      return money(v, 2);
    case 'days':
      return v.toFixed(2);
    case 'miles':
      return groupThousands(v, 0);
    case 'number':
      return v.toFixed(3);
  }
}

/**
 * A difference for people: shares in percentage points, dollars with a sign before the
 * dollar sign (−$0.06, +$0.06, as `money`), "±" when it rounds to zero; a fall always has the
 * minus sign (U+2212) of `money`: "−1.2 pts", "−0.39".
 */
export function formatDelta(m: Pick<MetricDefinition, 'unit'>, d: number | null): string {
  if (d === null) return '—';
  const digits = deltaDigits(m.unit, d);
  const body =
    m.unit === 'share'
      ? `${digits} pts`
      : m.unit === 'usd'
        ? `$${groupThousands(Number(digits), 2)}`
        : m.unit === 'count' || m.unit === 'miles'
          ? groupThousands(Number(digits))
          : digits;
  const zero = !/[1-9]/.test(digits);
  return `${zero ? '±' : d > 0 ? '+' : '−'}${body}`;
}
