/**
 * Node colours chosen by node id: the same node gets the same colour whatever other nodes a
 * report has, and no two nodes of a report share one while the palette has room.
 */
import { describe, expect, it } from 'vitest';
import { fnv1a, NODE_PALETTE, nodeColors } from '../../../sim/report/charts/node-colors.ts';
import { nodeScale } from '../../../sim/report/charts/common.ts';

describe('fnv1a', () => {
  it('is 32-bit FNV-1a (the published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('nodeColors', () => {
  // hash slots among 8: WH-COLUMBUS 3, STORE-BROOKLYN 7, STORE-LA 2, STORE-CHICAGO 3 (collides)
  const demo = ['WH-COLUMBUS', 'STORE-BROOKLYN', 'STORE-LA'];

  it('gives each node the palette slot of its hash', () => {
    expect(Object.fromEntries(nodeColors(demo))).toEqual({
      'WH-COLUMBUS': NODE_PALETTE[3],
      'STORE-BROOKLYN': NODE_PALETTE[7],
      'STORE-LA': NODE_PALETTE[2],
    });
  });

  it('keeps the colours of a network when a node is added; the newcomer takes the next free slot', () => {
    const more = nodeColors([...demo, 'STORE-CHICAGO']);
    for (const id of demo) expect(more.get(id), id).toBe(nodeColors(demo).get(id));
    expect(more.get('STORE-CHICAGO')).toBe(NODE_PALETTE[4]);
  });

  it('gives a node the same colour in a report with a different node set, whatever the order', () => {
    const a = nodeColors(['STORE-LA', 'DC-RENO']);
    const b = nodeColors(['STORE-BROOKLYN', 'STORE-LA', 'WH-COLUMBUS', 'DC-DALLAS']);
    expect(a.get('STORE-LA')).toBe(b.get('STORE-LA'));
    expect(a.get('STORE-LA')).toBe(NODE_PALETTE[2]);
  });

  it('never repeats a colour while the palette has room (20 nodes), and only strong colours up to 8', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `N${i}`);
    expect(new Set(nodeColors(ids).values()).size).toBe(20);
    const eight = nodeColors(ids.slice(0, 8));
    expect(new Set(eight.values())).toEqual(new Set(NODE_PALETTE.slice(0, 8)));
    // 21 nodes: colours start to repeat, every node still has one
    const many = nodeColors([...ids, 'N20']);
    expect(many.size).toBe(21);
    expect(new Set(many.values()).size).toBe(20);
  });

  it('is what every chart scale uses, in the order given', () => {
    expect(nodeScale(['STORE-LA', 'WH-COLUMBUS'])).toEqual({
      domain: ['STORE-LA', 'WH-COLUMBUS'],
      range: [NODE_PALETTE[2], NODE_PALETTE[3]],
    });
  });
});
