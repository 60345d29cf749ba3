/**
 * The order policies are shown in, in every comparison table (the report's KPI table,
 * summary.md, the terminal): the baseline first, then the policy decided on, so the two an
 * owner weighs sit side by side at any width, then the others in the scenario's order.
 */
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';

/**
 * The runs in display order; `focus` is the policy decided on (none, or the baseline: the
 * scenario's order after the baseline).
 * @example policiesInView(run, 'fewest-packages').map((p) => p.policy) // ['warehouse-only', 'fewest-packages', 'closest-with-stock', …]
 */
export function policiesInView(r: ScenarioRun, focus?: string | null): PolicyRun[] {
  const base = r.runs.filter((p) => p.policy === r.baseline);
  const shaded = r.runs.filter((p) => p.policy === focus && p.policy !== r.baseline);
  return [...base, ...shaded, ...r.runs.filter((p) => p.policy !== r.baseline && p.policy !== focus)];
}
