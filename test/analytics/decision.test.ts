/**
 * The buy/no-buy test: the three questions with their evidence in words, the verdict rules
 * in order, and the store-readiness and pilot evidence, on hand-set inputs. The ROI case:
 * $0.50 an order × 1,000 − $300 a month after $1,200 setup, 12 months: NPV $1,200, payback 6.0.
 */
import { describe, expect, it } from 'vitest';
import { decide, pilotEvidence, storeEvidence, type StoreReadiness } from '../../sim/analytics/decision.ts';
import type { PilotPlan } from '../../sim/analytics/pilot.ts';
import { roi } from '../../sim/analytics/roi.ts';
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

describe('pilot sizing and the verdict', () => {
  const metrics = (over: Record<string, number>) =>
    ({ split_rate: 0.05, cancel_rate: 0.03, manual_touches_per_order: 0.01, store_share: 0.2, ...over }) as never;
  const money = roi({ savings, monthlyOrders: 1000, config });
  const pilot: PilotPlan = {
    policy: 'p',
    against: 'b',
    design: 'difference in differences',
    cohort: 'orders to NY',
    states: ['NY'],
    cohortOrders: 900,
    cohortOrdersPerDay: 10,
    calendarDays: 90,
    cellDays: 90,
    coverage: 1,
    effect: -0.5,
    sdBefore: 1,
    sdDuring: 1,
    days: 30,
    orders: 300,
    mde: [{ days: 90, effect: 0.3 }],
    curve: [],
    zAlpha: 1.96,
    zPower: 0.84,
    unsized: null,
  };
  const store = (risk: 'at risk' | 'safe', shift: number) => ({
    stores: [{ node: 'ST-LA', name: 'LA', accuracy: 0.88, breakEven: 0.88 + shift }],
    breakEvenShift: shift,
    replays: [],
    searched: { low: -0.2, high: 0.05 },
    plausibleRange: 0.05,
    risk,
  });
  const base = {
    baseline: metrics({}),
    policy: metrics({}),
    policyName: 'p',
    against: 'b',
    nodesShipping: 3,
    saving: savings,
    worsens: [],
    integration: 'connector' as const,
    implementationCost: 0,
    pilot,
    roi: money,
    stores: null,
    guards: [],
    savingCertain: true,
  };
  it('says run a phased pilot when every answer is yes', () => {
    const d = decide(base);
    expect(d.verdict).toBe('run a phased pilot');
    expect(d.questions.map((q) => q.answer)).toEqual(['yes', 'yes', 'yes']);
    expect(d.reasons[0]).toBe('positive NPV ($1,200 over 12 months), payback 6.0 months, measurable in 30 days');
  });
  it('judges store readiness from the break-even accuracy, not from a fixed threshold', () => {
    // LA at 88%: below the old 90% line, but the NPV stays positive until 7.8 points less: a pilot
    expect(decide({ ...base, stores: store('safe', -0.078) }).verdict).toBe('run a phased pilot');
    // 4.6 points less takes the NPV to zero: within the ±5 points records are plausibly off
    const d = decide({ ...base, stores: store('at risk', -0.046) });
    expect(d.verdict).toBe('fix the foundation first');
    expect(d.reasons[0]).toMatch(
      /^with store inventory 4\.6 points less accurate than stated \(ST-LA at 83\.4% instead of 88\.0%\), the NPV falls to zero/,
    );
  });
  it('says fix the foundation first when the pilot could not show it in 90 days', () => {
    expect(decide({ ...base, pilot: { ...pilot, days: 200, orders: 2000 } }).verdict).toBe('fix the foundation first');
  });
  it('says not worth a pilot yet without complexity, without a saving or with a negative NPV', () => {
    expect(
      decide({
        ...base,
        baseline: metrics({ split_rate: 0, cancel_rate: 0, manual_touches_per_order: 0 }),
        policy: metrics({ store_share: 0 }),
        nodesShipping: 1,
      }).verdict,
    ).toBe('not worth a pilot yet');
    const losing = roi({ savings: { ...savings, total: 0.1 }, monthlyOrders: 1000, config });
    const d = decide({ ...base, roi: losing });
    expect(d.verdict).toBe('not worth a pilot yet');
    expect(d.reasons).toEqual(['the 12-month NPV is not positive (−$3,600), so it never pays back']);
  });
  it('gives no pilot verdict on an implausible baseline', () => {
    const guard = {
      severity: 'warning' as const,
      code: 'baseline-implausible',
      file: 's.yaml',
      message:
        'the baseline "b" fills 31.0% of units (under 95.0%): a replay this far from a working business prices the wrong problem, so no pilot verdict is given',
      hint: '',
    };
    const d = decide({ ...base, guards: [guard] });
    expect(d.verdict).toBe('check the data first');
    expect(d.reasons).toEqual([
      'the baseline "b" fills 31.0% of units (under 95.0%): a replay this far from a working business prices the wrong problem',
    ]);
  });

  it('words the three questions from the measured figures', () => {
    const d = decide(base);
    expect(d.questions.map((q) => q.question)).toEqual([
      'Is there enough fulfillment complexity to gain from routing rules?',
      'Can the core systems be connected without major custom work?',
      'Can the impact be measured within 90 days?',
    ]);
    expect(d.questions[0]!.evidence).toBe(
      '3 node(s) ship under p (2 or more needed); under b 3.0% of orders lose a unit, 5.0% split, 0.010 manual touches per order; 20.0% of packages would ship from stores (yes when any of the first three is 2% or more, or the store share 5% or more)',
    );
    expect(d.questions[1]!.evidence).toBe(
      'declared in the scenario: connector; one-time implementation in the ROI case $0',
    );
    expect(d.questions[2]!.evidence).toBe(`${pilotEvidence(pilot)} (90 or fewer needed)`);
  });

  it('complexity: 2% is enough, just under is not; one shipping node is never enough', () => {
    const quiet = { split_rate: 0, cancel_rate: 0, manual_touches_per_order: 0 };
    expect(
      decide({ ...base, baseline: metrics({ ...quiet, split_rate: 0.02 }), policy: metrics({ store_share: 0 }) })
        .questions[0]!.answer,
    ).toBe('yes');
    expect(
      decide({ ...base, baseline: metrics({ ...quiet, split_rate: 0.0199 }), policy: metrics({ store_share: 0.0499 }) })
        .questions[0]!.answer,
    ).toBe('no');
    expect(
      decide({ ...base, policy: metrics({ store_share: 0.05 }), baseline: metrics(quiet) }).questions[0]!.answer,
    ).toBe('yes');
    expect(decide({ ...base, nodesShipping: 1 }).questions[0]!.answer).toBe('no');
  });

  it('a pilot of exactly 90 days is measurable; 91 is not', () => {
    expect(decide({ ...base, pilot: { ...pilot, days: 90 } }).questions[2]!.answer).toBe('yes');
    expect(decide({ ...base, pilot: { ...pilot, days: 91 } }).questions[2]!.answer).toBe('no');
    expect(decide({ ...base, pilot: { ...pilot, days: null } }).questions[2]!.answer).toBe('no');
  });

  it('a saving that shows as $0.00, or a worse guardrail, is not worth a pilot', () => {
    const tiny = { ...savings, total: 0.004 };
    expect(decide({ ...base, saving: tiny }).reasons).toEqual(['it saves nothing: $0.00 per order against b']);
    const d = decide({ ...base, worsens: ['on-time delivery'] });
    expect([d.verdict, ...d.reasons]).toEqual(['not worth a pilot yet', 'it makes on-time delivery worse']);
  });

  it('custom integration work means fix the foundation first', () => {
    const d = decide({ ...base, integration: 'custom-work', implementationCost: 25000 });
    expect(d.verdict).toBe('fix the foundation first');
    expect(d.reasons).toEqual(['connecting the systems needs major custom work']);
    expect(d.questions[1]).toMatchObject({
      answer: 'no',
      evidence: 'declared in the scenario: custom-work; one-time implementation in the ROI case $25,000',
    });
  });

  it('a pilot with an unknown integration or an uncertain saving says so beside the verdict', () => {
    const d = decide({ ...base, integration: 'unknown', savingCertain: false });
    expect(d.verdict).toBe('run a phased pilot');
    expect(d.reasons.slice(1)).toEqual([
      "but the saving's interval includes zero: treat the pilot as the test",
      'find out first whether the systems connect without custom work',
    ]);
    expect(d.questions[1]).toMatchObject({
      answer: 'unknown',
      evidence: 'not declared: set roi.integration in the scenario (connector, custom-work)',
    });
  });
});

describe('pilotEvidence', () => {
  const pilot = {
    design: 'difference in differences',
    cohort: 'orders to NY',
    cohortOrdersPerDay: 10,
    days: 30,
    orders: 300,
    effect: -0.5,
    mde: [{ days: 90, effect: 0.3 }],
    unsized: null,
  } as unknown as PilotPlan;
  it('gives the days, orders, effect and the 90-day detectable difference', () => {
    expect(pilotEvidence(pilot)).toBe(
      "a pilot on orders to NY (10.0 a day), measured against the rest by difference in differences, needs about 30 calendar days (300 cohort orders, plus as many days before it) to show the replay's $0.50 saving per cohort order at 80% power, α 5%; 90 days would show only a difference of $0.30 or more",
    );
  });
  it('without a 90-day row, stops after the power', () => {
    expect(pilotEvidence({ ...pilot, mde: [] })).toMatch(/at 80% power, α 5%$/);
  });
  it('says when no difference shows, or why it cannot be sized', () => {
    expect(pilotEvidence({ ...pilot, days: null })).toBe(
      'the replay shows no difference per order on orders to NY, so no pilot length would show one',
    );
    expect(pilotEvidence({ ...pilot, unsized: 'the cohort has no orders before the pilot' })).toBe(
      'a pilot on orders to NY (10.0 a day), measured against the rest by difference in differences, cannot be sized: the cohort has no orders before the pilot',
    );
  });
});

describe('storeEvidence', () => {
  const r: StoreReadiness = {
    stores: [{ node: 'ST-LA', name: 'LA', accuracy: 0.88, breakEven: 0.834 }],
    breakEvenShift: -0.046,
    replays: [
      { shift: -0.05, npv: -100 },
      { shift: 0, npv: 1200 },
      { shift: 0.05, npv: 2000 },
    ],
    searched: { low: -0.05, high: 0.05 },
    plausibleRange: 0.05,
    risk: 'at risk',
  };
  it('names the stores, the break-even shift and the replays', () => {
    expect(storeEvidence(r)).toBe(
      "stores ST-LA (LA) 88.0%, break-even 83.4%: the NPV crosses zero with every store 4.6 points less accurate than stated (replayed with every store's accuracy moved by −5.0, +5.0 points); stated figures are plausibly off by ±5.0 points",
    );
  });
  it('without a break-even: positive down to the searched low, or negative up to the searched high', () => {
    const none = {
      ...r,
      stores: [{ node: 'ST-LA', name: 'ST-LA', accuracy: 0.88, breakEven: null }],
      breakEvenShift: null,
      searched: { low: -0.2, high: 0.05 },
    };
    expect(storeEvidence({ ...none, risk: 'safe' })).toBe(
      "stores ST-LA 88.0%: the NPV stays positive even 20.0 points less accurate (replayed with every store's accuracy moved by −5.0, +5.0 points)",
    );
    expect(storeEvidence({ ...none, searched: { low: -0.05, high: 0.2 }, risk: 'losing at the stated accuracy' })).toBe(
      "stores ST-LA 88.0%: the NPV stays negative even 20.0 points more accurate (replayed with every store's accuracy moved by −5.0, +5.0 points)",
    );
  });
  it('a break-even above the stated accuracy is "more accurate"', () => {
    expect(storeEvidence({ ...r, breakEvenShift: 0.031, risk: 'losing at the stated accuracy' })).toContain(
      'the NPV crosses zero with every store 3.1 points more accurate than stated',
    );
  });
});
