/** Orders by outcome reason: each order counts under exactly one reason (engine/reasons.ts). */
import { REASONS } from '../engine/reasons.ts';
import type { ScenarioRun } from './runs.ts';

/** Orders per outcome reason per policy. */
export interface ReasonRow {
  policy: string;
  reason: string;
  text: string;
  orders: number;
  share: number;
}

/**
 * One row per policy and reason, policies in run order, reasons in REASONS order (reasons
 * no order had included, with 0).
 * @example reasonCounts(run).find((x) => x.reason === 'single')?.orders // 11
 */
export function reasonCounts(r: ScenarioRun): ReasonRow[] {
  const rows: ReasonRow[] = [];
  for (const p of r.runs) {
    const counts = new Int32Array(REASONS.length);
    const out = p.run.outcomes;
    for (let o = 0; o < out.count; o++) counts[out.reason[o]!]!++;
    REASONS.forEach((reason, i) =>
      rows.push({
        policy: p.policy,
        reason: reason.code,
        text: reason.text,
        orders: counts[i]!,
        share: out.count ? counts[i]! / out.count : 0,
      }),
    );
  }
  return rows;
}
