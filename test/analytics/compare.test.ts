/** The contract metrics as functions of the bootstrap components: the same values as on the sums, the components they read. */
import { describe, expect, it } from 'vitest';
import { onComponents } from '../../sim/analytics/compare.ts';
import { METRICS, SUM_FIELDS, type MetricSums } from '../../sim/metrics/metrics.ts';
import { makeRng } from '../../sim/random/rng.ts';

/** Sums from components (SUM_FIELDS order, then the day count), as the bootstrap means them. */
function sumsOf(t: readonly number[]): MetricSums {
  const s = {} as MetricSums;
  SUM_FIELDS.forEach((f, i) => (s[f] = t[i]!));
  const days = t[SUM_FIELDS.length]!;
  s.firstDay = days > 0 ? 0 : -1;
  s.lastDay = days - 1;
  return s;
}

describe('onComponents', () => {
  // random totals, a fifth of them 0 (empty denominators, no days), bound orders sometimes all the orders
  const g = makeRng('on-components');
  const cases = Array.from({ length: 300 }, () => {
    const t = Array.from({ length: SUM_FIELDS.length + 1 }, () => (g.next() < 0.2 ? 0 : g.int(50) + g.next()));
    if (g.next() < 0.5) t[SUM_FIELDS.indexOf('boundOrders')] = t[SUM_FIELDS.indexOf('orders')]!;
    return t;
  });

  for (const m of METRICS)
    it(`${m.name}: the value on the sums, called after other totals`, () => {
      const { metric, uses } = onComponents(m.value);
      for (const t of cases) expect(Object.is(metric(t), m.value(sumsOf(t))), t.join(' ')).toBe(true);
      // the unread components do not matter
      for (const t of cases) {
        const only = t.map((x, j) => (uses.includes(j) ? x : 0));
        expect(Object.is(metric(only), m.value(sumsOf(t)))).toBe(true);
      }
    });

  it('reads the fields a metric reads, and the day count for a per-day metric', () => {
    const at = (f: (typeof SUM_FIELDS)[number]) => SUM_FIELDS.indexOf(f);
    const byName = new Map(METRICS.map((m) => [m.name, onComponents(m.value).uses]));
    expect(byName.get('split_rate')).toEqual([at('ordersWithPackage'), at('splitOrders')]);
    expect(byName.get('staff_alerts_per_day')).toEqual([at('alerts'), SUM_FIELDS.length]);
  });
});
