/**
 * Pre/post cohorts inside one run: a rollout's first period against its last, over the
 * same product mix and geography (direct standardization to the first period's mix of
 * category × region × order size, and the raw change split into rate and mix effects);
 * and a pilot's cohort against the rest, before and after its start (difference in
 * differences on weekly cells, because per-order errors overstate significance).
 */
import { orderCells } from './cells.ts';
import { cohortMembers } from '../policies/composite.ts';
import type { PolicyRun, ScenarioRun } from '../metrics/runs.ts';
import { parseIsoDate } from '../time/calendar.ts';
import {
  differenceInDifferences,
  kitagawa,
  standardizeToPre,
  type DidCell,
  type DifferenceInDifferences,
  type KitagawaDecomposition,
  type RateCell,
  type StandardizedChange,
} from '../stats/index.ts';

/** What `compare` shows of a rollout's or a pilot's cohort. */
export const COHORT_MEASURES = ['fulfillment_cost_per_order', 'on_time_delivery_rate'] as const;
/** The cohort measures a history also records (set beside its observed effects by `compare --history`). */
export const HISTORY_COHORT_MEASURES = ['ship_cost_per_order', 'split_rate', 'on_time_delivery_rate'] as const;
export type CohortMeasure = (typeof COHORT_MEASURES)[number] | (typeof HISTORY_COHORT_MEASURES)[number];

export interface PrePost {
  measure: CohortMeasure;
  standardized: StandardizedChange;
  decomposition: KitagawaDecomposition | null;
}

export interface CohortAnalysis {
  policy: string;
  kind: 'rollout' | 'pilot';
  /** Labels of the periods or groups compared. */
  pre: string;
  post: string;
  prePost: PrePost[];
  /** Pilots with a start date: the cohort against the rest, before and after. */
  did: { measure: CohortMeasure; result: DifferenceInDifferences }[];
}

/** The measure for order o, or null when it does not apply (all but the fulfillment cost need a package, as their metrics do). */
function value(p: PolicyRun, o: number, m: CohortMeasure): number | null {
  const out = p.run.outcomes;
  if (m === 'fulfillment_cost_per_order')
    return out.shipCost[o]! + out.pickCost[o]! + out.touchCost[o]! + out.cancelCost[o]!;
  if (out.packages[o]! === 0) return null;
  if (m === 'ship_cost_per_order') return out.shipCost[o]!;
  if (m === 'split_rate') return out.packages[o]! > 1 ? 1 : 0;
  return out.onTimeDelivery[o]!;
}

function rateCells(
  p: PolicyRun,
  cells: string[],
  inPre: (o: number) => boolean,
  inPost: (o: number) => boolean,
  m: CohortMeasure,
): RateCell[] {
  const acc = new Map<string, { pn: number; ps: number; qn: number; qs: number }>();
  for (let o = 0; o < cells.length; o++) {
    const pre = inPre(o),
      post = inPost(o);
    if (!pre && !post) continue;
    const v = value(p, o, m);
    if (v === null) continue;
    let a = acc.get(cells[o]!);
    if (!a) acc.set(cells[o]!, (a = { pn: 0, ps: 0, qn: 0, qs: 0 }));
    if (pre) {
      a.pn++;
      a.ps += v;
    } else {
      a.qn++;
      a.qs += v;
    }
  }
  return [...acc]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([key, a]) => ({
      key,
      preCount: a.pn,
      preRate: a.pn ? a.ps / a.pn : null,
      postCount: a.qn,
      postRate: a.qn ? a.qs / a.qn : null,
    }));
}

/**
 * Pre/post and difference-in-differences analyses of every rollout and pilot in the run, on
 * `measures` (default COHORT_MEASURES; `compare --history` asks for HISTORY_COHORT_MEASURES).
 */
export function analyzeCohorts(
  run: ScenarioRun,
  measures: readonly CohortMeasure[] = COHORT_MEASURES,
): CohortAnalysis[] {
  const cells = orderCells(run.model);
  const out: CohortAnalysis[] = [];
  for (const p of run.runs) {
    if (!p.segments) continue;
    const spec = run.scenario.policies.find((s) => s.name === p.policy)!;
    if (spec.use === 'rollout') {
      const labels = [...new Set(p.segments)];
      if (labels.length < 2) continue;
      // periods in time order: by each label's first order
      const first = labels.map((l) => p.segments!.indexOf(l));
      const ordered = labels
        .map((l, i) => [l, first[i]!] as const)
        .sort((a, b) => a[1] - b[1])
        .map(([l]) => l);
      const pre = ordered[0]!,
        post = ordered[ordered.length - 1]!;
      const prePost = measures.map((m) => {
        const rc = rateCells(
          p,
          cells,
          (o) => p.segments![o] === pre,
          (o) => p.segments![o] === post,
          m,
        );
        return { measure: m, standardized: standardizeToPre(rc), decomposition: kitagawa(rc) };
      });
      out.push({ policy: p.policy, kind: 'rollout', pre, post, prePost, did: [] });
    } else if (spec.use === 'pilot') {
      const cohort = (spec.settings as { cohort: { from?: string; to?: string } }).cohort;
      const geography = cohortMembers(p.model, { ...cohort, from: undefined, to: undefined });
      const start = cohort.from === undefined ? null : parseIsoDate(cohort.from)! - run.model.calendar.startEpochDay;
      const prePost = measures.map((m) => {
        const rc = rateCells(
          p,
          cells,
          (o) => p.segments![o] === 'rest' && geography[o] === 1,
          (o) => p.segments![o] === 'pilot',
          m,
        );
        return { measure: m, standardized: standardizeToPre(rc), decomposition: kitagawa(rc) };
      });
      const did: CohortAnalysis['did'] = [];
      if (start !== null) {
        for (const m of measures) {
          const weeks = new Map<string, DidCell & { sum: number; sq: number }>();
          for (let o = 0; o < run.model.orders.count; o++) {
            const v = value(p, o, m);
            if (v === null) continue;
            const day = run.model.orders.placedDay[o]!;
            const group = geography[o] ? 'treated' : 'control';
            const period = day >= start ? 'post' : 'pre';
            const key = `${group}|${period}|${Math.floor(day / 7)}`;
            let c = weeks.get(key);
            if (!c)
              weeks.set(
                key,
                (c = { group, period, label: `week ${Math.floor(day / 7) + 1}`, count: 0, value: 0, sum: 0, sq: 0 }),
              );
            c.count++;
            c.sum += v;
            c.sq += v * v;
          }
          const cellsList = [...weeks.values()].map(({ sum, sq, ...c }) => {
            const mean = sum / c.count;
            return {
              ...c,
              value: mean,
              sd: c.count > 1 ? Math.sqrt(Math.max(0, (sq - c.count * mean * mean) / (c.count - 1))) : 0,
            };
          });
          const groups = new Set(cellsList.map((c) => `${c.group}|${c.period}`));
          if (groups.size === 4) did.push({ measure: m, result: differenceInDifferences(cellsList) });
        }
      }
      out.push({
        policy: p.policy,
        kind: 'pilot',
        pre: 'cohort before the pilot',
        post: 'cohort in the pilot',
        prePost,
        did,
      });
    }
  }
  return out;
}
