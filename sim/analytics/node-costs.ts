/**
 * The fixed costs of a network change: nodes a policy adds (against the policy it is
 * measured against) bring their own monthly rent and labor and a one-time opening cost
 * (`roi.nodes`), as named cost lines the ROI adds to the scenario's own costs.
 */
import type { CostLine } from './roi.ts';
import type { Model } from '../model/types.ts';
import type { ScenarioFile } from '../scenario/schema.ts';

/** One named cost of a node, dollars (a month, or once). */
export interface NodeCost {
  label: string;
  amount: number;
}

/** Extra costs for the ROI: one-time (month 0) and monthly lines. */
export interface NodeCostLines {
  oneTime: NodeCost[];
  monthly: NodeCost[];
  /** Added nodes that have no entry in `roi.nodes` (their fixed costs count as zero). */
  unpriced: string[];
}

/** Node ids `to` has that `from` lacks (the nodes a network what-if adds), in `to`'s order. */
export function addedNodes(from: Model, to: Model): string[] {
  const had = new Set(from.nodes.ids);
  return to.nodes.ids.filter((id) => !had.has(id));
}

/**
 * The cost lines of the nodes `added`, from `roi.nodes`; zero amounts are left out.
 * @example nodeCostLines(['STORE-CHICAGO'], { 'STORE-CHICAGO': { monthly_rent: 4500, monthly_labor: 6000, opening_cost: 25000 } })
 * // { oneTime: [{ label: 'STORE-CHICAGO opening', amount: 25000 }], monthly: [{ label: 'STORE-CHICAGO rent', … }, { label: 'STORE-CHICAGO labor', … }], unpriced: [] }
 */
export function nodeCostLines(added: readonly string[], costs: ScenarioFile['roi']['nodes']): NodeCostLines {
  const out: NodeCostLines = { oneTime: [], monthly: [], unpriced: [] };
  for (const id of added) {
    const c = costs[id];
    if (!c) {
      out.unpriced.push(id);
      continue;
    }
    if (c.opening_cost > 0) out.oneTime.push({ label: `${id} opening`, amount: c.opening_cost });
    if (c.monthly_rent > 0) out.monthly.push({ label: `${id} rent`, amount: c.monthly_rent });
    if (c.monthly_labor > 0) out.monthly.push({ label: `${id} labor`, amount: c.monthly_labor });
  }
  return out;
}

/** Sum of cost lines. */
export const sumLines = (lines: readonly NodeCost[]): number => lines.reduce((s, l) => s + l.amount, 0);

/** The nodes' costs as the ROI's cost lines (roi.ts). */
export function asCostLines(n: NodeCostLines): CostLine[] {
  return [
    ...n.oneTime.map((l) => ({ name: l.label, monthly: 0, oneTime: l.amount })),
    ...n.monthly.map((l) => ({ name: l.label, monthly: l.amount, oneTime: 0 })),
  ];
}

/**
 * The ROI settings for a step measured against `against`: against the baseline, the
 * scenario's own one-time and monthly costs (the routing change) count; against another
 * policy they were paid on an earlier rung, so only the step's node costs count.
 */
export function stepRoiConfig(cfg: ScenarioFile['roi'], againstBaseline: boolean): ScenarioFile['roi'] {
  if (againstBaseline) return cfg;
  return {
    ...cfg,
    one_time: { setup: 0, implementation: 0, training: 0, store_readiness: 0 },
    monthly: { subscription: 0, store_labor: 0 },
  };
}
