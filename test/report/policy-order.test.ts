import { describe, expect, it } from 'vitest';
import type { ScenarioRun } from '../../sim/metrics/runs.ts';
import { policiesInView } from '../../sim/report/policy-order.ts';

const run = { baseline: 'b', runs: ['a', 'b', 'c', 'd'].map((policy) => ({ policy })) } as unknown as ScenarioRun;
const names = (focus?: string | null) => policiesInView(run, focus).map((p) => p.policy);

describe('policiesInView', () => {
  it('puts the baseline first, then the policy decided on, then the rest in scenario order', () => {
    expect(names('d')).toEqual(['b', 'd', 'a', 'c']);
  });
  it('keeps scenario order after the baseline when nothing, or the baseline, is decided on', () => {
    expect(names()).toEqual(['b', 'a', 'c', 'd']);
    expect(names('b')).toEqual(['b', 'a', 'c', 'd']);
  });
});
