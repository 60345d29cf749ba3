/**
 * inventory.csv and receipts.csv (parseInventory, parseReceipts). Expected rows written out by hand:
 *   2026-07-01 = epoch day 20635 (07-06 = 20640, 07-10 = 20644, 12-31 = 20818);
 *   14:05 = 845 min, 09:30 = 570 min, 08:00 = 480 min, 14:00 = 840 min; Mon–Fri = 0b0111110.
 * Bad-cell tables (helpers/parse.ts) are built from one good row: row i (line i + 2) changes one
 * cell, and must give exactly one problem at that line, in that cell's column, and be left out.
 */
import { describe, expect, it } from 'vitest';
import { parseInventory, parseReceipts } from '../../sim/parse/stock.ts';
import { badCells, run } from '../helpers/parse.ts';

describe('parseInventory', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(parseInventory, 'node_id,sku,on_hand,as_of\nWH1,A,10,2026-07-01\nWH1,B,0,\n');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, nodeId: 'WH1', sku: 'A', onHand: 10, asOf: 20635 },
      { line: 3, nodeId: 'WH1', sku: 'B', onHand: 0, asOf: undefined },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['node_id', 'sku', 'on_hand', 'as_of'];
    const base = { node_id: 'WH1', sku: 'A', on_hand: '3' };
    const { rows, got, want } = badCells(parseInventory, columns, base, [
      [{ node_id: '' }, 'node_id', 'required-value'],
      [{ sku: '' }, 'sku', 'required-value'],
      [{ on_hand: '-1.5' }, 'on_hand', 'bad-integer'],
      [{ on_hand: '2.5' }, 'on_hand', 'bad-integer'],
      [{ on_hand: '' }, 'on_hand', 'required-value'],
      [{ as_of: 'July 1' }, 'as_of', 'bad-date'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseInventory: negative on_hand (real systems oversell)', () => {
  it('keeps the row with on_hand 0 and a warning at its cell', () => {
    const { rows, problems } = run(parseInventory, 'node_id,sku,on_hand,as_of\nWH1,A,-3,2026-07-01\nWH1,B,4,\n');
    expect(rows).toEqual([
      { line: 2, nodeId: 'WH1', sku: 'A', onHand: 0, asOf: 20635 },
      { line: 3, nodeId: 'WH1', sku: 'B', onHand: 4, asOf: undefined },
    ]);
    expect(problems.map((p) => [p.severity, p.line, p.column, p.field, p.code])).toEqual([
      ['warning', 2, 3, 'on_hand', 'negative-on-hand'],
    ]);
    expect(problems[0]!.message).toContain('on_hand "-3" of sku "A" at "WH1" is negative');
    expect(problems[0]!.message).toContain('RouteLab reads it as 0');
  });
});

describe('parseReceipts', () => {
  it('parses a valid file', () => {
    const { rows, problems } = run(
      parseReceipts,
      'node_id,sku,quantity,arrives_at\nWH1,A,5,2026-07-10\nWH1,B,3,2026-07-10T08:00:00-04:00\n',
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, nodeId: 'WH1', sku: 'A', quantity: 5, arrivesAt: { day: 20644, minutes: 0, offset: null } },
      { line: 3, nodeId: 'WH1', sku: 'B', quantity: 3, arrivesAt: { day: 20644, minutes: 480, offset: -240 } },
    ]);
  });

  it('reports each kind of bad cell once', () => {
    const columns = ['node_id', 'sku', 'quantity', 'arrives_at'];
    const base = { node_id: 'WH1', sku: 'A', quantity: '3', arrives_at: '2026-07-10' };
    const { rows, got, want } = badCells(parseReceipts, columns, base, [
      [{ quantity: '0' }, 'quantity', 'bad-integer'],
      [{ quantity: '' }, 'quantity', 'required-value'],
      [{ arrives_at: 'tomorrow' }, 'arrives_at', 'bad-timestamp'],
      [{ arrives_at: '' }, 'arrives_at', 'required-value'],
      [{ node_id: '' }, 'node_id', 'required-value'],
    ]);
    expect(got).toEqual(want);
    expect(rows.map((r) => r.line)).toEqual([2]);
  });
});

describe('parseInventory and parseReceipts: edges', () => {
  it('header-only files give no rows and no problems', () => {
    expect(run(parseInventory, 'node_id,sku,on_hand\n')).toEqual({ rows: [], problems: [] });
    expect(run(parseReceipts, 'node_id,sku,quantity,arrives_at\n')).toEqual({ rows: [], problems: [] });
  });

  it('gives the exact problem text, file, line and column', () => {
    const { rows, problems } = run(parseInventory, 'node_id,sku,on_hand\nWH,A,3.5\nWH,,2\nWH,C,0\n', 'inventory.csv');
    // 0 is the boundary of ≥ 0: kept
    expect(rows.map((r) => [r.line, r.onHand])).toEqual([[4, 0]]);
    expect(problems.map((p) => [p.severity, p.file, p.line, p.column, p.field, p.message])).toEqual([
      ['error', 'inventory.csv', 2, 3, 'on_hand', '"3.5" is not a whole number ≥ 0'],
      ['error', 'inventory.csv', 3, 2, 'sku', 'sku is empty'],
    ]);
  });

  it('the negative-stock warning has its exact text', () => {
    const { problems } = run(parseInventory, 'node_id,sku,on_hand\nWH,A,-12\n', 'inventory.csv');
    expect(problems.map((p) => [p.severity, p.file, p.line, p.column, p.message])).toEqual([
      [
        'warning',
        'inventory.csv',
        2,
        3,
        'on_hand "-12" of sku "A" at "WH" is negative: the export shows 12 more units sold than were on hand (oversold or backordered); RouteLab reads it as 0, so the replay starts with none there and does not owe those units',
      ],
    ]);
  });

  it('a receipt of 1 unit is the smallest allowed; 0 is an error with its text', () => {
    const { rows, problems } = run(
      parseReceipts,
      'node_id,sku,quantity,arrives_at\nWH,A,1,2026-07-10\nWH,A,0,2026-07-10\n',
      'receipts.csv',
    );
    expect(rows.map((r) => r.quantity)).toEqual([1]);
    expect(problems.map((p) => [p.file, p.line, p.column, p.message])).toEqual([
      ['receipts.csv', 3, 3, '"0" is not a whole number ≥ 1'],
    ]);
  });

  it('a missing required column stops the file', () => {
    const { rows, problems } = run(parseReceipts, 'node_id,sku,quantity\nWH,A,1\n', 'receipts.csv');
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      ['receipts.csv', 1, 'arrives_at', 'required column "arrives_at" is missing from the header'],
    ]);
  });
});
