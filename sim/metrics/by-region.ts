/** Packages by destination region: a grid of latitude and longitude cells, split by the node that shipped. */
import type { PolicyRun } from './runs.ts';

/** Packages one node shipped to the destinations of one grid cell. */
export interface MapCell {
  /** Package-weighted mean position of the cell's destinations (all nodes' packages). */
  lat: number;
  lon: number;
  node: string;
  packages: number;
  /** The node's share of the cell's packages. */
  share: number;
}

/**
 * Destinations on a grid of `cellDegrees` (rounded latitude and longitude), one record per
 * cell and node that shipped there, cells in key order, nodes by id within a cell.
 * @example destinationCells(run.runs[0])[0] // { lat: 40.7, lon: -74, node: 'WH', packages: 5, share: 1 }
 */
export function destinationCells(p: PolicyRun, cellDegrees = 1): MapCell[] {
  const { dests, orders, nodes } = p.model;
  const log = p.run.packages;
  const cells = new Map<string, { lat: number; lon: number; packages: number; byNode: Float64Array }>();
  for (let k = 0; k < log.count; k++) {
    const d = orders.dest[log.order[k]!]!;
    const lat = dests.lat[d]!,
      lon = dests.lon[d]!;
    const key = `${Math.round(lat / cellDegrees)},${Math.round(lon / cellDegrees)}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { lat: 0, lon: 0, packages: 0, byNode: new Float64Array(nodes.count) }));
    c.lat += lat;
    c.lon += lon;
    c.packages++;
    c.byNode[log.node[k]!]!++;
  }
  const out: MapCell[] = [];
  for (const key of [...cells.keys()].sort()) {
    const c = cells.get(key)!;
    for (let n = 0; n < nodes.count; n++) {
      if (c.byNode[n]! > 0)
        out.push({
          lat: c.lat / c.packages,
          lon: c.lon / c.packages,
          node: nodes.ids[n]!,
          packages: c.byNode[n]!,
          share: c.byNode[n]! / c.packages,
        });
    }
  }
  return out;
}
