/**
 * Where the map's node labels go so that they do not cover one another: each label tries a
 * fixed list of spots around its diamond (above, below, right, left, the diagonals, then
 * further out) and takes the first whose box overlaps no label placed before it and no node's
 * diamond; when every spot is taken it takes the one that overlaps least. Deterministic: the
 * nodes are placed in the order given.
 *
 * Positions are computed with the projection the map draws the lower 48 states with (d3's
 * albersUsa: a conic equal-area projection with standard parallels 29.5° and 45.5° about
 * 96° W) at the scale vega fits it to in the 680 × 420 chart (about 875 px a radian, measured
 * on the rendered SVG; test/report/charts/map-labels.test.ts checks it). Alaska and Hawaii,
 * drawn as insets, are placed as if they were where they are (rare for a node).
 */

/** A spot for a label beside its point, as a vega text mark's offset, alignment and baseline. */
export interface LabelSpot {
  dx: number;
  dy: number;
  align: 'center' | 'left' | 'right';
  baseline: 'bottom' | 'top' | 'middle';
}

/** The spots tried, in order. */
export const LABEL_SPOTS: readonly LabelSpot[] = [
  { dx: 0, dy: -9, align: 'center', baseline: 'bottom' },
  { dx: 0, dy: 10, align: 'center', baseline: 'top' },
  { dx: 10, dy: 0, align: 'left', baseline: 'middle' },
  { dx: -10, dy: 0, align: 'right', baseline: 'middle' },
  { dx: 9, dy: -9, align: 'left', baseline: 'bottom' },
  { dx: -9, dy: -9, align: 'right', baseline: 'bottom' },
  { dx: 9, dy: 9, align: 'left', baseline: 'top' },
  { dx: -9, dy: 9, align: 'right', baseline: 'top' },
  { dx: 0, dy: -24, align: 'center', baseline: 'bottom' },
  { dx: 0, dy: 25, align: 'center', baseline: 'top' },
  { dx: 10, dy: -15, align: 'left', baseline: 'middle' },
  { dx: -10, dy: -15, align: 'right', baseline: 'middle' },
  { dx: 10, dy: 15, align: 'left', baseline: 'middle' },
  { dx: -10, dy: 15, align: 'right', baseline: 'middle' },
];

/** What the estimate assumes about the chart and its text. */
export interface LabelMetrics {
  /** The projection's scale: pixels per radian. */
  scale: number;
  /** Estimated width of one character of a label (11 px bold). */
  charWidth: number;
  /** Height of a label's box. */
  lineHeight: number;
  /** Half the side of a node's diamond. */
  diamond: number;
}

/** For the 680 × 420 map with 11 px bold labels. */
export const MAP_LABEL_METRICS: LabelMetrics = { scale: 875, charWidth: 7.4, lineHeight: 14, diamond: 8 };

const RAD = Math.PI / 180;
const P1 = 29.5 * RAD,
  P2 = 45.5 * RAD;
const N = (Math.sin(P1) + Math.sin(P2)) / 2;
const C = Math.cos(P1) ** 2 + 2 * N * Math.sin(P1);

/**
 * A point in the map's pixels up to a shift (y down): Albers conic equal-area about 96° W.
 * @example project(-96, 38, 875) // [0, …]: on the central meridian
 */
export function project(lon: number, lat: number, scale: number): [number, number] {
  const rho = Math.sqrt(C - 2 * N * Math.sin(lat * RAD)) / N;
  const theta = N * (lon + 96) * RAD;
  return [scale * rho * Math.sin(theta), scale * rho * Math.cos(theta)];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** A label's box at a spot, around the point (x, y). */
function boxAt(x: number, y: number, width: number, s: LabelSpot, m: LabelMetrics): Box {
  const ax = x + s.dx,
    ay = y + s.dy;
  const x0 = s.align === 'center' ? ax - width / 2 : s.align === 'left' ? ax : ax - width;
  const y0 = s.baseline === 'bottom' ? ay - m.lineHeight : s.baseline === 'top' ? ay : ay - m.lineHeight / 2;
  return { x0, y0, x1: x0 + width, y1: y0 + m.lineHeight };
}

/**
 * The spot (an index into LABEL_SPOTS) for each point's label, in the order given.
 * @example labelSpots([{ label: 'A', lat: 40, lon: -74 }]) // [0]: above, nothing in the way
 */
export function labelSpots(
  points: readonly { label: string; lat: number; lon: number }[],
  m: LabelMetrics = MAP_LABEL_METRICS,
): number[] {
  const xy = points.map((p) => {
    const [x, y] = project(p.lon, p.lat, m.scale);
    return { x, y };
  });
  const diamonds: Box[] = xy.map(({ x, y }) => ({
    x0: x - m.diamond,
    y0: y - m.diamond,
    x1: x + m.diamond,
    y1: y + m.diamond,
  }));
  const placed: Box[] = [];
  return points.map((p, i) => {
    const { x, y } = xy[i]!;
    const width = p.label.length * m.charWidth;
    let best = 0,
      least = Infinity;
    for (let k = 0; k < LABEL_SPOTS.length; k++) {
      const b = boxAt(x, y, width, LABEL_SPOTS[k]!, m);
      const hit = [...placed, ...diamonds].reduce((s, o) => s + overlap(b, o), 0);
      if (hit < least) {
        least = hit;
        best = k;
      }
      if (hit === 0) break;
    }
    placed.push(boxAt(x, y, width, LABEL_SPOTS[best]!, m));
    return best;
  });
}
