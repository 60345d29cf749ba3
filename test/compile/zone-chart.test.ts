/** A zone chart overrides the distance bands for the ZIP3 pairs it lists. */
import { describe, expect, it } from 'vitest';
import { runTiny, TINY_SCENARIO } from '../helpers/tiny.ts';
import type { InputError } from '../../sim/problems.ts';

const NODES = 'node_id,type,zip,timezone\nWH,warehouse,43219,America/New_York\nST,store,11211,America/New_York\n';
const ORDERS =
  'order_id,placed_at,sku,quantity,customer_zip\nO1,2026-07-06T10:00:00-04:00,A,1,02134\nO2,2026-07-06T10:00:00-04:00,A,1,60614\n';
const INVENTORY = 'node_id,sku,on_hand\nWH,A,5\n';

describe('zone chart', () => {
  it('uses the distance bands without a chart: Columbus → Boston is zone 5', () => {
    const r = runTiny({ nodes: NODES, orders: ORDERS, inventory: INVENTORY });
    const wh = r.model.nodes.ids.indexOf('WH');
    expect(r.model.dests.zone[0 * r.model.nodes.count + wh]).toBe(5);
    expect(r.model.dests.zonesFromChart).toBe(0);
  });

  it('takes the listed pairs from the chart and the rest from the bands', () => {
    const scenario = TINY_SCENARIO.replace('  dim_divisor: 100', '  dim_divisor: 100\n  zone_chart: zone_chart.csv');
    const r = runTiny({
      scenario,
      nodes: NODES,
      orders: ORDERS,
      inventory: INVENTORY,
      zones: 'origin_zip3,dest_zip3,zone\n432,021,2\n112,021,1\n',
    });
    const { dests, nodes } = r.model;
    const wh = nodes.ids.indexOf('WH'),
      st = nodes.ids.indexOf('ST');
    expect(dests.zone[0 * nodes.count + wh]).toBe(2); // charted
    expect(dests.zone[0 * nodes.count + st]).toBe(1); // charted
    expect(dests.zone[1 * nodes.count + wh]).toBe(3); // Columbus → Chicago, 275 mi between ZIP3 centroids: band 3
    expect(dests.zonesFromChart).toBe(2);
    // 1 lb in zone 2: (10 + 2) × 1.1 + 1 = $14.20
    expect(r.runs[0]!.run.outcomes.shipCost[r.model.orders.ids.indexOf('O1')]).toBeCloseTo(14.2, 10);
  });

  it('reports a bad chart row at its line and column', () => {
    const scenario = TINY_SCENARIO.replace('  dim_divisor: 100', '  dim_divisor: 100\n  zone_chart: zone_chart.csv');
    let problems: InputError['problems'] = [];
    try {
      runTiny({
        scenario,
        nodes: NODES,
        orders: ORDERS,
        inventory: INVENTORY,
        zones: 'origin_zip3,dest_zip3,zone\n432,021,9\n4321,021,2\n',
      });
    } catch (e) {
      problems = (e as InputError).problems.filter((p) => p.severity === 'error');
    }
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}`)).toEqual([
      'zone_chart.csv:2:3 zone',
      'zone_chart.csv:3:1 origin_zip3',
    ]);
  });
});
