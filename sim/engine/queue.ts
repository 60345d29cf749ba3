/**
 * The engine's future-event list: a binary min-heap on (time, kind, first payload value,
 * sequence) with each event's payload in typed arrays, so scheduling allocates nothing per
 * event. Orders are not in it (they are already sorted); receipts, replenishment reviews and
 * reroutes are. Reroutes carry the order index first, so one order's reroutes at one instant
 * pop one after another, in the orders' own sequence.
 */

export const EVENT_RECEIPT = 0;
export const EVENT_REVIEW = 1;
export const EVENT_REROUTE = 2;

/** Integer payload slots per event. */
export const PAYLOAD = 6;

export class EventQueue {
  size = 0;
  private seq = 0;
  private time: Float64Array;
  private kind: Int32Array;
  private order: Float64Array;
  private data: Int32Array;
  /** Heap of slot indexes. */
  private heap: Int32Array;
  private free: Int32Array;
  private freeCount = 0;
  private slots = 0;

  constructor(capacity = 1024) {
    this.time = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.order = new Float64Array(capacity);
    this.data = new Int32Array(capacity * PAYLOAD);
    this.heap = new Int32Array(capacity);
    this.free = new Int32Array(capacity);
  }

  private grow(): void {
    const cap = this.time.length * 2;
    const t = new Float64Array(cap); t.set(this.time); this.time = t;
    const k = new Int32Array(cap); k.set(this.kind); this.kind = k;
    const o = new Float64Array(cap); o.set(this.order); this.order = o;
    const d = new Int32Array(cap * PAYLOAD); d.set(this.data); this.data = d;
    const h = new Int32Array(cap); h.set(this.heap); this.heap = h;
    const f = new Int32Array(cap); f.set(this.free); this.free = f;
  }

  private less(a: number, b: number): boolean {
    const ta = this.time[a]!, tb = this.time[b]!;
    if (ta !== tb) return ta < tb;
    const ka = this.kind[a]!, kb = this.kind[b]!;
    if (ka !== kb) return ka < kb;
    const pa = this.data[a * PAYLOAD]!, pb = this.data[b * PAYLOAD]!;
    if (pa !== pb) return pa < pb;
    return this.order[a]! < this.order[b]!;
  }

  /**
   * Schedules an event; payload values are integers. Same-time events run receipts, then
   * reviews, then reroutes; within a kind by the first payload value, then in scheduling order.
   */
  push(time: number, kind: number, p0 = 0, p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0): void {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount]!;
    else {
      if (this.slots === this.time.length) this.grow();
      slot = this.slots++;
    }
    this.time[slot] = time;
    this.kind[slot] = kind;
    this.order[slot] = this.seq++;
    const d = slot * PAYLOAD;
    this.data[d] = p0; this.data[d + 1] = p1; this.data[d + 2] = p2; this.data[d + 3] = p3; this.data[d + 4] = p4; this.data[d + 5] = p5;
    let i = this.size++;
    this.heap[i] = slot;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(this.heap[i]!, this.heap[parent]!)) break;
      const tmp = this.heap[i]!; this.heap[i] = this.heap[parent]!; this.heap[parent] = tmp;
      i = parent;
    }
  }

  /** Time of the next event (Infinity when empty). */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.time[this.heap[0]!]!;
  }

  /** Kind of the next event (-1 when empty). */
  peekKind(): number {
    return this.size === 0 ? -1 : this.kind[this.heap[0]!]!;
  }

  /** First payload value of the next event (0 when empty). */
  peekFirst(): number {
    return this.size === 0 ? 0 : this.data[this.heap[0]! * PAYLOAD]!;
  }

  /** Removes the next event; read it with `lastTime`, `lastKind` and `arg(i)` until the next pop. */
  pop(): void {
    if (this.size === 0) throw new Error('pop from an empty event queue');
    const top = this.heap[0]!;
    this.lastTime = this.time[top]!;
    this.lastKind = this.kind[top]!;
    for (let j = 0; j < PAYLOAD; j++) this.last[j] = this.data[top * PAYLOAD + j]!;
    this.free[this.freeCount++] = top;
    this.heap[0] = this.heap[--this.size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < this.size && this.less(this.heap[l]!, this.heap[m]!)) m = l;
      if (r < this.size && this.less(this.heap[r]!, this.heap[m]!)) m = r;
      if (m === i) break;
      const tmp = this.heap[i]!; this.heap[i] = this.heap[m]!; this.heap[m] = tmp;
      i = m;
    }
  }

  lastTime = 0;
  lastKind = 0;
  /** Payload of the last popped event. */
  readonly last = new Int32Array(PAYLOAD);
}
