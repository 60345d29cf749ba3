/** Invariants that must hold for every scenario, checked over many random small ones. */
import { describe, expect, it } from 'vitest';
import { randomTiny } from '../helpers/random-scenario.ts';
import { runTiny } from '../helpers/tiny.ts';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe.each([
  ['plain', {}],
  ['with backorders', { backorder: true }],
  ['with replenishment', { replenishment: true }],
])('invariants over 40 random scenarios (%s)', (_label, opts) => {
  it.each(SEEDS)('seed %i', (seed) => {
    const r = runTiny(randomTiny(seed, opts));
    const m = r.model;
    const { orders, nodes } = m;
    for (const p of r.runs) {
      const out = p.run.outcomes;
      const log = p.run.packages;
      const unitsByOrder = new Int32Array(orders.count);
      const perNodeDay = new Map<string, number>();
      for (let k = 0; k < log.count; k++) {
        const o = log.order[k]!;
        unitsByOrder[o] += log.units[k]!;
        expect(log.units[k]).toBeGreaterThan(0);
        expect(log.shipCost[k]).toBeGreaterThanOrEqual(0);
        expect(log.pickCost[k]).toBeGreaterThanOrEqual(0);
        expect(log.shipDay[k]).toBeGreaterThanOrEqual(orders.placedDay[o]! - 1); // node-local day may trail the business zone by one
        expect(log.deliveredDay[k]).toBeGreaterThanOrEqual(log.shipDay[k]!);
        expect(m.calendar.shipDay[log.node[k]! * m.calendar.days + log.shipDay[k]!]).toBe(1);
        // a node ships only inside its active window (its own dates)
        expect(log.shipDay[k]).toBeGreaterThanOrEqual(nodes.activeFrom[log.node[k]!]!);
        expect(log.shipDay[k]).toBeLessThanOrEqual(nodes.activeTo[log.node[k]!]!);
        const key = `${log.node[k]}/${log.shipDay[k]}`;
        perNodeDay.set(key, (perNodeDay.get(key) ?? 0) + 1);
      }
      for (const [key, count] of perNodeDay) {
        const cap = nodes.capacity[Number(key.split('/')[0])]!;
        if (cap > 0) expect(count, `capacity of ${key} under ${p.policy}`).toBeLessThanOrEqual(cap);
      }
      for (let o = 0; o < orders.count; o++) {
        let units = 0;
        for (let l = orders.lineStart[o]!; l < orders.lineStart[o + 1]!; l++) units += orders.lineQty[l]!;
        expect(out.unitsShipped[o]! + out.unitsCancelled[o]!, `units of ${orders.ids[o]} under ${p.policy}`).toBe(
          units,
        );
        expect(unitsByOrder[o]).toBe(out.unitsShipped[o]);
        for (const cost of [out.shipCost[o]!, out.pickCost[o]!, out.touchCost[o]!, out.cancelCost[o]!])
          expect(cost).toBeGreaterThanOrEqual(0);
        if (out.packages[o]! > 0) expect(out.firstShipDay[o]!).toBeLessThanOrEqual(out.lastShipDay[o]!);
      }
      expect(
        p.run.finalOnHand.every((v) => v >= 0),
        `inventory under ${p.policy}`,
      ).toBe(true);
      for (const [name, v] of Object.entries(p.metrics)) if (v !== null) expect(Number.isFinite(v), name).toBe(true);
      expect(p.metrics.fill_rate! + 0).toBeLessThanOrEqual(1);
    }
  });
});
