/** The verdict and its headline, worded from the numbers. */
import { describe, expect, it } from 'vitest';
import { deltas } from '../../sim/compare/deltas.ts';
import type { MetricValues } from '../../sim/metrics/metrics.ts';
import type { ScenarioRun } from '../../sim/pipeline.ts';
import { roundMoney, verdict } from '../../sim/report/verdict.ts';
import { analyticsFor, reportRun } from '../helpers/report.ts';

/** The run with some metrics replaced (deltas recomputed against the baseline). */
function withMetrics(r: ScenarioRun, changes: Record<string, Partial<MetricValues>>): ScenarioRun {
  const metrics = r.runs.map((p) => ({ ...p.metrics, ...changes[p.policy] }));
  const base = metrics[r.runs.findIndex((p) => p.policy === r.baseline)]!;
  return { ...r, runs: r.runs.map((p, i) => ({ ...p, metrics: metrics[i]!, deltas: deltas(base, metrics[i]!) })) };
}

const run = reportRun();

describe('verdict', () => {
  it('recommends the cheapest policy that keeps service, and names a cheaper one that does not', () => {
    // fixture: closest-with-stock and store-for-local are cheapest but deliver fewer orders on time
    const v = verdict({ run, warnings: [] });
    expect(v.kind).toBe('switch');
    expect(v.best?.policy).toBe('store-pilot');
    expect(v.focus.policy).toBe('store-pilot');
    expect(v.lead).toBe('Switch to store-pilot.');
    expect(v.text).toBe(
      'It lowers fulfillment cost by $1.14 per order (from $26.46 to $25.32), about $100 a quarter at the replayed pace of 91 orders a quarter, ' +
      'without making service worse (on-time delivery 77.8% → 83.3%, orders with a cancelled unit 42.9% → 21.4%). ' +
      'closest-with-stock would save more ($1.54 per order) but worsens on-time delivery (-0.9 pts).',
    );
    expect(v.savingPerOrder).toBeCloseTo(26.464 - 25.321, 2);
    // 14 orders in 14 days → 91.3 orders a quarter
    expect(v.ordersPerQuarter).toBeCloseTo(91.3125, 6);
  });

  it('quotes the interval of the saving and the payback when the analytics have them', () => {
    const v = verdict({ run, warnings: [], analytics: analyticsFor(run, 'store-pilot') });
    expect(v.interval?.method).toBe('paired day-block bootstrap');
    // the interval is of policy − baseline (−1.14 ± 0.58); the saving's is its negative
    expect(v.text).toContain('(from $26.46 to $25.32; 95% CI $0.56 to $1.72)');
    expect(v.text).toContain('Payback in 3.6 months.');
    expect(v.text).not.toContain('includes no saving');
  });

  it('leads with the buy/no-buy verdict when the analytics give one for the recommended policy', () => {
    const decision = (v: string, reasons: string[]) => ({ policy: 'store-pilot', verdict: v, reasons, questions: [], facts: [] });
    const pilot = verdict({ run, warnings: [], analytics: { decision: decision('run a phased pilot', ['positive NPV']) } });
    expect(pilot.lead).toBe('Run a phased pilot of store-pilot.');
    expect(pilot.text).not.toContain('First:');
    const fix = verdict({ run, warnings: [], analytics: { decision: decision('fix the foundation first', ['store inventory accuracy is 88.0%']) } });
    expect(fix.lead).toBe('Fix the foundation first, then pilot store-pilot.');
    expect(fix.text).toMatch(/First: store inventory accuracy is 88\.0%\.$/);
    expect(verdict({ run, warnings: [], analytics: { decision: decision('not worth a pilot yet', ['negative NPV']) } }).lead).toBe('store-pilot is not worth a pilot yet.');
    // a decision about another policy does not change the lead
    expect(verdict({ run, warnings: [], analytics: { decision: { ...decision('not worth a pilot yet', []), policy: 'other' } } }).lead).toBe('Switch to store-pilot.');
  });

  it('says when the interval includes no saving', () => {
    const analytics = { intervals: [{ policy: 'store-pilot', metric: 'fulfillment_cost_per_order' as const, low: -2.5, high: 0.3, n: 20, method: 'replicates', level: 0.9 }] };
    const v = verdict({ run, warnings: [], analytics });
    expect(v.text).toContain('90% CI -$0.30 to $2.50');
    expect(v.text).toContain('The interval includes no saving at all');
  });

  it('keeps the baseline when every alternative costs more, naming the closest and the best for service', () => {
    const r = withMetrics(run, {
      'closest-with-stock': { fulfillment_cost_per_order: 27.5 },
      'store-for-local': { fulfillment_cost_per_order: 26.9, on_time_delivery_rate: 0.9 },
      'store-pilot': { fulfillment_cost_per_order: 26.6 },
    });
    const v = verdict({ run: r, warnings: [] });
    expect(v.kind).toBe('keep');
    expect(v.best).toBeNull();
    expect(v.focus.policy).toBe('store-pilot');
    expect(v.lead).toBe('Keep warehouse-only.');
    expect(v.text).toMatch(/^None of the 3 alternatives lowers fulfillment cost per order without making on-time delivery or cancellations worse\. /);
    expect(v.text).toContain('The cheapest alternative, store-pilot, costs $0.14 more per order (about $12 more a quarter');
    expect(v.text).toContain('For service, store-for-local delivers the most orders on time (90.0%, +12.2 pts) at $0.44 more per order.');
  });

  it('keeps the baseline when the only cheaper policies hurt service, and says how', () => {
    const r = withMetrics(run, { 'store-pilot': { on_time_delivery_rate: 0.7 } });
    const v = verdict({ run: r, warnings: [] });
    expect(v.kind).toBe('keep');
    expect(v.focus.policy).toBe('closest-with-stock');
    expect(v.text).toContain('The cheapest, closest-with-stock, would save $1.54 per order (about $140 a quarter) but worsens on-time delivery (-0.9 pts).');
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
    expect([roundMoney(11_348), roundMoney(-843.2), roundMoney(12.4), roundMoney(0.3)]).toEqual(['$11,300', '$840', '$12', '$0']);
  });
});
