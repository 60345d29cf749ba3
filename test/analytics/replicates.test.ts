/**
 * Replicates that include demand: replayed history's weeks resampled per replicate (every
 * policy of a replicate on the same orders), a generated stream drawn per replicate and per
 * `--seed`, the same results on one worker or two, and sweep replicates made like compare's.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tinyFolder } from '../helpers/cli.ts';
import { comparePolicies } from '../../sim/analytics/compare.ts';
import type { ReplicateResult } from '../../sim/analytics/replicates.ts';
import { loadScenario } from '../../sim/io/load.ts';
import { runReplicates, startReplicates } from '../../sim/io/replicates.ts';
import { runPolicies } from '../../sim/pipeline/replay.ts';
import { generatorSeed } from '../../sim/io/scenario.ts';
import { sweepPoint } from '../../sim/io/sweep-worker.ts';
import { makeRng } from '../../sim/random/rng.ts';

const root = mkdtempSync(join(tmpdir(), 'routelab-demand-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder with these files. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

// the tiny period (Mon 2026-07-06 … Sun 07-19): day d has d % 4 + (d < 7 ? 1 : 3) orders, so the two weeks differ
const ORDERS = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon'];
for (let d = 0, n = 0; d < 14; d++) {
  for (let k = 0; k < (d % 4) + (d < 7 ? 1 : 3); k++) {
    const at = `2026-07-${String(6 + d).padStart(2, '0')}T${String(9 + k).padStart(2, '0')}:00:00-04:00`;
    ORDERS.push(`O${++n},${at},${k % 2 ? 'A' : 'B'},1,${(k * 0.3).toFixed(1)},0`);
  }
}
const history = folder(
  'history',
  tinyFolder({
    orders: `${ORDERS.join('\n')}\n`,
    inventory: 'node_id,sku,on_hand\nWH,A,40\nWH,B,40\nST,A,6\nST,B,6\n',
  }),
);

const GENERATED = `data: { generate: { preset: three-location, seed: 4, start: 2026-06-29, days: 14, orders_per_day: 12 } }
period: { start: 2026-06-29, end: 2026-07-12 }
seed: 2
shipping: { model: linear, per_package: 8, per_unit: 0.5 }
promise: { delivery_business_days: { standard: 5, expedited: 2 } }
policies:
  - name: warehouse-only
    node: WH-COLUMBUS
  - name: fewest-packages
`;
const generated = folder('generated', { 'scenario.yaml': GENERATED });

const ordersByDay = (r: ReplicateResult, p = 0) => r.policies[p]!.days.map((d) => d.orders).join(' ');

describe('replicates of replayed history', () => {
  it(
    'resample its weeks: replicates see other order streams, every policy of one the same, one worker or two alike',
    { timeout: 120_000 },
    async () => {
      const loaded = await loadScenario(history, root);
      const one = await runReplicates({ source: { scenario: history, root }, seed: '5', n: 5, workers: 1, loaded });
      const two = await runReplicates({ source: { scenario: history, root }, seed: '5', n: 5, workers: 2, loaded });
      expect(two).toEqual(one);
      expect(one.map((r) => r.stream ?? 'given')).toEqual([
        'given',
        'resampled',
        'resampled',
        'resampled',
        'resampled',
      ]);
      // replicate 0 is the data as given: day d has d % 4 + 1 (week 0) or d % 4 + 3 (week 1) orders
      expect(ordersByDay(one[0]!)).toBe('1 2 3 4 1 2 3 6 3 4 5 6 3 4');
      for (const r of one.slice(1)) {
        // each resampled week is one of the two given weeks, on its own weekdays
        const days = ordersByDay(r).split(' ');
        for (const w of [0, 7]) expect(['1 2 3 4 1 2 3', '6 3 4 5 6 3 4']).toContain(days.slice(w, w + 7).join(' '));
        for (let p = 1; p < r.policies.length; p++) expect(ordersByDay(r, p)).toBe(ordersByDay(r)); // common random numbers
      }
      expect(new Set(one.map((r) => ordersByDay(r))).size).toBeGreaterThan(1);
    },
  );

  it(
    'started before the run (startReplicates): the same replicates once the run is given; a stopped job gives none',
    { timeout: 120_000 },
    async () => {
      const loaded = await loadScenario(history, root);
      const source = { scenario: history, root };
      const job = startReplicates(loaded, source, '5', 4, 2);
      const run = runPolicies(loaded.model, loaded.scenario, loaded.policies, '5');
      const all = await runReplicates({ source, seed: '5', n: 4, workers: 1, loaded });
      // replicate 0 from the run itself (its sums are the replay's), 1 … 3 as runReplicates makes them
      const early = await job.of(run);
      expect(early.map((r) => ordersByDay(r))).toEqual(all.map((r) => ordersByDay(r)));
      expect(early.slice(1)).toEqual(all.slice(1));
      const stopped = startReplicates(loaded, source, '5', 4, 1);
      stopped.stop();
      await expect(stopped.of(run)).rejects.toThrow('the replicates were stopped (0 of 3 made)');
      await expect(startReplicates(loaded, source, '6', 2, 1).of(run)).rejects.toThrow('seed 6');
    },
  );

  it('give intervals for one period of demand: s_d·√(1 + 1/n), not s_d/√n', { timeout: 60_000 }, async () => {
    const loaded = await loadScenario(history, root);
    const results = await runReplicates({ source: { scenario: history, root }, seed: '5', n: 6, workers: 1, loaded });
    const [c] = comparePolicies(results, 'warehouse-only', 'closest-with-stock', {
      rng: makeRng(1),
      resamples: 10,
    }).filter((x) => x.metric === 'fulfillment_cost_per_order');
    const r = c!.replicates!;
    expect(r.resampled).toBe(true);
    expect(r.standardError).toBeCloseTo(r.sdDifference! * Math.sqrt(1 + 1 / 6), 12);
  });
});

describe('replicates of a generated data set', () => {
  it(
    'draw the stream from the run seed: --seed other than the scenario seed draws another one',
    { timeout: 60_000 },
    async () => {
      const orders = async (seed?: string) => (await loadScenario(generated, root, { seed })).model.orders.ids.join();
      const own = await orders();
      expect(await orders('2')).toBe(own); // the scenario's own seed: the plain run's stream
      expect(await orders('9')).not.toBe(own);
      expect(generatorSeed(4, 2, undefined, 0)).toBe('4');
      expect(generatorSeed(4, 2, '2', 3)).toBe('4/replicate-3');
      expect(generatorSeed(4, 2, '9', 3)).toBe('4/seed-9/replicate-3');
    },
  );
});

describe('sweep replicates', () => {
  for (const [kind, dir] of [
    ['replayed history', history],
    ['generated data', generated],
  ] as const) {
    it(`draw each replicate's orders as compare does (${kind})`, { timeout: 120_000 }, async () => {
      // 4 replicates: a history of two weeks (16 and 31 orders) resampled draws 32, 47 or 62 orders
      const loaded = await loadScenario(dir, root, { seed: '3' });
      const compare = await runReplicates({ source: { scenario: dir, root }, seed: '3', n: 4, workers: 1, loaded });
      const rows = await sweepPoint({ scenario: dir, root, seed: '3', replicates: 4, point: 0, overrides: [] });
      const policy = compare[0]!.policies[0]!.policy;
      const swept = [0, 1, 2, 3].map(
        (r) =>
          rows.find((x) => x.policy === policy && x.replicate === r && x.metric === 'fulfillment_cost_per_order')!
            .value,
      );
      expect(swept).toEqual(
        compare
          .map((r) => r.policies[0]!.total)
          .map((t) => (t.shipCost + t.pickCost + t.touchCost + t.cancelCost) / t.orders),
      );
      const orders = [0, 1, 2, 3].map(
        (r) => rows.find((x) => x.policy === policy && x.replicate === r && x.metric === 'orders')!.value,
      );
      expect(new Set(orders).size, `orders per replicate ${orders}`).toBeGreaterThan(1);
    });
  }
});
