/** How full nodes with a daily capacity were, and how many orders waited for capacity. */
import { FLAG_CAPACITY_WAIT } from '../engine/outcomes.ts';
import type { PolicyRun, ScenarioRun } from './runs.ts';

/** How full a node with a daily capacity was under a policy, over its ship days in the period. */
export interface UtilizationRow {
  policy: string;
  node: string;
  capacity: number;
  /** Ship days in the period on which the node was open. */
  shipDays: number;
  packages: number;
  /** Mean packages shipped per ship day ÷ capacity. */
  mean: number;
  /** The busiest day's packages ÷ capacity. */
  peak: number;
  /** Ship days on which it shipped its full capacity. */
  fullDays: number;
}

/**
 * One row per policy and node with a daily capacity (nodes without one have none), packages
 * counted on their ship day, over the node's open ship days in the period.
 * @example utilization(run)[0] // { policy: 'warehouse-only', node: 'ST', capacity: 2, shipDays: 12, packages: 0, mean: 0, peak: 0, fullDays: 0 }
 */
export function utilization(r: ScenarioRun): UtilizationRow[] {
  const rows: UtilizationRow[] = [];
  for (const p of r.runs) {
    const { nodes, calendar: cal } = p.model;
    const D = cal.days;
    const perDay = new Int32Array(nodes.count * D);
    const log = p.run.packages;
    for (let k = 0; k < log.count; k++) {
      const d = log.shipDay[k]!;
      if (d >= 0 && d < D) perDay[log.node[k]! * D + d]!++;
    }
    for (let n = 0; n < nodes.count; n++) {
      const cap = nodes.capacity[n]!;
      if (cap <= 0) continue;
      let shipDays = 0,
        packages = 0,
        peak = 0,
        full = 0;
      const from = Math.max(0, nodes.activeFrom[n]!),
        to = Math.min(cal.endDay, nodes.activeTo[n]!);
      for (let d = from; d <= to; d++) {
        if (!cal.shipDay[n * D + d]) continue;
        const used = perDay[n * D + d]!;
        shipDays++;
        packages += used;
        if (used > peak) peak = used;
        if (used >= cap) full++;
      }
      rows.push({
        policy: p.policy,
        node: nodes.ids[n]!,
        capacity: cap,
        shipDays,
        packages,
        mean: shipDays ? packages / shipDays / cap : 0,
        peak: peak / cap,
        fullDays: full,
      });
    }
  }
  return rows;
}

/** Orders of a policy that waited for a node's daily capacity, out of its orders. */
export interface CapacityWaits {
  waited: number;
  orders: number;
}

/**
 * How many of a policy's orders had a package wait for a node's daily capacity.
 * @example capacityWaits(run.runs[0]) // { waited: 12, orders: 12 }
 */
export function capacityWaits(p: PolicyRun): CapacityWaits {
  const flags = p.run.outcomes.flags;
  let waited = 0;
  for (let o = 0; o < flags.length; o++) if (flags[o]! & FLAG_CAPACITY_WAIT) waited++;
  return { waited, orders: flags.length };
}
