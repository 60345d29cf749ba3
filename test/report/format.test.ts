/** Locale-independent number formatting for reports. */
import { describe, expect, it } from 'vitest';
import { formatDelta, formatMetric, groupThousands, money, paybackLabel, plainNumber } from '../../sim/report/format.ts';
import { deltas } from '../../sim/metrics/deltas.ts';
import { METRICS, type MetricValues } from '../../sim/metrics/metrics.ts';

describe('groupThousands', () => {
  it('groups by thousands', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1000)).toBe('1,000');
    expect(groupThousands(13502)).toBe('13,502');
    expect(groupThousands(1234567)).toBe('1,234,567');
    expect(groupThousands(100000)).toBe('100,000');
  });

  it('groups only the whole part', () => {
    expect(groupThousands(1234567.891, 2)).toBe('1,234,567.89');
    expect(groupThousands(0.5, 2)).toBe('0.50');
    expect(groupThousands(1234.5678, 3)).toBe('1,234.568');
  });

  it('negatives keep their sign in front of the digits', () => {
    expect(groupThousands(-1234567)).toBe('-1,234,567');
    expect(groupThousands(-999)).toBe('-999');
    expect(groupThousands(-1234.5, 2)).toBe('-1,234.50');
  });

  it('rounding can carry into a new group', () => {
    expect(groupThousands(999.995, 2)).toBe('1,000.00');
    expect(groupThousands(999.996, 2)).toBe('1,000.00');
    expect(groupThousands(999999.6)).toBe('1,000,000');
    expect(groupThousands(-999.996, 2)).toBe('-1,000.00');
    expect(groupThousands(999.994, 2)).toBe('999.99');
  });

  it('a negative that rounds to zero has no minus sign', () => {
    expect(groupThousands(-0.004, 2)).toBe('0.00');
    expect(groupThousands(-0.4)).toBe('0');
    expect(groupThousands(-0)).toBe('0');
  });
});

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
    for (const unit of ['count', 'share', 'usd', 'days', 'miles', 'number'] as const) expect(formatMetric({ unit }, null)).toBe('—');
  });
});

describe('formatDelta', () => {
  it('formats each unit with a sign', () => {
    expect(formatDelta({ unit: 'count' }, 1500)).toBe('+1,500');
    expect(formatDelta({ unit: 'count' }, -1500)).toBe('-1,500');
    expect(formatDelta({ unit: 'share' }, 0.012)).toBe('+1.2 pts');
    expect(formatDelta({ unit: 'share' }, -0.05)).toBe('-5.0 pts');
    expect(formatDelta({ unit: 'usd' }, 1.5)).toBe('+$1.50');
    expect(formatDelta({ unit: 'usd' }, -1234.5)).toBe('−$1,234.50'); // money's one format: − before $
    expect(formatDelta({ unit: 'days' }, -0.25)).toBe('-0.25');
    expect(formatDelta({ unit: 'days' }, 1)).toBe('+1.00');
    expect(formatDelta({ unit: 'miles' }, 12.3)).toBe('+12');
    expect(formatDelta({ unit: 'miles' }, -1500.2)).toBe('-1,500');
    expect(formatDelta({ unit: 'number' }, 0.1234)).toBe('+0.123');
  });

  it('zero gets ±', () => {
    expect(formatDelta({ unit: 'count' }, 0)).toBe('±0');
    expect(formatDelta({ unit: 'share' }, 0)).toBe('±0.0 pts');
    expect(formatDelta({ unit: 'usd' }, 0)).toBe('±$0.00');
  });

  it('shows null as a dash for every unit', () => {
    for (const unit of ['count', 'share', 'usd', 'days', 'miles', 'number'] as const) expect(formatDelta({ unit }, null)).toBe('—');
  });
});

describe('plainNumber', () => {
  it('writes up to 6 decimals without trailing zeros', () => {
    expect(plainNumber(0)).toBe('0');
    expect(plainNumber(1)).toBe('1');
    expect(plainNumber(100)).toBe('100');
    expect(plainNumber(1000000)).toBe('1000000');
    expect(plainNumber(1.5)).toBe('1.5');
    expect(plainNumber(10.25)).toBe('10.25');
    expect(plainNumber(0.1234567)).toBe('0.123457');
    expect(plainNumber(-2.5)).toBe('-2.5');
    expect(plainNumber(1234567.25)).toBe('1234567.25');
  });

  it('writes no exponent', () => {
    expect(plainNumber(1e-7)).toBe('0');
    expect(plainNumber(0.000001)).toBe('0.000001');
    expect(plainNumber(1e20)).toBe('100000000000000000000');
  });

  it('never writes -0', () => {
    expect(plainNumber(-0)).toBe('0');
    expect(plainNumber(-0.0000001)).toBe('0');
  });

  it('writes null and non-finite values as empty', () => {
    expect(plainNumber(null)).toBe('');
    expect(plainNumber(NaN)).toBe('');
    expect(plainNumber(Infinity)).toBe('');
    expect(plainNumber(-Infinity)).toBe('');
  });
});

describe('money', () => {
  it('has one format everywhere: the minus before the dollar sign, never $-7,598', () => {
    expect(money(-7598.2, 0)).toBe('−$7,598');
    expect(money(1070.4, 0)).toBe('$1,070');
    expect(money(0.2249)).toBe('$0.22');
    expect(money(-0.001)).toBe('$0.00'); // rounds to zero: no sign
    expect(formatMetric({ unit: 'usd' }, -7598)).toBe('−$7,598.00'); // was "$-7,598.00"
  });

  it('words a payback that never comes as never', () => {
    expect(paybackLabel(null, 24)).toBe('never (not within the 24 months projected)');
    expect(paybackLabel(0, 24)).toBe('at once (no one-time costs)');
    expect(paybackLabel(12.97, 24)).toBe('13.0 months');
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
