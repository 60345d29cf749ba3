/**
 * The rule-based policy's state for one model: the rule set with its criteria resolved, the
 * compiled filters, and every scratch buffer, allocated once and reused for every order.
 */
import { settingText } from '../../messages.ts';
import { criterion, type Criterion, type RankState } from './criteria/index.ts';
import { compileFilters, type CompiledFilters } from './filters.ts';
import type { RuleSet } from './settings.ts';
import type { Model } from '../../model/types.ts';
import { Allocation, PolicySettingError } from '../types.ts';

/** Everything the parts of the policy share. Per-order values are overwritten by each request. */
export interface RulesState extends RankState {
  readonly rules: RuleSet;
  /** The ranking criteria, in rank order. */
  readonly rank: readonly Criterion[];
  /** Number of ranking criteria. */
  readonly R: number;
  /**
   * True when line-level routing follows the preference order: every ranked criterion's line
   * key is its node key, so each line's best node is the first in `pref` that has stock.
   */
  readonly lineByPreference: boolean;
  /** `cheapest`, which `if-saves` weighs whatever the ranking. */
  readonly cost: Criterion;
  readonly filters: CompiledFilters;
  /** Formats a day index as a date (explain). */
  readonly day: (dayIndex: number) => string;
  /** Per node: 1 when it passed eligibility and the node filters for this request. */
  readonly nodeOk: Uint8Array;
  /** Candidate nodes in node order; `pref`: the same sorted into the preference order. */
  readonly cand: Int32Array;
  /** Per node: 1 when it is a candidate for this request. */
  readonly isCand: Uint8Array;
  /** The first criterion's nodes in order per destination (`Criterion.nodesInOrder`), or null. */
  readonly candidateOrder: Int32Array | null;
  readonly pref: Int32Array;
  /** Node × criterion keys for the whole request, and for the line being routed. */
  readonly nodeKeys: Float64Array;
  readonly lineKeys: Float64Array;
  /** Criterion keys of the best allocation so far, and of the one being weighed. */
  readonly bestKeys: Float64Array;
  readonly trialKeys: Float64Array;
  /** The allocation being weighed. */
  readonly trial: Allocation;
  /** Nodes able to take the line being routed, best first. */
  readonly ranked: Int32Array;
  /**
   * Sets of candidates as ascending positions in `pref` (fill.ts): the set being weighed, and
   * the set of the allocation chosen so far (`bestCount` positions); `chosen` flags the
   * positions in `best` (greedy cover).
   */
  readonly inSet: Int32Array;
  readonly best: Int32Array;
  bestCount: number;
  readonly chosen: Uint8Array;
  /** The allocation chosen so far: units filled and number of nodes it uses. */
  bestFill: number;
  bestSize: number;
  /** Subsets of c candidates by size (`subsetsBySize(c)`), made when first needed. */
  readonly subsets: Int32Array[];
}

/**
 * Prepares the state for a model; `day` formats day indexes for explain. Unknown nodes in
 * node_order and criteria the rules cannot use are setting errors.
 */
export function createRulesState(model: Model, rules: RuleSet, day: (dayIndex: number) => string): RulesState {
  const { nodes, orders } = model;
  const N = nodes.count;
  const R = rules.rank.length;
  const filters = compileFilters(model, rules.filters);
  const position = new Float64Array(N);
  for (let n = 0; n < N; n++) position[n] = 1000 + n;
  rules.nodeOrder.forEach((id, i) => {
    const n = nodes.ids.indexOf(id);
    if (n < 0) throw new PolicySettingError(settingText.nodeNotInNodes('node_order', id, nodes.ids), 'node_order');
    position[n] = i;
  });
  const rank = rules.rank.map((name) => criterion(name));
  for (const c of new Set(rank)) c.check(rules);

  let maxLines = 1;
  for (let o = 0; o < orders.count; o++) maxLines = Math.max(maxLines, orders.lineStart[o + 1]! - orders.lineStart[o]!);
  return {
    model,
    N,
    position,
    group: new Int32Array(maxLines),
    groups: 0,
    availInit: new Int32Array(maxLines * N),
    work: new Int32Array(maxLines * N),
    pkgUnits: new Float64Array(N),
    pkgWeight: new Float64Array(N),
    pkgVolume: new Float64Array(N),
    reqUnits: 0,
    reqWeight: 0,
    reqVolume: 0,
    rules,
    rank,
    R,
    lineByPreference: rank.every((c) => c.lineIsNodeKey),
    cost: criterion('cheapest'),
    filters,
    day,
    nodeOk: new Uint8Array(N),
    cand: new Int32Array(N),
    isCand: new Uint8Array(N),
    candidateOrder: rank[0]!.nodesInOrder(model),
    pref: new Int32Array(N),
    nodeKeys: new Float64Array(N * R),
    lineKeys: new Float64Array(N * R),
    bestKeys: new Float64Array(R),
    trialKeys: new Float64Array(R),
    trial: new Allocation(maxLines * N),
    ranked: new Int32Array(N),
    inSet: new Int32Array(N),
    best: new Int32Array(N),
    bestCount: 0,
    chosen: new Uint8Array(N),
    bestFill: -1,
    bestSize: 0,
    subsets: [],
  };
}
