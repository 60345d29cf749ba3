/** A US map of destinations, colored by the node that served them under one policy. */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { PolicyRun, ScenarioRun } from '../../metrics/runs.ts';
import { allNodes, nodeLocations } from '../../metrics/by-node.ts';
import { destinationCells } from '../../metrics/by-region.ts';
import {
  busiestNodes,
  CONFIG,
  legendTitle,
  nodeScale,
  round,
  symbolLegend,
  VEGA_LITE_SCHEMA,
  type ReportChart,
  type TopLevelSpec,
} from './common.ts';
import { LABEL_SPOTS, labelSpots } from './map-labels.ts';

/** A state outline as GeoJSON (coordinates rounded to a grid to keep the page small). */
export interface StateShape {
  type: 'Feature';
  properties: { name: string };
  geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/** Name of the map shapes' dataset inside the map spec. */
export const STATES_DATASET = 'us-states';

/**
 * State outlines from a us-atlas topology (`states-10m.json`): rings snapped to a
 * `step`-degree grid with repeated points dropped, islands smaller than `minSpan` degrees left out.
 */
export function stateShapes(topology: unknown, step = 0.05, minSpan = 0.15): StateShape[] {
  const t = topology as Topology<{ states: GeometryCollection<{ name: string }> }>;
  const fc = feature(t, t.objects.states);
  const q = (v: number) => round(Math.round(v / step) * step, 2);
  const ring = (r: number[][]): number[][] => {
    const out: number[][] = [];
    for (const [x, y] of r) {
      const p = [q(x!), q(y!)];
      const last = out[out.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out;
  };
  const big = (r: number[][]) => {
    if (r.length < 4) return false;
    const xs = r.map((p) => p[0]!),
      ys = r.map((p) => p[1]!);
    return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) >= minSpan;
  };
  return fc.features.map((f) => {
    const g = f.geometry as { type: string; coordinates: number[][][] | number[][][][] };
    const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
    const kept = polygons.map((pl) => pl.map(ring).filter(big)).filter((pl) => pl.length > 0);
    return {
      type: 'Feature' as const,
      properties: { name: f.properties?.name ?? '' },
      geometry: { type: 'MultiPolygon' as const, coordinates: kept },
    };
  });
}

export function mapChart(r: ScenarioRun, p: PolicyRun, states: StateShape[]): ReportChart | null {
  const cells = destinationCells(p);
  if (cells.length === 0) return null;
  const nodes = allNodes(r);
  const values = cells.map((c) => ({
    lat: round(c.lat, 2),
    lon: round(c.lon, 2),
    packages: c.packages,
    node: c.node,
    share: round(c.share, 3),
  }));
  const sites = nodeLocations(p).map((n) => ({ ...n, lat: round(n.lat, 3), lon: round(n.lon, 3) }));
  const spots = labelSpots(sites.map((n) => ({ label: n.node, lat: n.lat, lon: n.lon })));
  // the same color per node as in the other charts, but only this network's nodes in the legend
  const all = nodeScale(nodes);
  const own = all.domain.filter((n) => p.model.nodes.ids.includes(n));
  const busiest = busiestNodes(own, cells);
  const legend = {
    title: legendTitle('shipped from', own.length, busiest),
    symbolType: 'circle',
    symbolOpacity: 0.8,
    ...symbolLegend(own.length, busiest),
  };
  const color = {
    field: 'node',
    type: 'nominal' as const,
    scale: { domain: own, range: own.map((n) => all.range[all.domain.indexOf(n)]!) },
    title: 'shipped from',
  };
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: `Where ${p.policy}'s packages go`,
      subtitle: 'destinations gathered on a 1° grid; one circle per shipping node, sized by its packages',
    },
    width: 680,
    height: 420,
    projection: { type: 'albersUsa' },
    datasets: { [STATES_DATASET]: states },
    layer: [
      {
        data: { name: STATES_DATASET },
        mark: { type: 'geoshape', fill: '#ececec', stroke: '#ffffff', strokeWidth: 0.8 },
      },
      {
        data: { values },
        mark: { type: 'circle', opacity: 0.7, stroke: '#ffffff', strokeWidth: 0.4 },
        encoding: {
          longitude: { field: 'lon', type: 'quantitative' },
          latitude: { field: 'lat', type: 'quantitative' },
          size: { field: 'packages', type: 'quantitative', scale: { range: [6, 420] }, title: 'packages' },
          color: { ...color, legend },
          order: { field: 'packages', sort: 'descending' },
          tooltip: [
            { field: 'node', title: 'shipped from' },
            { field: 'packages', type: 'quantitative', format: ',' },
            { field: 'share', type: 'quantitative', format: '.0%', title: 'share of this area' },
          ],
        },
      },
      {
        data: { values: sites },
        mark: {
          type: 'point',
          shape: 'diamond',
          filled: true,
          size: 160,
          stroke: '#111111',
          strokeWidth: 1.2,
          opacity: 1,
        },
        encoding: {
          longitude: { field: 'lon', type: 'quantitative' },
          latitude: { field: 'lat', type: 'quantitative' },
          color: { ...color, legend },
          tooltip: [{ field: 'node' }, { field: 'name' }, { field: 'type' }],
        },
      },
      // one text layer per spot used, so labels of nodes close together do not overlap
      ...[...new Set(spots)]
        .sort((a, b) => a - b)
        .map((k) => {
          const spot = LABEL_SPOTS[k]!;
          return {
            data: { values: sites.filter((_, i) => spots[i] === k) },
            mark: {
              type: 'text' as const,
              dx: spot.dx,
              dy: spot.dy,
              align: spot.align,
              baseline: spot.baseline,
              fontSize: 11,
              fontWeight: 'bold' as const,
              stroke: '#ffffff',
              strokeWidth: 0.3,
            },
            encoding: {
              longitude: { field: 'lon', type: 'quantitative' as const },
              latitude: { field: 'lat', type: 'quantitative' as const },
              text: { field: 'node' },
            },
          };
        }),
    ],
    config: CONFIG,
  };
  return {
    id: 'destination-map',
    title: 'Destinations by serving node',
    caption: `Where ${p.policy} sends its packages: destinations are gathered within about a degree of latitude and longitude; each node that shipped there has a circle in its color, sized by its packages (smaller circles drawn on top; the tooltip gives the node's share of the area). Diamonds are the nodes.`,
    spec,
  };
}
