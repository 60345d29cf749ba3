/**
 * Candidate nodes for one request: eligibility and the node filters, the stock each node may
 * ship per stock group, and the preference order of the nodes left (their whole-request keys).
 */
import { compareKeys } from './keys.ts';
import type { RulesState } from './state.ts';
import type { RouteRequest } from '../types.ts';

/** Marks in `nodeOk` the nodes that are eligible and pass every node filter; explain hears why the others went. */
export function passFilters(st: RulesState, req: RouteRequest): void {
  const { N, nodeOk, filters } = st;
  const ids = st.model.nodes.ids;
  const t = req.trace;
  for (let n = 0; n < N; n++) {
    nodeOk[n] = 0;
    if (!req.eligible[n]) {
      t?.candidates.push({
        node: ids[n]!,
        removedBy: req.reroute
          ? 'not eligible (its pick already failed, or it would ship outside its active dates)'
          : 'it would ship outside its active dates',
        values: {},
      });
      continue;
    }
    let removed = '';
    for (const f of filters.node)
      if (f.removes(req, n)) {
        removed = f.label;
        break;
      }
    if (removed) {
      t?.candidates.push({ node: ids[n]!, removedBy: `filter ${removed}`, values: {} });
      continue;
    }
    nodeOk[n] = 1;
  }
}

/** Lines of the same sku share stock: fills `group` and one `availInit` row per sku group. */
export function stockGroups(st: RulesState, req: RouteRequest): void {
  const { N, nodeOk, filters, group, availInit } = st;
  const lineSku = st.model.orders.lineSku;
  st.groups = 0;
  for (let k = 0; k < req.count; k++) {
    const sku = lineSku[req.lines[k]!]!;
    let g = 0;
    while (g < k && lineSku[req.lines[g]!]! !== sku) g++;
    if (g === k) {
      g = st.groups++;
      for (let n = 0; n < N; n++) {
        const free = req.onHandBySku[sku * N + n]! - filters.reserve[n]!;
        availInit[g * N + n] = nodeOk[n] && free > 0 && !filters.blockedSku[sku * N + n] ? free : 0;
      }
    } else g = group[g]!;
    group[k] = g;
  }
}

/** Lists in `cand` the nodes left with stock for the request; returns how many. */
export function listCandidates(st: RulesState, req: RouteRequest): number {
  const { N, nodeOk, filters, availInit, cand, isCand } = st;
  const S = st.model.skus.count;
  const t = req.trace;
  let c = 0;
  for (let n = 0; n < N; n++) {
    isCand[n] = 0;
    if (!nodeOk[n]) continue;
    let any = false;
    for (let g = 0; g < st.groups && !any; g++) any = availInit[g * N + n]! > 0;
    if (any) {
      cand[c++] = n;
      isCand[n] = 1;
    } else if (t) {
      const sku = st.model.orders.lineSku[req.lines[0]!]!;
      const blocked = filters.blockedBy[n * S + sku];
      t.candidates.push({
        node: st.model.nodes.ids[n]!,
        removedBy: blocked
          ? `filter ${blocked}`
          : filters.reserve[n]
            ? 'no stock above its safety stock for this order'
            : 'no stock for this order',
        values: {},
      });
    }
  }
  return c;
}

/**
 * Sorts the `c` candidates into `pref` by their whole-request keys (`nodeKeys`), then by node
 * index. When the first criterion has the nodes in order already (`candidateOrder`), they are
 * taken in that order, so the sort only settles ties.
 */
export function orderCandidates(st: RulesState, req: RouteRequest, c: number): void {
  const { N, R, rank, cand, pref, nodeKeys, candidateOrder, isCand } = st;
  const { orders, skus } = st.model;
  let units = 0,
    weight = 0,
    volume = 0;
  for (let k = 0; k < req.count; k++) {
    const sku = orders.lineSku[req.lines[k]!]!,
      q = req.need[k]!;
    units += q;
    weight += q * skus.weightLb[sku]!;
    volume += q * skus.volumeIn3[sku]!;
  }
  st.reqUnits = units;
  st.reqWeight = weight;
  st.reqVolume = volume;
  if (candidateOrder) {
    for (let k = 0, j = 0, at = req.dest * N; j < c; k++) {
      const n = candidateOrder[at + k]!;
      if (isCand[n]) pref[j++] = n;
    }
  } else for (let j = 0; j < c; j++) pref[j] = cand[j]!;
  for (let j = 0; j < c; j++) {
    const n = pref[j]!;
    for (let r = 0; r < R; r++) nodeKeys[n * R + r] = rank[r]!.nodeKey(req, st, n);
  }
  // insertion sort: few candidates, or already in order
  for (let i = 1; i < c; i++) {
    const x = pref[i]!;
    let j = i - 1;
    while (j >= 0) {
      const cmp = compareKeys(nodeKeys, pref[j]! * R, nodeKeys, x * R, R);
      if (cmp < 0 || (cmp === 0 && pref[j]! <= x)) break;
      pref[j + 1] = pref[j]!;
      j--;
    }
    pref[j + 1] = x;
  }
}

/** Finds the request's candidates and their preference order; returns how many (0: nothing can ship). */
export function findCandidates(st: RulesState, req: RouteRequest): number {
  passFilters(st, req);
  stockGroups(st, req);
  const c = listCandidates(st, req);
  if (c > 0) orderCandidates(st, req, c);
  return c;
}
