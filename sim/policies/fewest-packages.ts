/**
 * `fewest-packages`: the smallest set of nodes that can fill the whole order, ties broken
 * by distance (Shopify's default: minimize splits, then closest). When no set fills
 * everything, the smallest set that fills as much as the whole network can.
 */
import { z } from 'zod';
import { allNodesMask, routeLineClosest } from './helpers.ts';
import { Allocation, type PolicyDefinition, type RouteRequest } from './types.ts';

const settings = z.strictObject({});

/** Above this many candidate nodes, a greedy set cover replaces the exhaustive search. */
export const EXHAUSTIVE_MAX_NODES = 12;

/** Subsets of k items as bit masks, ordered by size and then by value (deterministic ties). */
function subsetsBySize(k: number): Int32Array {
  const masks = Array.from({ length: (1 << k) - 1 }, (_, i) => i + 1);
  const pop = (x: number) => {
    let c = 0;
    for (; x; x &= x - 1) c++;
    return c;
  };
  masks.sort((a, b) => pop(a) - pop(b) || a - b);
  return Int32Array.from(masks);
}

/** Routes every line closest-first within `mask` into `out`; returns units filled. */
function fillWithin(req: RouteRequest, out: Allocation, mask: number): number {
  out.clear();
  let filled = 0;
  for (let i = 0; i < req.count; i++) filled += req.need[i]! - routeLineClosest(req, out, i, mask);
  return filled;
}

export const fewestPackages: PolicyDefinition<typeof settings> = {
  name: 'fewest-packages',
  description: 'The smallest set of nodes that fills the order, then the closest such set (Shopify\'s default ranking).',
  settings,
  create(model) {
    const n = model.nodes.count;
    const all = allNodesMask(n);
    let maxLines = 1;
    for (let o = 0; o < model.orders.count; o++) maxLines = Math.max(maxLines, model.orders.lineStart[o + 1]! - model.orders.lineStart[o]!);
    const trial = new Allocation(maxLines * n);
    const cand = new Int32Array(n);
    const subsets: Int32Array[] = [];
    const skuCount = model.skus.count;

    return (req, out) => {
      // candidates: eligible nodes holding any of the order's skus
      let c = 0;
      for (let node = 0; node < n; node++) {
        if (!req.eligible[node]) continue;
        for (let i = 0; i < req.count; i++) {
          if (req.onHand[node * skuCount + model.orders.lineSku[req.lines[i]!]!]! > 0) {
            cand[c++] = node;
            break;
          }
        }
      }
      if (c === 0) return;
      const target = fillWithin(req, trial, all);
      let bestMask = 0;
      if (c <= EXHAUSTIVE_MAX_NODES) {
        const list = (subsets[c] ??= subsetsBySize(c));
        let bestSize = Infinity;
        let bestMiles = Infinity;
        for (let s = 0; s < list.length; s++) {
          const sub = list[s]!;
          let mask = 0, size = 0, miles = 0;
          for (let j = 0; j < c; j++) if ((sub >>> j) & 1) {
            mask |= 1 << cand[j]!;
            size++;
            miles += model.dests.miles[req.dest * n + cand[j]!]!;
          }
          if (size > bestSize) break;
          if (miles >= bestMiles) continue;
          if (fillWithin(req, trial, mask) === target) {
            bestSize = size;
            bestMiles = miles;
            bestMask = mask;
          }
        }
      } else {
        // greedy set cover: add the node that fills the most, nearest first on ties
        let filled = 0;
        while (filled < target) {
          let pick = -1, pickFill = filled;
          for (let k = 0; k < n; k++) {
            const node = model.dests.nodesByDistance[req.dest * n + k]!;
            if (!req.eligible[node] || (bestMask >>> node) & 1) continue;
            const f = fillWithin(req, trial, bestMask | (1 << node));
            if (f > pickFill) {
              pick = node;
              pickFill = f;
            }
          }
          if (pick < 0) break;
          bestMask |= 1 << pick;
          filled = pickFill;
        }
      }
      fillWithin(req, out, bestMask);
    };
  },
};
