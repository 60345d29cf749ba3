/**
 * Coverage of the replicate intervals, on generated data with a known truth
 * (bench/coverage-core.ts says how the truth and the histories are made).
 *
 *   npm run bench:coverage -- [--runs 200] [--replicates 8] [--truth 400] [--days 91] [--orders-per-day 20] [--workers 2]
 *
 * For each of `runs` histories it computes the 95% interval of B − A (store-for-local −
 * warehouse-only) on fulfillment cost per order three ways and counts how often each holds
 * the truth; it prints each coverage with its binomial standard error √(p(1 − p)/runs).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import Tinypool from 'tinypool';
import type { CoverageSettings, CoverageTask, HistoryResult } from './coverage-core.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    replicates: { type: 'string', default: '8' },
    truth: { type: 'string', default: '400' },
    days: { type: 'string', default: '91' },
    'orders-per-day': { type: 'string', default: '20' },
    workers: { type: 'string' },
  },
});
const runs = Number(values.runs),
  truthDraws = Number(values.truth);
const settings: CoverageSettings = {
  days: Number(values.days),
  ordersPerDay: Number(values['orders-per-day']),
  replicates: Number(values.replicates),
};
const workers = Number(values.workers ?? Math.min(2, availableParallelism()));
const started = performance.now();

const pool = new Tinypool({
  filename: new URL('./coverage-entry.mjs', import.meta.url).href,
  minThreads: workers,
  maxThreads: workers,
});
let done = 0;
const total = runs + truthDraws;
const tick = () => {
  if (++done % 50 === 0 || done === total)
    process.stderr.write(`${done}/${total} tasks, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
};
const task = (t: CoverageTask) => pool.run(t).then((v) => (tick(), v));
const [truths, histories] = await Promise.all([
  Promise.all(
    Array.from({ length: truthDraws }, (_, index) => task({ kind: 'truth', settings, index }) as Promise<number>),
  ),
  Promise.all(
    Array.from({ length: runs }, (_, index) => task({ kind: 'history', settings, index }) as Promise<HistoryResult>),
  ),
]);
await pool.destroy();

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + (x - mean(xs)) ** 2, 0) / (xs.length - 1));
const truth = mean(truths);
const cents = (v: number) => `${(v * 100).toFixed(2)}¢`;
console.log(
  `Truth: B − A = ${cents(truth)} per order (mean of ${truthDraws} independent streams; its standard error ${cents(sd(truths) / Math.sqrt(truthDraws))}; one stream's spread ${cents(sd(truths))}).`,
);
console.log(
  `${runs} histories of ${settings.days} days × ~${settings.ordersPerDay} orders a day; ${settings.replicates} replicates each.\n`,
);
const rows: [string, (h: HistoryResult) => { low: number; high: number }][] = [
  [`${settings.replicates} replicates, weeks resampled (now)`, (h) => h.resampled],
  [`${settings.replicates} replicates, random parts only (before)`, (h) => h.randomOnly],
  ['one replay, day-block bootstrap', (h) => h.days],
];
for (const [label, iv] of rows) {
  const covered = histories.filter((h) => iv(h).low <= truth && truth <= iv(h).high).length;
  const p = covered / runs;
  const width = mean(histories.map((h) => iv(h).high - iv(h).low));
  console.log(
    `${label.padEnd(44)} coverage ${(p * 100).toFixed(1)}% ± ${(Math.sqrt((p * (1 - p)) / runs) * 100).toFixed(1)} (${covered}/${runs}), mean width ${cents(width)}`,
  );
}
console.log(
  `\nSpread of the plain replays' B − A across histories: ${cents(sd(histories.map((h) => h.delta)))}. ${workers} worker(s), ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
