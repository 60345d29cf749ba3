/**
 * Capacity backlogs as run warnings: a network whose daily capacity cannot keep up (every
 * node at capacity 1, say) is valid input, and what it did to the orders is a finding.
 */
import { capacityWaits, utilization } from '../metrics/capacity.ts';
import { engineCounts } from '../metrics/engine-counts.ts';
import { msg } from '../messages.ts';
import { HORIZON_DAYS } from '../model/day-tables.ts';
import { dayLabel } from '../time/day-label.ts';
import type { ScenarioRun } from '../metrics/runs.ts';
import type { Problem } from '../problems.ts';

/** A wait for capacity this long (days) is a backlog worth a warning, not a busy day. */
export const LONG_CAPACITY_WAIT_DAYS = 7;

/**
 * One warning per policy whose orders waited a week or more for a node's daily capacity,
 * or whose backlog ran past the day tables: how many orders waited, the longest wait, the
 * days each node was full, and the packages counted as leaving on the last day modelled.
 * @example capacityBacklogs(run)[0].message // 'under warehouse-only, 12 of 12 orders (100.0%) waited …'
 */
export function capacityBacklogs(r: ScenarioRun): Problem[] {
  const use = utilization(r);
  const out: Problem[] = [];
  for (const p of r.runs) {
    const stats = engineCounts(p);
    if (stats.longestCapacityWaitDays < LONG_CAPACITY_WAIT_DAYS && stats.pastHorizonPackages === 0) continue;
    const { waited, orders } = capacityWaits(p);
    const full = use
      .filter((u) => u.policy === p.policy && u.fullDays > 0)
      .map((u) => ({ node: u.node, days: u.fullDays, shipDays: u.shipDays }));
    const pastHorizon =
      stats.pastHorizonPackages > 0
        ? {
            packages: stats.pastHorizonPackages,
            lastDay: dayLabel(p.model, p.model.calendar.days - 1),
            horizonDays: HORIZON_DAYS,
          }
        : null;
    const text = msg.capacityBacklog({
      policy: p.policy,
      waited,
      orders,
      longestDays: stats.longestCapacityWaitDays,
      full,
      pastHorizon,
    });
    out.push({ severity: 'warning', file: p.model.nodesFile, field: 'daily_order_capacity', ...text });
  }
  return out;
}
