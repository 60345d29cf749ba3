/**
 * `routelab compare`, `compare --history`, `roi` and `sweep` end to end, as a user runs them,
 * on a tiny data set whose orders also carry their recorded outcomes (the figures of
 * test/analytics/history.test.ts, worked out by hand there). Bad options exit 2 and write nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, routelab, T, tinyFolder } from '../helpers/cli.ts';
import { HISTORY_ORDERS } from '../helpers/history.ts';

const INVENTORY = 'node_id,sku,on_hand\nWH,A,10\nWH,B,1\nST,A,5\nST,B,5\n';
const POLICIES = ['warehouse-only', 'closest-with-stock', 'fewest-packages'];

const { dataset, remove, root } = datasets('analyze', tinyFolder({ orders: HISTORY_ORDERS, inventory: INVENTORY }));
afterAll(remove);
const dir = dataset('store');
/** Where each --history run writes its report (never the repository's reports/). */
const out = (name: string) => join(root, `${name}-history`);

/** The shape every rejected command shares: exit 2, one problem naming the flag, nothing on stdout. */
function expectRejected(r: ReturnType<typeof routelab>, line: string): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain('routelab: 1 problem in the input; nothing was written.');
  expect(r.stderr).toContain(line);
  expect(r.stdout).toBe('');
}

describe('routelab compare --history', () => {
  it('prints each measure before and after the switch with the difference in differences', T, () => {
    const r = routelab(
      'compare',
      dir,
      '--history',
      '--switch',
      '2026-07-13',
      '--pilot-states',
      'ny',
      '--out',
      out('ny'),
    );
    expect(r.status, r.stderr).toBe(0);
    // the report folder, like run's, and its path last on the terminal
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`Report: ${join(out('ny'), 'index.html')}`);
    for (const f of ['index.html', 'summary.md', 'cohorts.csv', 'history.json', 'routelab-manifest.json'])
      expect(existsSync(join(out('ny'), f)), f).toBe(true);
    expect(readFileSync(join(out('ny'), 'index.html'), 'utf8')).toContain('RouteLab history report');
    expect(r.stdout).toContain('History: orders to NY placed before 2026-07-13 (3 orders) against on or after it (2)');
    const cost = r.stdout.split('\n').find((l) => l.startsWith('ship_cost_per_order'))!;
    expect(
      cost
        .trim()
        .split(/\s{2,}/)
        .slice(0, 5),
    ).toEqual(['ship_cost_per_order', '2 / 2', 'too few orders (n = 2)', 'too few orders (n = 2)', 'too few']);
    expect(cost).toMatch(/too few orders \(n = 1\)$/); // DiD: CA has 1 order a side
    const cancel = r.stdout.split('\n').find((l) => l.startsWith('cancel_rate'))!;
    expect(
      cancel
        .trim()
        .split(/\s{2,}/)
        .slice(0, 5),
    ).toEqual(['cancel_rate', '3 / 2', 'too few orders (n = 3)', 'too few orders (n = 2)', 'too few']);
    expect(r.stdout).toContain('  on_time_ship_rate: no order has shipped_at'); // the history has no shipped_at column
  });

  it('gives the same figures as JSON', T, () => {
    const r = routelab('compare', dir, '--history', '--switch', '2026-07-13', '--json', '--out', out('all'));
    expect(r.status, r.stderr).toBe(0);
    // the JSON printed is the report's history.json, with the report's path
    const { report, ...figures } = JSON.parse(r.stdout) as { report: string };
    expect(report).toBe(out('all'));
    expect(figures).toEqual(JSON.parse(readFileSync(join(out('all'), 'history.json'), 'utf8')));
    const h = figures as {
      preOrders: number;
      postOrders: number;
      firstDate: string;
      lastDate: string;
      results: { measure: string; standardized: { preRate: number } }[];
    };
    expect([h.preOrders, h.postOrders, h.firstDate, h.lastDate]).toEqual([4, 3, '2026-07-06', '2026-07-14']);
    expect(h.results.find((x) => x.measure === 'ship_cost_per_order')!.standardized.preRate).toBe(12); // (10 + 12 + 14) / 3
  });

  it('a switch day after the last order: exit 2 with the days the orders cover', T, () => {
    const r = routelab('compare', dir, '--history', '--switch', '2026-08-01', '--out', out('late'));
    expectRejected(r, 'command line: error [--switch] no orders were placed on or after 2026-08-01');
    expect(existsSync(out('late'))).toBe(false);
    expect(r.stderr).toContain('pick the day routing changed between 2026-07-06 and 2026-07-14');
  });

  it('a pilot region no order ships to: exit 2 naming it', T, () => {
    expectRejected(
      routelab('compare', dir, '--history', '--switch', '2026-07-13', '--pilot-states', 'TX', '--out', out('tx')),
      '[--pilot-states] no orders ship to TX',
    );
  });

  it('orders without outcome columns: exit 2 naming orders.csv and how to get them', T, () => {
    const bare = dataset('bare', {
      'orders.csv': 'order_id,placed_at,sku,quantity,customer_zip\nO1,2026-07-06T10:00:00-04:00,A,1,10001\n',
    });
    const r = routelab('compare', bare, '--history', '--switch', '2026-07-13', '--out', out('bare'));
    expectRejected(r, 'orders.csv: error no order has a recorded outcome to compare');
    expect(r.stderr).toContain('`import shopify` fills status and shipped_at');
  });

  it('a switch that is not a date: exit 2 with the form', T, () => {
    expectRejected(
      routelab('compare', dir, '--history', '--switch', '13/07/2026', '--out', out('date')),
      '[--switch] "13/07/2026" is not a date',
    );
  });
});

describe('routelab compare --a --b', () => {
  it('prints B − A on every metric with its interval over days', T, () => {
    const r = routelab('compare', dir, '--a', 'warehouse-only', '--b', 'closest-with-stock', '--json');
    expect(r.status, r.stderr).toBe(0);
    const c = JSON.parse(r.stdout) as {
      a: string;
      b: string;
      seed: string;
      replicates: number;
      metrics: { metric: string }[];
    };
    expect([c.a, c.b, c.seed, c.replicates]).toEqual(['warehouse-only', 'closest-with-stock', '7', 1]);
    expect(c.metrics.map((m) => m.metric)).toContain('fulfillment_cost_per_order');
    expect(c.metrics).toHaveLength(19); // METRICS, cost_gap_to_bound included (empty: compare solves no bound)
  });

  it('a policy neither the scenario nor the built-ins have: exit 2 listing its policies, then the built-ins', T, () => {
    expectRejected(
      routelab('compare', dir, '--a', 'warehouse-only', '--b', 'closest'),
      `[--b] "closest" is not one of ${[...POLICIES, 'cheapest', 'lp-dilated', 'lp-priority', 'rules', 'store-for-local'].join(', ')}`,
    );
  });

  it('--replicates 0: exit 2', T, () => {
    expectRejected(
      routelab('compare', dir, '--a', 'warehouse-only', '--b', 'closest-with-stock', '--replicates', '0'),
      '[--replicates]',
    );
  });
});

describe('routelab roi', () => {
  it('the baseline as the policy: exit 2, nothing to compare', T, () => {
    expectRejected(routelab('roi', dir, '--policy', 'warehouse-only'), '[--policy] "warehouse-only" is the baseline');
  });
});

describe('routelab sweep', () => {
  it('writes one row per point, policy, replicate and metric', T, () => {
    const out = join(dir, 'sweep.csv');
    const r = routelab('sweep', dir, '--set', 'costs.manual_touch=1,9', '--workers', '1', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 grid points × 3 policies × 1 replicate(s) on 1 worker(s).');
    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(header).toBe('costs.manual_touch,policy,replicate,metric,value');
    expect(rows).toHaveLength(2 * 3 * 19);
    expect(new Set(rows.map((l) => l.split(',').slice(0, 2).join(',')))).toEqual(
      new Set(['1', '9'].flatMap((v) => POLICIES.map((p) => `${v},${p}`))),
    );
  });

  it('a key the scenario does not have: exit 2 and no CSV', T, () => {
    const out = join(dir, 'bad-sweep.csv');
    const r = routelab('sweep', dir, '--set', 'costs.manual_tuch=1,9', '--out', out);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('manual_touch');
    expect(existsSync(out)).toBe(false);
  });

  it('--workers that is not a number: exit 2 and no CSV', T, () => {
    const out = join(dir, 'bad-workers.csv');
    expectRejected(
      routelab('sweep', dir, '--set', 'costs.manual_touch=1,9', '--workers', 'two', '--out', out),
      '[--workers] "two"',
    );
    expect(existsSync(out)).toBe(false);
  });
});
