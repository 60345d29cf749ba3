/** The one sentence on what intervals cover, in `compare`'s text and the report's method notes, by how replicates were made. */
import { describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { tinyFiles, tinyScenario } from '../helpers/tiny.ts';
import { comparePolicies } from '../../sim/analytics/compare.ts';
import { runReplicate, type ReplicateStream } from '../../sim/analytics/replicates.ts';
import { buildModel, preparePolicies, runPolicies } from '../../sim/pipeline/index.ts';
import { makeRng } from '../../sim/random/rng.ts';
import { compareText } from '../../sim/report/analysis.ts';
import { intervalCoverage } from '../../sim/report/coverage.ts';
import { intervalsOf } from '../../sim/report/from-analysis.ts';
import type { ReportInput } from '../../sim/report/input.ts';
import { methodNotes } from '../../sim/report/notes.ts';

const input = randomTiny(32);
const scenario = tinyScenario(input.scenario);
const { model, data } = buildModel(scenario, tinyFiles(input));
const policies = preparePolicies(model, scenario, undefined, data);
const A = 'warehouse-only',
  B = 'fewest-packages';

/** Comparisons over `n` replicates whose streams (r ≥ 1) were made as `stream` says. */
function rows(n: number, stream: ReplicateStream) {
  const results = Array.from({ length: n }, (_, r) => runReplicate(policies, 7, r, r === 0 ? 'given' : stream));
  return comparePolicies(results, A, B, { rng: makeRng(1), resamples: 20 });
}

describe('what intervals cover', () => {
  it('compare says it under the table: weeks resampled, days resampled, generated data', () => {
    expect(compareText(A, B, 3, '7', rows(3, 'resampled'))).toContain(`paired t interval for one period's demand.`);
    expect(compareText(A, B, 3, '7', rows(3, 'resampled'))).toContain(intervalCoverage('resampled'));
    expect(compareText(A, B, 1, '7', rows(1, 'resampled'))).toContain(intervalCoverage('days'));
    expect(compareText(A, B, 3, '7', rows(3, 'generated'))).toContain(intervalCoverage('generated'));
    expect(intervalCoverage('resampled')).toBe(
      "Intervals cover this retailer's catalog, stock and network, with demand like the replayed period's (its weeks resampled) and pick failures and transit delays redrawn; they do not cover a change in demand mix or prices.",
    );
  });

  it("the report's method notes say it beside the intervals' method", () => {
    const run = runPolicies(model, scenario, policies, 7);
    const note = (n: number) => {
      const intervals = intervalsOf(B, rows(n, 'resampled'), n);
      return methodNotes({ run, warnings: [], analytics: { intervals } } as unknown as ReportInput).find(
        (i) => i.label === 'Intervals',
      )!.text;
    };
    expect(note(3)).toContain(
      "paired t interval over 3 replicates (the period's weeks resampled, common random numbers)",
    );
    expect(note(3)).toContain(intervalCoverage('resampled'));
    expect(note(1)).toContain(intervalCoverage('days'));
  });
});
