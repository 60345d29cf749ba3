/**
 * lp-priority: look-ahead routing by ranking nodes with the expected-demand LP (sim/lp/dlp.ts).
 * Per order, each node scores the LP's use of it for the order's lines (Σ over lines of
 * u[c,i,n]); nodes rank by score, then by distance to the customer (then node id). The
 * whole order ships from the first ranked open node holding all of it; when none does, each
 * line ships from the first ranked node holding all of the line, else from the nearest
 * node with stock (lp-plan.ts's fallback). Lines of unplanned classes score nothing, so an
 * order the plan never saw ranks by distance. Deterministic: no random draws.
 */
import { lpText } from '../messages.ts';
import { LpPlanState, lpSettings } from './lp-plan.ts';
import { traceOrder } from './lp-dilated.ts';
import type { PolicyDefinition, PolicyFn } from './types.ts';

/** The lp-priority policy over a plan. */
export function createLpPriority(st: LpPlanState): PolicyFn {
  const { model, N, S } = st;
  const score = st.scratch;
  const rank = new Int32Array(N);
  const pos = new Int32Array(N); // distance position of each node for the order's destination
  const fn: PolicyFn = (req, out) => {
    st.update(req);
    const { u } = st.plan.solution;
    const lineRow = st.plan.lineRow;
    score.fill(0);
    for (let i = 0; i < req.count; i++) {
      const row = lineRow[req.lines[i]!]!;
      if (row >= 0) for (let n = 0; n < N; n++) score[n]! += u[row * N + n]!;
    }
    for (let k = 0; k < N; k++) pos[model.dests.nodesByDistance[req.dest * N + k]!] = k;
    // insertion sort: a handful of nodes
    for (let k = 0; k < N; k++) {
      const n = model.dests.nodesByDistance[req.dest * N + k]!;
      let j = k;
      while (
        j > 0 &&
        (score[rank[j - 1]!]! < score[n]! || (score[rank[j - 1]!]! === score[n]! && pos[rank[j - 1]!]! > pos[n]!))
      ) {
        rank[j] = rank[j - 1]!;
        j--;
      }
      rank[j] = n;
    }
    let whole = -1;
    for (let k = 0; k < N && whole < 0; k++) {
      const n = rank[k]!;
      if (!req.eligible[n]) continue;
      let all = true;
      for (let i = 0; i < req.count && all; i++)
        if (req.onHand[n * S + model.orders.lineSku[req.lines[i]!]!]! < req.need[i]!) all = false;
      if (all) whole = n;
    }
    // lines of one sku in one order need their total at the node: the per-line check below covers it
    for (let i = 0; i < req.count; i++) {
      const l = req.lines[i]!,
        sku = model.orders.lineSku[l]!;
      let to = -1;
      if (whole >= 0 && st.left(req, out, whole, sku) >= req.need[i]!) to = whole;
      for (let k = 0; k < N && to < 0; k++) {
        const n = rank[k]!;
        if (req.eligible[n] && st.left(req, out, n, sku) >= req.need[i]!) to = n;
      }
      if (to >= 0) out.push(l, to, req.need[i]!);
      else st.fallback(req, out, i);
    }
    if (req.trace) {
      traceOrder(st, req, out, null, rank);
      req.trace.notes.push(
        lpText.ranked(Array.from(rank, (n) => model.nodes.ids[n]!)),
        whole >= 0 ? lpText.whole(model.nodes.ids[whole]!) : lpText.byLine,
      );
    }
  };
  fn.plan = () => st.info();
  return fn;
}

export const lpPriority: PolicyDefinition<typeof lpSettings> = {
  name: 'lp-priority',
  description: lpText.priorityDescription,
  settings: lpSettings,
  create: (model, s) => createLpPriority(new LpPlanState(model, s)),
};
