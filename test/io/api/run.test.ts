import { describe, expect, it } from 'vitest';
import { analyze, comparePolicies, openScenario, runPolicies, runScenario } from '../../../sim/index.ts';
import { InputError } from '../../../sim/problems.ts';
import { starterInput } from '../../helpers/starter.ts';

const problemOf = async (f: () => unknown) => {
  try {
    await f();
  } catch (e) {
    if (e instanceof InputError) return e.problems[0]!;
    throw e;
  }
  throw new Error('no error');
};

describe('runScenario', () => {
  it('replays every policy under one name (name = policy), with metrics, deltas, replicates and the decision', async () => {
    const s = await openScenario(starterInput());
    const r = await runScenario(s, { replicates: 3, workers: 1 });
    expect(r.policies.map((p) => [p.name, p.policy, p.uses, p.isBaseline])).toEqual([
      ['warehouse-only', 'warehouse-only', 'warehouse-only', true],
      ['store-for-local', 'store-for-local', 'store-for-local', false],
    ]);
    // 2 orders, both shipped by each policy
    expect(r.policies.map((p) => p.metrics.orders)).toEqual([2, 2]);
    expect(r.replicates.map((x) => x.replicate)).toEqual([0, 1, 2]);
    expect(r.decision?.policy).toBe('store-for-local');
    expect(r.verdict).toBe(r.analysis?.decision);
    expect(r.seed).toBe('1');
  });

  it('replicates 0 or 2.5: an InputError naming the option', async () => {
    const s = await openScenario(starterInput());
    for (const replicates of [0, 2.5]) {
      const p = await problemOf(() => runScenario(s, { replicates }));
      expect([p.field, p.code]).toEqual(['replicates', 'bad-integer']);
    }
  });
});

describe('the clear errors a script meets calling the pipeline directly', () => {
  it('analyze(run) without replicates: no-replicates, not a TypeError', async () => {
    const s = await openScenario(starterInput());
    const run = runPolicies(s.loaded.model, s.scenario, s.loaded.policies);
    // @ts-expect-error: the call the analyst made, replicates left out
    expect((await problemOf(() => analyze(run))).code).toBe('no-replicates');
    expect((await problemOf(() => comparePolicies([], 'a', 'b', { rng: null as never }))).code).toBe('no-replicates');
  });

  it('a baseline the policies replayed do not include: baseline-not-run, listing the ones that ran', async () => {
    const s = await openScenario(starterInput());
    const p = await problemOf(() =>
      runPolicies(
        s.loaded.model,
        s.scenario,
        s.loaded.policies.filter((x) => x.spec.name !== 'warehouse-only'),
      ),
    );
    expect(p.code).toBe('baseline-not-run');
    expect(p.message).toBe('the baseline "warehouse-only" is not among the policies replayed (store-for-local)');
  });
});
