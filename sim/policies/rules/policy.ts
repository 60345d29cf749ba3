/**
 * The rule-based policy: filters remove candidate nodes, then an allocation is chosen by
 * ranked criteria, each later one breaking the ties of the earlier, with the node id as the
 * final tie-break. Units are always filled as far as the allowed nodes can: criteria choose
 * among allocations that fill the most.
 *
 * - `allocation: order` weighs whole allocations: every set of candidate nodes (up to
 *   `max_packages`; exhaustive up to 12 candidates, greedy set cover beyond), each line
 *   filled within the set in the policy's node preference order.
 * - `allocation: line` routes each line on its own to its best node given what the order
 *   already sends where (so `fewest-packages` consolidates and `cheapest` is marginal).
 * - `if-saves` ships from one node unless splitting saves more than the minimum.
 */
import { compileFilters } from './filters.ts';
import type { Criterion, RuleSet } from './settings.ts';
import type { Model } from '../../model/types.ts';
import { dayLabel } from '../../time/day-label.ts';
import { Allocation, PolicySettingError, type PolicyFn, type RouteRequest } from '../types.ts';

/** Above this many candidate nodes, a greedy set cover replaces the exhaustive search. */
export const EXHAUSTIVE_MAX_NODES = 12;
const EPS = 1e-9;

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

/** Lexicographic comparison of key vectors (a < b ⇒ negative). */
function compareKeys(a: Float64Array, ao: number, b: Float64Array, bo: number, n: number): number {
  for (let i = 0; i < n; i++) {
    const d = a[ao + i]! - b[bo + i]!;
    if (d < -EPS) return -1;
    if (d > EPS) return 1;
  }
  return 0;
}

/** Creates the policy function for a model. Throws PolicySettingError for settings that do not fit it. */
export function createRulesPolicy(model: Model, rules: RuleSet): PolicyFn {
  const { nodes, skus, orders, dests } = model;
  const N = nodes.count, S = skus.count;
  const R = rules.rank.length;
  const filters = compileFilters(model, rules.filters);
  const position = new Float64Array(N);
  for (let n = 0; n < N; n++) position[n] = 1000 + n;
  rules.nodeOrder.forEach((id, i) => {
    const n = nodes.ids.indexOf(id);
    if (n < 0) throw new PolicySettingError(`node_order: node "${id}" is not in nodes.csv (nodes: ${nodes.ids.join(', ')})`, 'node_order');
    position[n] = i;
  });
  if (rules.rank.includes('ranked') && rules.nodeOrder.length === 0) throw new PolicySettingError('rank uses "ranked" but node_order is empty: list the nodes, most preferred first', 'node_order');

  let maxLines = 1;
  for (let o = 0; o < orders.count; o++) maxLines = Math.max(maxLines, orders.lineStart[o + 1]! - orders.lineStart[o]!);
  const group = new Int32Array(maxLines);
  const availInit = new Int32Array(maxLines * N);
  const work = new Int32Array(maxLines * N);
  const nodeOk = new Uint8Array(N);
  const cand = new Int32Array(N);
  const pref = new Int32Array(N);
  const shipDay = new Int32Array(N);
  const nodeKeys = new Float64Array(N * R);
  const lineKeys = new Float64Array(N * R);
  const bestKeys = new Float64Array(R);
  const trialKeys = new Float64Array(R);
  const pkgUnits = new Float64Array(N), pkgWeight = new Float64Array(N), pkgVolume = new Float64Array(N);
  const trial = new Allocation(maxLines * N);
  const ranked = new Int32Array(N);
  const subsets: Int32Array[] = [];
  let groups = 0;

  const depth = (n: number) => {
    let d = 0;
    for (let g = 0; g < groups; g++) d += availInit[g * N + n]!;
    return d;
  };

  /** Sums `a` into per-node package aggregates; returns the number of nodes used. */
  const aggregate = (a: Allocation): number => {
    pkgUnits.fill(0); pkgWeight.fill(0); pkgVolume.fill(0);
    let used = 0;
    for (let e = 0; e < a.count; e++) {
      const n = a.node[e]!, q = a.qty[e]!, sku = orders.lineSku[a.line[e]!]!;
      if (pkgUnits[n] === 0) used++;
      pkgUnits[n]! += q;
      pkgWeight[n]! += q * skus.weightLb[sku]!;
      pkgVolume[n]! += q * skus.volumeIn3[sku]!;
    }
    return used;
  };

  /** Key of criterion `c` for a whole allocation (aggregated in pkg*). */
  const setKey = (req: RouteRequest, c: Criterion): number => {
    let v = 0;
    for (let n = 0; n < N; n++) {
      if (pkgUnits[n] === 0) continue;
      switch (c) {
        case 'fewest-packages': v += 1; break;
        case 'closest': v += dests.miles[req.dest * N + n]!; break;
        case 'cheapest': v += req.planner.packageCost(n, shipDay[n]!, pkgUnits[n]!, pkgWeight[n]!, pkgVolume[n]!); break;
        case 'fastest': v = Math.max(v, req.planner.deliveryDay(n, shipDay[n]!, pkgUnits[n]!, pkgWeight[n]!, pkgVolume[n]!)); break;
        case 'ranked': v += position[n]!; break;
        case 'most-inventory': v -= depth(n); break;
        case 'least-loaded': v = Math.max(v, req.planner.load(n, shipDay[n]!)); break;
      }
    }
    return v;
  };

  /** Key of criterion `c` for sending `q` units of line `k` to node `n`, given `pkg*` so far. */
  const lineKey = (req: RouteRequest, c: Criterion, n: number, k: number, q: number): number => {
    const sku = orders.lineSku[req.lines[k]!]!;
    const u = pkgUnits[n]!, w = pkgWeight[n]!, vol = pkgVolume[n]!;
    switch (c) {
      case 'fewest-packages': return u > 0 ? 0 : 1;
      case 'closest': return dests.miles[req.dest * N + n]!;
      case 'cheapest': {
        const after = req.planner.packageCost(n, shipDay[n]!, u + q, w + q * skus.weightLb[sku]!, vol + q * skus.volumeIn3[sku]!);
        return u > 0 ? after - req.planner.packageCost(n, shipDay[n]!, u, w, vol) : after;
      }
      case 'fastest': return req.planner.deliveryDay(n, shipDay[n]!, u + q, w + q * skus.weightLb[sku]!, vol + q * skus.volumeIn3[sku]!);
      case 'ranked': return position[n]!;
      case 'most-inventory': return -work[group[k]! * N + n]!;
      case 'least-loaded': return req.planner.load(n, shipDay[n]!);
    }
  };

  /** Node preference order for this request: candidates sorted by their whole-request keys. */
  const orderCandidates = (req: RouteRequest, c: number): void => {
    let units = 0, weight = 0, volume = 0;
    for (let k = 0; k < req.count; k++) {
      const sku = orders.lineSku[req.lines[k]!]!, q = req.need[k]!;
      units += q; weight += q * skus.weightLb[sku]!; volume += q * skus.volumeIn3[sku]!;
    }
    for (let j = 0; j < c; j++) {
      const n = cand[j]!;
      for (let r = 0; r < R; r++) {
        let v = 0;
        switch (rules.rank[r]!) {
          case 'fewest-packages': {
            let fill = 0;
            for (let k = 0; k < req.count; k++) fill += Math.min(req.need[k]!, availInit[group[k]! * N + n]!);
            v = -fill;
            break;
          }
          case 'closest': v = dests.miles[req.dest * N + n]!; break;
          case 'cheapest': v = req.planner.packageCost(n, shipDay[n]!, units, weight, volume); break;
          case 'fastest': v = req.planner.deliveryDay(n, shipDay[n]!, units, weight, volume); break;
          case 'ranked': v = position[n]!; break;
          case 'most-inventory': v = -depth(n); break;
          case 'least-loaded': v = req.planner.load(n, shipDay[n]!); break;
        }
        nodeKeys[n * R + r] = v;
      }
      pref[j] = n;
    }
    // insertion sort: few candidates
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
  };

  /** Restores the working stock to the order's start (a loop: a subarray view per call would allocate). */
  const resetWork = (): void => {
    for (let i = 0, end = groups * N; i < end; i++) work[i] = availInit[i]!;
  };

  /** Fills every line within `mask`, preferring a node that has all of a line; returns units filled. */
  const fillWithin = (req: RouteRequest, into: Allocation, mask: number, c: number): number => {
    into.clear();
    resetWork();
    let filled = 0;
    for (let k = 0; k < req.count; k++) {
      const g = group[k]!;
      let need = req.need[k]!;
      let whole = -1;
      for (let j = 0; j < c && whole < 0; j++) {
        const n = pref[j]!;
        if ((mask >>> n) & 1 && work[g * N + n]! >= need) whole = n;
      }
      if (whole >= 0) {
        into.push(req.lines[k]!, whole, need);
        work[g * N + whole]! -= need;
        filled += need;
        continue;
      }
      for (let j = 0; j < c && need > 0; j++) {
        const n = pref[j]!;
        if (!((mask >>> n) & 1)) continue;
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
  };

  const evaluate = (req: RouteRequest, a: Allocation, keys: Float64Array): number => {
    const used = aggregate(a);
    for (let r = 0; r < R; r++) keys[r] = setKey(req, rules.rank[r]!);
    return used;
  };

  /** Criterion values as people read them (explain): packages, miles, dollars, a delivery date, a share. */
  const shown = (keys: Float64Array, at: number, level: 'node' | 'set'): Record<string, number | string> => Object.fromEntries(rules.rank.map((c, r) => {
    const v = keys[at + r]!;
    switch (c) {
      case 'fewest-packages': return level === 'node' ? ['units it can fill', -v] : ['packages', v];
      case 'closest': return ['miles', Math.round(v)];
      case 'cheapest': return ['cost $', Math.round(v * 100) / 100];
      case 'fastest': return ['delivered', dayLabel(model, v)];
      case 'ranked': return ['rank', level === 'node' ? (v >= 1000 ? 'unlisted' : v + 1) : v];
      case 'most-inventory': return ['units in stock', -v];
      case 'least-loaded': return ['capacity used', `${Math.round(v * 100)}%`];
    }
  }));

  const trace = (req: RouteRequest, a: Allocation, filled: number, keys: Float64Array, chosen: boolean) => {
    if (!req.trace) return;
    const used = [...new Set(Array.from(a.node.subarray(0, a.count)))].sort((x, y) => x - y).map((n) => nodes.ids[n]!);
    const same = req.trace.options.find((x) => x.unitsFilled === filled && x.nodes.join() === used.join());
    if (same) same.chosen ||= chosen;
    else if (req.trace.options.length < 64 || chosen) req.trace.options.push({ nodes: used, unitsFilled: filled, values: shown(keys, 0, 'set'), chosen });
  };

  /** Sends `q` units of line `k` (stock group `g`, sku `sku`) from node `n`: allocation, working stock, package; returns `q`. */
  const takeLine = (req: RouteRequest, into: Allocation, k: number, g: number, sku: number, n: number, q: number): number => {
    into.push(req.lines[k]!, n, q);
    work[g * N + n]! -= q;
    pkgUnits[n]! += q; pkgWeight[n]! += q * skus.weightLb[sku]!; pkgVolume[n]! += q * skus.volumeIn3[sku]!;
    return q;
  };

  /**
   * Routes each line on its own to its best node within `mask`, given what the order already
   * sends where (so `fewest-packages` consolidates and `cheapest` is marginal); returns units filled.
   */
  const lineFill = (req: RouteRequest, into: Allocation, mask: number, c: number): number => {
    into.clear();
    resetWork();
    pkgUnits.fill(0); pkgWeight.fill(0); pkgVolume.fill(0);
    let filled = 0;
    for (let k = 0; k < req.count; k++) {
      const g = group[k]!, sku = orders.lineSku[req.lines[k]!]!;
      let need = req.need[k]!;
      let m = 0;
      for (let j = 0; j < c; j++) {
        const n = pref[j]!;
        if (!((mask >>> n) & 1) || work[g * N + n]! <= 0) continue;
        for (let r = 0; r < R; r++) lineKeys[n * R + r] = lineKey(req, rules.rank[r]!, n, k, Math.min(need, work[g * N + n]!));
        ranked[m++] = n;
      }
      // stable insertion sort by the line keys (ties keep the preference order)
      for (let i = 1; i < m; i++) {
        const x = ranked[i]!;
        let j = i - 1;
        while (j >= 0 && compareKeys(lineKeys, ranked[j]! * R, lineKeys, x * R, R) > 0) { ranked[j + 1] = ranked[j]!; j--; }
        ranked[j + 1] = x;
      }
      let whole = -1;
      for (let i = 0; i < m && whole < 0; i++) if (work[g * N + ranked[i]!]! >= need) whole = ranked[i]!;
      if (whole >= 0) {
        filled += takeLine(req, into, k, g, sku, whole, need);
        continue;
      }
      for (let i = 0; i < m && need > 0; i++) {
        const q = Math.min(need, work[g * N + ranked[i]!]!);
        if (q > 0) { filled += takeLine(req, into, k, g, sku, ranked[i]!, q); need -= q; }
      }
    }
    return filled;
  };

  /** Fills the request within the nodes of `mask` the way the allocation level says. */
  const fillMask = (req: RouteRequest, into: Allocation, mask: number, c: number): number =>
    rules.allocation === 'line' ? lineFill(req, into, mask, c) : fillWithin(req, into, mask, c);

  /**
   * Chooses the allocation: with `allocation: line` and no package limit, each line's own best
   * node; otherwise the best set of nodes (most units filled, then the criteria), within
   * `max_packages`. Then `if-saves` may fall back to one node.
   */
  const allocate = (req: RouteRequest, out: Allocation, c: number): void => {
    let allMask = 0;
    for (let j = 0; j < c; j++) allMask |= 1 << cand[j]!;
    let bestMask = 0, bestFill = -1, bestSize = 0;
    if (rules.allocation === 'line' && rules.maxPackages === Infinity) {
      bestFill = lineFill(req, trial, allMask, c);
      bestMask = allMask;
      bestSize = evaluate(req, trial, bestKeys);
    } else if (c <= EXHAUSTIVE_MAX_NODES) {
      const target = fillMask(req, trial, allMask, c);
      const list = (subsets[c] ??= subsetsBySize(c));
      for (let s = 0; s < list.length; s++) {
        const sub = list[s]!;
        let mask = 0, size = 0;
        for (let j = 0; j < c; j++) if ((sub >>> j) & 1) { mask |= 1 << pref[j]!; size++; }
        if (size > rules.maxPackages) break;
        if (bestFill === target && rules.rank[0] === 'fewest-packages' && size > bestSize) break;
        const filled = fillMask(req, trial, mask, c);
        if (filled < bestFill) continue;
        const used = evaluate(req, trial, trialKeys);
        if (used < size) continue; // a smaller set gives the same allocation
        trace(req, trial, filled, trialKeys, false);
        if (filled > bestFill || compareKeys(trialKeys, 0, bestKeys, 0, R) < 0) {
          bestFill = filled; bestMask = mask; bestSize = size;
          bestKeys.set(trialKeys);
        }
      }
    } else {
      // greedy set cover: add the node (in preference order) that fills the most
      const target = fillMask(req, trial, allMask, c);
      let filled = 0;
      while (filled < target && bestSize < rules.maxPackages) {
        let pick = -1, pickFill = filled;
        for (let j = 0; j < c; j++) {
          const n = pref[j]!;
          if ((bestMask >>> n) & 1) continue;
          const f = fillMask(req, trial, bestMask | (1 << n), c);
          if (f > pickFill) { pick = n; pickFill = f; }
        }
        if (pick < 0) break;
        bestMask |= 1 << pick;
        bestSize++;
        filled = pickFill;
      }
      bestFill = filled;
      if (req.trace) req.trace.notes.push(`${c} candidate nodes: more than ${EXHAUSTIVE_MAX_NODES}, so nodes were added greedily by how much they fill`);
    }
    if (bestSize > 1 && rules.ifSavesMin !== null) {
      // split only when it saves more than the minimum over the cheapest single node that fills as much
      fillMask(req, trial, bestMask, c);
      aggregate(trial);
      const splitCost = setKey(req, 'cheapest');
      let single = -1, singleCost = Infinity;
      for (let j = 0; j < c; j++) {
        const n = pref[j]!;
        if (fillMask(req, trial, 1 << n, c) < bestFill) continue;
        aggregate(trial);
        const cost = setKey(req, 'cheapest');
        if (cost < singleCost - EPS) { singleCost = cost; single = n; }
      }
      if (single >= 0 && singleCost - splitCost <= rules.ifSavesMin + EPS) {
        req.trace?.notes.push(`splitting would save $${(singleCost - splitCost).toFixed(2)}, not more than the $${rules.ifSavesMin.toFixed(2)} minimum, so ${nodes.ids[single]} ships it all`);
        bestMask = 1 << single;
      } else if (single >= 0) req.trace?.notes.push(`splitting saves $${(singleCost - splitCost).toFixed(2)} over the cheapest single node, ${nodes.ids[single]}`);
    }
    fillMask(req, out, bestMask, c);
    if (req.trace) {
      evaluate(req, out, trialKeys);
      trace(req, out, bestFill, trialKeys, true);
    }
  };

  return (req, out) => {
    const t = req.trace;
    // node filters
    for (let n = 0; n < N; n++) {
      nodeOk[n] = 0;
      if (!req.eligible[n]) {
        t?.candidates.push({ node: nodes.ids[n]!, removedBy: req.reroute ? 'not eligible (its pick already failed, or it would ship outside its active dates)' : 'it would ship outside its active dates', values: {} });
        continue;
      }
      let removed = '';
      for (const f of filters.node) if (f.removes(req, n)) { removed = f.label; break; }
      if (removed) {
        t?.candidates.push({ node: nodes.ids[n]!, removedBy: `filter ${removed}`, values: {} });
        continue;
      }
      nodeOk[n] = 1;
    }
    // lines of the same sku share stock: one availability row per sku group
    groups = 0;
    for (let k = 0; k < req.count; k++) {
      const sku = orders.lineSku[req.lines[k]!]!;
      let g = 0;
      while (g < k && orders.lineSku[req.lines[g]!]! !== sku) g++;
      if (g === k) {
        g = groups++;
        for (let n = 0; n < N; n++) {
          const free = req.onHand[n * S + sku]! - filters.reserve[n]!;
          availInit[g * N + n] = nodeOk[n] && !filters.blockedSku[n * S + sku] && free > 0 ? free : 0;
        }
      } else g = group[g]!;
      group[k] = g;
    }
    let c = 0;
    for (let n = 0; n < N; n++) {
      if (!nodeOk[n]) continue;
      let any = false;
      for (let g = 0; g < groups && !any; g++) any = availInit[g * N + n]! > 0;
      if (any) {
        cand[c++] = n;
        shipDay[n] = req.planner.shipDay(n);
      } else if (t) {
        const sku = orders.lineSku[req.lines[0]!]!;
        const blocked = filters.blockedBy[n * S + sku];
        t.candidates.push({ node: nodes.ids[n]!, removedBy: blocked ? `filter ${blocked}` : filters.reserve[n] ? 'no stock above its safety stock for this order' : 'no stock for this order', values: {} });
      }
    }
    if (c === 0) {
      t?.notes.push('no node passed the filters with stock for this order');
      return;
    }
    orderCandidates(req, c);
    if (t) for (let j = 0; j < c; j++) t.candidates.push({ node: nodes.ids[pref[j]!]!, removedBy: null, values: shown(nodeKeys, pref[j]! * R, 'node') });
    allocate(req, out, c);
  };
}
