/** Packages by shipping node: which nodes a policy shipped from, and where the nodes are. */
import type { PolicyRun, ScenarioRun } from './runs.ts';

/** Every node id that appears in any run, scenario nodes first (sorted), added ones after. */
export function allNodes(r: ScenarioRun): string[] {
  const ids = [...r.model.nodes.ids];
  for (const p of r.runs) for (const id of p.model.nodes.ids) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** The packages one node shipped under one policy. */
export interface NodeMixRow {
  policy: string;
  node: string;
  packages: number;
  /** Share of the policy's packages. */
  share: number;
}

/**
 * Packages per node per policy, policies in run order, nodes in model order; nodes that
 * shipped nothing have no row.
 * @example nodeMix(run).find((m) => m.node === 'ST')?.share // 0.25
 */
export function nodeMix(r: ScenarioRun): NodeMixRow[] {
  const rows: NodeMixRow[] = [];
  for (const p of r.runs) {
    const nodes = p.model.nodes;
    const counts = new Float64Array(nodes.count);
    const log = p.run.packages;
    for (let k = 0; k < log.count; k++) counts[log.node[k]!]!++;
    const total = log.count || 1;
    for (let n = 0; n < nodes.count; n++)
      if (counts[n]! > 0)
        rows.push({ policy: p.policy, node: nodes.ids[n]!, packages: counts[n]!, share: counts[n]! / total });
  }
  return rows;
}

/** Node locations of a policy's network. */
export function nodeLocations(p: PolicyRun): { node: string; name: string; type: string; lat: number; lon: number }[] {
  const n = p.model.nodes;
  return n.ids.map((id, i) => ({
    node: id,
    name: n.names[i] || id,
    type: n.types[i]!,
    lat: n.lat[i]!,
    lon: n.lon[i]!,
  }));
}
