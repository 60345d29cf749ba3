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
 *
 * The parts: state.ts (buffers, resolved criteria), candidates.ts (filters, stock groups,
 * preference order), fill.ts (order- and line-level fill), choose.ts (the set of nodes),
 * trace.ts (explain), criteria/ (one file per ranking criterion).
 */
import { findCandidates } from './candidates.ts';
import { chooseAllocation } from './choose.ts';
import type { RuleSet } from './settings.ts';
import type { Model } from '../../model/types.ts';
import { dayLabel } from '../../time/day-label.ts';
import type { PolicyFn } from '../types.ts';
import { createRulesState } from './state.ts';
import { recordCandidates } from './trace.ts';

export { EXHAUSTIVE_MAX_NODES, subsetsBySize } from './choose.ts';

/** Creates the policy function for a model. Throws PolicySettingError for settings that do not fit it. */
export function createRulesPolicy(model: Model, rules: RuleSet): PolicyFn {
  const st = createRulesState(model, rules, (day) => dayLabel(model, day));
  const fn: PolicyFn = (req, out) => {
    const c = findCandidates(st, req);
    if (c === 0) {
      req.trace?.notes.push('no node passed the filters with stock for this order');
      return;
    }
    recordCandidates(st, req, c);
    chooseAllocation(st, req, out, c);
  };
  // no ranking criterion reads accuracy: only a min_accuracy filter does
  fn.reach = { nodes: st.filters.reach, readsAccuracy: st.filters.readsAccuracy };
  return fn;
}
