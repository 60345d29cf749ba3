/** Where worker threads do not work (under Deno: its Jupyter kernel runs the notebooks), the pool's counts fall to 1. */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultWorkers, threadsWork, usableWorkers } from '../../sim/io/pool.ts';

const g = globalThis as { Deno?: unknown };
afterEach(() => {
  delete g.Deno;
});

describe('worker counts by runtime', () => {
  it('under Node: the cores, at most the jobs; a caller’s count as asked', () => {
    expect(threadsWork()).toBe(true);
    expect(defaultWorkers(1)).toBe(1);
    expect(defaultWorkers(64)).toBeGreaterThanOrEqual(1);
    expect(usableWorkers(3)).toBe(3);
  });
  it('under Deno: one, in the calling thread, whatever is asked', () => {
    g.Deno = {};
    expect(threadsWork()).toBe(false);
    expect(defaultWorkers(64)).toBe(1);
    expect(usableWorkers(3)).toBe(1);
  });
});
