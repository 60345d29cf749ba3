/** The library's `validateScenario`: `routelab validate`'s data readiness check, as data. */
import { checkTarget } from '../validate-target.ts';
import { ROUTELAB_ROOT } from '../environment.ts';
import type { DataCheck } from '../../pipeline/check.ts';
import type { Problem } from '../../problems.ts';
import { readinessMarkdown, readinessText, type ReadinessSource } from '../../report/readiness-report.ts';
import { inputPath, type OpenedScenario, type ScenarioInput } from './open.ts';

export interface Validation {
  /** 'ready', 'ready with warnings' or 'not ready' (as `validate` prints). */
  verdict: DataCheck['verdict'];
  /** Every error, warning and note found. */
  problems: Problem[];
  check: DataCheck;
  source: ReadinessSource;
  /** The report as `routelab validate` prints it. */
  text: string;
  /** The report as readiness.md (`validate --out`). */
  markdown: string;
}

/**
 * Checks a scenario's data (or a bare data folder) the way `routelab validate` does, going on
 * past errors: never throws for bad data, the problems come back in the result.
 * @example (await validateScenario('three-location')).verdict // 'ready'
 */
export async function validateScenario(
  source: ScenarioInput | OpenedScenario,
  { root = ROUTELAB_ROOT }: { root?: string } = {},
): Promise<Validation> {
  const arg = typeof source === 'object' && 'loaded' in source ? source.path : inputPath(source);
  const { check, source: src } = await checkTarget(arg, root);
  return {
    verdict: check.verdict,
    problems: check.problems,
    check,
    source: src,
    text: readinessText(check, src),
    markdown: readinessMarkdown(check, src),
  };
}
