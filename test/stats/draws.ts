/** Seeded draws for the statistics tests (no Math.random). */
import type { Rng } from '../../sim/random/rng.ts';

/** A standard normal draw by Box–Muller from two uniforms of `rng`. */
export function normal(rng: Rng): number {
  const u = 1 - rng.next(); // (0, 1]
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** True when no value anywhere inside `x` is NaN (null is fine). */
export function noNaN(x: unknown): boolean {
  if (typeof x === 'number') return !Number.isNaN(x);
  if (Array.isArray(x)) return x.every(noNaN);
  if (x !== null && typeof x === 'object') return Object.values(x).every(noNaN);
  return true;
}
