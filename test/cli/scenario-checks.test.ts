/**
 * Scenarios and data that look odd, end to end through the real command: an empty replay
 * (every order cancelled, no orders in the period) is bad input at the line that causes it;
 * a network at capacity 1 is valid and runs, and the report says what the backlog did.
 * Data sets are built from test/helpers/tiny.ts (2026-07-06 is a Monday).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, replace, routelab, T, tinyFolder, type Result } from '../helpers/cli.ts';

const ORDERS = `order_id,placed_at,sku,quantity,customer_lat,customer_lon,status
O1,2026-07-06T10:00:00-04:00,A,1,0,0,
O2,2026-07-06T11:00:00-04:00,A,1,0,0,
O2,2026-07-06T11:00:00-04:00,B,2,0,0,
O3,2026-07-07T09:00:00-04:00,C,1,1,0,
`;
const INVENTORY = 'node_id,sku,on_hand\nWH,A,10\nWH,B,1\nST,A,5\nST,B,5\nST,C,2\n';
const GOOD = tinyFolder({ orders: ORDERS, inventory: INVENTORY });
const { dataset, remove } = datasets('checks', GOOD);
afterAll(remove);

const run = (dir: string): Result => routelab('run', join(dir, 'scenario.yaml'), '--out', join(dir, 'out'));

/** Exit 2 with exactly one error, this one, and nothing written. */
function expectOneError(dir: string, r: Result, error: string, hint: string): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.stderr).toContain('routelab: 1 problem in the input; nothing was written.');
  expect(r.stderr.split('\n').filter((l) => /: error\b/.test(l))).toEqual([error]);
  expect(r.stderr).toContain(`    → ${hint}`);
  expect(existsSync(join(dir, 'out'))).toBe(false);
}

describe('an empty replay is bad input, named at its cause', () => {
  it('every order cancelled: orders.csv at the first cancelled status, with the count and replay_cancelled', T, () => {
    const dir = dataset('all-cancelled', { 'orders.csv': ORDERS.replace(/,$/gm, ',cancelled') });
    const error =
      `${join(dir, 'orders.csv')}:2:7: error [status] all 3 orders placed in the period 2026-07-06 … 2026-07-19 are cancelled ` +
      'in the history (status cancelled, first one here), and cancelled orders are not replayed, so there is nothing to replay';
    const hint =
      'set replay_cancelled: true in the scenario to replay them as demand, or choose a period with orders that were not cancelled';
    expectOneError(dir, run(dir), error, hint);
    // validate gives the same error, and its verdict
    const v = routelab('validate', join(dir, 'scenario.yaml'));
    expect(v.status).toBe(2);
    expect(v.stderr).toContain(error);
    expect(v.stdout).toContain('Verdict: NOT READY — 1 problem blocks a run');
  });

  it('replay_cancelled: true replays them', T, () => {
    const dir = dataset('replay-cancelled', {
      'orders.csv': ORDERS.replace(/,$/gm, ',cancelled'),
      'scenario.yaml': replace(GOOD['scenario.yaml'], 'policies:', 'replay_cancelled: true\npolicies:'),
    });
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^orders +3 +3/m);
  });

  it("no orders in the period: scenario.yaml at period, with the orders' own dates to use instead", T, () => {
    const dir = dataset('no-orders-in-period', {
      'scenario.yaml': replace(
        GOOD['scenario.yaml'],
        'start: 2026-07-06, end: 2026-07-19',
        'start: 2026-08-03, end: 2026-08-16',
      ),
    });
    // period is on line 3; its value starts at column 9
    const error =
      `${join(dir, 'scenario.yaml')}:3:9: error [period] no orders fall in the scenario period 2026-08-03 … 2026-08-16, so there is nothing to replay: ` +
      `the 3 orders in ${join(dir, 'orders.csv')} were placed from 2026-07-06 to 2026-07-07`;
    const hint =
      "set period to days within the orders' dates, e.g. period: { start: 2026-07-06, end: 2026-07-07 }, or use the orders export of 2026-08-03 … 2026-08-16";
    expectOneError(dir, run(dir), error, hint);
  });

  it(
    'a mix (cancelled, abroad) with nothing left: orders.csv at the first order in the period, counting each kind',
    T,
    () => {
      const orders =
        'order_id,placed_at,sku,quantity,customer_lat,customer_lon,status,country\n' +
        'O1,2026-07-06T10:00:00-04:00,A,1,0,0,cancelled,US\nO2,2026-07-06T11:00:00-04:00,A,1,0,0,,CA\n';
      const dir = dataset('nothing-left', { 'orders.csv': orders });
      const r = run(dir);
      expectOneError(
        dir,
        r,
        `${join(dir, 'orders.csv')}:2: error none of the 2 orders placed in the period can be replayed: 1 cancelled in the history (line 2), 1 to another country (line 3)`,
        'correct the countries or ZIPs of those orders, set replay_cancelled: true in the scenario to replay cancelled orders, or choose another period',
      );
    },
  );
});

describe('settings that name nothing real, or in the wrong order, are bad input at their line and column', () => {
  // a folded description before them, as the demo scenario has: run must report the lines as written
  const described = replace(
    GOOD['scenario.yaml'],
    'data: .',
    `description: >\n  ${'A long description of what this scenario asks, folded over lines. '.repeat(3)}\ndata: .`,
  );
  const scenarioWith = (entry: string) =>
    replace(described, 'baseline: warehouse-only', `${entry}\nbaseline: warehouse-only`);
  const at = (text: string, needle: string) => {
    const lines = text.split('\n');
    const i = lines.findIndex((l) => l.includes(needle));
    return `${i + 1}:${lines[i]!.indexOf(needle) + 1}`;
  };

  it(
    'a pilot cohort naming a state that does not exist (states: [NY, XX]): at XX, with the closest code and the list',
    T,
    () => {
      const text = scenarioWith(
        '  - name: ny-pilot\n    use: pilot\n    policy: closest-with-stock\n    fallback: warehouse-only\n    cohort: { states: [NY, XX] }',
      );
      const dir = dataset('unknown-state', { 'scenario.yaml': text });
      const r = run(dir);
      // the description takes lines 2–3, so the 17 lines of tiny's settings and policies end on 21; the cohort is line 26,
      // `    cohort: { states: [NY, ` is 27 characters
      expect(at(text, 'XX')).toBe('26:28');
      expectOneError(
        dir,
        r,
        `${join(dir, 'scenario.yaml')}:${at(text, 'XX')}: error [policies[3].cohort.states[1]] policies[3].cohort.states[1]: ` +
          '"XX" is not a US state or territory code (did you mean "TX"?); write two-letter USPS codes: AK, AL, AR, AS, AZ, CA, CO, CT, DC, DE, FL, GA, GU, HI, ' +
          'IA, ID, IL, IN, KS, KY, LA, MA, MD, ME, MI, MN, MO, MP, MS, MT, NC, ND, NE, NH, NJ, NM, NV, NY, OH, OK, OR, PA, PR, RI, SC, SD, TN, TX, UT, VA, VI, VT, WA, WI, WV, WY',
        'see the scenario reference in the README',
      );
    },
  );

  it('rollout phases out of date order: at the phase that starts before the one above it', T, () => {
    const text = scenarioWith(
      '  - name: phased\n    use: rollout\n    phases:\n      - { from: 2026-07-06, policy: warehouse-only }\n' +
        '      - { from: 2026-07-13, policy: closest-with-stock }\n      - { from: 2026-07-09, policy: fewest-packages }',
    );
    const dir = dataset('phases-out-of-order', { 'scenario.yaml': text });
    expectOneError(
      dir,
      run(dir),
      `${join(dir, 'scenario.yaml')}:${at(text, '2026-07-09')}: error [policies[3].phases[2].from] policies[3].phases[2].from: ` +
        'this phase starts on 2026-07-09, before phases[1] (2026-07-13): write the phases in date order, each starting after the one before',
      'see the scenario reference in the README',
    );
  });

  it(
    'a rate card with a weight gap (zone 5 lacks the 5 lb row the other zones have): at the row before the gap',
    T,
    () => {
      const dir = dataset('rate-gap', { 'rate_card.csv': replace(GOOD['rate_card.csv'], 'C,G,5,5,25\n', '') });
      // zone 5's rows are lines 14–16; without its 5 lb row, 1 lb is line 14 and 20 lb line 15
      expectOneError(
        dir,
        run(dir),
        `${join(dir, 'rate_card.csv')}:14:4: error [max_weight_lb] C/G zone 5 jumps from 1 lb (this row) to 20 lb (line 15): ` +
          'it has no row for max_weight_lb 5, which other zones of C/G have, so its packages over 1 lb up to 5 lb would be priced at the 20 lb rate',
        "add the missing row for zone 5 (max_weight_lb 5) from the carrier's price list; if the carrier really prices those weights as one bracket in this zone, write that bracket's price on each of them",
      );
      expect(routelab('validate', dir).stderr).toContain(
        `${join(dir, 'rate_card.csv')}:14:4: error [max_weight_lb] C/G zone 5 jumps from 1 lb`,
      );
    },
  );
});

describe('every node at capacity 1 is valid: it runs and the report states the backlog', () => {
  it(
    'twelve Monday orders: exit 0; the warnings, summary.md and index.html say 11 waited up to 15 days, WH full every ship day',
    T,
    () => {
      const orders =
        [
          'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
          ...Array.from(
            { length: 12 },
            (_, i) => `O${String(i + 1).padStart(2, '0')},2026-07-06T09:${String(i).padStart(2, '0')}:00-04:00,A,1,0,0`,
          ),
        ].join('\n') + '\n';
      const nodes = replace(replace(GOOD['nodes.csv'], 'Mon-Fri,,', 'Mon-Fri,1,'), 'Mon-Sat,,', 'Mon-Sat,1,');
      const dir = dataset('capacity-1', {
        'orders.csv': orders,
        'inventory.csv': 'node_id,sku,on_hand\nWH,A,20\n',
        'nodes.csv': nodes,
      });
      const r = run(dir);
      expect(r.status, r.stderr).toBe(0);
      // one package a weekday from WH (the only stock): 11 of 12 orders wait, the last until Tuesday 21 July (15 days)
      const statement =
        "under warehouse-only, 11 of 12 orders (91.7%) waited for a node's daily_order_capacity, up to 15 days; full: WH on 10 of its 10 ship days in the period";
      expect(r.stderr).toContain(`[found by the replay: warning] ${statement}`);
      expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toContain(statement.replaceAll('_', '\\_')); // Markdown-escaped
      expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain(statement.replace("'", '&#39;'));
      expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toMatch(
        /\| capacity-wait: [^|]+\| 11 \| 11 \| 11 \|/,
      );
    },
  );
});
