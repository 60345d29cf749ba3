/**
 * Map labels that do not collide: hand-worked spots for nodes close together, and the
 * rendered map (headless vega) with two nodes a few miles apart, whose label boxes must not
 * overlap each other or a diamond. The projection estimate is checked against the render.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../sim/io/chart-render.ts';
import { usStates } from '../../../sim/io/report-assets.ts';
import { mapChart } from '../../../sim/report/charts/map.ts';
import { LABEL_SPOTS, labelSpots, MAP_LABEL_METRICS, project } from '../../../sim/report/charts/map-labels.ts';
import { reportRun } from '../../helpers/report.ts';

const ABOVE = 0,
  BELOW = 1,
  LEFT = 3;

describe('labelSpots', () => {
  it('puts a lone label above its node', () => {
    expect(labelSpots([{ label: 'WH-COLUMBUS', lat: 39.96, lon: -83 }])).toEqual([ABOVE]);
  });

  it('moves the labels of nodes close together apart: above, below, then to the left', () => {
    // Brooklyn first takes "above"; Manhattan, under a pixel away, finds it taken and goes below;
    // Newark, 2 px west, finds both taken and its right-hand spot touching their diamonds: left
    const spots = labelSpots([
      { label: 'STORE-BROOKLYN', lat: 40.71, lon: -73.96 },
      { label: 'STORE-MANHATTAN', lat: 40.75, lon: -73.99 },
      { label: 'DC-NEWARK', lat: 40.73, lon: -74.17 },
      { label: 'WH-COLUMBUS', lat: 39.96, lon: -83 },
    ]);
    expect(spots).toEqual([ABOVE, BELOW, LEFT, ABOVE]);
    expect(LABEL_SPOTS[LEFT]).toMatchObject({ align: 'right' });
  });

  it('still gives every label a spot when there are more nodes in one place than spots', () => {
    const crowd = Array.from({ length: LABEL_SPOTS.length + 3 }, (_, i) => ({ label: `N${i}`, lat: 40, lon: -80 }));
    const spots = labelSpots(crowd);
    expect(spots).toHaveLength(crowd.length);
    expect(new Set(spots.slice(0, LABEL_SPOTS.length)).size).toBe(LABEL_SPOTS.length);
  });
});

/** The label texts and diamonds of a rendered map: anchor, alignment, text; diamond centres. */
function marks(svg: string) {
  const labels = [
    ...svg.matchAll(
      /<text aria-label="[^"]*node: ([^"]*)" role="graphics-symbol" aria-roledescription="text mark" text-anchor="(\w+)" transform="translate\(([-\d.]+),([-\d.]+)\)"/g,
    ),
  ].map((m) => ({ node: m[1]!, anchor: m[2]!, x: Number(m[3]), y: Number(m[4]) }));
  const diamonds = [...svg.matchAll(/aria-roledescription="point" transform="translate\(([-\d.]+),([-\d.]+)\)"/g)].map(
    (m) => ({ x: Number(m[1]), y: Number(m[2]) }),
  );
  return { labels, diamonds };
}

/** A rendered label's box: its width estimated as in map-labels.ts, from 9 px above the baseline to 3 px below. */
function box(l: { node: string; anchor: string; x: number; y: number }) {
  const w = l.node.length * MAP_LABEL_METRICS.charWidth;
  const x0 = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'start' ? l.x : l.x - w;
  return { x0, x1: x0 + w, y0: l.y - 9, y1: l.y + 3 };
}
const apart = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;

describe('the rendered map', () => {
  it('places the nodes where the projection estimate says (within 2%)', async () => {
    const r = reportRun(); // WH in Columbus, ST in New York
    const svg = await chartSvg(mapChart(r, r.runs[1]!, usStates())!.spec);
    const [st, wh] = marks(svg).diamonds; // in node order: ST, WH
    const [sx, sy] = project(-74, 40.71, MAP_LABEL_METRICS.scale),
      [wx, wy] = project(-83, 39.96, MAP_LABEL_METRICS.scale);
    expect(Math.abs((st!.x - wh!.x) / (sx - wx) - 1)).toBeLessThan(0.02);
    expect(Math.abs((st!.y - wh!.y) / (sy - wy) - 1)).toBeLessThan(0.02);
  });

  it('draws the labels of two nodes a few miles apart without overlap, and off the diamonds', async () => {
    const r = reportRun();
    const n = r.model.nodes; // shared by every policy's model
    const wh = n.ids.indexOf('WH');
    n.lat[wh] = 40.74;
    n.lon[wh] = -74.1; // Newark, beside the New York store
    const svg = await chartSvg(mapChart(r, r.runs[1]!, usStates())!.spec);
    const { labels, diamonds } = marks(svg);
    expect(labels.map((l) => l.node).sort()).toEqual(['ST', 'WH']);
    const [a, b] = labels.map(box);
    expect(apart(a!, b!)).toBe(true);
    for (const l of [a!, b!])
      for (const d of diamonds) expect(apart(l, { x0: d.x - 6, x1: d.x + 6, y0: d.y - 6, y1: d.y + 6 })).toBe(true);
  });
});
