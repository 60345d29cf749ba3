/**
 * Criterion keys of whole allocations, and their comparison: lexicographic over the ranked
 * criteria, within a small tolerance for floating-point dust.
 */
import type { Criterion, RankState } from './criteria/index.ts';
import type { RulesState } from './state.ts';
import type { Allocation, RouteRequest } from '../types.ts';

/** Tolerance under which two keys (or costs) count as equal. */
export const EPS = 1e-9;

/** Lexicographic comparison of key vectors (a < b ⇒ negative). */
export function compareKeys(a: Float64Array, ao: number, b: Float64Array, bo: number, n: number): number {
  for (let i = 0; i < n; i++) {
    const d = a[ao + i]! - b[bo + i]!;
    if (d < -EPS) return -1;
    if (d > EPS) return 1;
  }
  return 0;
}

/** Empties the per-node packages (`pkg*`): one loop, cheaper than three `fill` calls on a few nodes. */
export function clearPackages(st: RulesState): void {
  const { N, pkgUnits, pkgWeight, pkgVolume } = st;
  for (let n = 0; n < N; n++) {
    pkgUnits[n] = 0;
    pkgWeight[n] = 0;
    pkgVolume[n] = 0;
  }
}

/** Sums `a` into the per-node packages (`pkg*`); returns the number of nodes used. */
export function aggregate(st: RulesState, a: Allocation): number {
  const { pkgUnits, pkgWeight, pkgVolume } = st;
  const { orders, skus } = st.model;
  clearPackages(st);
  let used = 0;
  for (let e = 0; e < a.count; e++) {
    const n = a.node[e]!,
      q = a.qty[e]!,
      sku = orders.lineSku[a.line[e]!]!;
    if (pkgUnits[n] === 0) used++;
    pkgUnits[n]! += q;
    pkgWeight[n]! += q * skus.weightLb[sku]!;
    pkgVolume[n]! += q * skus.volumeIn3[sku]!;
  }
  return used;
}

/** Key of criterion `c` for the allocation aggregated in `pkg*`. */
export function setKey(st: RankState, req: RouteRequest, c: Criterion): number {
  const { N, pkgUnits } = st;
  const max = c.fold === 'max';
  let v = 0;
  for (let n = 0; n < N; n++) {
    if (pkgUnits[n] === 0) continue;
    const x = c.setKey(req, st, n);
    v = max ? Math.max(v, x) : v + x;
  }
  return v;
}

/** Writes the allocation's key on every ranked criterion into `keys`; returns the number of nodes used. */
export function evaluate(st: RulesState, req: RouteRequest, a: Allocation, keys: Float64Array): number {
  const used = aggregate(st, a);
  for (let r = 0; r < st.R; r++) keys[r] = setKey(st, req, st.rank[r]!);
  return used;
}

/** The allocation's `cheapest` key (for `if-saves`), whatever the ranking. */
export function costOf(st: RulesState, req: RouteRequest, a: Allocation): number {
  aggregate(st, a);
  return setKey(st, req, st.cost);
}
