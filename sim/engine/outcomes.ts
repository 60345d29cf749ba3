/**
 * Columnar outcome records: one slot per order per run, and a log of every package.
 * Typed arrays, written by the engine without allocating per order.
 */
import { hasNode, nodeWords } from './node-set.ts';

export const FLAG_REROUTED = 1;
export const FLAG_BACKORDERED = 2;
export const FLAG_CAPACITY_WAIT = 4;
export const FLAG_SINGLE_POSSIBLE = 8;
export const FLAG_REVIEWED = 16;

/** Per-order outcomes of one run (index = order index of the model). */
export class OrderOutcomes {
  readonly count: number;
  readonly packages: Int32Array;
  /** 32-bit words per order in `nodeBits`: one per 32 nodes of the network. */
  readonly nodeWords: number;
  /** Per order, `nodeWords` words: the bitset of the nodes that shipped it a package (see node-set.ts). */
  readonly nodeBits: Int32Array;
  readonly unitsShipped: Int32Array;
  readonly unitsCancelled: Int32Array;
  readonly shipCost: Float64Array;
  readonly pickCost: Float64Array;
  readonly touches: Int32Array;
  /** Reviews among the touches (the rest are reroutes after failed picks). */
  readonly reviews: Uint8Array;
  readonly touchCost: Float64Array;
  /** Staff alerts this order raised: a missed ship SLA, a node-sku falling to its safety stock, a node filling up for a day. */
  readonly alerts: Int32Array;
  /** Customer notices: a split, each change of node, a late delivery, a wait for stock. */
  readonly notices: Int32Array;
  readonly cancelCost: Float64Array;
  /** Day indexes; -1 when nothing shipped. */
  readonly firstShipDay: Int32Array;
  readonly lastShipDay: Int32Array;
  readonly deliveredDay: Int32Array;
  readonly milesSum: Float64Array;
  readonly storePackages: Int32Array;
  readonly flags: Uint8Array;
  /** 1 when every package shipped by the ship-by day (only meaningful with packages). */
  readonly onTimeShip: Uint8Array;
  /** 1 when the last package arrived by the promise (only meaningful with packages). */
  readonly onTimeDelivery: Uint8Array;
  /** Index into REASONS. */
  readonly reason: Uint8Array;
  /** Each order's share of the hindsight bound (sim/lp/hindsight.ts), set after the run when it was solved for this model; else null. */
  boundCost: Float64Array | null = null;

  /** Outcomes of `count` orders on a network of `nodes` nodes, every order still empty. */
  constructor(count: number, nodes: number) {
    this.count = count;
    this.packages = new Int32Array(count);
    this.nodeWords = nodeWords(nodes);
    this.nodeBits = new Int32Array(count * this.nodeWords);
    this.unitsShipped = new Int32Array(count);
    this.unitsCancelled = new Int32Array(count);
    this.shipCost = new Float64Array(count);
    this.pickCost = new Float64Array(count);
    this.touches = new Int32Array(count);
    this.reviews = new Uint8Array(count);
    this.touchCost = new Float64Array(count);
    this.alerts = new Int32Array(count);
    this.notices = new Int32Array(count);
    this.cancelCost = new Float64Array(count);
    this.firstShipDay = new Int32Array(count).fill(-1);
    this.lastShipDay = new Int32Array(count).fill(-1);
    this.deliveredDay = new Int32Array(count).fill(-1);
    this.milesSum = new Float64Array(count);
    this.storePackages = new Int32Array(count);
    this.flags = new Uint8Array(count);
    this.onTimeShip = new Uint8Array(count);
    this.onTimeDelivery = new Uint8Array(count);
    this.reason = new Uint8Array(count);
  }

  /** Whether node `node` shipped a package of order `o`. */
  shippedFrom(o: number, node: number): boolean {
    return hasNode(this.nodeBits, o * this.nodeWords, node);
  }

  /** The nodes that shipped a package of any order: one bitset of `nodeWords` words (test with `hasNode(bits, 0, k)`). */
  unionNodes(): Int32Array {
    const W = this.nodeWords,
      bits = this.nodeBits,
      all = new Int32Array(W);
    for (let i = 0; i < bits.length; i += W) for (let w = 0; w < W; w++) all[w]! |= bits[i + w]!;
    return all;
  }
}

export const PACKAGE_INITIAL = 0;
export const PACKAGE_REROUTE = 1;
export const PACKAGE_BACKORDER = 2;

/** Every package shipped in a run, in the order the engine created them. */
export class PackageLog {
  count = 0;
  order: Int32Array;
  node: Int32Array;
  kind: Uint8Array;
  shipDay: Int32Array;
  deliveredDay: Int32Array;
  units: Int32Array;
  /** Billable whole pounds (0 under the linear model). */
  billableLb: Int32Array;
  zone: Uint8Array;
  /** Carrier service index. */
  service: Int32Array;
  shipCost: Float64Array;
  pickCost: Float64Array;
  miles: Float64Array;

  /** An empty log with room for `capacity` packages before it grows (the engine passes one per order). */
  constructor(capacity = 1024) {
    const n = Math.max(16, capacity);
    this.order = new Int32Array(n);
    this.node = new Int32Array(n);
    this.kind = new Uint8Array(n);
    this.shipDay = new Int32Array(n);
    this.deliveredDay = new Int32Array(n);
    this.units = new Int32Array(n);
    this.billableLb = new Int32Array(n);
    this.zone = new Uint8Array(n);
    this.service = new Int32Array(n);
    this.shipCost = new Float64Array(n);
    this.pickCost = new Float64Array(n);
    this.miles = new Float64Array(n);
  }

  /** Makes room for one more package. */
  reserve(): number {
    if (this.count === this.order.length) {
      const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.order = grow(this.order);
      this.node = grow(this.node);
      this.kind = grow(this.kind);
      this.shipDay = grow(this.shipDay);
      this.deliveredDay = grow(this.deliveredDay);
      this.units = grow(this.units);
      this.billableLb = grow(this.billableLb);
      this.zone = grow(this.zone);
      this.service = grow(this.service);
      this.shipCost = grow(this.shipCost);
      this.pickCost = grow(this.pickCost);
      this.miles = grow(this.miles);
    }
    return this.count++;
  }
}

/** Counters of things the engine did that a user should hear about. */
export interface RunStats {
  /** Packages heavier than the rate card's heaviest row, priced at that row. */
  overweightPackages: number;
  /** Failed picks (each a manual touch). */
  failedPicks: number;
  /** Units that waited for a receipt. */
  backorderedUnits: number;
  /** Units ordered by replenishment. */
  replenishedUnits: number;
  /** Orders sent to review. */
  reviews: number;
  /** The longest a package waited for a node's daily capacity (days past its first possible ship day). */
  longestCapacityWaitDays: number;
  /** Packages whose capacity backlog ran past the day tables, counted as leaving on their last ship day. */
  pastHorizonPackages: number;
}

export interface RunResult {
  outcomes: OrderOutcomes;
  packages: PackageLog;
  stats: RunStats;
  /** On-hand per node × sku after every event has run. */
  finalOnHand: Int32Array;
}
