/** Pre/post cohorts of a rollout and a pilot inside one run. */
import { describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { runTiny } from '../helpers/tiny.ts';
import { analyzeCohorts } from '../../sim/analytics/cohorts.ts';
import { orderCells, regionOf, sizeBand } from '../../sim/analytics/cells.ts';

describe('cells', () => {
  it('bands order sizes and maps states to census regions', () => {
    expect([1, 2, 3, 7].map(sizeBand)).toEqual(['1', '2', '3+', '3+']);
    expect(['NY', 'oh', 'TX', 'CA', 'PR'].map(regionOf)).toEqual(['Northeast', 'Midwest', 'South', 'West', 'Other']);
  });
});

describe('analyzeCohorts', () => {
  const input = randomTiny(41);
  input.scenario = input.scenario!.replace(
    '  - name: cheapest\n',
    `  - name: cheapest
  - name: switch
    use: rollout
    phases:
      - { from: 2026-07-06, policy: warehouse-only, label: before }
      - { from: 2026-07-13, policy: fewest-packages, label: after }
  - name: trial
    use: pilot
    policy: fewest-packages
    fallback: warehouse-only
    cohort: { from: 2026-07-13 }
`,
  );
  const r = runTiny(input);
  const cohorts = analyzeCohorts(r);

  it("compares a rollout's first period with its last, and the rate and mix effects add up to the raw change", () => {
    const roll = cohorts.find((c) => c.policy === 'switch')!;
    expect([roll.kind, roll.pre, roll.post]).toEqual(['rollout', 'before', 'after']);
    for (const p of roll.prePost) {
      const k = p.decomposition!;
      expect(k.rateEffect + k.mixEffect).toBeCloseTo(k.rawChange, 10);
      expect(p.standardized.rawChange).toBeCloseTo(k.rawChange, 10);
    }
  });

  it('compares a pilot cohort before and during the pilot, with a difference in differences when it has a start', () => {
    const trial = cohorts.find((c) => c.policy === 'trial')!;
    expect(trial.kind).toBe('pilot');
    // the cohort has no geography: every order is "treated", so there is no control group
    expect(trial.did).toEqual([]);
    const cells = orderCells(r.model);
    expect(cells.every((c) => /^[^|]+\|(Northeast|Midwest|South|West|Other)\|(1|2|3\+)$/.test(c))).toBe(true);
  });
});
