/** The bound chart: each policy's cost per order beside the hindsight bound, from the run's own figures. */
import { describe, expect, it } from 'vitest';
import { boundChart } from '../../../sim/report/charts/bound.ts';
import { runTiny } from '../../helpers/tiny.ts';

const at = (id: string, sku: string, day: string) => `${id},2026-07-${day}T10:00:00-04:00,${sku},1,0,0`;
const input = {
  orders: ['order_id,placed_at,sku,quantity,customer_lat,customer_lon', at('O1', 'A', '06'), at('O2', 'A', '07')].join(
    '\n',
  ),
  inventory: 'node_id,sku,on_hand\nWH,A,10\nST,A,10\n',
};

describe('boundChart', () => {
  it('draws a bar per policy at its cost, labelled with its gap, and the bound as a line', () => {
    const chart = boundChart(runTiny({ ...input, bound: true }))!;
    // both orders ship cheapest from WH: 14.20 + 3.00 = 17.20 each, so the bound is $17.20 per order;
    // closest-with-stock (and fewest-packages, on its closest tie-break) ships from ST (35 mi): 13.10 + 6.00 = 19.10: 19.10 / 17.20 − 1 = 11.0%
    expect(chart.spec.title).toMatchObject({ subtitle: expect.stringContaining('$17.20 per order') });
    const layers = (chart.spec as { layer: { data: { values: Record<string, unknown>[] } }[] }).layer;
    expect(layers[0]!.data.values).toEqual([
      { policy: 'warehouse-only', cost: 17.2, label: '$17.20: 0.0% above' },
      { policy: 'closest-with-stock', cost: 19.1, label: '$19.10: 11.0% above' },
      { policy: 'fewest-packages', cost: 19.1, label: '$19.10: 11.0% above' }, // one package either way, then closest
    ]);
    expect(layers[2]!.data.values).toEqual([{ bound: 17.2 }]);
  });

  it('is left out when no bound was solved', () => {
    expect(boundChart(runTiny(input))).toBeNull();
  });
});
