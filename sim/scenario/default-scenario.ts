/**
 * The scenario a bare data folder (one without a scenario.yaml) is checked with: its
 * period, its shipping model, and the schema's defaults for everything else.
 */
import { scenarioSchema, type ScenarioFile } from './schema.ts';

/** The business time zone a scenario has when it names none. */
export const DEFAULT_TIMEZONE: string = scenarioSchema.shape.timezone.parse(undefined);

/**
 * A scenario with every setting at its default, for the given period (`YYYY-MM-DD`, both
 * inclusive) and shipping model. Its one policy is a placeholder: nothing is replayed.
 * @example defaultScenarioConfig({ start: '2026-07-01', end: '2026-09-30' }, 'linear').default_weight_lb // 1
 */
export function defaultScenarioConfig(
  period: { start: string; end: string },
  shipping: 'rate-card' | 'linear',
): ScenarioFile {
  return scenarioSchema.parse({
    data: '.',
    period,
    shipping: { model: shipping },
    policies: [{ name: 'closest-with-stock' }],
  });
}
