/** Small helpers shared by the built-in policies. */
import type { Allocation, RouteRequest } from './types.ts';

/**
 * Units of a line's sku that `node` can still give this request: on-hand minus what `out`
 * already took from it, or 0 when the node is not eligible.
 */
export function unitsAvailable(req: RouteRequest, out: Allocation, node: number, line: number): number {
  if (!req.eligible[node]) return 0;
  const m = req.model;
  const sku = m.orders.lineSku[line]!;
  const left = req.onHand[node * m.skus.count + sku]! - out.allocated(m, node, sku);
  return left > 0 ? left : 0;
}

/**
 * Routes line `i` of the request to the nearest node among `allowedMask` that has all of
 * it; when none does, takes what each node has, nearest first. Returns units left unfilled.
 */
export function routeLineClosest(req: RouteRequest, out: Allocation, i: number, allowedMask: number): number {
  const m = req.model;
  const n = m.nodes.count;
  const base = req.dest * n;
  const line = req.lines[i]!;
  let need = req.need[i]!;
  for (let k = 0; k < n; k++) {
    const node = m.dests.nodesByDistance[base + k]!;
    if ((allowedMask >>> node) & 1 && unitsAvailable(req, out, node, line) >= need) {
      out.push(line, node, need);
      return 0;
    }
  }
  for (let k = 0; k < n && need > 0; k++) {
    const node = m.dests.nodesByDistance[base + k]!;
    if (!((allowedMask >>> node) & 1)) continue;
    const take = Math.min(need, unitsAvailable(req, out, node, line));
    if (take > 0) {
      out.push(line, node, take);
      need -= take;
    }
  }
  return need;
}

/** Mask with a bit for every node of the model. */
export function allNodesMask(nodeCount: number): number {
  return nodeCount >= 32 ? -1 : (1 << nodeCount) - 1;
}
