/**
 * lp-dilated: look-ahead routing by rounding the expected-demand LP (Jasin & Sinha 2015's
 * DLP, sim/lp/dlp.ts) with dilated rounding in its exponential-clocks form (Ma 2022,
 * "Order-optimal correlated rounding for fulfilling multi-item e-commerce orders",
 * arXiv 2207.04774; sim/lp/rounding.ts).
 *
 * Per order, one Exp(1) clock per node (and one for "unfilled") is drawn from the run's
 * keyed stream, keyed by the order and the node, so every policy and replicate with the
 * same seed sees the same clocks. Each line goes to argmin_n clock_n / u[c,i,n]: exactly
 * the LP's marginal for that node, and lines sharing the clocks share packages. When that
 * node is not open to the request or cannot ship all the line needs, when the LP leaves
 * the draw unfilled (w > 0), or when the order's class was not seen in training, the line
 * goes to the nearest open node with stock (never cancelling what could ship).
 *
 * Routing allocates nothing per order (the plan's tables are typed arrays); only a traced
 * request (explain) builds its texts.
 */
import { lpText } from '../messages.ts';
import { drawClocks, roundItem } from '../lp/rounding.ts';
import { LpPlanState, lpSettings } from './lp-plan.ts';
import type { Allocation, PolicyDefinition, PolicyFn, RouteRequest } from './types.ts';

/** The lp-dilated policy over a plan. */
export function createLpDilated(st: LpPlanState): PolicyFn {
  const { model, N } = st;
  const clocks = st.scratch;
  const fn: PolicyFn = (req, out) => {
    st.update(req);
    const { u, w } = st.plan.solution;
    const lineRow = st.plan.lineRow;
    drawClocks(req.draw, model.orders.key[req.order]!, model.nodes.key, clocks);
    for (let i = 0; i < req.count; i++) {
      const l = req.lines[i]!,
        row = lineRow[l]!,
        sku = model.orders.lineSku[l]!;
      const n = row >= 0 ? roundItem(u, row * N, w[row]!, clocks, N) : -1;
      if (n >= 0 && req.eligible[n] && st.left(req, out, n, sku) >= req.need[i]!) {
        out.push(l, n, req.need[i]!);
        if (req.trace) req.trace.notes.push(lpText.rounded(model.skus.ids[sku]!, model.nodes.ids[n]!));
        continue;
      }
      const to = st.fallback(req, out, i);
      if (req.trace) traceFallback(st, req, row, n, sku, to);
    }
    if (req.trace) traceOrder(st, req, out, clocks);
  };
  fn.plan = () => st.info();
  return fn;
}

/** Why a traced line went to the fallback, and where. */
function traceFallback(st: LpPlanState, req: RouteRequest, row: number, n: number, sku: number, to: number): void {
  const { model } = st;
  const id = model.skus.ids[sku]!;
  req.trace!.notes.push(
    row < 0 ? lpText.unplanned(id) : n < 0 ? lpText.lpUnfilled(id) : lpText.noStock(id, model.nodes.ids[n]!),
    lpText.fallback(to >= 0 ? model.nodes.ids[to]! : null),
  );
}

/**
 * The traced order's candidates, best first (`ranked`, else by clock ÷ the lines' total LP
 * share), with their clock and each line's LP share, and the allocation made.
 */
export function traceOrder(
  st: LpPlanState,
  req: RouteRequest,
  out: Allocation,
  clocks: Float64Array | null,
  ranked?: ArrayLike<number>,
): void {
  const t = req.trace!;
  const { model, N } = st;
  const { u } = st.plan.solution;
  const info = st.info();
  t.notes.unshift(lpText.plan(info.boundPerOrder, info.hindsightInformed, info.solves));
  const share = (n: number) => {
    let s = 0;
    for (let i = 0; i < req.count; i++) {
      const row = st.plan.lineRow[req.lines[i]!]!;
      if (row >= 0) s += u[row * N + n]!;
    }
    return s;
  };
  const key = (n: number) => (clocks && share(n) > 0 ? clocks[n]! / share(n) : Infinity);
  const nodes = ranked
    ? Array.from(ranked)
    : Array.from({ length: N }, (_, n) => n).sort((a, b) => key(a) - key(b) || a - b);
  for (const n of nodes) {
    const values: Record<string, number | string> = {};
    if (clocks) values.clock = Math.round(clocks[n]! * 1000) / 1000;
    for (let i = 0; i < req.count; i++) {
      const l = req.lines[i]!,
        row = st.plan.lineRow[l]!;
      values[`LP share ${model.skus.ids[model.orders.lineSku[l]!]}`] =
        row >= 0 ? Math.round(u[row * N + n]! * 1000) / 1000 : '—';
    }
    t.candidates.push({ node: model.nodes.ids[n]!, removedBy: req.eligible[n] ? null : lpText.notEligible, values });
  }
  const used = [...new Set(Array.from(out.node.subarray(0, out.count)))].sort((a, b) => a - b);
  let filled = 0;
  for (let k = 0; k < out.count; k++) filled += out.qty[k]!;
  t.options.push({ nodes: used.map((n) => model.nodes.ids[n]!), unitsFilled: filled, values: {}, chosen: true });
}

export const lpDilated: PolicyDefinition<typeof lpSettings> = {
  name: 'lp-dilated',
  description: lpText.dilatedDescription,
  settings: lpSettings,
  create: (model, s) => createLpDilated(new LpPlanState(model, s)),
};
