/** Metric values and differences for people, by unit. */
import { describe, expect, it } from 'vitest';
import { formatDelta, formatMetric } from '../../sim/format/metric-value.ts';
import { deltas } from '../../sim/metrics/deltas.ts';
import { METRICS, type MetricValues } from '../../sim/metrics/metrics.ts';

describe('formatMetric', () => {
  it('formats each unit', () => {
    expect(formatMetric({ unit: 'count' }, 13502)).toBe('13,502');
    expect(formatMetric({ unit: 'share' }, 0.934)).toBe('93.4%');
    expect(formatMetric({ unit: 'share' }, 1)).toBe('100.0%');
    expect(formatMetric({ unit: 'share' }, 0)).toBe('0.0%');
    expect(formatMetric({ unit: 'usd' }, 7.4)).toBe('$7.40');
    expect(formatMetric({ unit: 'usd' }, 1234.5)).toBe('$1,234.50');
    expect(formatMetric({ unit: 'days' }, 3.456)).toBe('3.46');
    expect(formatMetric({ unit: 'days' }, 2)).toBe('2.00');
    expect(formatMetric({ unit: 'miles' }, 1234.4)).toBe('1,234');
    expect(formatMetric({ unit: 'number' }, 1.23456)).toBe('1.235');
    expect(formatMetric({ unit: 'number' }, 2)).toBe('2.000');
  });

  it('shows null as a dash for every unit', () => {
    for (const unit of ['count', 'share', 'usd', 'days', 'miles', 'number'] as const)
      expect(formatMetric({ unit }, null)).toBe('—');
  });
});

describe('formatDelta', () => {
  it('formats each unit with a sign', () => {
    expect(formatDelta({ unit: 'count' }, 1500)).toBe('+1,500');
    expect(formatDelta({ unit: 'count' }, -1500)).toBe('−1,500');
    expect(formatDelta({ unit: 'share' }, 0.012)).toBe('+1.2 pts');
    expect(formatDelta({ unit: 'share' }, -0.05)).toBe('−5.0 pts');
    expect(formatDelta({ unit: 'usd' }, 1.5)).toBe('+$1.50');
    expect(formatDelta({ unit: 'usd' }, -1234.5)).toBe('−$1,234.50'); // money's one format: − before $
    expect(formatDelta({ unit: 'days' }, -0.25)).toBe('−0.25');
    expect(formatDelta({ unit: 'days' }, 1)).toBe('+1.00');
    expect(formatDelta({ unit: 'miles' }, 12.3)).toBe('+12');
    expect(formatDelta({ unit: 'miles' }, -1500.2)).toBe('−1,500');
    expect(formatDelta({ unit: 'number' }, 0.1234)).toBe('+0.123');
  });

  it('zero gets ±', () => {
    expect(formatDelta({ unit: 'count' }, 0)).toBe('±0');
    expect(formatDelta({ unit: 'share' }, 0)).toBe('±0.0 pts');
    expect(formatDelta({ unit: 'usd' }, 0)).toBe('±$0.00');
  });

  it('shows null as a dash for every unit', () => {
    for (const unit of ['count', 'share', 'usd', 'days', 'miles', 'number'] as const)
      expect(formatDelta({ unit }, null)).toBe('—');
  });
});

describe('deltas', () => {
  it('calls a change that rounds to zero neither better nor worse', () => {
    const none = Object.fromEntries(METRICS.map((m) => [m.name, null])) as MetricValues;
    const base = { ...none, on_time_ship_rate: 1, fulfillment_cost_per_order: 20.95 };
    // 99.996% shows as 100.0% (±0.0 pts); $20.954 shows as +$0.00: both "same"; 99.9% is worse
    const d = deltas(base, { ...base, on_time_ship_rate: 0.99996, fulfillment_cost_per_order: 20.954 });
    expect(d.find((x) => x.metric === 'on_time_ship_rate')!.verdict).toBe('same');
    expect(d.find((x) => x.metric === 'fulfillment_cost_per_order')!.verdict).toBe('same');
    const w = deltas(base, { ...base, on_time_ship_rate: 0.999 });
    expect(w.find((x) => x.metric === 'on_time_ship_rate')!.verdict).toBe('worse');
  });
});
