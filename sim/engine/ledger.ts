/**
 * The stock ledger of one run: units on hand and on order per node × sku, and every inbound
 * record (data receipts first, then replenishment orders as reviews place them). Typed
 * arrays indexed node * skus + sku; on hand is also kept sku-major (sku * nodes + node), so
 * one sku's stock across the nodes is one run of memory on a wide catalog. Nothing is
 * allocated per order.
 */
import type { Model } from '../model/types.ts';

export class Ledger {
  /** Units on hand per node × sku (policies read it; the run returns it as `finalOnHand`). */
  readonly onHand: Int32Array;
  /** The same units on hand, sku × node (`sku * nodes + node`); kept equal to `onHand`. */
  readonly onHandBySku: Int32Array;
  /** Units ordered by replenishment and not yet received, per node × sku. */
  readonly onOrder: Int32Array;
  /** Inbound records so far. */
  inboundCount = 0;
  /** Per inbound record: node, sku, units, and 1 when it is a replenishment order (not a data receipt). */
  inNode: Int32Array;
  inSku: Int32Array;
  inQty: Int32Array;
  inReplenish: Uint8Array;
  private readonly skus: number;
  private readonly nodes: number;

  /** A ledger at the model's starting stock, with its data receipts as the first inbound records (in receipt order). */
  constructor(private readonly model: Model) {
    this.skus = model.skus.count;
    this.onHand = model.startOnHand.slice();
    const N = (this.nodes = model.nodes.count),
      S = this.skus;
    this.onHandBySku = new Int32Array(N * S);
    for (let n = 0; n < N; n++) for (let s = 0; s < S; s++) this.onHandBySku[s * N + n] = this.onHand[n * S + s]!;
    this.onOrder = new Int32Array(model.nodes.count * this.skus);
    const cap = model.receipts.count + 64;
    this.inNode = new Int32Array(cap);
    this.inSku = new Int32Array(cap);
    this.inQty = new Int32Array(cap);
    this.inReplenish = new Uint8Array(cap);
    const r = model.receipts;
    for (let i = 0; i < r.count; i++) this.addInbound(r.node[i]!, r.sku[i]!, r.qty[i]!, 0);
  }

  /** Records stock on its way to `node`; returns the inbound record's index. */
  addInbound(node: number, sku: number, qty: number, replenish: 0 | 1): number {
    if (this.inboundCount === this.inNode.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2);
        b.set(a);
        return b;
      };
      this.inNode = grow(this.inNode);
      this.inSku = grow(this.inSku);
      this.inQty = grow(this.inQty);
      this.inReplenish = grow(this.inReplenish);
    }
    const i = this.inboundCount++;
    this.inNode[i] = node;
    this.inSku[i] = sku;
    this.inQty[i] = qty;
    this.inReplenish[i] = replenish;
    return i;
  }

  /** Puts inbound record `i` on hand (a replenishment order leaves on-order); returns its sku. */
  receive(i: number): number {
    const k = this.inNode[i]! * this.skus + this.inSku[i]!;
    this.onHand[k]! += this.inQty[i]!;
    this.onHandBySku[this.inSku[i]! * this.nodes + this.inNode[i]!]! += this.inQty[i]!;
    if (this.inReplenish[i]) this.onOrder[k]! -= this.inQty[i]!;
    return this.inSku[i]!;
  }

  /** Takes `qty` units of `sku` off `node`'s shelf; returns the level before (the caller checks it covered `qty`). */
  take(node: number, sku: number, qty: number): number {
    const k = node * this.skus + sku;
    const before = this.onHand[k]!;
    this.onHand[k] = before - qty;
    this.onHandBySku[sku * this.nodes + node] = before - qty;
    return before;
  }

  /** Units of `sku` on hand at `node`. */
  available(node: number, sku: number): number {
    return this.onHand[node * this.skus + sku]!;
  }

  /** Whether `node` holds every line of order `o` in full. */
  canFill(node: number, o: number): boolean {
    const { orders } = this.model;
    const N = this.nodes;
    for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++)
      if (this.onHandBySku[orders.lineSku[l]! * N + node]! < orders.lineQty[l]!) return false;
    return true;
  }

  /**
   * A replenishment review: orders, for each node the replenishment covers and each sku it
   * carries, what brings on hand + on order back to the starting level. The new inbound
   * records are appended from index `inboundCount` (as it was before the call) in node,
   * then sku order; returns the units ordered.
   */
  replenish(): number {
    const { model } = this;
    const rp = model.replenishment!;
    const N = model.nodes.count,
      S = this.skus;
    let units = 0;
    for (let node = 0; node < N; node++) {
      if (!rp.nodes[node]) continue;
      for (let sku = 0; sku < S; sku++) {
        const k = node * S + sku;
        if (!model.carried[k]) continue;
        const short = model.startOnHand[k]! - this.onHand[k]! - this.onOrder[k]!;
        if (short > 0) {
          this.onOrder[k]! += short;
          units += short;
          this.addInbound(node, sku, short, 1);
        }
      }
    }
    return units;
  }
}
