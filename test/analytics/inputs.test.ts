import { describe, expect, it } from 'vitest';
import { requirePolicy, requireReplicates } from '../../sim/analytics/inputs.ts';
import { InputError } from '../../sim/problems.ts';

const codeOf = (f: () => void) => {
  try {
    f();
    return 'none';
  } catch (e) {
    return e instanceof InputError ? `${e.problems[0]!.code} ${e.problems[0]!.message}` : 'other';
  }
};

describe('requireReplicates and requirePolicy', () => {
  it('pass what is there, and name what is missing', () => {
    expect(codeOf(() => requireReplicates([{}], 'analyze'))).toBe('none');
    expect(codeOf(() => requireReplicates([], 'analyze'))).toBe(
      "no-replicates analyze needs the run's replicates, and none were given",
    );
    expect(codeOf(() => requireReplicates(undefined, 'analyze'))).toMatch(/^no-replicates /);
    expect(codeOf(() => requirePolicy('a', ['a', 'b'], 'b'))).toBe('none');
    expect(codeOf(() => requirePolicy('c', ['a', 'b'], 'b'))).toBe(
      'not-policy-of-run "c" is not a policy of this run (its policies: a, b)',
    );
  });
});
