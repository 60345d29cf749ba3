/**
 * Resampled order rows: a hand-worked plan over the tiny two-week period (who is copied
 * where, at what local time, under which id), a daylight-saving change, and the model a
 * replicate compiles from them (well formed: every order's lines, unique ids, days in the period).
 */
import { describe, expect, it } from 'vitest';
import { tinyFiles, tinyScenario, TINY_SCENARIO } from '../helpers/tiny.ts';
import { resampledPolicies } from '../../sim/pipeline/replay.ts';
import { resampleOrderRows } from '../../sim/model/resample.ts';
import { buildModel } from '../../sim/pipeline/index.ts';
import { timestampInZone } from '../../sim/parse/fields.ts';
import { formatEpochDay, weekday } from '../../sim/time/calendar.ts';

const INVENTORY = 'node_id,sku,on_hand\nWH,A,50\nWH,B,50\nST,A,5\n';
// the period is Mon 2026-07-06 … Sun 2026-07-19 (days 0–13); O4 is after it (left out by compile)
const ORDERS = `order_id,placed_at,sku,quantity,customer_lat,customer_lon,promised_by
O1,2026-07-06T10:00:00-04:00,A,1,0,0,
O2,2026-07-07T11:00:00-04:00,A,1,0,0,
O2,2026-07-07T11:00:00-04:00,B,2,0,0,
O3,2026-07-14T09:15:00-04:00,B,1,0,0,2026-07-17
O5,2026-07-13T07:30:00-07:00,A,3,0,0,
O4,2026-07-25T09:00:00-04:00,A,1,0,0,
`;

function tiny(orders = ORDERS, scenario = TINY_SCENARIO) {
  const s = tinyScenario(scenario);
  return { scenario: s, ...buildModel(s, tinyFiles({ orders, inventory: INVENTORY })) };
}

/** id, placed time in New York in July (EDT, UTC−4), lines, promised_by of resampled rows. */
function describeRows(rows: ReturnType<typeof resampleOrderRows>) {
  return rows.map((r) => {
    const local = new Date(timestampInZone(r.placedAt, 'UTC') - 4 * 3_600_000).toISOString().slice(0, 16);
    return `${r.orderId} ${local} ${r.sku}×${r.quantity}${r.promisedBy !== undefined ? ` by ${formatEpochDay(r.promisedBy)}` : ''} line${r.line}`;
  });
}

describe('resampleOrderRows', () => {
  it('copies the planned days: week 1 twice (days 7–13 into 0–6 and 7–13)', () => {
    const { model, data } = tiny();
    const plan = Int32Array.from({ length: 14 }, (_, t) => 7 + (t % 7));
    // week 1 holds O5 (Mon 07-13, 07:30 PDT = 10:30 EDT, day 7) and O3 (Tue 07-14 09:15, day 8, promised 07-17).
    // Target day 0 (Mon 07-06) gets O5 as O5~0 at 10:30; day 1 (Tue 07-07) gets O3 as O3~1 at 09:15, promised 7 days earlier (07-10);
    // days 7 and 8 get them again as O5~7 and O3~8 at their own times. O1 and O2 (week 0) are not drawn; O4 was never replayed.
    expect(describeRows(resampleOrderRows(data.orders, model, plan))).toEqual([
      'O5~0 2026-07-06T10:30 A×3 line6',
      'O3~1 2026-07-07T09:15 B×1 by 2026-07-10 line5',
      'O5~7 2026-07-13T10:30 A×3 line6',
      'O3~8 2026-07-14T09:15 B×1 by 2026-07-17 line5',
    ]);
  });

  it('keeps every line of a copied order, and the rows it was given unchanged', () => {
    const { model, data } = tiny();
    const before = JSON.stringify(data.orders);
    const plan = Int32Array.from({ length: 14 }, (_, t) => t % 7); // week 0 twice: O1 and O2 (two lines)
    expect(describeRows(resampleOrderRows(data.orders, model, plan))).toEqual([
      'O1~0 2026-07-06T10:00 A×1 line2',
      'O2~1 2026-07-07T11:00 A×1 line3',
      'O2~1 2026-07-07T11:00 B×2 line4',
      'O1~7 2026-07-13T10:00 A×1 line2',
      'O2~8 2026-07-14T11:00 A×1 line3',
      'O2~8 2026-07-14T11:00 B×2 line4',
    ]);
    expect(JSON.stringify(data.orders)).toBe(before);
  });

  it('moves an order by whole days in the business time zone across a daylight-saving change', () => {
    // New York leaves daylight saving on Sun 2026-11-01: 10:00 on Mon 11-02 is 15:00Z, 10:00 on Mon 10-26 is 14:00Z
    const scenario = TINY_SCENARIO.replace(
      'period: { start: 2026-07-06, end: 2026-07-19 }',
      'period: { start: 2026-10-26, end: 2026-11-08 }',
    );
    const { model, data } = tiny(
      'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nW1,2026-11-02T10:00:00-05:00,A,1,0,0\n',
      scenario,
    );
    const rows = resampleOrderRows(
      data.orders,
      model,
      Int32Array.from({ length: 14 }, (_, t) => 7 + (t % 7)),
    );
    expect(rows.map((r) => [r.orderId, new Date(timestampInZone(r.placedAt, 'UTC')).toISOString()])).toEqual([
      ['W1~0', '2026-10-26T14:00:00.000Z'],
      ['W1~7', '2026-11-02T15:00:00.000Z'],
    ]);
  });
});

describe('resampledPolicies', () => {
  it('compile a well-formed model: every order with its lines, unique ids, days in the period on their weekday', () => {
    const base = tiny();
    const source = new Map(base.model.orders.ids.map((id, o) => [id, o]));
    const counts = new Set<string>();
    for (let r = 1; r <= 12; r++) {
      const policies = resampledPolicies(base, 7, r);
      const m = policies[0]!.model;
      const o = m.orders;
      expect(new Set(o.ids).size).toBe(o.count);
      for (const p of policies) expect(p.model.orders.ids).toEqual(o.ids); // every policy replays the same orders
      for (let i = 0; i < o.count; i++) {
        const [id, target] = o.ids[i]!.split('~');
        const s = source.get(id!)!;
        expect(o.placedDay[i]).toBe(Number(target));
        expect(o.placedDay[i]).toBeGreaterThanOrEqual(0);
        expect(o.placedDay[i]).toBeLessThanOrEqual(m.calendar.endDay);
        expect(weekday(m.calendar.startEpochDay + o.placedDay[i]!)).toBe(
          weekday(base.model.calendar.startEpochDay + base.model.orders.placedDay[s]!),
        );
        expect(o.lineStart[i + 1]! - o.lineStart[i]!).toBe(
          base.model.orders.lineStart[s + 1]! - base.model.orders.lineStart[s]!,
        );
      }
      counts.add(o.ids.join());
    }
    expect(counts.size).toBeGreaterThan(1); // replicates draw different weeks
  });
});
