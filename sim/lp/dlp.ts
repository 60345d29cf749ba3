/**
 * The deterministic LP (DLP) of Jasin & Sinha (2015, "An LP-based correlated rounding scheme
 * for multi-item ecommerce order fulfillment", Operations Research 63(6)): route the expected
 * demand of each class c = (order type, region), arriving λ_c times over the horizon, as
 * fractions.
 *
 *   u[c,i,n] ∈ [0,1]  share of class c's item i shipped from node n (only nodes carrying the sku)
 *   v[c,n]   ≥ u[c,i,n] for each item i: share of c's orders opening a package at n
 *   w[c,i]   ∈ [0,1]  share of item i left unfilled;  Σ_n u[c,i,n] + w[c,i] = 1
 *
 *   min Σ_c λ_c (Σ_n box[c,n]·v[c,n] + Σ_i Σ_n unit[c,i,n]·u[c,i,n] + Σ_i penalty[c,i]·w[c,i])
 *   s.t. Σ_c λ_c Σ_i qty[c,i]·u[c,i,n] ≤ supply[n, sku]   for each node and sku (where finite)
 *        Σ_c λ_c v[c,n] ≤ capacity[n]                     packages over the horizon (where finite)
 *
 * Its optimum is a lower bound on the expected cost of any policy under this cost model
 * (for every realization the fractional routing of the realized orders is feasible, and the
 * LP of the expectation is at most the expectation of the LP: Jensen), so `perOrder` is the
 * figure a look-ahead policy is measured against.
 */
import type { DemandClass } from './demand.ts';
import type { ClassCosts } from './costs.ts';
import { INF, LpBuilder, solveLp } from './solver.ts';

/** What the DLP needs: classes, cost tables, the network's carried skus, supply and capacity. */
export interface DlpInput {
  nodes: number;
  skus: number;
  classes: readonly DemandClass[];
  costs: ClassCosts;
  /** Per node × sku: 1 when the node carries the sku. */
  carried: Uint8Array;
  /** Per node × sku: units that can ship over the horizon (Infinity: unconstrained). */
  supply: Float64Array;
  /** Per node: packages it can ship over the horizon (Infinity: unlimited). */
  capacity: Float64Array;
  /** Expected orders over the horizon (a pooled order is in several classes; default Σ λ_c). */
  orders?: number;
}

/** The DLP's optimum: its value and the fractional routing (the marginals the policies round). */
export interface DlpSolution {
  /** Expected total cost over the horizon (dollars). */
  objective: number;
  /** Expected orders over the horizon. */
  orders: number;
  /** objective / orders: the lower bound per order. */
  perOrder: number;
  /** Rows (class items) as in `costs.rowStart`. */
  rowStart: Int32Array;
  /** Per row × node: u (0 where the node does not carry the sku). */
  u: Float64Array;
  /** Per row: w, the share left unfilled. */
  w: Float64Array;
  /** Per class × node: v. */
  v: Float64Array;
  /** LP size, for reports and benchmarks. */
  columns: number;
  rows: number;
}

/** Below this a share is solver noise and counts as 0. */
const EPS = 1e-9;

/**
 * Builds and solves the DLP.
 * @example
 * // one class (λ = 10) of one sku carried at n0 (box 5, unit 1) and n1 (box 8, unit 1), no limits:
 * solveDlp(input).u // [1, 0]; objective 10 × (5 + 1) = 60
 */
export function solveDlp(input: DlpInput): DlpSolution {
  const { nodes: N, skus: S, classes, costs, carried, supply, capacity } = input;
  const { rowStart } = costs;
  const R = rowStart[classes.length]!;
  const lp = new LpBuilder();
  // presolve costs more than it saves here (the demo's DLP 1.35 → 0.8 s, the same optimum)
  lp.presolve = false;
  lp.valuesOnly = true; // the plan is its values (the demo's DLP 120 → 90 ms, the same values)
  const uCol = new Int32Array(R * N).fill(-1),
    vCol = new Int32Array(classes.length * N).fill(-1),
    wCol = new Int32Array(R);
  // inventory rows gather (column, λ·qty) per node × sku; capacity rows (column, λ) per node
  const stockCols = new Map<number, { cols: number[]; coef: number[] }>();
  const capCols: { cols: number[]; coef: number[] }[] = Array.from({ length: N }, () => ({ cols: [], coef: [] }));
  classes.forEach((c, k) => {
    const lam = c.lambda;
    // a one-item class opens a package exactly where its item goes (v = u at any optimum):
    // its box cost and capacity use go on u, with no v column or v ≥ u row (most classes)
    const single = c.skus.length === 1;
    if (!single)
      for (let n = 0; n < N; n++) {
        let any = false;
        for (let i = 0; i < c.skus.length; i++) if (carried[n * S + c.skus[i]!]) any = true;
        if (!any) continue;
        const v = (vCol[k * N + n] = lp.column(lam * costs.box[k * N + n]!, 0, 1));
        if (Number.isFinite(capacity[n]!)) {
          capCols[n]!.cols.push(v);
          capCols[n]!.coef.push(lam);
        }
      }
    for (let i = 0; i < c.skus.length; i++) {
      const r = rowStart[k]! + i,
        sku = c.skus[i]!;
      for (let n = 0; n < N; n++) {
        if (!carried[n * S + sku]) continue;
        const cost = costs.unit[r * N + n]! + (single ? costs.box[k * N + n]! : 0);
        const u = (uCol[r * N + n] = lp.column(lam * cost, 0, 1));
        if (single) {
          vCol[k * N + n] = u;
          if (Number.isFinite(capacity[n]!)) {
            capCols[n]!.cols.push(u);
            capCols[n]!.coef.push(lam);
          }
        } else lp.row(-INF, 0, [u, vCol[k * N + n]!], [1, -1]);
        if (Number.isFinite(supply[n * S + sku]!)) {
          let s = stockCols.get(n * S + sku);
          if (!s) stockCols.set(n * S + sku, (s = { cols: [], coef: [] }));
          s.cols.push(u);
          s.coef.push(lam * c.qty[i]!);
        }
      }
      wCol[r] = lp.column(lam * costs.penalty[r]!, 0, 1);
    }
  });
  // assignment rows: Σ_n u + w = 1
  for (let r = 0; r < R; r++) {
    const cols = [wCol[r]!];
    for (let n = 0; n < N; n++) if (uCol[r * N + n]! >= 0) cols.push(uCol[r * N + n]!);
    lp.row(1, 1, cols, new Float64Array(cols.length).fill(1));
  }
  for (const key of [...stockCols.keys()].sort((a, b) => a - b)) {
    const s = stockCols.get(key)!;
    lp.row(-INF, Math.max(0, supply[key]!), s.cols, s.coef);
  }
  for (let n = 0; n < N; n++)
    if (capCols[n]!.cols.length) lp.row(-INF, Math.max(0, capacity[n]!), capCols[n]!.cols, capCols[n]!.coef);

  const orders = input.orders ?? classes.reduce((a, c) => a + c.lambda, 0);
  const sol = solveLp(lp);
  const x = sol.values;
  const pick = (col: Int32Array) => Float64Array.from(col, (c) => (c >= 0 && x[c]! > EPS ? x[c]! : 0));
  return {
    objective: sol.objective,
    orders,
    perOrder: orders > 0 ? sol.objective / orders : 0,
    rowStart,
    u: pick(uCol),
    w: pick(wCol),
    v: pick(vCol),
    columns: lp.columns,
    rows: lp.rows,
  };
}
