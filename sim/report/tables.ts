/** metrics.csv and outcomes.csv (made in outcomes.ts): the run's numbers as tidy CSV. */
import { toCSV } from '../format/csv-write.ts';
import { plainNumber } from '../format/number.ts';
import { METRICS } from '../metrics/metrics.ts';
import type { ScenarioRun } from '../metrics/runs.ts';

/** One row per policy, one column per contract metric (DESIGN §4), raw values. */
export function metricsCsv(r: ScenarioRun): string {
  const header = ['policy', 'uses', 'is_baseline', ...METRICS.map((m) => m.name)];
  return toCSV(
    header,
    r.runs.map((p) => [
      p.policy,
      p.use,
      p.policy === r.baseline ? 'true' : 'false',
      ...METRICS.map((m) => plainNumber(p.metrics[m.name])),
    ]),
  );
}

export { OUTCOME_COLUMNS, outcomesChunks, outcomesCsv } from './outcomes.ts';
