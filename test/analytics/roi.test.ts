/**
 * The ROI case on hand-worked numbers. The shared case: saving $0.50 an order (carrier 0.30,
 * pick/pack 0.10, touches 0.05, cancellations 0.05), 1,000 orders a month, $1,200 setup,
 * $300 a month, 12 months, no discounting: 0.50 × 1,000 − 300 = $200 a month after −$1,200.
 */
import { describe, expect, it } from 'vitest';
import { costLines, roi, tornado } from '../../sim/analytics/roi.ts';
import { roiSchema } from '../../sim/scenario/schema.ts';

const config = roiSchema.parse({
  horizon_months: 12,
  discount_rate_pct: 0,
  one_time: { setup: 1200 },
  monthly: { subscription: 300 },
});
const savings = {
  carrier: 0.3,
  pickPack: 0.1,
  touches: 0.05,
  cancellations: 0.05,
  margin: 0,
  marginCounted: true,
  fulfillment: 0.5,
  total: 0.5,
};

describe('roi', () => {
  it('matches the hand-worked case', () => {
    // 0.50 × 1,000 orders − $300 = $200 a month; −$1,200 now
    const r = roi({ savings, monthlyOrders: 1000, config });
    expect(r.flows).toEqual([-1200, ...Array(12).fill(200)]);
    expect(r.npv).toBeCloseTo(-1200 + 12 * 200, 9);
    expect(r.payback!.month).toBe(6); // −1200 + 6 × 200 = 0
    expect(r.breakEvenOrders).toBeCloseTo((300 + 1200 / 12) / 0.5, 9); // 800
    expect(r.upsideMonthly).toBe(0);
  });

  it('carries the saving interval to a payback range', () => {
    const r = roi({ savings, savingsInterval: { low: 0.4, high: 0.6 }, monthlyOrders: 1000, config });
    expect(r.paybackRange!.low!.month).toBe(12); // 0.4 × 1000 − 300 = 100 a month: 12 months
    expect(r.paybackRange!.high!.month).toBe(4); // 300 a month: 4 months
  });

  it('gives a change that loses money no payback month and no break-even volume', () => {
    // no one-time costs: the cumulative flow is 0 at month 0, then −0.1 × 1,000 − 300 = −$400 a month
    const free = roiSchema.parse({ horizon_months: 12, discount_rate_pct: 0, monthly: { subscription: 300 } });
    const r = roi({
      savings: { ...savings, fulfillment: -0.1, total: -0.1 },
      savingsInterval: { low: -0.2, high: 0.9 },
      monthlyOrders: 1000,
      config: free,
    });
    expect(r.npv).toBeCloseTo(-4800, 9);
    expect(r.payback).toBeNull(); // "never", not month 0
    expect(r.breakEvenOrders).toBeNull(); // "none"
    expect(r.paybackRange!.low).toBeNull();
    expect(r.paybackRange!.high!.month).toBe(0); // 0.9 × 1000 − 300 > 0 from the start: at once
  });

  it('takes extra named cost lines into the flows', () => {
    const r = roi({
      savings,
      monthlyOrders: 1000,
      config,
      extraCosts: [{ name: 'store fixed cost', monthly: 100, oneTime: 600 }],
    });
    // 0.50 × 1,000 − 300 − 100 = $100 a month; −1,200 − 600 now
    expect(r.flows).toEqual([-1800, ...Array(12).fill(100)]);
    expect(r.costLines.map((l) => l.name)).toEqual(['setup', 'subscription', 'store fixed cost']);
  });

  it('sorts the tornado by NPV swing', () => {
    const rows = tornado({ savings, monthlyOrders: 1000, config });
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.swing).toBeGreaterThanOrEqual(rows[i]!.swing);
    const volume = rows.find((t) => t.driver === 'order volume')!;
    expect(volume.lowNpv).toBeCloseTo(-1200 + 12 * (0.5 * 700 - 300), 9);
    expect(volume.highNpv).toBeCloseTo(-1200 + 12 * (0.5 * 1300 - 300), 9);
  });

  it('keeps the cumulative flow, the cost totals and the monthly saving', () => {
    const r = roi({ savings, monthlyOrders: 1000, config });
    expect(r.cumulative).toEqual([-1200, -1000, -800, -600, -400, -200, 0, 200, 400, 600, 800, 1000, 1200]);
    expect([r.oneTime, r.monthlyCost, r.monthlySaving]).toEqual([1200, 300, 500]); // 0.50 × 1,000
    expect(r.payback).toEqual({ month: 6, fractionalMonth: 6, staysPaidBack: true });
    expect(r.paybackRange).toBeNull(); // no interval given
  });

  it('discounts at the annual rate converted to monthly', () => {
    // m = 1.1^(1/12) − 1 = 0.0079741; NPV = −1200 + 200 · (1 − 1.1^−1) / m = −1200 + 18.1818 / 0.0079741 = −1200 + 2280.10 = 1080.10
    const r = roi({ savings, monthlyOrders: 1000, config: { ...config, discount_rate_pct: 10 } });
    const m = Math.pow(1.1, 1 / 12) - 1;
    expect(r.npv).toBeCloseTo(-1200 + (200 * (1 - 1 / 1.1)) / m, 9);
    expect(r.npv).toBeCloseTo(1080.1, 1);
    expect(r.payback!.month).toBe(6); // the payback month counts undiscounted dollars
  });

  it('gives the optional upside apart from the flows, never for slower delivery', () => {
    const up = { ...config, sales_uplift_pct_per_day_faster: 2 };
    // 2% × 1.5 days × 1,000 orders × $10 margin = $300 a month
    expect(
      roi({ savings, monthlyOrders: 1000, config: up, daysFaster: 1.5, orderMargin: 10 }).upsideMonthly,
    ).toBeCloseTo(300, 9);
    expect(roi({ savings, monthlyOrders: 1000, config: up, daysFaster: -1, orderMargin: 10 }).upsideMonthly).toBe(0);
    expect(roi({ savings, monthlyOrders: 1000, config: up, daysFaster: 1.5, orderMargin: 10 }).flows).toEqual([
      -1200,
      ...Array(12).fill(200),
    ]);
  });

  it('zero orders a month: the flows are the costs alone', () => {
    const r = roi({ savings, monthlyOrders: 0, config });
    expect(r.flows).toEqual([-1200, ...Array(12).fill(-300)]);
    expect(r.npv).toBeCloseTo(-1200 - 12 * 300, 9);
    expect(r.irr).toBeNull(); // no positive flow
    expect(r.breakEvenOrders).toBeCloseTo(800, 9); // the volume does not depend on the orders given
  });

  it('gives the exact tornado rows; ties in swing keep the driver order', () => {
    const rows = tornado({ savings, monthlyOrders: 1000, config });
    expect(rows.map((r) => [r.driver, r.range])).toEqual([
      ['order volume', '±30%'],
      ['software price', '×0.5 / ×1.5'],
      ['carrier rates', '±15%'],
      ['pick/pack cost', '±20%'],
    ]);
    // volume 700 / 1,300: 12 × (350 − 300) − 1200 = −600; 12 × (650 − 300) − 1200 = 3000; swing 3600
    // software $150 / $450: 12 × (500 − 150) − 1200 = 3000; 12 × (500 − 450) − 1200 = −600; swing 3600 (a tie)
    // carrier 0.255 / 0.345: total 0.455 → 12 × 155 − 1200 = 660; 0.545 → 12 × 245 − 1200 = 1740; swing 1080
    // pick/pack 0.08 / 0.12: total 0.48 → 960; 0.52 → 1440; swing 480
    const got = rows.map((r) => [r.lowNpv, r.highNpv, r.swing]);
    const want = [
      [-600, 3000, 3600],
      [3000, -600, 3600],
      [660, 1740, 1080],
      [960, 1440, 480],
    ];
    got.forEach((g, i) => g.forEach((v, j) => expect(v).toBeCloseTo(want[i]![j]!, 9)));
  });

  it('adds the store-accuracy row from the replayed savings', () => {
    const at = (total: number) => ({ ...savings, fulfillment: total, total });
    const rows = tornado(
      { savings, monthlyOrders: 1000, config },
      { low: at(0.2), high: at(0.6), range: '−5 / +5 points' },
    );
    const acc = rows.find((r) => r.driver === 'store inventory accuracy')!;
    // 12 × (200 − 300) − 1200 = −2400; 12 × (600 − 300) − 1200 = 2400; swing 4800: the largest
    expect([acc.range, acc.lowNpv, acc.highNpv, acc.swing]).toEqual(['−5 / +5 points', -2400, 2400, 4800]);
    expect(rows[0]!.driver).toBe('store inventory accuracy');
  });
});

describe('costLines', () => {
  it('lists the non-zero one-time then monthly items, then the extra lines', () => {
    expect(costLines(config)).toEqual([
      { name: 'setup', monthly: 0, oneTime: 1200 },
      { name: 'subscription', monthly: 300, oneTime: 0 },
    ]);
    const extra = [{ name: 'ST rent', monthly: 0, oneTime: 0 }];
    expect(costLines(roiSchema.parse({}), extra)).toEqual(extra); // extra lines are kept even at zero
    expect(costLines(roiSchema.parse({}))).toEqual([]);
  });
});
