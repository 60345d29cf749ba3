/**
 * A ranking criterion of the rule-based policy, as one object: how it scores a node for the
 * whole request (the preference order), a line sent to a node (line-level routing), a whole
 * allocation (choosing the set of nodes), and how explain shows those scores. Lower keys win.
 *
 * Criteria only read the policy's state; they allocate nothing, so the per-order path stays
 * free of garbage.
 */
import type { Model } from '../../../model/types.ts';
import type { RouteRequest } from '../../types.ts';

/** What the policy knows while it ranks one request; criteria read it and never write it. */
export interface RankState {
  readonly model: Model;
  /** Number of nodes in the model. */
  readonly N: number;
  /** Per node: its place in node_order (0 = most preferred); unlisted nodes get 1000 + index. */
  readonly position: Float64Array;
  /** Per line of the request: its stock group (lines of the same sku share one row of stock). */
  readonly group: Int32Array;
  /** Number of stock groups in the request. */
  groups: number;
  /** Stock group × node: units free to ship at the start of the order. */
  readonly availInit: Int32Array;
  /** Stock group × node: units still free while a fill is under way. */
  readonly work: Int32Array;
  /** Per node: units, weight (lb) and volume (in³) of the package it ships so far. */
  readonly pkgUnits: Float64Array;
  readonly pkgWeight: Float64Array;
  readonly pkgVolume: Float64Array;
  /** Units, weight (lb) and volume (in³) of the whole request. */
  reqUnits: number;
  reqWeight: number;
  reqVolume: number;
}

/** How explain shows a criterion's key: the label and the value as people read it. */
export interface Shown {
  readonly label: string;
  /** The key as shown; `day` formats a day index as a date. */
  value(key: number, day: (dayIndex: number) => string): number | string;
}

/** What a criterion's check reads of the rule set (settings.ts's `RuleSet`, which it cannot import: settings lists the criteria). */
export interface CriterionRules {
  readonly nodeOrder: readonly string[];
}

/** One ranking criterion. Every criterion has the same shape, so the policy's call sites stay monomorphic. */
export interface Criterion<Name extends string = string> {
  /** The name written in a scenario's `rank:` list. */
  readonly name: Name;
  /** Key of candidate node `n` for the whole request; sorts the candidates into the preference order. */
  nodeKey(req: RouteRequest, st: RankState, n: number): number;
  /** Key of sending `q` units of line `k` to node `n`, given the packages so far (`pkg*`). */
  lineKey(req: RouteRequest, st: RankState, n: number, k: number, q: number): number;
  /**
   * True when the line key is the node key (one function): every line ranks the nodes as the
   * whole request does, so line-level routing may follow the preference order.
   */
  readonly lineIsNodeKey: boolean;
  /**
   * Per destination, the nodes already in this criterion's order (`dest * N + k`), when the
   * model has such a table (closest: `nodesByDistance`); null otherwise. Candidates are listed
   * in it, so sorting them costs a pass instead of a full insertion sort.
   */
  nodesInOrder(model: Model): Int32Array | null;
  /** Key of node `n`'s package in a whole allocation (`pkg*` hold the allocation), folded over the nodes used. */
  setKey(req: RouteRequest, st: RankState, n: number): number;
  /** How the nodes' set keys make the allocation's key: their sum, or the largest (starting from 0). */
  readonly fold: 'sum' | 'max';
  /**
   * True when every package counts against the set: among sets that fill alike, a set of more
   * nodes (all of them used) never wins, so a search by growing set size may stop early.
   */
  readonly growsWithPackages: boolean;
  /** Throws a PolicySettingError when the rule set cannot use this criterion. */
  check(rules: CriterionRules): void;
  /** How explain shows the node key (candidates). */
  readonly node: Shown;
  /** How explain shows the set key (options weighed). */
  readonly set: Shown;
}

/** What a criterion file writes; `defineCriterion` fills the defaults. */
export interface CriterionSpec<Name extends string> {
  name: Name;
  nodeKey: Criterion['nodeKey'];
  lineKey: Criterion['lineKey'];
  setKey: Criterion['setKey'];
  fold: 'sum' | 'max';
  nodesInOrder?: Criterion['nodesInOrder'];
  growsWithPackages?: boolean;
  check?: Criterion['check'];
  /** How explain shows it: one way for both levels, or `{ node, set }`. */
  shown: Shown | { node: Shown; set: Shown };
}

const noCheck = (): void => {};
const noOrder = (): null => null;

/** Makes a criterion object with every field in the same order (one hidden class for all criteria). */
export function defineCriterion<const Name extends string>(spec: CriterionSpec<Name>): Criterion<Name> {
  const both = 'label' in spec.shown ? { node: spec.shown, set: spec.shown } : spec.shown;
  return {
    name: spec.name,
    nodeKey: spec.nodeKey,
    lineKey: spec.lineKey,
    lineIsNodeKey: spec.lineKey === spec.nodeKey,
    nodesInOrder: spec.nodesInOrder ?? noOrder,
    setKey: spec.setKey,
    fold: spec.fold,
    growsWithPackages: spec.growsWithPackages ?? false,
    check: spec.check ?? noCheck,
    node: both.node,
    set: both.set,
  };
}
