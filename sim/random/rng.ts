/**
 * The one seeded source of randomness. Everything random in RouteLab flows from a
 * `makeRng(seed)` built on seedrandom's `alea`; nothing calls `Math.random`.
 *
 * Two kinds of draws:
 * - sequential streams (`rng.next()`), for generating synthetic data;
 * - keyed draws (`rng.keyed('pick')(orderKey, line, attempt)`), a counter-based hash of
 *   the stream seed and integer keys. A keyed draw depends only on its keys, never on
 *   how many draws came before, so every policy sees the same draw for the same order
 *   (common random numbers) and no per-order generator is allocated.
 */
import seedrandom from 'seedrandom';

/** A uniform draw in [0, 1) determined entirely by its integer keys. */
export type KeyedDraw = (a: number, b?: number, c?: number) => number;

export interface Rng {
  /** The seed this source was made from. */
  readonly seed: string;
  /** Next uniform draw in [0, 1) of this sequential stream. */
  next(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** An independent sequential source for a named purpose (same seed + label ⇒ same stream). */
  fork(label: string): Rng;
  /** A keyed (counter-based) draw function for a named purpose. */
  keyed(label: string): KeyedDraw;
}

/** Murmur3's 32-bit finalizer: a bijective avalanche mix of a 32-bit integer. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * FNV-1a hash of a string to an unsigned 32-bit integer, finalized with `mix32`.
 * @example hashString('1001') // the same number on every machine
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

function combine(h: number, k: number): number {
  return mix32((h ^ Math.imul(k | 0, 0x9e3779b1)) + 0x7f4a7c15);
}

/** Builds the keyed draw function for a 32-bit stream seed. */
function keyedFrom(streamSeed: number): KeyedDraw {
  return (a: number, b = 0, c = 0) => combine(combine(combine(streamSeed, a), b), c) / 4294967296;
}

/**
 * Creates the seeded random source.
 * @example const rng = makeRng(42); rng.next(); rng.keyed('pick')(orderKey, 0, 0)
 */
export function makeRng(seed: string | number): Rng {
  const s = String(seed);
  const alea = seedrandom.alea(s);
  return {
    seed: s,
    next: () => alea(),
    int: (n: number) => Math.floor(alea() * n),
    fork: (label: string) => makeRng(`${s}/${label}`),
    keyed: (label: string) => keyedFrom(hashString(`${s}/${label}`)),
  };
}
