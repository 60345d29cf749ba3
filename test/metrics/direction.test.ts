/** The one better/worse rule, case by case. */
import { describe, expect, it } from 'vitest';
import { deltaDigits, direction, roundsToZero } from '../../sim/metrics/direction.ts';
import { METRICS, type MetricName } from '../../sim/metrics/metrics.ts';

const def = (name: MetricName) => METRICS.find((m) => m.name === name)!;
const cost = def('fulfillment_cost_per_order'); // usd, lower is better
const onTime = def('on_time_delivery_rate'); // share, higher is better

describe('direction', () => {
  it('judges a change by the direction that is good for the metric', () => {
    expect(direction(cost, -0.42, 'shown')).toBe('better');
    expect(direction(cost, 0.42, 'shown')).toBe('worse');
    expect(direction(onTime, 0.02, 'shown')).toBe('better');
    expect(direction(onTime, -0.02, 'exact')).toBe('worse');
  });

  it('calls a change that shows as zero the same, at the precision asked', () => {
    // $0.004 shows as $0.00; 0.04 percentage points as 0.0 pp
    expect(direction(cost, -0.004, 'shown')).toBe('same');
    expect(direction(cost, -0.004, 'exact')).toBe('better');
    expect(direction(onTime, 0.0004, 'shown')).toBe('same');
    expect(direction(onTime, 0.0004, 'exact')).toBe('better');
    expect(direction(cost, 1e-12, 'exact')).toBe('same');
    expect(direction(cost, 2e-12, 'exact')).toBe('worse');
    expect(direction(cost, 0, 'shown')).toBe('same');
  });

  it('has no verdict without a change or without a good direction', () => {
    expect(direction(cost, null, 'shown')).toBeNull();
    expect(direction(def('store_share'), 0.3, 'shown')).toBeNull();
    expect(direction(def('orders'), -5, 'exact')).toBeNull();
  });
});

describe('deltaDigits and roundsToZero', () => {
  it('shows a difference with the digits of its unit', () => {
    expect(deltaDigits('share', -0.0123)).toBe('1.2');
    expect(deltaDigits('usd', 1.005)).toBe('1.00'); // 1.005 is 1.00499… in binary
    expect(deltaDigits('days', 0.126)).toBe('0.13');
    expect(deltaDigits('miles', 12.5)).toBe('13');
    expect(deltaDigits('number', 0.0004)).toBe('0.000');
    expect(deltaDigits('count', -2.6)).toBe('3');
  });

  it('rounds to zero exactly when no digit shows', () => {
    expect(roundsToZero('usd', 0.0049)).toBe(true);
    expect(roundsToZero('usd', 0.005)).toBe(false);
    expect(roundsToZero('share', 0.00049)).toBe(true);
    expect(roundsToZero('share', 0.0005)).toBe(false);
  });
});
