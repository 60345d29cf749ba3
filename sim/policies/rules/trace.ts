/**
 * What the rule-based policy tells `explain`: each candidate's values on the ranking criteria
 * and each allocation weighed. Runs only for traced requests, so it may allocate.
 */
import type { RulesState } from './state.ts';
import type { Allocation, RouteRequest } from '../types.ts';

/** Criterion values as people read them: packages, miles, dollars, a delivery date, a share. */
export function shown(
  st: RulesState,
  keys: Float64Array,
  at: number,
  level: 'node' | 'set',
): Record<string, number | string> {
  return Object.fromEntries(
    st.rank.map((c, r) => {
      const s = c[level];
      return [s.label, s.value(keys[at + r]!, st.day)];
    }),
  );
}

/** Adds the request's remaining candidates, best first, with their values (a traced request only). */
export function recordCandidates(st: RulesState, req: RouteRequest, c: number): void {
  const t = req.trace;
  if (!t) return;
  for (let j = 0; j < c; j++)
    t.candidates.push({
      node: st.model.nodes.ids[st.pref[j]!]!,
      removedBy: null,
      values: shown(st, st.nodeKeys, st.pref[j]! * st.R, 'node'),
    });
}

/** Records an allocation weighed (its node set, fill and set keys); the same node set and fill is recorded once. */
export function recordOption(
  st: RulesState,
  req: RouteRequest,
  a: Allocation,
  filled: number,
  keys: Float64Array,
  chosen: boolean,
): void {
  if (!req.trace) return;
  const used = [...new Set(Array.from(a.node.subarray(0, a.count)))]
    .sort((x, y) => x - y)
    .map((n) => st.model.nodes.ids[n]!);
  const same = req.trace.options.find((x) => x.unitsFilled === filled && x.nodes.join() === used.join());
  if (same) same.chosen ||= chosen;
  else if (req.trace.options.length < 64 || chosen)
    req.trace.options.push({ nodes: used, unitsFilled: filled, values: shown(st, keys, 0, 'set'), chosen });
}
