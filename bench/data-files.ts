/** The data files a benchmark builds in memory: warehouses only, skus of 1 lb, no receipts, the linear shipping model. */
import type { DataFiles } from '../sim/pipeline/index.ts';

export interface BenchNetwork {
  /** orders.csv's lines, its header first. */
  orders: string[];
  /** inventory.csv's lines with its header. */
  inventory: string[];
  skus: string[];
  nodes: readonly { id: string; lat: number; lon: number }[];
  /** Pick cost per order and per extra unit, the same at every node. */
  pick: readonly [number, number];
}

/** The files of a benchmark's network (see `BenchNetwork`). */
export function benchFiles(b: BenchNetwork): DataFiles {
  const [perOrder, perExtra] = b.pick;
  return {
    orders: { name: 'orders.csv', text: b.orders.join('\n') + '\n' },
    skus: { name: 'skus.csv', text: ['sku,weight_lb', ...b.skus.map((s) => `${s},1`)].join('\n') + '\n' },
    nodes: {
      name: 'nodes.csv',
      text:
        [
          'node_id,type,lat,lon,timezone,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy',
          ...b.nodes.map((f) => `${f.id},warehouse,${f.lat},${f.lon},America/New_York,${perOrder},${perExtra},1`),
        ].join('\n') + '\n',
    },
    inventory: { name: 'inventory.csv', text: b.inventory.join('\n') + '\n' },
    receipts: { name: 'receipts.csv', text: null },
    rates: { name: 'rate_card.csv', text: null },
    transit: { name: 'transit.csv', text: null },
  };
}
