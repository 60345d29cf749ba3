import { beforeAll, describe, expect, it } from 'vitest';
import { compareResult, decideResult, openScenario, runScenario, type ScenarioResult } from '../../../sim/index.ts';
import { InputError } from '../../../sim/problems.ts';
import { starterInput } from '../../helpers/starter.ts';

let r: ScenarioResult;
beforeAll(async () => {
  r = await runScenario(await openScenario(starterInput()), { replicates: 2, workers: 1 });
});

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return `${e.problems[0]!.field} ${e.problems[0]!.code}`;
    throw e;
  }
  return 'no error';
};

describe('compareResult', () => {
  it('B − A on every metric: both policies ship the 2 orders', () => {
    const rows = compareResult(r, 'warehouse-only', 'store-for-local');
    const pick = rows.find((x) => x.metric === 'orders')!;
    expect([pick.a, pick.b, pick.delta]).toEqual([2, 2, 0]);
    // both replicates replay the same 2 orders: the intervals are over 2 replicates
    expect(rows[0]!.replicates?.n).toBe(2);
  });

  it('a policy the run does not have: an InputError naming the argument and the run’s policies', () => {
    expect(codeOf(() => compareResult(r, 'warehouse-only', 'cheapest'))).toBe('b not-policy-of-run');
    expect(codeOf(() => compareResult(r, 'nope', 'store-for-local'))).toBe('a not-policy-of-run');
  });
});

describe('decideResult', () => {
  it('is the run’s own analysis by default, and the same figures when the policy is named', () => {
    expect(decideResult(r)).toBe(r.analysis);
    const d = decideResult(r, { policy: 'store-for-local' });
    expect(d.policy).toBe('store-for-local');
    expect(d.cashFlow.npv).toBeCloseTo(r.analysis!.cashFlow.npv, 9);
    expect(d.decision.verdict).toBe(r.analysis!.decision.verdict);
  });

  it('the baseline or an unknown policy: an InputError', () => {
    expect(codeOf(() => decideResult(r, { policy: 'warehouse-only' }))).toBe('policy policy-is-baseline');
    expect(codeOf(() => decideResult(r, { policy: 'nope' }))).toBe('policy not-policy-of-run');
  });
});
