/**
 * Guards on the replay's outcomes: a baseline that fills under 95% of units or cancels a
 * unit on over 5% of orders does not look like a working business (a scenario without
 * replenishment, stale inventory or missing receipts usually explain it), so the
 * decision model gives no pilot verdict on it. A policy that fills more than 5 points less
 * than the reference, or cancels on more than 5 points more of the orders, is warned about
 * too. Each guard is a warning (it goes into `run`'s warnings and the report's data-quality
 * section, and the report shows it at the top).
 */
import { sharePercent } from '../format/percent.ts';
import { guardCauses, msg } from '../messages.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { Problem } from '../problems.ts';
import { policyRun } from './savings.ts';

/** A baseline filling fewer units than this share is implausible. */
export const MIN_BASELINE_FILL = 0.95;
/** A baseline cancelling a unit on more orders than this share is implausible. */
export const MAX_BASELINE_CANCEL = 0.05;
/** A policy more than this many points (as a share) worse than the reference on fill or cancellations is warned about. */
export const MAX_POLICY_DROP = 0.05;

/** Codes of the guard warnings (the report shows them at the top). */
export const GUARD_CODES: ReadonlySet<string> = new Set(['baseline-implausible', 'policy-service-drop']);

const pct = sharePercent;

/** The likely causes the scenario and data point at (`stale`: the readiness findings about inventory dates, in words). */
function causes(run: ScenarioRun, stale: string[]): string {
  const out: string[] = [];
  if (!run.scenario.config.replenishment && run.model.receipts.count === 0) out.push(guardCauses.noReplenishment);
  for (const s of stale) out.push(guardCauses.staleInventory(s));
  if (out.length === 0) out.push(guardCauses.generic);
  else out.push(guardCauses.missingReceipts);
  return out.join('; ');
}

/** Whether a drop in share points exceeds the limit, ignoring floating-point dust (1 − 0.95 is 0.0500000000000000444). */
const beyond = (drop: number, limit: number) => drop - limit > 1e-9;

/**
 * The guard warnings of a run against `against` (default the baseline). `stale` are the
 * serious inventory-date findings, in words, to name as a likely cause.
 * @example runGuards(run)[0]?.message // 'the baseline "warehouse-only" fills 31.0% of units (under 95%) …'
 */
export function runGuards(run: ScenarioRun, against = run.baseline, stale: string[] = []): Problem[] {
  const file = run.scenario.file;
  const out: Problem[] = [];
  const ref = policyRun(run, against);
  const fill = ref.metrics.fill_rate,
    cancel = ref.metrics.cancel_rate;
  const what: string[] = [];
  if (fill !== null && fill < MIN_BASELINE_FILL)
    what.push(`fills ${pct(fill)} of units (under ${pct(MIN_BASELINE_FILL)})`);
  if (cancel !== null && cancel > MAX_BASELINE_CANCEL)
    what.push(`cancels a unit on ${pct(cancel)} of orders (over ${pct(MAX_BASELINE_CANCEL)})`);
  if (what.length)
    out.push({
      severity: 'warning',
      file,
      field: 'baseline',
      ...msg.baselineImplausible(against, what.join(' and '), causes(run, stale)),
    });
  for (const p of run.runs) {
    if (p.policy === against) continue;
    const worse: string[] = [];
    if (fill !== null && p.metrics.fill_rate !== null && beyond(fill - p.metrics.fill_rate, MAX_POLICY_DROP))
      worse.push(
        `fills ${pct(p.metrics.fill_rate)} of units, ${((fill - p.metrics.fill_rate) * 100).toFixed(1)} points fewer`,
      );
    if (cancel !== null && p.metrics.cancel_rate !== null && beyond(p.metrics.cancel_rate - cancel, MAX_POLICY_DROP))
      worse.push(
        `cancels on ${pct(p.metrics.cancel_rate)} of orders, ${((p.metrics.cancel_rate - cancel) * 100).toFixed(1)} points more`,
      );
    if (worse.length)
      out.push({
        severity: 'warning',
        file,
        field: p.policy,
        ...msg.policyServiceDrop(p.policy, worse.join(' and '), against, causes(run, stale)),
      });
  }
  return out;
}
