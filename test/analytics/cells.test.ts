/** Cohort cells: census region by state, order-size bands, and the cell of every order of a tiny case. */
import { describe, expect, it } from 'vitest';
import { orderCells, regionOf, sizeBand } from '../../sim/analytics/cells.ts';
import { line, nodesCsv, ordersCsv, runCase, scenarioWith, stock } from '../helpers/cases.ts';

describe('regionOf', () => {
  it('gives the census region of a state, in any case', () => {
    expect(['NY', 'pa', 'OH', 'TX', 'dc', 'CA', 'AK', 'HI'].map(regionOf)).toEqual([
      'Northeast',
      'Northeast',
      'Midwest',
      'South',
      'South',
      'West',
      'West',
      'West',
    ]);
  });
  it('is Other for territories, unknown codes and the empty string', () => {
    expect(['PR', 'GU', 'XX', ''].map(regionOf)).toEqual(['Other', 'Other', 'Other', 'Other']);
  });
});

describe('sizeBand', () => {
  it('bands units as 1, 2 and 3+', () => {
    expect([0, 1, 2, 3, 40].map(sizeBand)).toEqual(['1', '1', '2', '3+', '3+']);
  });
});

describe('orderCells', () => {
  const skus = 'sku,weight_lb,category\nA,1,mugs\nB,1,mugs\nC,1,glass\nU,1,\n';
  const r = runCase({
    nodes: nodesCsv({ id: 'WH', lat: 2 }),
    skus,
    orders: ordersCsv(
      line('O1', '06T10:00', 'A', 1, { state: 'NY' }), // mugs, 1 unit
      line('O2', '06T10:01', 'A', 1, { state: 'ca', lat: 0.1 }), // mugs and glass: mixed; 2 units
      line('O2', '06T10:01', 'C', 1, { state: 'ca', lat: 0.1 }),
      line('O3', '06T10:02', 'A', 2, { state: 'TX', lat: 0.2 }), // mugs twice: still mugs; 2 + 1 = 3 units
      line('O3', '06T10:02', 'B', 1, { state: 'TX', lat: 0.2 }),
      line('O4', '06T10:03', 'U', 1, { state: 'PR', lat: 0.3 }), // no category
    ),
    inventory: stock('WH,A,9', 'WH,B,9', 'WH,C,9', 'WH,U,9'),
    scenario: scenarioWith('  - name: warehouse-only\n    node: WH\nbaseline: warehouse-only\n'),
  });

  // each order at its own point: orders at the same coordinates share one destination (and its state)
  it('gives category|region|size for every order, in model order', () => {
    expect(r.model.orders.ids).toEqual(['O1', 'O2', 'O3', 'O4']);
    expect(orderCells(r.model)).toEqual(['mugs|Northeast|1', 'mixed|West|2', 'mugs|South|3+', 'uncategorized|Other|1']);
  });
});
