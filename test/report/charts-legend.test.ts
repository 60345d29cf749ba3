/** Legends of many nodes (report/charts/common.ts): up to 32 every entry, past it the busiest 32 and a title that says so. */
import { describe, expect, it } from 'vitest';
import { busiestNodes, legendTitle, symbolLegend } from '../../sim/report/charts/common.ts';

describe('legends of many nodes', () => {
  const nodes = Array.from({ length: 40 }, (_, i) => `N${String(i).padStart(2, '0')}`);
  // N39 5 + 5 = 10 packages, N07 10 (ties keep node order), N20 3, the rest 1 each; N00 none
  const rows = [
    { node: 'N39', packages: 5 },
    { node: 'N07', packages: 10 },
    { node: 'N39', packages: 5 },
    { node: 'N20', packages: 3 },
    ...nodes.slice(1).map((node) => ({ node, packages: 1 })),
  ];

  it('ranks nodes by packages, most first, ties in node order, leaving out nodes that shipped nothing', () => {
    const ranked = busiestNodes(nodes, rows);
    expect(ranked.slice(0, 5)).toEqual(['N07', 'N39', 'N20', 'N01', 'N02']);
    expect(ranked).toHaveLength(39);
    expect(busiestNodes(nodes, [{ node: 'N05', packages: 2 }])).toEqual(['N05']);
  });

  it('lists every entry up to 32 (two columns past 16), the busiest 32 past it', () => {
    expect(symbolLegend(16)).toEqual({ symbolLimit: 0 });
    expect(symbolLegend(32, nodes)).toEqual({ symbolLimit: 0, columns: 2 });
    const ranked = busiestNodes(nodes, rows);
    expect(symbolLegend(40, ranked)).toEqual({
      symbolLimit: 0,
      columns: 2,
      values: ranked.slice(0, 32),
      titleLimit: 300,
    });
  });

  it('says in the title when the legend lists only some of the nodes', () => {
    expect(legendTitle('node', 32, nodes)).toBe('node');
    expect(legendTitle('node', 40, busiestNodes(nodes, rows))).toBe('node (busiest 32 of 40)');
    expect(legendTitle('shipped from', 40, ['N07', 'N39'])).toBe('shipped from (2 of 40 ship)');
  });
});
