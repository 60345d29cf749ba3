/**
 * nodes.csv (parseNodes). Expected rows written out by hand:
 *   2026-07-01 = epoch day 20635 (07-06 = 20640, 07-10 = 20644, 12-31 = 20818);
 *   14:05 = 845 min, 09:30 = 570 min, 08:00 = 480 min, 14:00 = 840 min; Mon–Fri = 0b0111110.
 * Bad-cell tables (helpers/parse.ts) are built from one good row: row i (line i + 2) changes one
 * cell, and must give exactly one problem at that line, in that cell's column, and be left out.
 */
import { describe, expect, it } from 'vitest';
import { parseNodes } from '../../sim/parse/nodes.ts';
import { badCells, run } from '../helpers/parse.ts';

describe('parseNodes', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(
      parseNodes,
      [
        'node_id,type,zip,lat,lon,name,timezone,cutoff,ship_days,daily_order_capacity,pick_cost_per_order,pick_cost_per_extra_unit,inventory_accuracy,safety_stock,active_from,active_to,tags',
        'WH1,Warehouse,43004,,,Columbus DC,America/New_York,14:00,Mon-Fri,500,3.00,0.75,99.5%,2,2026-07-01,2026-12-31,east|dc',
        'ST1,store,,34.05,-118.24,,,,,,,,,,,,',
      ].join('\n') + '\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        nodeId: 'WH1',
        type: 'warehouse',
        name: 'Columbus DC',
        zip5: '43004',
        lat: undefined,
        lon: undefined,
        timezone: 'America/New_York',
        cutoff: 840,
        shipDays: 0b0111110,
        dailyOrderCapacity: 500,
        pickCostPerOrder: 3,
        pickCostPerExtraUnit: 0.75,
        inventoryAccuracy: 0.995,
        safetyStock: 2,
        activeFrom: 20635,
        activeTo: 20818,
        tags: ['east', 'dc'],
      },
      {
        line: 3,
        nodeId: 'ST1',
        type: 'store',
        name: 'ST1',
        zip5: undefined,
        lat: 34.05,
        lon: -118.24,
        timezone: undefined,
        cutoff: undefined,
        shipDays: undefined,
        dailyOrderCapacity: undefined,
        pickCostPerOrder: undefined,
        pickCostPerExtraUnit: undefined,
        inventoryAccuracy: undefined,
        safetyStock: undefined,
        activeFrom: undefined,
        activeTo: undefined,
        tags: [],
      },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = [
      'node_id',
      'type',
      'zip',
      'timezone',
      'cutoff',
      'ship_days',
      'daily_order_capacity',
      'inventory_accuracy',
      'active_from',
      'pick_cost_per_order',
      'safety_stock',
    ];
    const base = { node_id: 'N0', type: 'store', zip: '43004' };
    const { rows, got, want } = badCells(parseNodes, columns, base, [
      [{ node_id: '' }, 'node_id', 'required-value'],
      [{ type: 'depot' }, 'type', 'bad-choice'],
      [{ type: '' }, 'type', 'required-value'],
      [{ zip: 'x' }, 'zip', 'bad-zip'],
      [{ zip: '' }, 'zip', 'no-location'],
      [{ timezone: 'Mars/Base' }, 'timezone', 'bad-timezone'],
      [{ cutoff: '25:00' }, 'cutoff', 'bad-time'],
      [{ cutoff: '2pm' }, 'cutoff', 'bad-time'],
      [{ ship_days: 'weekdays' }, 'ship_days', 'bad-ship-days'],
      [{ daily_order_capacity: '0' }, 'daily_order_capacity', 'bad-integer'],
      [{ inventory_accuracy: '120%' }, 'inventory_accuracy', 'bad-fraction'],
      [{ inventory_accuracy: '1.2' }, 'inventory_accuracy', 'bad-fraction'],
      [{ active_from: '2026-13-01' }, 'active_from', 'bad-date'],
      [{ pick_cost_per_order: '-3' }, 'pick_cost_per_order', 'bad-number'],
      [{ safety_stock: '-1' }, 'safety_stock', 'bad-integer'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });

  it('repairs a node ZIP with a warning and keeps the row', () => {
    const { rows, problems } = run(parseNodes, "node_id,type,zip\nWH,warehouse,43004-1234\nST,store,'02134\n");
    expect(rows.map((r) => [r.nodeId, r.zip5])).toEqual([
      ['WH', '43004'],
      ['ST', '02134'],
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code])).toEqual([
      ['warning', 2, 3, 'zip', 'zip-repaired'],
      ['warning', 3, 3, 'zip', 'zip-repaired'],
    ]);
  });

  it('a missing type column stops the file', () => {
    const { rows, problems } = run(parseNodes, 'node_id,zip\nWH,43004\n');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.field, p.code])).toEqual([['error', 'type', 'missing-column']]);
  });
});

describe('parseNodes: edges', () => {
  it('a header with no rows gives no rows and no problems', () => {
    expect(run(parseNodes, 'node_id,type,zip\n')).toEqual({ rows: [], problems: [] });
  });

  it('gives the exact problem text, file, line and column', () => {
    const { rows, problems } = run(
      parseNodes,
      'node_id,type,zip,daily_order_capacity\nWH,warehouse,43004,0\nST,shop,43004,\n',
      'nodes.csv',
    );
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.severity, p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['error', 'nodes.csv', 2, 4, 'daily_order_capacity', '"0" is not a whole number ≥ 1'],
      ['error', 'nodes.csv', 3, 2, 'type', '"shop" is not one of warehouse, store, 3pl'],
    ]);
  });

  it('capacity 1 and accuracy 0% / 100% are the allowed bounds', () => {
    const { rows, problems } = run(
      parseNodes,
      'node_id,type,zip,daily_order_capacity,inventory_accuracy\nA,store,43004,1,0%\nB,store,43004,1,100%\n',
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.dailyOrderCapacity, r.inventoryAccuracy])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
});
