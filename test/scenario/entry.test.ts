/** The settings any policy entry may carry: network what-ifs and cadence, their defaults and their bounds. */
import { describe, expect, it } from 'vitest';
import { cadenceSchema, ENTRY_KEYS, networkSchema } from '../../sim/scenario/entry.ts';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')} ${i.code}`);

describe('networkSchema', () => {
  it('an empty network defaults to no changes', () => {
    expect(networkSchema.parse({})).toEqual({ add: [], remove: [], change: {} });
  });

  it('an added node gets stock_share 1 by default and keeps its fields', () => {
    const n = networkSchema.parse({
      add: [
        {
          node_id: 'ST-NEW',
          type: 'store',
          zip: 60601,
          stock_from: 'ST-1',
          stock: { A: 0, B: 5 },
          inventory_accuracy: 1,
        },
      ],
    });
    expect(n.add).toEqual([
      {
        node_id: 'ST-NEW',
        type: 'store',
        zip: 60601,
        stock_from: 'ST-1',
        stock_share: 1,
        stock: { A: 0, B: 5 },
        inventory_accuracy: 1,
      },
    ]);
  });

  it('accepts the bounds: capacity 1, accuracy 0 and 1, safety stock 0, share 0, lat ±90, lon ±180', () => {
    const r = networkSchema.safeParse({
      add: [
        {
          node_id: 'N',
          type: '3pl',
          lat: 90,
          lon: -180,
          stock_share: 0,
          daily_order_capacity: 1,
          inventory_accuracy: 0,
          safety_stock: 0,
        },
      ],
      change: { WH: { inventory_accuracy: 1, pick_cost_per_order: 0 } },
    });
    expect(issues(r)).toEqual([]);
  });

  it('rejects values past the bounds, a bad type, an empty id and unknown keys', () => {
    const r = networkSchema.safeParse({
      add: [
        {
          node_id: '',
          type: 'depot',
          lat: 91,
          stock_share: -0.1,
          stock: { A: 1.5 },
          daily_order_capacity: 0,
          colour: 'red',
        },
      ],
      change: { WH: { inventory_accuracy: 1.01, safety_stock: -1 } },
    });
    expect(issues(r).sort()).toEqual([
      'add.0 unrecognized_keys',
      'add.0.daily_order_capacity too_small',
      'add.0.lat too_big',
      'add.0.node_id too_small',
      'add.0.stock.A invalid_type',
      'add.0.stock_share too_small',
      'add.0.type invalid_value',
      'change.WH.inventory_accuracy too_big',
      'change.WH.safety_stock too_small',
    ]);
  });

  it('a change may not set a node type or location', () => {
    expect(issues(networkSchema.safeParse({ change: { WH: { type: 'store', zip: '10001' } } }))).toEqual([
      'change.WH unrecognized_keys',
    ]);
  });
});

describe('cadenceSchema', () => {
  it('defaults to routing each order as it arrives', () => {
    expect(cadenceSchema.parse({})).toEqual({ batch_minutes: 0 });
    expect(cadenceSchema.parse({ batch_minutes: 30 })).toEqual({ batch_minutes: 30 });
  });
  it('rejects negative minutes and unknown keys', () => {
    expect(issues(cadenceSchema.safeParse({ batch_minutes: -1 }))).toEqual(['batch_minutes too_small']);
    expect(issues(cadenceSchema.safeParse({ every: 5 }))).toEqual([' unrecognized_keys']);
  });
});

describe('ENTRY_KEYS', () => {
  it('names the three entry settings', () => {
    expect(ENTRY_KEYS).toEqual(['review', 'network', 'cadence']);
  });
});
