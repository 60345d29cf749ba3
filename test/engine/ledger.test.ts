/** The stock ledger: on hand, on order and inbound records, worked by hand on the tiny network (WH, ST; skus A, B, C). */
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../sim/engine/ledger.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { tinyFiles, tinyScenario, TINY_SCENARIO, type TinyInput } from '../helpers/tiny.ts';

const ORDERS =
  'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-06T10:00:00-04:00,A,2,0,0\nO1,2026-07-06T10:00:00-04:00,B,1,0,0\n';
const modelOf = (t: Partial<TinyInput> = {}) =>
  buildModel(
    tinyScenario(t.scenario),
    tinyFiles({ orders: ORDERS, inventory: 'node_id,sku,on_hand\nWH,A,5\nWH,B,1\nST,A,2\n', ...t }),
  ).model;

describe('Ledger', () => {
  it("starts from a copy of the model's starting stock", () => {
    const model = modelOf();
    const l = new Ledger(model);
    const WH = model.nodes.ids.indexOf('WH'),
      ST = model.nodes.ids.indexOf('ST'),
      A = model.skus.ids.indexOf('A'),
      B = model.skus.ids.indexOf('B');
    expect([l.available(WH, A), l.available(WH, B), l.available(ST, A), l.available(ST, B)]).toEqual([5, 1, 2, 0]);
    expect(l.take(WH, A, 3)).toBe(5); // the level before
    expect(l.available(WH, A)).toBe(2);
    expect(model.startOnHand[WH * model.skus.count + A]).toBe(5); // the model is untouched
    expect(l.onOrder.every((v) => v === 0)).toBe(true);
  });

  it('keeps the sku-major copy of on hand equal to on hand through takes and receipts', () => {
    const model = modelOf({ receipts: 'node_id,sku,quantity,arrives_at\nST,B,4,2026-07-07\n' });
    const l = new Ledger(model);
    const N = model.nodes.count,
      S = model.skus.count;
    const WH = model.nodes.ids.indexOf('WH'),
      ST = model.nodes.ids.indexOf('ST'),
      A = model.skus.ids.indexOf('A'),
      B = model.skus.ids.indexOf('B');
    const bySku = () => Array.from({ length: N * S }, (_, k) => l.onHandBySku[(k % S) * N + Math.floor(k / S)]);
    expect(bySku()).toEqual(Array.from(l.onHand));
    l.take(WH, A, 3); // WH A: 5 → 2
    l.receive(0); // ST B: 0 → 4
    expect([l.onHandBySku[A * N + WH], l.onHandBySku[B * N + ST]]).toEqual([2, 4]);
    expect(bySku()).toEqual(Array.from(l.onHand));
  });

  it('tells whether a node holds every line of an order in full', () => {
    const model = modelOf();
    const l = new Ledger(model);
    const WH = model.nodes.ids.indexOf('WH'),
      ST = model.nodes.ids.indexOf('ST'),
      B = model.skus.ids.indexOf('B');
    expect(l.canFill(WH, 0)).toBe(true); // 2 A of 5, 1 B of 1
    expect(l.canFill(ST, 0)).toBe(false); // 2 A of 2, but no B
    l.take(WH, B, 1);
    expect(l.canFill(WH, 0)).toBe(false);
  });

  it('holds the data receipts as its first inbound records and puts them on hand when received', () => {
    const model = modelOf({ receipts: 'node_id,sku,quantity,arrives_at\nST,B,4,2026-07-07\nWH,C,3,2026-07-08\n' });
    const l = new Ledger(model);
    const WH = model.nodes.ids.indexOf('WH'),
      ST = model.nodes.ids.indexOf('ST'),
      B = model.skus.ids.indexOf('B'),
      C = model.skus.ids.indexOf('C');
    expect(l.inboundCount).toBe(2);
    expect([l.inNode[0], l.inSku[0], l.inQty[0], l.inReplenish[0]]).toEqual([ST, B, 4, 0]);
    expect(l.receive(1)).toBe(C);
    expect(l.available(WH, C)).toBe(3);
    expect(l.receive(0)).toBe(B);
    expect(l.available(ST, B)).toBe(4);
    expect(l.onOrder.every((v) => v === 0)).toBe(true); // data receipts were never on order
  });

  it('replenishes on hand + on order back to the starting level, for carried skus of covered nodes only', () => {
    const scenario = TINY_SCENARIO.replace(
      'policies:',
      'replenishment: { every_days: 2, lead_time_days: 1, nodes: [WH] }\npolicies:',
    );
    const model = modelOf({ scenario });
    const l = new Ledger(model);
    const WH = model.nodes.ids.indexOf('WH'),
      ST = model.nodes.ids.indexOf('ST'),
      A = model.skus.ids.indexOf('A'),
      B = model.skus.ids.indexOf('B');
    l.take(WH, A, 4); // WH A 5 → 1: short 4
    l.take(WH, B, 1); // WH B 1 → 0: short 1
    l.take(ST, A, 2); // ST is not covered
    expect(l.replenish()).toBe(4 + 1);
    // appended in node, then sku order; WH carries no C, so none is ordered
    expect(l.inboundCount).toBe(2);
    expect([l.inNode[0], l.inSku[0], l.inQty[0], l.inReplenish[0]]).toEqual([WH, A, 4, 1]);
    expect([l.inNode[1], l.inSku[1], l.inQty[1], l.inReplenish[1]]).toEqual([WH, B, 1, 1]);
    expect(l.onOrder[WH * model.skus.count + A]).toBe(4);
    expect(l.replenish()).toBe(0); // on order already covers the shortfall
    l.take(WH, A, 1); // 1 → 0: one more short
    expect(l.replenish()).toBe(1);
    expect(l.onOrder[WH * model.skus.count + A]).toBe(5);
    l.receive(0); // the 4 arrive: on hand 0 + 4, on order 5 − 4
    expect([l.available(WH, A), l.onOrder[WH * model.skus.count + A]]).toEqual([4, 1]);
  });

  it('grows its inbound records past their first capacity', () => {
    const model = modelOf();
    const l = new Ledger(model);
    for (let i = 0; i < 200; i++) expect(l.addInbound(i % 2, i % 3, i + 1, (i % 2) as 0 | 1)).toBe(i);
    expect([l.inNode[199], l.inSku[199], l.inQty[199], l.inReplenish[199]]).toEqual([1, 1, 200, 1]);
    expect([l.inNode[64], l.inSku[64], l.inQty[64], l.inReplenish[64]]).toEqual([0, 1, 65, 0]);
  });
});
