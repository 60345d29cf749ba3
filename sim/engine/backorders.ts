/**
 * Backorders of one run: units of a line nobody could supply, waiting for a receipt of
 * their sku until a deadline. One FIFO list per sku over growable typed arrays; an entry
 * served or expired keeps its index (its deadline event refers to it) with 0 units left.
 */
import type { Model } from '../model/types.ts';
import { MS_PER_DAY } from '../time/calendar.ts';

/**
 * Serves one waiting entry from stock that just arrived: gets the entry's order, line and
 * units still waiting, returns how many units it shipped (0 to leave it waiting).
 */
export type ServeBackorder = (order: number, line: number, qty: number) => number;

export class Backorders {
  /** Whether the scenario lets units wait at all (`backorder.max_wait_days` > 0). */
  readonly on: boolean;
  /** Entries so far. */
  count = 0;
  /** Per entry: order, global line index, units still waiting, next entry of the sku (-1 at the end). */
  order = new Int32Array(64);
  line = new Int32Array(64);
  qty = new Int32Array(64);
  private next = new Int32Array(64);
  private readonly head: Int32Array;
  private readonly tail: Int32Array;

  /** No entries yet, for the skus of `model`. */
  constructor(private readonly model: Model) {
    this.on = model.backorderMaxWaitDays > 0;
    this.head = new Int32Array(model.skus.count).fill(-1);
    this.tail = new Int32Array(model.skus.count).fill(-1);
  }

  /** UTC ms when order `o`'s units stop waiting: its placement plus the maximum wait. */
  deadline(o: number): number {
    return this.model.orders.placedUtc[o]! + this.model.backorderMaxWaitDays * MS_PER_DAY;
  }

  /** Whether `qty` units of order `o` that nobody supplied at `t` must be cancelled rather than wait. */
  mustCancel(o: number, t: number): boolean {
    return !this.on || t >= this.deadline(o);
  }

  /** Puts `qty` units of line `line` of order `o` at the end of its sku's list; returns the entry's index. */
  wait(o: number, line: number, qty: number): number {
    if (this.count === this.order.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.order = grow(this.order);
      this.line = grow(this.line);
      this.qty = grow(this.qty);
      this.next = grow(this.next);
    }
    const w = this.count++;
    this.order[w] = o;
    this.line[w] = line;
    this.qty[w] = qty;
    this.next[w] = -1;
    const sku = this.model.orders.lineSku[line]!;
    if (this.tail[sku]! >= 0) this.next[this.tail[sku]!] = w;
    else this.head[sku] = w;
    this.tail[sku] = w;
    return w;
  }

  /** Whether any entry waits for `sku` (entries already served may still be listed until the next `serve`). */
  waiting(sku: number): boolean {
    return this.head[sku]! >= 0;
  }

  /** Offers `sku`'s entries, oldest first, to `serve`; entries left with 0 units are unlinked. */
  serve(sku: number, serve: ServeBackorder): void {
    let prev = -1;
    for (let w = this.head[sku]!; w >= 0; w = this.next[w]!) {
      if (this.qty[w]! > 0) {
        const got = serve(this.order[w]!, this.line[w]!, this.qty[w]!);
        if (got > 0) this.qty[w]! -= got;
      }
      if (this.qty[w]! === 0) {
        if (prev >= 0) this.next[prev] = this.next[w]!;
        else this.head[sku] = this.next[w]!;
        if (this.tail[sku] === w) this.tail[sku] = prev;
      } else prev = w;
    }
  }

  /** Ends entry `w`'s wait: returns the units it still had (to cancel), leaving it with 0. */
  expire(w: number): number {
    const left = this.qty[w]!;
    this.qty[w] = 0;
    return left;
  }
}
