/** The one money format of every output, and the rounded headline figures. */
import { describe, expect, it } from 'vitest';
import { money, rounded, roundMoney } from '../../sim/format/money.ts';
import { formatMetric } from '../../sim/format/metric-value.ts';

describe('money', () => {
  it('has one format everywhere: the minus before the dollar sign, never $-7,598', () => {
    expect(money(-7598.2, 0)).toBe('−$7,598');
    expect(money(1070.4, 0)).toBe('$1,070');
    expect(money(0.2249)).toBe('$0.22');
    expect(money(-0.001)).toBe('$0.00'); // rounds to zero: no sign
    expect(formatMetric({ unit: 'usd' }, -7598)).toBe('−$7,598.00'); // was "$-7,598.00"
  });
});

describe('roundMoney and rounded', () => {
  it('rounds to whole dollars under $100, tens under $1,000, hundreds above', () => {
    expect(roundMoney(12.4)).toBe('$12');
    expect(roundMoney(99.4)).toBe('$99');
    expect(roundMoney(99.6)).toBe('$100');
    expect(roundMoney(155)).toBe('$160');
    expect(roundMoney(840.2)).toBe('$840');
    expect(roundMoney(5712)).toBe('$5,700');
    expect(roundMoney(11_349)).toBe('$11,300');
  });

  it('roundMoney drops the sign; rounded puts the minus (U+2212) before the dollar sign', () => {
    expect(roundMoney(-320.4)).toBe('$320');
    expect(rounded(-320.4)).toBe('−$320');
    expect(rounded(5712)).toBe('$5,700');
  });
});
