/** Node bitsets (node-set.ts): word counts and node k at bit k % 32 of word k >>> 5. */
import { describe, expect, it } from 'vitest';
import { addNode, hasNode, nodeWords } from '../../sim/engine/node-set.ts';

describe('node bitsets', () => {
  it('take one word per 32 nodes, at least one', () => {
    expect([0, 1, 31, 32, 33, 64, 65, 200].map(nodeWords)).toEqual([1, 1, 1, 1, 2, 2, 3, 7]);
  });

  it('put node k at bit k % 32 of word k >>> 5 of the record at `base`', () => {
    const bits = new Int32Array(2 * 2); // two records of two words
    addNode(bits, 2, 0);
    addNode(bits, 2, 31);
    addNode(bits, 2, 32);
    addNode(bits, 2, 39);
    expect(Array.from(bits)).toEqual([0, 0, 1 | (1 << 31), 1 | (1 << 7)]);
    expect([0, 1, 31, 32, 33, 39].map((n) => hasNode(bits, 2, n))).toEqual([true, false, true, true, false, true]);
    expect([0, 31, 32, 39].some((n) => hasNode(bits, 0, n))).toBe(false); // the first record is empty
  });
});
