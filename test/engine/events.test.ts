/**
 * The engine's event queue: a min-heap on (time, kind, subject, scheduling order), each kind
 * pushed by its own method and decoded by name. (The cases of the former queue.test.ts,
 * moved to the named interface.)
 */
import { describe, expect, it } from 'vitest';
import {
  EVENT_BACKORDER_DEADLINE,
  EVENT_RECEIPT,
  EVENT_REROUTE,
  EVENT_REVIEW,
  EventQueue,
  newEventRecord,
  type RerouteFields,
} from '../../sim/engine/events.ts';

/** Pops everything, returning [time, kind, subject] per event. */
function drain(q: EventQueue): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.size > 0) {
    q.pop();
    const e = q.last;
    const subject =
      e.kind === EVENT_RECEIPT
        ? e.inbound
        : e.kind === EVENT_REVIEW
          ? e.day
          : e.kind === EVENT_REROUTE
            ? e.order
            : e.waiter;
    out.push([e.time, e.kind, subject]);
  }
  return out;
}

const reroute = (order: number, line = 0, qty = 1, excluded = 0, minDay = 0, attempt = 1): RerouteFields => ({
  order,
  line,
  qty,
  excluded: Int32Array.of(excluded),
  minDay,
  attempt,
});

describe('EventQueue', () => {
  it('pops in time order', () => {
    const q = new EventQueue();
    for (const t of [50, 10, 40, 20, 30, 5.5]) q.pushReceipt(t, t * 2);
    expect(q.size).toBe(6);
    expect(q.peekTime()).toBe(5.5);
    expect(drain(q).map((e) => e[0])).toEqual([5.5, 10, 20, 30, 40, 50]);
    expect(q.size).toBe(0);
  });

  it('at the same time runs receipts, then reviews, then reroutes, then backorder deadlines', () => {
    const q = new EventQueue();
    q.pushBackorderDeadline(100, 0);
    q.pushReroute(100, reroute(1));
    q.pushReview(100, 2);
    q.pushReceipt(100, 3);
    q.pushReroute(99, reroute(4));
    expect(drain(q)).toEqual([
      [99, EVENT_REROUTE, 4],
      [100, EVENT_RECEIPT, 3],
      [100, EVENT_REVIEW, 2],
      [100, EVENT_REROUTE, 1],
      [100, EVENT_BACKORDER_DEADLINE, 0],
    ]);
  });

  it('same time and kind pop by subject, then in scheduling order', () => {
    const q = new EventQueue();
    // reviews of days 9, 2, 9, 2 at one instant: day 2 first, each day in scheduling order
    for (let i = 0; i < 4; i++) q.pushReview(7, i % 2 === 0 ? 9 : 2);
    q.pushReceipt(7, 5);
    expect(drain(q)).toEqual([
      [7, EVENT_RECEIPT, 5],
      [7, EVENT_REVIEW, 2],
      [7, EVENT_REVIEW, 2],
      [7, EVENT_REVIEW, 9],
      [7, EVENT_REVIEW, 9],
    ]);
    // equal subjects pop in scheduling order (the line numbers tell them apart)
    const r = new EventQueue();
    for (let i = 0; i < 40; i++) r.pushReroute(7, reroute(i % 2 === 0 ? 3 : 1, i));
    const lines: number[] = [];
    while (r.size > 0) {
      r.pop();
      lines.push(r.last.line);
    }
    const odd = Array.from({ length: 20 }, (_, i) => 2 * i + 1);
    const even = Array.from({ length: 20 }, (_, i) => 2 * i);
    expect(lines).toEqual([...odd, ...even]);
  });

  it("one order's reroutes at one instant pop together, and nextIsReroute sees them coming", () => {
    const q = new EventQueue();
    q.pushReroute(7, reroute(5, 0));
    q.pushReroute(7, reroute(3, 1));
    q.pushReroute(7, reroute(5, 2));
    q.pushReroute(7, reroute(3, 3));
    q.pushReroute(8, reroute(3, 4));
    expect(q.peekKind()).toBe(EVENT_REROUTE);
    expect(q.nextIsReroute(7, 3)).toBe(true);
    expect(q.nextIsReroute(7, 5)).toBe(false);
    expect(q.nextIsReroute(8, 3)).toBe(false);
    const popped: [number, number, boolean][] = [];
    while (q.size > 0) {
      q.pop();
      popped.push([q.last.order, q.last.line, q.nextIsReroute(q.last.time, q.last.order)]);
    }
    // order 3's two at 7 (the first sees the second behind it), order 5's two, then order 3's at 8
    expect(popped).toEqual([
      [3, 1, true],
      [3, 3, false],
      [5, 0, true],
      [5, 2, false],
      [3, 4, false],
    ]);
    expect(q.peekKind()).toBe(-1);
    expect(q.nextIsReroute(8, 3)).toBe(false);
  });

  it('round-trips every reroute field by name, extreme int32 values included', () => {
    const q = new EventQueue();
    q.pushReroute(2, { order: 10, line: 20, qty: 30, excluded: Int32Array.of(1 << 31), minDay: -1, attempt: 60 });
    q.pushReroute(1, {
      order: 0,
      line: 2147483647,
      qty: 1,
      excluded: Int32Array.of(-2147483648),
      minDay: 0,
      attempt: 5,
    });
    q.pop();
    const { time, kind, order, line, qty, excluded, minDay, attempt } = q.last;
    expect({ time, kind, order, line, qty, excluded, minDay, attempt }).toEqual({
      time: 1,
      kind: EVENT_REROUTE,
      order: 0,
      line: 2147483647,
      qty: 1,
      excluded: Int32Array.of(-2147483648),
      minDay: 0,
      attempt: 5,
    });
    q.pop();
    expect([
      q.last.time,
      q.last.order,
      q.last.line,
      q.last.qty,
      q.last.excluded[0],
      q.last.minDay,
      q.last.attempt,
    ]).toEqual([2, 10, 20, 30, -2147483648, -1, 60]);
  });

  it('copies the reroute fields, so one scratch record can schedule many', () => {
    const q = new EventQueue();
    const f = newEventRecord();
    for (let i = 0; i < 3; i++) {
      f.order = 1;
      f.line = 10 + i;
      f.qty = i + 1;
      f.excluded[0] = 1 << i;
      f.minDay = 4;
      f.attempt = 1;
      q.pushReroute(50 - i, f);
    }
    const got: number[][] = [];
    while (q.size > 0) {
      q.pop();
      got.push([q.last.time, q.last.line, q.last.qty, q.last.excluded[0]!]);
    }
    expect(got).toEqual([
      [48, 12, 3, 4],
      [49, 11, 2, 2],
      [50, 10, 1, 1],
    ]);
  });

  it('decodes each kind into its own named field', () => {
    const q = new EventQueue();
    q.pushReceipt(1, 11);
    q.pushReview(2, 22);
    q.pushBackorderDeadline(3, 33);
    q.pop();
    expect([q.last.kind, q.last.inbound]).toEqual([EVENT_RECEIPT, 11]);
    q.pop();
    expect([q.last.kind, q.last.day]).toEqual([EVENT_REVIEW, 22]);
    q.pop();
    expect([q.last.kind, q.last.waiter]).toEqual([EVENT_BACKORDER_DEADLINE, 33]);
    expect(q.last.inbound).toBe(11); // fields of other kinds are left as they were
  });

  it('grows past its initial capacity and keeps order and fields', () => {
    const q = new EventQueue(2);
    const n = 500;
    // a fixed permutation of 0..n-1 (37 is coprime with 500)
    for (let i = 0; i < n; i++) {
      const t = (i * 37) % n;
      q.pushReroute(t, {
        order: t,
        line: -(t + 1),
        qty: t + 1,
        excluded: Int32Array.of(t + 2),
        minDay: t + 3,
        attempt: t + 4,
      });
    }
    expect(q.size).toBe(n);
    for (let t = 0; t < n; t++) {
      q.pop();
      const e = q.last;
      expect(e.time).toBe(t);
      expect([e.order, e.line, e.qty, e.excluded[0], e.minDay, e.attempt]).toEqual([
        t,
        -(t + 1),
        t + 1,
        t + 2,
        t + 3,
        t + 4,
      ]);
    }
    expect(q.size).toBe(0);
  });

  it('round-trips excluded-node bitsets of several words (200 nodes: 7 words), past its initial capacity', () => {
    const q = new EventQueue(2, 7);
    const f = newEventRecord(7);
    for (let i = 0; i < 5; i++) {
      f.order = i;
      f.excluded.fill(0);
      f.excluded[i] = 1 << i; // node 33 × i (word i, bit i)
      f.excluded[6] = -1;
      q.pushReroute(10 - i, f);
    }
    const got: number[][] = [];
    while (q.size > 0) {
      q.pop();
      got.push([q.last.order, ...q.last.excluded]);
    }
    expect(got).toEqual([
      [4, 0, 0, 0, 0, 16, 0, -1],
      [3, 0, 0, 0, 8, 0, 0, -1],
      [2, 0, 0, 4, 0, 0, 0, -1],
      [1, 0, 2, 0, 0, 0, 0, -1],
      [0, 1, 0, 0, 0, 0, 0, -1],
    ]);
  });

  it('stays ordered when pushes and pops interleave (freed slots are reused)', () => {
    const q = new EventQueue(4);
    const popped: number[] = [];
    const pop = () => {
      q.pop();
      expect(q.last.inbound).toBe(q.last.time * 10);
      popped.push(q.last.time);
    };
    for (const t of [5, 3, 8]) q.pushReceipt(t, t * 10);
    pop(); // 3
    for (const t of [1, 9, 4, 7, 2]) q.pushReceipt(t, t * 10);
    pop(); // 1
    pop(); // 2
    q.pushReceipt(6, 60);
    while (q.size) pop();
    expect(popped).toEqual([3, 1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it('peekTime is Infinity when empty, and pop on empty throws', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    expect(() => q.pop()).toThrow(/empty/);
    q.pushReceipt(1, 0);
    q.pop();
    expect(q.peekTime()).toBe(Infinity);
    expect(() => q.pop()).toThrow();
  });
});
