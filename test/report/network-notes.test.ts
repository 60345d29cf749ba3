/** The assumptions an added node brings (sim/report/network-notes.ts), on helpers/cases.ts geometry. */
import { describe, expect, it } from 'vitest';
import { networkAssumptions } from '../../sim/report/network-notes.ts';
import { line, nodesCsv, ordersCsv, runCase, scenarioWith, stock } from '../helpers/cases.ts';

const run = (roi: string) =>
  runCase({
    scenario: scenarioWith(
      `  - { name: base, use: closest-with-stock }
  - name: copied
    use: closest-with-stock
    network: { add: [{ node_id: NEW, type: store, lat: 0.1, lon: 0, stock_from: WH, stock_share: 0.5 }] }
  - name: again
    use: copied
  - name: given
    use: closest-with-stock
    network: { add: [{ node_id: OWN, type: store, lat: 0.2, lon: 0, stock: { A: 3 } }] }
`,
      { extra: roi },
    ),
    nodes: nodesCsv({ id: 'ST', type: 'store', lat: 0.5 }, { id: 'WH', type: 'warehouse', lat: 2 }),
    orders: ordersCsv(line('O1', '06T09:00', 'A', 1)),
    inventory: stock('ST,A,5', 'WH,A,5'),
  });

describe('networkAssumptions', () => {
  it('flags copied stock as an assumption, not a purchase, once per added node', () => {
    const items = networkAssumptions(run('roi: { nodes: { NEW: { monthly_rent: 100 }, OWN: { monthly_labor: 50 } } }'));
    expect(items).toEqual([
      {
        label: 'Added node NEW',
        text: "added by copied. NEW's starting stock is copied from WH (×0.5, rounded down): an assumption, not a purchase; what stocking it would cost is not counted.",
        warn: true,
      },
      {
        label: 'Added node OWN',
        text: 'added by given. OWN starts with the stock set in the scenario (1 sku(s)); what stocking it would cost is not counted.',
        warn: false,
      },
    ]);
  });

  it('warns when an added node has no fixed costs in roi.nodes', () => {
    const items = networkAssumptions(run('roi: { nodes: { NEW: { monthly_rent: 100 } } }'));
    expect(items[1]).toEqual({
      label: 'Added node OWN',
      warn: true,
      text: 'added by given. OWN starts with the stock set in the scenario (1 sku(s)); what stocking it would cost is not counted. No fixed costs were entered for it (roi.nodes.OWN: monthly_rent, monthly_labor, opening_cost), so its ROI counts none.',
    });
  });
});
