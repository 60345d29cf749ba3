/** The verdict and its headline, worded from the numbers. */
import { describe, expect, it } from 'vitest';
import { money, roundMoney } from '../../sim/format/money.ts';
import { verdict } from '../../sim/report/verdict.ts';
import { analysisOf, analyticsFor, losingRun, reportRun } from '../helpers/report.ts';

const run = reportRun();

describe('verdict', () => {
  it('recommends the largest saving that keeps service, and names a larger one that does not', () => {
    // fixture: closest-with-stock saves more but delivers fewer orders on time; no unit prices, so no margin
    const v = verdict({ run, warnings: [] });
    expect(v.kind).toBe('switch');
    expect(v.best?.policy).toBe('store-pilot');
    expect(v.focus.policy).toBe('store-pilot');
    expect(v.lead).toBe('Switch to store-pilot.');
    // 14 orders in 14 days: 30.44 orders a month; $1.14 × 3 × 30.44 = $104 → about $100 a quarter
    expect(v.text).toBe(
      'It saves $1.14 per order against warehouse-only (fulfillment cost $26.46 → $25.32 ($1.14 less)), about $100 a quarter at 30 orders a month (the replayed pace), ' +
        'without making service worse (on-time delivery 77.8% → 83.3%, orders with a cancelled unit 42.9% → 21.4%). ' +
        'closest-with-stock would save more ($1.54 per order) but worsens on-time delivery (−0.9 pts).',
    );
    expect(v.basis!.saving.total).toBeCloseTo(26.464 - 25.321, 2);
    expect(v.basis!.orders.perQuarter).toBeCloseTo(91.3125, 6);
  });

  it('quotes the interval of the saving and the payback when the analytics have them', () => {
    const v = verdict({ run, warnings: [], analytics: analyticsFor(run, 'store-pilot') });
    expect(v.interval?.label).toBe('95%');
    // the interval is of policy − baseline (−1.14 ± 0.58); the saving's is its negative
    expect(v.text).toContain('($1.14 less); 95% CI $0.56 to $1.72)');
    expect(v.text).toContain('Payback: 3.6 months.');
    expect(v.text).not.toContain('includes no saving');
  });

  it('leads with the buy/no-buy verdict of the decision model', () => {
    const d = analysisOf(run).decision;
    const lead = (verdict_: string, reasons: string[]) =>
      verdict({ run, warnings: [], analytics: { decision: { ...d, verdict: verdict_ as never, reasons } } });
    expect(lead('run a phased pilot', ['positive NPV']).lead).toBe('Run a phased pilot of store-pilot.');
    expect(lead('run a phased pilot', ['positive NPV']).text).not.toContain('First:');
    const fix = lead('fix the foundation first', ['count the stores first']);
    expect(fix.lead).toBe('Fix the foundation first, then pilot store-pilot.');
    expect(fix.text).toMatch(/First: count the stores first\.$/);
    expect(lead('not worth a pilot yet', ['negative NPV']).lead).toBe('store-pilot is not worth a pilot yet.');
    expect(lead('check the data first', ['the baseline "warehouse-only" fills 31.0% of units']).lead).toBe(
      'Check the data first.',
    );
  });

  it('says when the interval includes no saving, with money in one format', () => {
    const analytics = {
      intervals: [
        {
          policy: 'store-pilot',
          metric: 'fulfillment_cost_per_order' as const,
          low: -2.5,
          high: 0.3,
          n: 20,
          method: 'replicates',
          level: 0.9,
        },
      ],
    };
    const v = verdict({ run, warnings: [], analytics });
    expect(v.text).toContain('90% CI −$0.30 to $2.50');
    expect(v.text).toContain('The interval includes no saving at all');
  });

  it('keeps the baseline when the decided policy costs more, with no payback month', () => {
    // the store picks at $40 an order: every policy shipping from it costs more than warehouse-only
    const losing = losingRun();
    const a = analysisOf(losing, 'store-for-local').decision;
    expect(a.saving.total).toBeLessThan(0);
    expect(a.roi.paybackMonth).toBeNull();
    expect(a.roi.breakEvenOrders).toBeNull();
    // the fixture's baseline cancels on 42.9% of orders: no pilot verdict on it, but the figures are still stated
    const checked = verdict({ run: losing, warnings: [], analytics: { decision: a } });
    expect(checked.lead).toBe('Check the data first.');
    expect(checked.text).toMatch(
      /^the baseline "warehouse-only" fills 6\d\.\d% of units \(under 95\.0%\) and cancels a unit on 42\.9% of orders \(over 5\.0%\): a replay this far from a working business prices the wrong problem\. /,
    );
    expect(checked.text).toContain(
      `On this data store-for-local would cost ${money(-a.saving.total)} more per order against warehouse-only`,
    );
    expect(checked.text).toContain('Payback: never (not within the 24 months projected).');
    // the same model with a verdict on it: keep the baseline
    const v = verdict({
      run: losing,
      warnings: [],
      analytics: { decision: { ...a, verdict: 'not worth a pilot yet', reasons: ['it saves nothing'] } },
    });
    expect(v.kind).toBe('keep');
    expect(v.lead).toBe('Keep warehouse-only.');
    expect(v.text).toMatch(
      /^None of the 3 alternatives saves money per order without making on-time delivery or cancellations worse\. /,
    );
    expect(v.text).toContain(`store-for-local (named in roi.policy) costs ${money(-a.saving.total)} more per order`);
    expect(v.text).toContain('Payback: never (not within the 24 months projected).');
    expect(v.text).not.toMatch(/payback in \d|Payback: \d/i);
  });

  it('says so when only the baseline ran', () => {
    const r = { ...run, runs: run.runs.filter((p) => p.policy === run.baseline) };
    const v = verdict({ run: r, warnings: [] });
    expect(v.kind).toBe('alone');
    expect(v.lead).toBe('Only warehouse-only was replayed.');
    expect(v.text).toBe('Its fulfillment cost is $26.46 per order; add policies to the scenario to compare.');
  });
});

describe('roundMoney', () => {
  it('rounds to what a headline needs', () => {
    expect([roundMoney(11_348), roundMoney(-843.2), roundMoney(12.4), roundMoney(0.3)]).toEqual([
      '$11,300',
      '$840',
      '$12',
      '$0',
    ]);
  });
});
