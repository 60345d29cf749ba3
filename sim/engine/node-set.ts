/**
 * Sets of nodes as bitsets of 32-bit words: node k is bit k % 32 of word k >>> 5. A network
 * of up to 32 nodes needs one word (a plain mask, as fast as a number); larger networks one
 * more word per 32 nodes. Used for the nodes an order shipped from and the nodes a rerouted
 * line may not go back to, stored flat in typed arrays (`words` words per record).
 */

/** Words of a bitset over `nodes` nodes (at least one). */
export function nodeWords(nodes: number): number {
  return Math.max(1, (nodes + 31) >>> 5);
}

/** Whether node `node` is in the bitset that starts at `bits[base]`. */
export function hasNode(bits: Int32Array, base: number, node: number): boolean {
  return ((bits[base + (node >>> 5)]! >>> (node & 31)) & 1) === 1;
}

/** Adds node `node` to the bitset that starts at `bits[base]`. */
export function addNode(bits: Int32Array, base: number, node: number): void {
  bits[base + (node >>> 5)]! |= 1 << (node & 31);
}
