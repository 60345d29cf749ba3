/**
 * Every kind of event the engine schedules, and its future-event list: a binary min-heap on
 * (time, kind, subject, sequence) over struct-of-arrays storage with one named column per
 * field, so scheduling allocates nothing per event. Orders are not in it (they are already
 * sorted); receipts, replenishment reviews, reroutes after failed picks and backorder
 * deadlines are. Each kind has its own push method; a popped event is decoded by name into
 * the reused `last` record.
 *
 * Same-time events run in kind order (receipts, reviews, reroutes, deadlines), then by the
 * kind's subject (the inbound record, review day, order or backorder entry), then in
 * scheduling order. Reroutes have the order as subject, so one order's reroutes at one
 * instant pop one after another, in the orders' own sequence.
 *
 * A reroute's excluded nodes are a node bitset (node-set.ts) of the queue's `words` words,
 * stored flat per slot.
 */

/** Stock arrives: an inbound record of the ledger (a data receipt or a replenishment order). */
export const EVENT_RECEIPT = 0;
/** A replenishment review on a business day. */
export const EVENT_REVIEW = 1;
/** A failed pick found: the line goes back to the policy. */
export const EVENT_REROUTE = 2;
/** A backorder's wait runs out (after reroutes at the same instant). */
export const EVENT_BACKORDER_DEADLINE = 3;

/** A failed pick to reroute (the fields of an `EVENT_REROUTE`). */
export interface RerouteFields {
  /** Order index. */
  order: number;
  /** Global line index. */
  line: number;
  /** Units that were not found. */
  qty: number;
  /** Nodes the line may not go back to: a node bitset of the queue's `words` words (node-set.ts). */
  excluded: Int32Array;
  /** Earliest ship day of the reroute's packages. */
  minDay: number;
  /** Pick attempt of the line (1 after its first failure). */
  attempt: number;
}

/** A popped event, decoded by name; only the fields of its kind are meaningful. */
export interface EventRecord extends RerouteFields {
  /** UTC ms. */
  time: number;
  /** One of the EVENT_ constants. */
  kind: number;
  /** `EVENT_RECEIPT`: index of the ledger's inbound record. */
  inbound: number;
  /** `EVENT_REVIEW`: day index of the review. */
  day: number;
  /** `EVENT_BACKORDER_DEADLINE`: index of the backorder entry. */
  waiter: number;
}

/** A blank record (for the queue's `last`, and as a reusable `RerouteFields` scratch) with an excluded bitset of `words` words. */
export function newEventRecord(words = 1): EventRecord {
  return {
    time: 0,
    kind: -1,
    inbound: 0,
    day: 0,
    waiter: 0,
    order: 0,
    line: 0,
    qty: 0,
    excluded: new Int32Array(words),
    minDay: 0,
    attempt: 0,
  };
}

export class EventQueue {
  /** Events waiting. */
  size = 0;
  /** The event the last `pop` removed; overwritten by the next pop. */
  readonly last: EventRecord;
  /** Words of each reroute's excluded-node bitset. */
  readonly words: number;
  private seq = 0;
  private time: Float64Array;
  private kind: Int32Array;
  private order: Float64Array;
  /** Tie-break after time and kind: inbound record, review day, order or backorder entry. */
  private subject: Int32Array;
  private line: Int32Array;
  private qty: Int32Array;
  /** `words` words per slot. */
  private excluded: Int32Array;
  private minDay: Int32Array;
  private attempt: Int32Array;
  /** Heap of slot indexes. */
  private heap: Int32Array;
  private free: Int32Array;
  private freeCount = 0;
  private slots = 0;

  /** An empty queue with room for `capacity` events before it grows; excluded-node bitsets of `words` words (node-set.ts `nodeWords`). */
  constructor(capacity = 1024, words = 1) {
    this.words = words;
    this.last = newEventRecord(words);
    this.time = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.order = new Float64Array(capacity);
    this.subject = new Int32Array(capacity);
    this.line = new Int32Array(capacity);
    this.qty = new Int32Array(capacity);
    this.excluded = new Int32Array(capacity * words);
    this.minDay = new Int32Array(capacity);
    this.attempt = new Int32Array(capacity);
    this.heap = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
  }

  /** Schedules the arrival of inbound record `inbound` at `time`. */
  pushReceipt(time: number, inbound: number): void {
    this.insert(this.slot(time, EVENT_RECEIPT, inbound));
  }

  /** Schedules the replenishment review of day index `day` at `time`. */
  pushReview(time: number, day: number): void {
    this.insert(this.slot(time, EVENT_REVIEW, day));
  }

  /** Schedules the reroute of a failed pick found at `time`; the fields are copied. */
  pushReroute(time: number, f: Readonly<RerouteFields>): void {
    const s = this.slot(time, EVENT_REROUTE, f.order);
    this.line[s] = f.line;
    this.qty[s] = f.qty;
    const W = this.words;
    for (let w = 0; w < W; w++) this.excluded[s * W + w] = f.excluded[w]!;
    this.minDay[s] = f.minDay;
    this.attempt[s] = f.attempt;
    this.insert(s);
  }

  /** Schedules the deadline of backorder entry `waiter` at `time`. */
  pushBackorderDeadline(time: number, waiter: number): void {
    this.insert(this.slot(time, EVENT_BACKORDER_DEADLINE, waiter));
  }

  /** Time of the next event (Infinity when empty). */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.time[this.heap[0]!]!;
  }

  /** Kind of the next event (-1 when empty). */
  peekKind(): number {
    return this.size === 0 ? -1 : this.kind[this.heap[0]!]!;
  }

  /** Whether the next event is a reroute of order `order` at `time`. */
  nextIsReroute(time: number, order: number): boolean {
    if (this.size === 0) return false;
    const s = this.heap[0]!;
    return this.time[s] === time && this.kind[s] === EVENT_REROUTE && this.subject[s] === order;
  }

  /** Removes the next event and decodes it into `last`. */
  pop(): void {
    if (this.size === 0) throw new Error('pop from an empty event queue');
    const top = this.heap[0]!;
    this.decode(top);
    this.free[this.freeCount++] = top;
    this.heap[0] = this.heap[--this.size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1,
        r = l + 1;
      let m = i;
      if (l < this.size && this.less(this.heap[l]!, this.heap[m]!)) m = l;
      if (r < this.size && this.less(this.heap[r]!, this.heap[m]!)) m = r;
      if (m === i) break;
      const tmp = this.heap[i]!;
      this.heap[i] = this.heap[m]!;
      this.heap[m] = tmp;
      i = m;
    }
  }

  private decode(s: number): void {
    const e = this.last;
    e.time = this.time[s]!;
    const kind = (e.kind = this.kind[s]!);
    const subject = this.subject[s]!;
    if (kind === EVENT_RECEIPT) e.inbound = subject;
    else if (kind === EVENT_REVIEW) e.day = subject;
    else if (kind === EVENT_REROUTE) {
      e.order = subject;
      e.line = this.line[s]!;
      e.qty = this.qty[s]!;
      const W = this.words;
      for (let w = 0; w < W; w++) e.excluded[w] = this.excluded[s * W + w]!;
      e.minDay = this.minDay[s]!;
      e.attempt = this.attempt[s]!;
    } else e.waiter = subject;
  }

  /** Takes a free slot and writes the fields every kind has. */
  private slot(time: number, kind: number, subject: number): number {
    let s: number;
    if (this.freeCount > 0) s = this.free[--this.freeCount]!;
    else {
      if (this.slots === this.time.length) this.grow();
      s = this.slots++;
    }
    this.time[s] = time;
    this.kind[s] = kind;
    this.order[s] = this.seq++;
    this.subject[s] = subject;
    return s;
  }

  private insert(slot: number): void {
    let i = this.size++;
    this.heap[i] = slot;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(this.heap[i]!, this.heap[parent]!)) break;
      const tmp = this.heap[i]!;
      this.heap[i] = this.heap[parent]!;
      this.heap[parent] = tmp;
      i = parent;
    }
  }

  private less(a: number, b: number): boolean {
    const ta = this.time[a]!,
      tb = this.time[b]!;
    if (ta !== tb) return ta < tb;
    const ka = this.kind[a]!,
      kb = this.kind[b]!;
    if (ka !== kb) return ka < kb;
    const sa = this.subject[a]!,
      sb = this.subject[b]!;
    if (sa !== sb) return sa < sb;
    return this.order[a]! < this.order[b]!;
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const f64 = (a: Float64Array) => {
      const b = new Float64Array(cap);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array, per = 1) => {
      const b = new Int32Array(cap * per);
      b.set(a);
      return b;
    };
    this.time = f64(this.time);
    this.kind = i32(this.kind);
    this.order = f64(this.order);
    this.subject = i32(this.subject);
    this.line = i32(this.line);
    this.qty = i32(this.qty);
    this.excluded = i32(this.excluded, this.words);
    this.minDay = i32(this.minDay);
    this.attempt = i32(this.attempt);
    this.heap = i32(this.heap);
    this.free = i32(this.free);
  }
}
