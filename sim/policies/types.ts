/**
 * The policy contract. A policy is a plain function that, given the lines still to route
 * and the live stock, writes an allocation (line × node × units). The engine owns
 * everything else: inventory, the clock, shipping, pick failures, cancellations.
 */
import type { z } from 'zod';
import type { Model } from '../model/types.ts';

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
  /** True when this request reroutes a line after a failed pick. */
  reroute: boolean;
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
    for (let i = 0; i < this.count; i++) if (this.node[i] === node && model.orders.lineSku[this.line[i]!] === sku) s += this.qty[i]!;
    return s;
  }
}

/** A policy function: fills `out` (already cleared) for `req`. */
export type PolicyFn = (req: RouteRequest, out: Allocation) => void;

/** A named policy: its settings schema and a factory that prepares it for a model. */
export interface PolicyDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  /** One sentence for listings and reports. */
  description: string;
  /** Settings accepted in the scenario entry (besides `name` and `use`). */
  settings: S;
  /** Prepares the policy (scratch buffers, node lookups) for a model. */
  create(model: Model, settings: z.infer<S>): PolicyFn;
}

/** A policy setting that does not fit the model (e.g. an unknown node); reported as bad input. */
export class PolicySettingError extends Error {
  constructor(message: string, readonly setting: string) {
    super(message);
    this.name = 'PolicySettingError';
  }
}
