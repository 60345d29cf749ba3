/**
 * Simulated and observed side by side: for a scenario with recorded history and a pilot
 * entry of the change, the replay's predicted effect on the pilot cohort (its difference in
 * differences, cohort against the rest, before and after the pilot's start) beside the
 * history's measured one (`observed` of compareHistory), per measure both sides have, with
 * whether they agree and why they may not. Computed once here; every output only words it.
 */
import type { CohortAnalysis, CohortMeasure } from './cohorts.ts';
import type { HistoryComparison, HistoryMeasure, ObservedEffect } from './history.ts';
import type { PolicySpec } from '../scenario/parse.ts';
import { contains, type Interval } from '../stats/index.ts';

/** The replay's effect on the pilot cohort, in the measure's units. */
export interface ReplayEffect {
  basis: 'replay-difference-in-differences';
  estimate: number;
  /** Over weekly cells of the one replay; `null` when a group-period has fewer than two weeks. */
  interval: Interval | null;
  confidence: number;
}

/**
 * How the two effects relate: the replay's estimate inside the observed interval, the observed
 * estimate inside the replay's interval, the intervals overlapping, not overlapping
 * (disagree), or no verdict (a side has no estimate, or neither has an interval).
 */
export type Agreement =
  'replay-inside-observed' | 'observed-inside-replay' | 'intervals-overlap' | 'disagree' | 'cannot-tell';

export interface ReplayVsHistoryRow {
  measure: HistoryMeasure;
  replay: ReplayEffect | null;
  observed: ObservedEffect;
  agreement: Agreement;
}

/**
 * Why a replay and a history can differ, most general first:
 * - `same-orders-vs-other-weeks`: the replay's effect is on the same orders with the same
 *   random draws, the observed one against other orders and other weeks, with their noise;
 * - `rates-vs-bills`: the replay prices parcels by the scenario's rate card, history has the
 *   carrier's bills (`illustrative-rates` when the card is marked illustrative);
 * - `transit-vs-tracking`: the replay's delivery days come from transit.csv and its delays;
 * - `stock-vs-picks`: the replay splits when its stock and policy say so, history when the
 *   store's real shelves and staff did;
 * - `different-start`: the pilot's start date is not the switch day.
 */
export type DifferenceReason =
  | 'same-orders-vs-other-weeks'
  | 'rates-vs-bills'
  | 'illustrative-rates'
  | 'transit-vs-tracking'
  | 'stock-vs-picks'
  | 'different-start';

export interface ReplayVsHistory {
  /** The pilot entry replayed, and the scenario's baseline it was replayed against. */
  policy: string;
  baseline: string;
  /** Its cohort's start date (YYYY-MM-DD) and the history's switch day. */
  start: string;
  switchDate: string;
  rows: ReplayVsHistoryRow[];
  /** The reasons that apply, for the measures that disagree (the first always applies). */
  reasons: DifferenceReason[];
}

/** A history comparison with the replay beside it, as `compare --history` writes and prints it. */
export type HistoryReportInput = HistoryComparison & { replayVsHistory?: ReplayVsHistory | null };

/** The pilot settings this reads. */
interface PilotCohort {
  cohort: { states?: string[]; from?: string };
}

const sameStates = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a.map((s) => s.toUpperCase()));
  return x.size === new Set(b).size && b.every((s) => x.has(s.toUpperCase()));
};

/**
 * The pilot entry to replay beside the history: `named` when given, else the one `use: pilot`
 * entry whose cohort states are the pilot states (null when none, or more than one, is).
 * @example matchingPilot(scenario.policies, ['NY', 'NJ'])?.name // 'brooklyn-pilot'
 */
export function matchingPilot(
  policies: readonly PolicySpec[],
  pilotStates: readonly string[] | null,
  named?: string,
): PolicySpec | null {
  if (named !== undefined) return policies.find((p) => p.name === named && p.use === 'pilot') ?? null;
  if (!pilotStates) return null;
  const found = policies.filter((p) => {
    const states = p.use === 'pilot' ? (p.settings as PilotCohort).cohort.states : undefined;
    return states !== undefined && sameStates(states, pilotStates);
  });
  return found.length === 1 ? found[0]! : null;
}

/** The start date of a pilot entry's cohort, or null when it has none (no before and after to compare). */
export const pilotStart = (spec: PolicySpec): string | null => (spec.settings as PilotCohort).cohort.from ?? null;

function agreement(replay: ReplayEffect | null, observed: ObservedEffect): Agreement {
  if (!replay || observed.estimate === null) return 'cannot-tell';
  const r = replay.interval,
    o = observed.interval;
  if (o && contains(o, replay.estimate)) return 'replay-inside-observed';
  if (r && contains(r, observed.estimate)) return 'observed-inside-replay';
  if (r && o) return r.low <= o.high && o.low <= r.high ? 'intervals-overlap' : 'disagree';
  // one interval, the other estimate outside it
  return r || o ? 'disagree' : 'cannot-tell';
}

const REASON_OF: Partial<Record<HistoryMeasure, DifferenceReason>> = {
  ship_cost_per_order: 'rates-vs-bills',
  split_rate: 'stock-vs-picks',
  on_time_delivery_rate: 'transit-vs-tracking',
};

/**
 * The replay's pilot-cohort effects beside the history's observed ones, per measure both
 * have; `start` is the pilot's cohort start, `illustrativeRates` when the scenario's rate card
 * is marked illustrative.
 * @example replayVsHistory(h, cohort, { start: '2026-07-13', baseline: 'warehouse-only' }).rows[0].agreement
 */
export function replayVsHistory(
  h: HistoryComparison,
  cohort: CohortAnalysis,
  { start, baseline, illustrativeRates = false }: { start: string; baseline: string; illustrativeRates?: boolean },
): ReplayVsHistory {
  const rows: ReplayVsHistoryRow[] = [];
  for (const r of h.results) {
    const did = cohort.did.find((d) => d.measure === (r.measure as CohortMeasure))?.result;
    const measured = cohort.prePost.some((p) => p.measure === (r.measure as CohortMeasure));
    if (!measured) continue; // the replay does not measure it on the cohort
    const replay: ReplayEffect | null = did
      ? {
          basis: 'replay-difference-in-differences',
          estimate: did.estimate,
          interval: did.interval,
          confidence: did.confidence,
        }
      : null;
    rows.push({ measure: r.measure, replay, observed: r.observed, agreement: agreement(replay, r.observed) });
  }
  const reasons: DifferenceReason[] = ['same-orders-vs-other-weeks'];
  for (const row of rows) {
    if (row.agreement !== 'disagree') continue;
    const why = REASON_OF[row.measure];
    if (why) reasons.push(why === 'rates-vs-bills' && illustrativeRates ? 'illustrative-rates' : why);
  }
  if (start !== h.switchDate) reasons.push('different-start');
  return { policy: cohort.policy, baseline, start, switchDate: h.switchDate, rows, reasons };
}
