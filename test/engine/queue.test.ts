/** The engine's event queue: a min-heap on (time, kind, first payload value, insertion order) with integer payloads. */
import { describe, expect, it } from 'vitest';
import { EVENT_RECEIPT, EVENT_REROUTE, EVENT_REVIEW, EventQueue, PAYLOAD } from '../../sim/engine/queue.ts';

/** Pops everything, returning [time, kind, p0] per event. */
function drain(q: EventQueue): [number, number, number][] {
  const out: [number, number, number][] = [];
  while (q.size > 0) {
    q.pop();
    out.push([q.lastTime, q.lastKind, q.last[0]!]);
  }
  return out;
}

describe('EventQueue', () => {
  it('pops in time order', () => {
    const q = new EventQueue();
    for (const t of [50, 10, 40, 20, 30, 5.5]) q.push(t, EVENT_RECEIPT, t * 2);
    expect(q.size).toBe(6);
    expect(q.peekTime()).toBe(5.5);
    expect(drain(q).map((e) => e[0])).toEqual([5.5, 10, 20, 30, 40, 50]);
    expect(q.size).toBe(0);
  });

  it('at the same time runs receipts, then reviews, then reroutes', () => {
    const q = new EventQueue();
    q.push(100, EVENT_REROUTE, 1);
    q.push(100, EVENT_REVIEW, 2);
    q.push(100, EVENT_RECEIPT, 3);
    q.push(99, EVENT_REROUTE, 4);
    expect(drain(q)).toEqual([
      [99, EVENT_REROUTE, 4],
      [100, EVENT_RECEIPT, 3],
      [100, EVENT_REVIEW, 2],
      [100, EVENT_REROUTE, 1],
    ]);
  });

  it('same time and kind pop in insertion order', () => {
    const q = new EventQueue();
    for (let i = 0; i < 40; i++) q.push(7, i % 2 === 0 ? EVENT_REVIEW : EVENT_RECEIPT, i);
    const ids = drain(q).map((e) => e[2]);
    const odd = Array.from({ length: 20 }, (_, i) => 2 * i + 1);
    const even = Array.from({ length: 20 }, (_, i) => 2 * i);
    expect(ids).toEqual([...odd, ...even]);
  });

  it('same time and kind pop by the first payload value, then in insertion order', () => {
    const q = new EventQueue();
    // reroutes carry the order index first: order 3's two reroutes pop together, before order 5's
    q.push(7, EVENT_REROUTE, 5, 0);
    q.push(7, EVENT_REROUTE, 3, 1);
    q.push(7, EVENT_REROUTE, 5, 2);
    q.push(7, EVENT_REROUTE, 3, 3);
    expect(q.peekKind()).toBe(EVENT_REROUTE);
    expect(q.peekFirst()).toBe(3);
    const popped: number[][] = [];
    while (q.size > 0) {
      q.pop();
      popped.push([q.last[0]!, q.last[1]!]);
    }
    expect(popped).toEqual([[3, 1], [3, 3], [5, 0], [5, 2]]);
    expect(q.peekKind()).toBe(-1);
  });

  it('round-trips all six payload values, negative ones included', () => {
    expect(PAYLOAD).toBe(6);
    const q = new EventQueue();
    q.push(2, EVENT_REVIEW, 10, 20, 30, 40, 50, 60);
    q.push(1, EVENT_REROUTE, -1, -2, 2147483647, -2147483648, 0, 5);
    q.pop();
    expect([q.lastTime, q.lastKind, ...q.last]).toEqual([1, EVENT_REROUTE, -1, -2, 2147483647, -2147483648, 0, 5]);
    q.pop();
    expect([q.lastTime, q.lastKind, ...q.last]).toEqual([2, EVENT_REVIEW, 10, 20, 30, 40, 50, 60]);
  });

  it('unset payload slots are 0', () => {
    const q = new EventQueue();
    q.push(1, EVENT_RECEIPT, 1, 2, 3, 4, 5, 6);
    q.pop();
    q.push(2, EVENT_RECEIPT, 9); // reuses the freed slot
    q.pop();
    expect([...q.last]).toEqual([9, 0, 0, 0, 0, 0]);
  });

  it('grows past its initial capacity and keeps order and payloads', () => {
    const q = new EventQueue(2);
    const n = 500;
    // a fixed permutation of 0..n-1 (37 is coprime with 500)
    for (let i = 0; i < n; i++) {
      const t = (i * 37) % n;
      q.push(t, EVENT_RECEIPT, t, -(t + 1), t + 1, t + 2, t + 3, t + 4);
    }
    expect(q.size).toBe(n);
    for (let t = 0; t < n; t++) {
      q.pop();
      expect(q.lastTime).toBe(t);
      expect([...q.last]).toEqual([t, -(t + 1), t + 1, t + 2, t + 3, t + 4]);
    }
    expect(q.size).toBe(0);
  });

  it('stays ordered when pushes and pops interleave (freed slots are reused)', () => {
    const q = new EventQueue(4);
    const popped: number[] = [];
    const pop = () => {
      q.pop();
      expect(q.last[0]).toBe(q.lastTime * 10);
      popped.push(q.lastTime);
    };
    for (const t of [5, 3, 8]) q.push(t, EVENT_RECEIPT, t * 10);
    pop(); // 3
    for (const t of [1, 9, 4, 7, 2]) q.push(t, EVENT_RECEIPT, t * 10);
    pop(); // 1
    pop(); // 2
    q.push(6, EVENT_RECEIPT, 60);
    while (q.size) pop();
    expect(popped).toEqual([3, 1, 2, 4, 5, 6, 7, 8, 9]);
  });

  it('peekTime is Infinity when empty, and pop on empty throws', () => {
    const q = new EventQueue();
    expect(q.peekTime()).toBe(Infinity);
    expect(() => q.pop()).toThrow(/empty/);
    q.push(1, EVENT_RECEIPT);
    q.pop();
    expect(q.peekTime()).toBe(Infinity);
    expect(() => q.pop()).toThrow();
  });
});
