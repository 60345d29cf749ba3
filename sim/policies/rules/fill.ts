/**
 * Filling a request within a set of candidate nodes: order-level fill in the preference
 * order, or line-level fill where each line goes to its own best node. A set is a list of
 * positions in the preference order, ascending (`set[0..m)`: candidates `pref[set[i]]`), so it
 * holds any number of candidates without allocating, and a fill costs the size of the set,
 * not the number of candidates.
 */
import { clearPackages, compareKeys } from './keys.ts';
import type { RulesState } from './state.ts';
import type { Allocation, RouteRequest } from '../types.ts';

/** Restores the working stock of the set's nodes to the order's start (the fill reads no other node's). */
function resetWork(st: RulesState, set: Int32Array, m: number): void {
  const { work, availInit, pref, N } = st;
  for (let i = 0; i < m; i++) {
    const n = pref[set[i]!]!;
    for (let g = 0, at = n; g < st.groups; g++, at += N) work[at] = availInit[at]!;
  }
}

/** Fills every line within the `m` positions of `set` in the preference order, preferring a node that has all of a line; returns units filled. */
export function fillWithin(st: RulesState, req: RouteRequest, into: Allocation, set: Int32Array, m: number): number {
  const { N, group, work, pref } = st;
  into.clear();
  resetWork(st, set, m);
  let filled = 0;
  for (let k = 0; k < req.count; k++) {
    const g = group[k]!;
    let need = req.need[k]!;
    let whole = -1;
    for (let i = 0; i < m && whole < 0; i++) {
      const n = pref[set[i]!]!;
      if (work[g * N + n]! >= need) whole = n;
    }
    if (whole >= 0) {
      into.push(req.lines[k]!, whole, need);
      work[g * N + whole]! -= need;
      filled += need;
      continue;
    }
    for (let i = 0; i < m && need > 0; i++) {
      const n = pref[set[i]!]!;
      const take = Math.min(need, work[g * N + n]!);
      if (take > 0) {
        into.push(req.lines[k]!, n, take);
        work[g * N + n]! -= take;
        need -= take;
        filled += take;
      }
    }
  }
  return filled;
}

/** Sends `q` units of line `k` (stock group `g`, sku `sku`) from node `n`: allocation, working stock, package; returns `q`. */
function takeLine(
  st: RulesState,
  req: RouteRequest,
  into: Allocation,
  k: number,
  g: number,
  sku: number,
  n: number,
  q: number,
): number {
  const { skus } = st.model;
  into.push(req.lines[k]!, n, q);
  st.work[g * st.N + n]! -= q;
  st.pkgUnits[n]! += q;
  st.pkgWeight[n]! += q * skus.weightLb[sku]!;
  st.pkgVolume[n]! += q * skus.volumeIn3[sku]!;
  return q;
}

/** Sorts the first `m` nodes of `ranked` by their line keys; ties keep the preference order (stable insertion sort). */
function sortByLineKeys(st: RulesState, m: number): void {
  const { R, ranked, lineKeys } = st;
  for (let i = 1; i < m; i++) {
    const x = ranked[i]!;
    let j = i - 1;
    while (j >= 0 && compareKeys(lineKeys, ranked[j]! * R, lineKeys, x * R, R) > 0) {
      ranked[j + 1] = ranked[j]!;
      j--;
    }
    ranked[j + 1] = x;
  }
}

/**
 * Routes each line on its own to its best node within the `m` positions of `set`, given what the order already
 * sends where (so `fewest-packages` consolidates and `cheapest` is marginal); returns units filled.
 */
export function lineFill(st: RulesState, req: RouteRequest, into: Allocation, set: Int32Array, m: number): number {
  const { N, R, rank, group, work, pref, ranked, lineKeys } = st;
  const lineSku = st.model.orders.lineSku;
  into.clear();
  resetWork(st, set, m);
  clearPackages(st);
  let filled = 0;
  for (let k = 0; k < req.count; k++) {
    const g = group[k]!,
      sku = lineSku[req.lines[k]!]!;
    let need = req.need[k]!;
    let able = 0;
    for (let i = 0; i < m; i++) {
      const n = pref[set[i]!]!;
      if (work[g * N + n]! <= 0) continue;
      for (let r = 0; r < R; r++)
        lineKeys[n * R + r] = rank[r]!.lineKey(req, st, n, k, Math.min(need, work[g * N + n]!));
      ranked[able++] = n;
    }
    sortByLineKeys(st, able);
    let whole = -1;
    for (let i = 0; i < able && whole < 0; i++) if (work[g * N + ranked[i]!]! >= need) whole = ranked[i]!;
    if (whole >= 0) {
      filled += takeLine(st, req, into, k, g, sku, whole, need);
      continue;
    }
    for (let i = 0; i < able && need > 0; i++) {
      const q = Math.min(need, work[g * N + ranked[i]!]!);
      if (q > 0) {
        filled += takeLine(st, req, into, k, g, sku, ranked[i]!, q);
        need -= q;
      }
    }
  }
  return filled;
}

/**
 * Fills the request within the `m` candidate positions of `set` the way the allocation level
 * says. Line-level routing that follows the preference order (`lineByPreference`: every line
 * ranks the nodes as the request does) is the order-level fill: each line from the first node
 * in `pref` holding all of it, else spread in that order.
 */
export function fillSet(st: RulesState, req: RouteRequest, into: Allocation, set: Int32Array, m: number): number {
  return st.rules.allocation === 'line' && !st.lineByPreference
    ? lineFill(st, req, into, set, m)
    : fillWithin(st, req, into, set, m);
}
