/**
 * Replicates that include demand, as a user runs them: `compare --replicates` on replayed
 * history resamples its weeks (the same on one worker or two), `--seed` draws another
 * generated stream, and `sweep --replicates` draws each replicate's orders as compare does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, routelab, tinyFolder } from '../helpers/cli.ts';

/** Each spawn replays and resamples; on a busy machine that takes a while. */
const T = { timeout: 150_000 };

// three weeks from Mon 2026-07-06 with 1, 2 and 4 orders a day (7, 14 and 28 orders)
const ORDERS = ['order_id,placed_at,sku,quantity,customer_lat,customer_lon'];
for (let d = 0, n = 0; d < 21; d++) {
  for (let k = 0; k < [1, 2, 4][Math.floor(d / 7)]!; k++) {
    ORDERS.push(
      `O${++n},2026-07-${String(6 + d).padStart(2, '0')}T${String(9 + k).padStart(2, '0')}:00:00-04:00,${k % 2 ? 'A' : 'B'},1,${(k * 0.3).toFixed(1)},0`,
    );
  }
}
const history = tinyFolder({
  orders: `${ORDERS.join('\n')}\n`,
  inventory: 'node_id,sku,on_hand\nWH,A,60\nWH,B,60\nST,A,6\nST,B,6\n',
});
history['scenario.yaml'] = history['scenario.yaml'].replace('end: 2026-07-19', 'end: 2026-07-26');
const GENERATED = `data: { generate: { preset: three-location, seed: 4, start: 2026-06-29, days: 7, orders_per_day: 10 } }
period: { start: 2026-06-29, end: 2026-07-05 }
seed: 2
shipping: { model: linear, per_package: 8, per_unit: 0.5 }
promise: { delivery_business_days: { standard: 5, expedited: 2 } }
policies:
  - name: warehouse-only
    node: WH-COLUMBUS
  - name: fewest-packages
`;

const { dataset, remove } = datasets('demand', { ...history });
afterAll(remove);
const dir = dataset('history');
const gen = dataset('generated', {
  'scenario.yaml': GENERATED,
  'orders.csv': null,
  'inventory.csv': null,
  'nodes.csv': null,
  'skus.csv': null,
  'rate_card.csv': null,
  'transit.csv': null,
});

type Row = { metric: string; a: number | null; replicates: { meanA: number | null } | null };
const ordersRow = (stdout: string) =>
  (JSON.parse(stdout) as { metrics: Row[] }).metrics.find((m) => m.metric === 'orders')!;

describe('compare --replicates on replayed history', () => {
  it(
    "resamples the period's weeks: the replicates' mean order count is not the plain run's; one worker or two alike",
    T,
    () => {
      const one = routelab(
        'compare',
        dir,
        '--a',
        'warehouse-only',
        '--b',
        'closest-with-stock',
        '--replicates',
        '4',
        '--workers',
        '1',
        '--json',
      );
      expect(one.status, one.stderr).toBe(0);
      const row = ordersRow(one.stdout);
      expect(row.a).toBe(49);
      expect(row.replicates!.meanA).not.toBe(49); // replicates 1–3 each draw three of the weeks of 7, 14 and 28 orders
      const two = routelab(
        'compare',
        dir,
        '--a',
        'warehouse-only',
        '--b',
        'closest-with-stock',
        '--replicates',
        '4',
        '--workers',
        '2',
        '--json',
      );
      expect(two.stdout).toBe(one.stdout);
    },
  );
});

describe('--seed on generated data', () => {
  it("draws another order stream (the scenario's own seed keeps the plain one)", T, () => {
    const orders = (...seed: string[]) =>
      ordersRow(routelab('compare', gen, '--a', 'warehouse-only', '--b', 'fewest-packages', '--json', ...seed).stdout)
        .a;
    const plain = orders();
    expect(orders('--seed', '2')).toBe(plain);
    expect(orders('--seed', '9')).not.toBe(plain);
  });
});

describe('sweep --replicates', () => {
  for (const [kind, folder] of [
    ['replayed history', dir],
    ['generated data', gen],
  ] as const) {
    it(`draws each replicate's orders (${kind})`, T, () => {
      const out = join(folder, 'sweep.csv');
      const r = routelab('sweep', folder, '--set', 'costs.manual_touch=1', '--replicates', '4', '--out', out);
      expect(r.status, r.stderr).toBe(0);
      const orders = readFileSync(out, 'utf8')
        .trimEnd()
        .split('\n')
        .filter((l) => l.includes(',warehouse-only,') && l.includes(',orders,'))
        .map((l) => l.split(',').at(-1));
      expect(orders).toHaveLength(4);
      expect(new Set(orders).size, `orders per replicate ${orders}`).toBeGreaterThan(1);
    });
  }
});
