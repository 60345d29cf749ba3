/**
 * The synthetic history in test/fixtures/history (invented data, not a real shop): 10 weeks
 * of orders from Mon 2026-06-01, with the routing switch on Mon 2026-07-13 (6 weeks before, 4
 * after). Pilot states NY and NJ start shipping from the Brooklyn store ST after the switch:
 * carrier cost about $1.50 lower, faster delivery, a few more splits and cancellations. The
 * control states (PA, MA, OH, IL, TX, CA) keep shipping from the Columbus warehouse WH, with
 * a small drift every state shares (+$0.30 in the last weeks). Regenerate the CSV with
 * `npx tsx test/helpers/history-fixture.ts` (a test checks the committed file is this output).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeRng } from '../../sim/random/rng.ts';
import { epochDay, formatEpochDay } from '../../sim/time/calendar.ts';

const STATES: [string, string, number][] = [
  // state, ZIP, orders a day (mean)
  ['NY', '10001', 6],
  ['NJ', '07030', 3],
  ['PA', '19103', 3],
  ['MA', '02134', 3],
  ['OH', '43215', 2],
  ['IL', '60601', 2],
  ['TX', '75201', 2],
  ['CA', '94110', 3],
];
const PILOT = new Set(['NY', 'NJ']);
const START = epochDay(2026, 6, 1);
const SWITCH = epochDay(2026, 7, 13);
const DAYS = 70;
const SKUS = ['TEE', 'MUG', 'HAT'];

const pad = (n: number) => String(n).padStart(2, '0');
const ts = (day: number, minutes: number) =>
  `${formatEpochDay(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00-04:00`;
/** The next weekday on or after `day` (2026-06-01 is a Monday). */
const weekday = (day: number) => {
  const w = (day - START) % 7;
  return w === 5 ? day + 2 : w === 6 ? day + 1 : day;
};

/** orders.csv of the synthetic history. */
export function historyFixtureOrders(): string {
  const rng = makeRng('history-fixture');
  const rows = [
    'order_id,placed_at,sku,quantity,customer_zip,customer_state,status,fulfilled_from,shipped_at,delivered_at,shipping_cost',
  ];
  let id = 1000;
  for (let d = 0; d < DAYS; d++) {
    const day = START + d;
    const post = day >= SWITCH;
    for (const [state, zip, perDay] of STATES) {
      const n = Math.floor(perDay * 2 * rng.next() + 0.5);
      for (let k = 0; k < n; k++) {
        id++;
        const pilot = PILOT.has(state);
        const store = pilot && post;
        const lines = rng.next() < (store ? 0.35 : 0.25) ? 2 : 1;
        const cancelled = rng.next() < (store ? 0.06 : 0.03);
        const minutes = 8 * 60 + rng.int(12 * 60);
        const ship = weekday(day + (rng.next() < (store ? 0.12 : 0.08) ? 2 : 1));
        const transit = store ? 1 + rng.int(2) : pilot ? 2 + rng.int(2) : 2 + rng.int(3);
        const late = rng.next() < 0.05 ? 2 : 0;
        const drift = d >= 56 ? 0.3 : 0;
        const cost = (store ? 7.5 : 9) + drift + lines * 1.2 + Math.round(rng.next() * 200) / 100;
        const split = store && lines === 2 && rng.next() < 0.3;
        for (let l = 0; l < lines; l++) {
          const sku = SKUS[rng.int(SKUS.length)]!;
          const from = store ? (split && l === 1 ? 'WH' : 'ST') : 'WH';
          rows.push(
            [
              `H${id}`,
              ts(day, minutes),
              sku,
              1 + (rng.next() < 0.1 ? 1 : 0),
              zip,
              state,
              cancelled ? 'cancelled' : 'fulfilled',
              cancelled ? '' : from,
              cancelled ? '' : ts(ship, 15 * 60),
              cancelled ? '' : ts(ship + transit + late, 14 * 60),
              cancelled ? '' : cost.toFixed(2),
            ].join(','),
          );
        }
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(fileURLToPath(new URL('../fixtures/history/orders.csv', import.meta.url)), historyFixtureOrders());
}
