/**
 * Choosing the allocation among the candidates: with `allocation: line` and no package limit,
 * each line's own best node; with one candidate, that node; otherwise the best set of nodes (most units filled, then the
 * criteria), within `max_packages`: exhaustive up to EXHAUSTIVE_MAX_NODES candidates, a greedy
 * set cover beyond. Then `if-saves` may fall back to one node.
 */
import { fillSet } from './fill.ts';
import { aggregate, compareKeys, costOf, EPS, evaluate } from './keys.ts';
import type { RulesState } from './state.ts';
import { recordOption } from './trace.ts';
import type { Allocation, RouteRequest } from '../types.ts';

/** Above this many candidate nodes, a greedy set cover replaces the exhaustive search. */
export const EXHAUSTIVE_MAX_NODES = 12;

/** Subsets of k items as bit masks, ordered by size and then by value (deterministic ties). */
export function subsetsBySize(k: number): Int32Array {
  const masks = Array.from({ length: (1 << k) - 1 }, (_, i) => i + 1);
  const pop = (x: number) => {
    let c = 0;
    for (; x; x &= x - 1) c++;
    return c;
  };
  masks.sort((a, b) => pop(a) - pop(b) || a - b);
  return Int32Array.from(masks);
}

/** Writes the positions 0…c-1 (every candidate) into `set`; returns c. */
function allPositions(set: Int32Array, c: number): number {
  for (let j = 0; j < c; j++) set[j] = j;
  return c;
}

/**
 * The allocation over every candidate, filled straight into `out`: line-level routing without
 * a package limit (every line to its own best node), or a single candidate (the only set there
 * is). The number of nodes used is counted only for `if-saves`.
 */
function allCandidates(st: RulesState, req: RouteRequest, out: Allocation, c: number): void {
  st.bestCount = allPositions(st.best, c);
  st.bestFill = fillSet(st, req, out, st.best, c);
  st.bestSize = st.rules.ifSavesMin === null ? 0 : aggregate(st, out);
}

/**
 * Weighs every set of candidates, smallest first, up to `max_packages`: the most units filled,
 * then the criteria. Subsets are bit masks over candidate positions (c ≤ EXHAUSTIVE_MAX_NODES).
 */
function bestSubset(st: RulesState, req: RouteRequest, c: number): void {
  const { rules, trial, trialKeys, bestKeys, R, inSet } = st;
  const target = fillSet(st, req, trial, inSet, allPositions(inSet, c));
  const stopAtFirstFull = st.rank[0]!.growsWithPackages;
  const list = (st.subsets[c] ??= subsetsBySize(c));
  let bestSub = 0;
  for (let s = 0; s < list.length; s++) {
    const sub = list[s]!;
    let size = 0;
    for (let j = 0; j < c; j++) if ((sub >>> j) & 1) inSet[size++] = j;
    if (size > rules.maxPackages) break;
    if (st.bestFill === target && stopAtFirstFull && size > st.bestSize) break;
    const filled = fillSet(st, req, trial, inSet, size);
    if (filled < st.bestFill) continue;
    const used = evaluate(st, req, trial, trialKeys);
    if (used < size) continue; // a smaller set gives the same allocation
    recordOption(st, req, trial, filled, trialKeys, false);
    if (filled > st.bestFill || compareKeys(trialKeys, 0, bestKeys, 0, R) < 0) {
      st.bestFill = filled;
      bestSub = sub;
      st.bestSize = size;
      bestKeys.set(trialKeys);
    }
  }
  st.bestCount = 0;
  for (let j = 0; j < c; j++) if ((bestSub >>> j) & 1) st.best[st.bestCount++] = j;
}

/**
 * Greedy set cover: adds the node (in preference order) that fills the most, up to
 * `max_packages`. Each trial is the chosen set with one more position, kept ascending.
 */
function greedyCover(st: RulesState, req: RouteRequest, c: number): void {
  const { rules, trial, inSet, best, chosen } = st;
  const target = fillSet(st, req, trial, inSet, allPositions(inSet, c));
  for (let j = 0; j < c; j++) chosen[j] = 0;
  let filled = 0;
  while (filled < target && st.bestSize < rules.maxPackages) {
    let pick = -1,
      pickFill = filled;
    for (let j = 0, at = 0; j < c; j++) {
      if (chosen[j]) {
        at++; // positions of `best` below j
        continue;
      }
      // the trial set: best[0..at), j, best[at..)
      for (let i = 0; i < at; i++) inSet[i] = best[i]!;
      inSet[at] = j;
      for (let i = at; i < st.bestCount; i++) inSet[i + 1] = best[i]!;
      const f = fillSet(st, req, trial, inSet, st.bestCount + 1);
      if (f > pickFill) {
        pick = j;
        pickFill = f;
      }
    }
    if (pick < 0) break;
    let at = st.bestCount++;
    for (; at > 0 && best[at - 1]! > pick; at--) best[at] = best[at - 1]!;
    best[at] = pick;
    chosen[pick] = 1;
    st.bestSize++;
    filled = pickFill;
  }
  st.bestFill = filled;
  if (req.trace)
    req.trace.notes.push(
      `${c} candidate nodes: more than ${EXHAUSTIVE_MAX_NODES}, so nodes were added greedily by how much they fill`,
    );
}

/**
 * `if-saves`: keeps a split only when it saves more than the minimum over the cheapest single
 * node that fills as much. Returns true when it chose that single node (`best` changed).
 */
function ifSaves(st: RulesState, req: RouteRequest, c: number, min: number): boolean {
  const { pref, trial, inSet, best } = st;
  const ids = st.model.nodes.ids;
  fillSet(st, req, trial, best, st.bestCount);
  const splitCost = costOf(st, req, trial);
  let single = -1,
    singleCost = Infinity;
  for (let j = 0; j < c; j++) {
    inSet[0] = j;
    if (fillSet(st, req, trial, inSet, 1) < st.bestFill) continue;
    const cost = costOf(st, req, trial);
    if (cost < singleCost - EPS) {
      singleCost = cost;
      single = j;
    }
  }
  if (single >= 0 && singleCost - splitCost <= min + EPS) {
    req.trace?.notes.push(
      `splitting would save $${(singleCost - splitCost).toFixed(2)}, not more than the $${min.toFixed(2)} minimum, so ${ids[pref[single]!]} ships it all`,
    );
    best[0] = single;
    st.bestCount = 1;
    return true;
  }
  if (single >= 0)
    req.trace?.notes.push(
      `splitting saves $${(singleCost - splitCost).toFixed(2)} over the cheapest single node, ${ids[pref[single]!]}`,
    );
  return false;
}

/** Chooses the allocation among the `c` candidates (in `pref`) and writes it into `out`. */
export function chooseAllocation(st: RulesState, req: RouteRequest, out: Allocation, c: number): void {
  const { rules } = st;
  st.bestCount = 0;
  st.bestFill = -1;
  st.bestSize = 0;
  const filledOut = c === 1 || (rules.allocation === 'line' && rules.maxPackages === Infinity);
  if (filledOut) allCandidates(st, req, out, c);
  else if (c <= EXHAUSTIVE_MAX_NODES) bestSubset(st, req, c);
  else greedyCover(st, req, c);
  const single = st.bestSize > 1 && rules.ifSavesMin !== null && ifSaves(st, req, c, rules.ifSavesMin);
  if (!filledOut || single) fillSet(st, req, out, st.best, st.bestCount);
  if (req.trace) {
    evaluate(st, req, out, st.trialKeys);
    recordOption(st, req, out, st.bestFill, st.trialKeys, true);
  }
}
