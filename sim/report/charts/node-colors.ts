/**
 * Node colours that do not depend on which other nodes a report has: each node id hashes to a
 * preferred slot of a fixed palette, so STORE-LA is the same colour in every report, every
 * chart and every run. Two ids of one report that want the same slot are told apart by linear
 * probing in the order given (the report passes the baseline network's nodes first, then the
 * nodes policies add): the node listed first keeps its slot, so adding a node to a network
 * never recolours the nodes it already had, and a report never shows two nodes in one colour
 * while the palette has room.
 *
 * The palette is used in tiers so small networks get only strong colours: up to 8 nodes hash
 * into the first 8 (Tableau 10 without its pale yellow and grey), up to 10 into all of Tableau
 * 10, beyond that into 20 (with Tableau 20's other tints). A node can change colour only when
 * the report crosses a tier or a node listed before it wants the same slot.
 */

/** Tableau 10 reordered (strong colours first, pale yellow and grey last), then Tableau 20's other tints. */
export const NODE_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#edc948',
  '#bab0ac',
  '#a0cbe8',
  '#ffbe7d',
  '#8cd17d',
  '#b6992d',
  '#499894',
  '#ff9d9a',
  '#79706e',
  '#d37295',
  '#d4a6c8',
  '#d7b5a6',
] as const;

/** How many palette entries a report of `n` nodes draws from. */
function tier(n: number): number {
  return n <= 8 ? 8 : n <= 10 ? 10 : NODE_PALETTE.length;
}

/**
 * 32-bit FNV-1a of a string's UTF-16 code units: a stable, platform-independent hash.
 * @example fnv1a('') // 2166136261
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The colour of each node id: its hash slot in the palette tier for this many nodes, or the
 * next free slot when an id listed earlier holds it; ids past the tier's size share colours.
 * @example nodeColors(['WH', 'STORE-LA']).get('WH') // always the same for 'WH' among ≤ 8 nodes
 */
export function nodeColors(ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  const slots = tier(unique.length);
  let taken = new Set<number>();
  const out = new Map<string, string>();
  for (const id of unique) {
    if (taken.size === slots) taken = new Set(); // more nodes than colours: start sharing
    let slot = fnv1a(id) % slots;
    while (taken.has(slot)) slot = (slot + 1) % slots;
    taken.add(slot);
    out.set(id, NODE_PALETTE[slot]!);
  }
  return out;
}
