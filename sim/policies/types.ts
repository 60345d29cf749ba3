/**
 * The policy contract. A policy is a plain function that, given the lines still to route
 * and the live stock, writes an allocation (line × node × units). The engine owns
 * everything else: inventory, the clock, shipping, pick failures, cancellations.
 */
import type { z } from 'zod';
import type { Model } from '../model/types.ts';
import type { KeyedDraw } from '../random/rng.ts';

/** What a policy is asked to route: some units of some lines of one order, now. */
export interface RouteRequest {
  readonly model: Model;
  /** Order index in `model.orders`. */
  order: number;
  /** Destination index in `model.dests`. */
  dest: number;
  /** UTC ms of the decision. */
  time: number;
  /** Number of lines to route. */
  count: number;
  /** Global line indexes (into `model.orders.lineSku` …), `count` of them. */
  readonly lines: Int32Array;
  /** Units still needed per line, parallel to `lines`. */
  readonly need: Int32Array;
  /** Per node: 1 when the node may ship this request (active, not excluded by a failed pick). */
  readonly eligible: Uint8Array;
  /** Live on-hand per node × sku (read only for policies). */
  readonly onHand: Int32Array;
  /** The same on-hand, sku × node (`sku * nodes + node`): one sku across the nodes is one run of memory. */
  readonly onHandBySku: Int32Array;
  /** True when this request reroutes a line after a failed pick. */
  reroute: boolean;
  /** Earliest day index a package may ship (after a failed pick: the next day); -1 for none. */
  minDay: number;
  /** Estimates from the engine's live state, for policies that weigh cost, speed or load. */
  readonly planner: Planner;
  /** Set when `explain` asks this policy to say why it chose what it chose. */
  trace: PolicyTrace | null;
  /**
   * The run's keyed uniform draws for policies that randomize (stream `policy` of the run's
   * seed). Key them by the order (`model.orders.key`), never by call count, so every policy
   * and every reroute sees the same draw for the same order (common random numbers).
   */
  readonly draw: KeyedDraw;
}

/** Estimates a policy may ask for; nothing is reserved by asking. */
export interface Planner {
  /** Day index a package handed to `node` now would leave (cutoff, ship days, daily capacity). */
  shipDay(node: number): number;
  /** The same ignoring daily capacity: when it differs from `shipDay`, the node is full that day. */
  firstShipDay(node: number): number;
  /** Share of `node`'s daily capacity already taken on `day` (0 when unlimited). */
  load(node: number, day: number): number;
  /** Carrier cost + pick/pack of a package from `node` leaving `shipDay` (dollars). */
  packageCost(node: number, shipDay: number, units: number, weightLb: number, volumeIn3: number): number;
  /** Day index the package would be delivered (no random delay). */
  deliveryDay(node: number, shipDay: number, units: number, weightLb: number, volumeIn3: number): number;
}

/** What a policy reports for `explain`: candidates, options weighed, and the choice. */
export interface PolicyTrace {
  /** One entry per node: why it was left out, or its values on the ranking criteria. */
  candidates: { node: string; removedBy: string | null; values: Record<string, number | string> }[];
  /** Allocations weighed (node sets for order-level routing), with fill and criteria values. */
  options: { nodes: string[]; unitsFilled: number; values: Record<string, number | string>; chosen: boolean }[];
  /** Plain sentences: how the choice was made. */
  notes: string[];
}

/** An allocation buffer, reused across orders: entry i sends `qty[i]` units of line `line[i]` to `node[i]`. */
export class Allocation {
  count = 0;
  readonly line: Int32Array;
  readonly node: Int32Array;
  readonly qty: Int32Array;
  constructor(capacity: number) {
    this.line = new Int32Array(capacity);
    this.node = new Int32Array(capacity);
    this.qty = new Int32Array(capacity);
  }
  clear(): void {
    this.count = 0;
  }
  /** Adds `qty` units of global line `line` from `node`. */
  push(line: number, node: number, qty: number): void {
    if (this.count === this.line.length) throw new RangeError('allocation buffer is full');
    this.line[this.count] = line;
    this.node[this.count] = node;
    this.qty[this.count] = qty;
    this.count++;
  }
  /** Units of `sku` already allocated from `node` in this allocation. */
  allocated(model: Model, node: number, sku: number): number {
    let s = 0;
    for (let i = 0; i < this.count; i++)
      if (this.node[i] === node && model.orders.lineSku[this.line[i]!] === sku) s += this.qty[i]!;
    return s;
  }
}

/**
 * A policy function: fills `out` (already cleared) for `req`. A policy that treats orders
 * differently by cohort or date may say which group each order fell in (`segmentOf`); the
 * label lands in outcomes.csv.
 */
export type PolicyFn = ((req: RouteRequest, out: Allocation) => void) & {
  segmentOf?: (order: number) => string;
  /** A look-ahead policy's plan so far (after a run: every solve it made), for reports. */
  plan?: () => LookAheadPlan;
  /**
   * What the policy can ever use, when it knows: per node, 0 when it never allocates there
   * (1: it may); `readsAccuracy`, whether its choices read `model.nodes.accuracy`. A policy
   * that reads no accuracy and never allocates to a node routes exactly the same with that
   * node's accuracy moved (the store-accuracy sensitivity then need not replay it).
   */
  reach?: { nodes: Uint8Array; readsAccuracy: boolean };
};

/** What a look-ahead (LP) policy planned with. */
export interface LookAheadPlan {
  /** The DLP's optimum per expected order of its first solve (dollars): a lower bound under the DLP's cost model. */
  boundPerOrder: number;
  /** True when a solve learned demand from the very orders it then routed. */
  hindsightInformed: boolean;
  /** Solves made (1 without re-solving). */
  solves: number;
  /** Classes (order type × region) of the first solve. */
  classes: number;
  /** Training orders of two or more skus planned line by line (their lines share a package's cost in the bound). */
  splitOrders: number;
}

/** What a policy may ask of the scenario while it is created: other policies, by name. */
export interface PolicyContext {
  /**
   * The policy of the scenario entry called `name` (or a built-in policy with its default
   * settings), created for the same model. `setting` names the setting that refers to it.
   */
  resolve(name: string, setting: string): PolicyFn;
}

/** A named policy: its settings schema and a factory that prepares it for a model. */
export interface PolicyDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  /** One sentence for listings and reports. */
  description: string;
  /** Settings accepted in the scenario entry (besides `name` and `use`). */
  settings: S;
  /** Prepares the policy (scratch buffers, node lookups) for a model. */
  create(model: Model, settings: z.infer<S>, ctx: PolicyContext): PolicyFn;
}

const POLICY_SETTING_ERROR = Symbol.for('routelab.PolicySettingError');

/** A policy setting that does not fit the model (e.g. an unknown node); reported as bad input. */
export class PolicySettingError extends Error {
  readonly [POLICY_SETTING_ERROR] = true;

  /**
   * `instanceof` by mark, not by module: a custom policy that the bundled command loads
   * through tsx imports its own copy of this module, and throws that copy's class.
   */
  static override [Symbol.hasInstance](x: unknown): boolean {
    return typeof x === 'object' && x !== null && POLICY_SETTING_ERROR in x;
  }

  constructor(
    message: string,
    readonly setting: string,
  ) {
    super(message);
    this.name = 'PolicySettingError';
  }
}
