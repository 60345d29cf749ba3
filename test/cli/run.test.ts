/**
 * `routelab run` end to end, the way a new user runs it: the real command in a child
 * process, on a data set written to a fresh temp folder (scenario.yaml + canonical CSV
 * files built from test/helpers/tiny.ts). Each spawn takes about a second, so the good run
 * is made once and shared.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasets, replace, routelab, T, tinyFolder, type Result } from '../helpers/cli.ts';
import { outcomesForm } from '../../sim/cli/run.ts';
import { InputError } from '../../sim/problems.ts';

const METRICS = [
  'orders',
  'lines',
  'units',
  'fill_rate',
  'cancel_rate',
  'split_rate',
  'packages_per_order',
  'ship_cost_per_order',
  'fulfillment_cost_per_order',
  'on_time_delivery_rate',
  'on_time_ship_rate',
  'click_to_door_days',
  'manual_touches_per_order',
  'order_defect_rate',
  'miles_per_package',
  'store_share',
  'staff_alerts_per_day',
  'customer_notices_per_order',
  'cost_gap_to_bound',
];
const REPORT_FILES = ['index.html', 'metrics.csv', 'outcomes.csv', 'run.json', 'summary.md'];
/** The list of the files RouteLab wrote, which marks the folder as its own. */
const MANIFEST = 'routelab-manifest.json';
/** Charts of the tiny run (one week, no capacity limits, no pilots: no weekly, utilization or segment chart). */
// the analytics charts (cash flow, tornado) appear because a policy differs from the baseline; no pilot
// sizing: orders on two days cannot show a day-to-day spread (summary.md says so)
const CHARTS = [
  'bound',
  'cost-waterfall',
  'destination-map',
  'effect-ladder',
  'kpi-bars',
  'node-mix',
  'reasons',
  'roi-cash-flow',
  'tornado',
];
/** Every file of the report folder, charts/ included, sorted. */
const ALL_FILES = [...CHARTS.flatMap((c) => [`charts/${c}.png`, `charts/${c}.svg`]), ...REPORT_FILES, MANIFEST].sort();
/** `out` is a link to one hidden version folder beside it (`.out.routelab-<pid>-<t>`). */
const OUT_ENTRIES = ['.out.routelab-*', 'out'];
/** A folder's entries, with the version folder's unique part as `*`. */
const entries = (dir: string) =>
  readdirSync(dir)
    .map((f) => f.replace(/^(\.out\.routelab-)\d+-[0-9a-z]+$/, '$1*'))
    .sort();
const POLICIES = ['warehouse-only', 'closest-with-stock', 'fewest-packages'];

/** Three orders on 6–7 July 2026 (a Monday and Tuesday), customers on the meridian like tiny.ts. */
const ORDERS = `order_id,placed_at,sku,quantity,customer_lat,customer_lon
O1,2026-07-06T10:00:00-04:00,A,1,0,0
O2,2026-07-06T11:00:00-04:00,A,1,0,0
O2,2026-07-06T11:00:00-04:00,B,2,0,0
O3,2026-07-07T09:00:00-04:00,C,1,1,0
`;
const INVENTORY = `node_id,sku,on_hand
WH,A,10
WH,B,1
ST,A,5
ST,B,5
ST,C,2
`;

const GOOD = tinyFolder({ orders: ORDERS, inventory: INVENTORY });

const { root: tmpRoot, dataset, remove } = datasets('cli', GOOD);
afterAll(remove);

/** `routelab run <dir>/scenario.yaml --out <dir>/out`, plus extra arguments. */
function run(dir: string, ...extra: string[]): Result {
  return routelab('run', join(dir, 'scenario.yaml'), '--out', join(dir, 'out'), ...extra);
}

/** Every file of a folder, by name, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter(
    (f) => !statSync(join(dir, f)).isDirectory(),
  );
  return new Map(files.sort().map((f) => [f, readFileSync(join(dir, f))]));
}

/** The problem lines (`file:line…: error …`) of a failed run's stderr. */
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => /: error\b/.test(l));

/** Checks the shape every bad-input run shares: exit 2, the count line, nothing written. */
function expectRejected(dir: string, r: Result, problems: number): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr).toContain(
    `routelab: ${problems} problem${problems === 1 ? '' : 's'} in the input; nothing was written.`,
  );
  expect(errorLines(r.stderr)).toHaveLength(problems);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(r.stdout).toBe('');
  expect(existsSync(join(dir, 'out'))).toBe(false);
  // no half-written report left next to where it would have gone
  expect(readdirSync(dir).filter((f) => f.includes('out'))).toEqual([]);
}

describe('routelab run: valid input', () => {
  let dir = '';
  let first: Result = { status: null, stdout: '', stderr: '' };
  let report = new Map<string, Buffer>();

  beforeAll(() => {
    dir = dataset('good');
    first = run(dir);
    report = existsSync(join(dir, 'out')) ? snapshot(join(dir, 'out')) : new Map();
  }, 60_000);

  it('exits 0 and prints the metrics table and where the report is', T, () => {
    // the tiny data fills 60% of units (the guard, first) and has SKUs without dimensions (validate's serious finding)
    expect(first.stderr.split('\n')[0]).toBe(
      '3 warnings in 2 findings and 5 notes (the run went ahead), most important first as validate ranks them; the notes and more locations in summary.md:',
    );
    expect(first.stderr.split('\n')[1]).toContain(
      '1. [check first] the baseline "warehouse-only" fills 60.0% of units',
    );
    expect(first.stderr).toContain('2. [serious warning] SKUs without dimensions: 2 skus');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^metric\s+warehouse-only \(baseline\)\s+closest-with-stock\s+fewest-packages\s*$/m);
    for (const m of METRICS) expect(first.stdout).toMatch(new RegExp(`^${m}\\s+\\S`, 'm'));
    expect(first.stdout).toMatch(/^fill_rate\s+60\.0%\s+100\.0% /m);
    expect(first.stdout).toMatch(/^Replayed 3 orders under 3 policies in /m);
    const reportLine = first.stdout.split('\n').filter((l) => l.startsWith('Report: '));
    expect(reportLine).toEqual([`Report: ${join(dir, 'out', 'index.html')}`]);
  });

  it('writes the five report files, each chart as SVG and PNG and the manifest, and nothing else', T, () => {
    expect([...report.keys()]).toEqual(ALL_FILES);
    for (const [name, bytes] of report) expect(bytes.length, name).toBeGreaterThan(0);
    expect(entries(dir)).toEqual([...Object.keys(GOOD), ...OUT_ENTRIES].sort());
    const manifest = JSON.parse(report.get(MANIFEST)!.toString('utf8')) as {
      kind: string;
      files: Record<string, string>;
    };
    expect([manifest.kind, Object.keys(manifest.files)]).toEqual(['report', ALL_FILES.filter((f) => f !== MANIFEST)]);
    expect(report.get('summary.md')!.toString('utf8')).toMatch(/cannot be sized: only 2 day\(s\) with orders/);
  });

  it('writes metrics.csv with one row per policy and one column per metric', T, () => {
    const [header, ...rows] = report.get('metrics.csv')!.toString('utf8').trimEnd().split('\n');
    const cols = header!.split(',');
    expect(cols).toEqual(['policy', 'uses', 'is_baseline', ...METRICS]);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.split(',').slice(0, 3))).toEqual([
      ['warehouse-only', 'warehouse-only', 'true'],
      ['closest-with-stock', 'closest-with-stock', 'false'],
      ['fewest-packages', 'fewest-packages', 'false'],
    ]);
    for (const r of rows) {
      const cells = r.split(',');
      expect(cells).toHaveLength(cols.length);
      const get = (m: string) => cells[cols.indexOf(m)];
      expect([get('orders'), get('lines'), get('units')]).toEqual(['3', '4', '5']);
    }
  });

  it('writes outcomes.csv with one row per order per policy, and run.json with the scenario seed', T, () => {
    const outcomes = report.get('outcomes.csv')!.toString('utf8').trimEnd().split('\n');
    expect(outcomes[0]).toMatch(/^policy,order_id,/);
    expect(outcomes).toHaveLength(1 + 3 * POLICIES.length);
    const info = JSON.parse(report.get('run.json')!.toString('utf8')) as {
      seed: string;
      baseline: string;
      orders: number;
      policies: { name: string }[];
    };
    expect(info.seed).toBe('7');
    expect(info.baseline).toBe('warehouse-only');
    expect(info.orders).toBe(3);
    expect(info.policies.map((p) => p.name)).toEqual(POLICIES);
    const html = report.get('index.html')!.toString('utf8');
    for (const f of REPORT_FILES.filter((x) => x !== 'index.html')) expect(html).toContain(f);
  });

  it('writes byte-identical files when run again', T, () => {
    const again = run(dir);
    expect(again.status, again.stderr).toBe(0);
    const second = snapshot(join(dir, 'out'));
    expect([...second.keys()]).toEqual(ALL_FILES);
    for (const [name, bytes] of report)
      expect(second.get(name)!.equals(bytes), `${name} differs between runs`).toBe(true);
    // the old version folder is gone: still the link and one version folder
    expect(entries(dir)).toEqual([...Object.keys(GOOD), ...OUT_ENTRIES].sort());
  });

  it("records a --seed other than the scenario's in run.json", T, () => {
    const r = routelab('run', join(dir, 'scenario.yaml'), '--out', join(dir, 'out-seed'), '--seed', '12345');
    expect(r.status, r.stderr).toBe(0);
    const info = JSON.parse(readFileSync(join(dir, 'out-seed', 'run.json'), 'utf8')) as { seed: string };
    expect(info.seed).toBe('12345');
    expect(readFileSync(join(dir, 'out-seed', 'summary.md'), 'utf8')).toContain('seed 12345');
    rmSync(join(dir, 'out-seed'), { recursive: true });
  });
});

describe('routelab run: bad data, as a stranger would write it', () => {
  it('a missing required column in orders.csv: names it and the misspelled header', T, () => {
    const dir = dataset('missing-column', {
      'orders.csv': replace(ORDERS, 'order_id,placed_at,', 'order_id,placedat,'),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    // the column is missing, so the problem is on the header line
    expect(r.stderr).toMatch(
      /orders\.csv:1(:\d+)?: error \[placed_at\] required column "placed_at" is missing from the header/,
    );
    expect(r.stderr).toContain('→ rename "placedat" to "placed_at"');
  });

  it('a bad date in placed_at: at its line and column, with the accepted forms', T, () => {
    // line 4, column 2: the second line of O2, written the US way
    const dir = dataset('bad-date', {
      'orders.csv': replace(ORDERS, 'O2,2026-07-06T11:00:00-04:00,B', 'O2,07/06/2026 11:00,B'),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/orders\.csv:4:2: error \[placed_at\] "07\/06\/2026 11:00" is not a date-time/);
    expect(r.stderr).toContain('→ write ISO 8601 with an offset, e.g. 2026-07-01T14:05:00-05:00');
  });

  it('a negative quantity: at its line and column, saying what a quantity must be', T, () => {
    const dir = dataset('negative-quantity', {
      'orders.csv': replace(ORDERS, 'O1,2026-07-06T10:00:00-04:00,A,1,', 'O1,2026-07-06T10:00:00-04:00,A,-1,'),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/orders\.csv:2:4: error \[quantity\] "-1" is not a whole number ≥ 1/);
    expect(r.stderr).toContain('→ write a whole number of at least 1');
  });

  it('an unknown sku in orders.csv: at its line and column, with the likely sku', T, () => {
    // skus are case-sensitive: "c" is not "C"
    const dir = dataset('unknown-sku', {
      'orders.csv': replace(ORDERS, 'O3,2026-07-07T09:00:00-04:00,C,', 'O3,2026-07-07T09:00:00-04:00,c,'),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/orders\.csv:5:3: error \[sku\] sku "c" is not in skus\.csv/);
    expect(r.stderr).toContain('→ did you mean "C"? Otherwise add the sku to skus.csv');
  });

  it('an unknown node in inventory.csv: at its line and column, listing the nodes', T, () => {
    const dir = dataset('unknown-node', { 'inventory.csv': replace(INVENTORY, 'ST,C,2', 'STORE,C,2') });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/inventory\.csv:6:1: error \[node_id\] node "STORE" is not in nodes\.csv/);
    expect(r.stderr).toMatch(/→ use one of (WH, ST|ST, WH), or add the node to nodes\.csv/);
  });

  it('an unclosed quote on the last line: at that line, with what to check', T, () => {
    const dir = dataset('quote-last-line', {
      'orders.csv': replace(ORDERS, 'O3,2026-07-07T09:00:00-04:00,C,', 'O3,"2026-07-07T09:00:00-04:00,C,'),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/orders\.csv:5:2: error a double quote opened in this field is never closed/);
    expect(r.stderr).toContain('→ close the quote');
  });

  it('an unclosed quote in the middle of the file: at the line and column where the quote opens', T, () => {
    // line 3 opens a quote that never closes; lines 4 and 5 are fine
    const dir = dataset('quote-mid-file', {
      'orders.csv': replace(ORDERS, 'O2,2026-07-06T11:00:00-04:00,A,', 'O2,"2026-07-06T11:00:00-04:00,A,'),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toContain('→ close the quote');
    expect(r.stderr).toMatch(/orders\.csv:3:2: error a double quote opened in this field is never closed/);
  });

  it('a missing nodes.csv: names the file and that it does not exist', T, () => {
    const dir = dataset('no-nodes', { 'nodes.csv': null });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toContain(
      `${join(dir, 'nodes.csv')}: error the nodes file does not exist, and every run needs one`,
    );
    expect(r.stderr).toMatch(/→ add it to the data folder \(its columns are under "Data files" in the README\)/);
  });

  it('a Latin-1 é in skus.csv: at its line and column, saying to re-save as UTF-8', T, () => {
    // skus.csv line 3 is "B,2,,,": the export wrote "Bé" as B, 0xE9 (Latin-1), so 1 character before the byte
    const dir = dataset('latin-1');
    writeFileSync(
      join(dir, 'skus.csv'),
      Buffer.concat([
        Buffer.from(GOOD['skus.csv'].split('\nB,')[0]! + '\nB'),
        Buffer.of(0xe9),
        Buffer.from(',2,,,\nC,1,10,10,10\n'),
      ]),
    );
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/skus\.csv:3:2: error byte 0xE9 after "B" is not UTF-8/);
    expect(r.stderr).toContain('→ re-save the file as UTF-8 (in Excel: Save As → CSV UTF-8');
    // the orders naming skus are not reported against a file that could not be read
    expect(r.stderr).not.toContain('is not in skus.csv');
  });

  it('a 2 MB line in orders.csv: refused at its line', T, () => {
    const dir = dataset('long-line', {
      'orders.csv': replace(
        ORDERS,
        'O3,2026-07-07T09:00:00-04:00,C,1,1,0',
        `O3,2026-07-07T09:00:00-04:00,C,1,1,${'0'.repeat(2 << 20)}`,
      ),
    });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toMatch(/orders\.csv:5: error this line is longer than 1 MB/);
  });

  it('five problems in four files: all reported in one run', T, () => {
    const dir = dataset('five-problems', {
      'orders.csv': replace(
        replace(
          replace(ORDERS, 'O1,2026-07-06T10:00:00-04:00,A,1,', 'O1,2026-07-06T10:00:00-04:00,A,-1,'), // quantity, line 2
          'O2,2026-07-06T11:00:00-04:00,B',
          'O2,07/06/2026 11:00,B',
        ), // placed_at, line 4
        'O3,2026-07-07T09:00:00-04:00,C,',
        'O3,2026-07-07T09:00:00-04:00,c,',
      ), // sku, line 5
      'inventory.csv': replace(INVENTORY, 'ST,C,2', 'STORE,C,2'), // node_id, line 6
      'transit.csv': replace(GOOD['transit.csv'], 'zone,business_days', 'zone,days'), // a required column renamed
    });
    const r = run(dir);
    expectRejected(dir, r, 5);
    const lines = errorLines(r.stderr).map((l) => l.slice(dir.length + 1).replace(/ error (\[[^\]]+\]).*$/, ' $1'));
    expect(lines.sort()).toEqual([
      'inventory.csv:6:1: [node_id]',
      'orders.csv:2:4: [quantity]',
      'orders.csv:4:2: [placed_at]',
      'orders.csv:5:3: [sku]',
      'transit.csv:1: [business_days]',
    ]);
    expect(r.stderr).toContain('→ add a "business_days" column to');
  });
});

describe('routelab run: a bad scenario file', () => {
  it('a misspelled key in scenario.yaml: at its line and column, with the right key', T, () => {
    const dir = dataset('scenario-typo', { 'scenario.yaml': replace(GOOD['scenario.yaml'], 'seed: 7', 'sead: 7') });
    const r = run(dir);
    expectRejected(dir, r, 1);
    expect(r.stderr).toContain(`${join(dir, 'scenario.yaml')}:5:1: error [sead] "sead" is not a scenario setting here`);
    expect(r.stderr).toContain('→ did you mean "seed"?');
  });
});

describe('routelab: commands and scenarios that do not exist', () => {
  it('a scenario that does not exist: exit 2, listing the bundled scenarios', T, () => {
    const out = join(tmpRoot, 'nowhere', 'out');
    const r = routelab('run', 'no-such-scenario', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no scenario "no-such-scenario"');
    expect(r.stderr).toMatch(/bundled scenarios: .*three-location/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(tmpRoot, 'nowhere'))).toBe(false);
  });

  it('an unknown command: exit 2 with the command named', T, () => {
    const r = routelab('simulate', 'three-location');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'simulate'");
    expect(r.stderr).toMatch(/Commands:[\s\S]*\brun\b/);
  });
});

describe('routelab run: an existing report survives a bad run', () => {
  it('leaves the out folder of an earlier good run byte for byte as it was', T, () => {
    const dir = dataset('keep-report');
    const good = run(dir);
    expect(good.status, good.stderr).toBe(0);
    const before = snapshot(join(dir, 'out'));
    expect([...before.keys()]).toEqual(ALL_FILES);

    writeFileSync(
      join(dir, 'orders.csv'),
      replace(ORDERS, 'O1,2026-07-06T10:00:00-04:00,A,1,', 'O1,2026-07-06T10:00:00-04:00,A,-1,'),
    );
    const bad = run(dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/orders\.csv:2:4: error \[quantity\]/);
    expect(bad.stderr).toContain('nothing was written');

    const after = snapshot(join(dir, 'out'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), `${name} changed`).toBe(true);
    expect(entries(dir).filter((f) => f.includes('out'))).toEqual(OUT_ENTRIES);
  });
});

describe('routelab run: negative on_hand (real systems oversell)', () => {
  it('is a warning, not an error: the run goes ahead with the row read as 0', T, () => {
    const dir = dataset('negative-on-hand', { 'inventory.csv': replace(INVENTORY, 'WH,A,10', 'WH,A,-4') });
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /\[(serious )?warning\] Negative inventory: 1 inventory row\n.*\n.*on_hand "-4" of sku "A" at "WH" is negative/,
    );
    expect(r.stderr).toContain('inventory.csv:2:3');
    expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toContain(
      'on\\_hand "-4" of sku "A" at "WH" is negative',
    );
  });
});

describe('routelab run: one decision story across the terminal, summary.md, index.html and --json', () => {
  // the good data, with stock counted 10 days after the period start (validate's serious finding)
  const stale =
    INVENTORY.trimEnd()
      .split('\n')
      .map((l, i) => `${l},${i === 0 ? 'as_of' : '2026-07-16'}`)
      .join('\n') + '\n';
  let dir = '';
  let text: Result = { status: null, stdout: '', stderr: '' };
  let json: Result = { status: null, stdout: '', stderr: '' };
  beforeAll(() => {
    dir = dataset('story', { 'inventory.csv': stale });
    text = routelab('run', join(dir, 'scenario.yaml'), '--out', join(dir, 'out'));
    json = routelab('run', join(dir, 'scenario.yaml'), '--out', join(dir, 'out-json'), '--json');
  }, 120_000);

  it('carries the verdict and the figures behind it in --json, the same as the terminal and summary.md', T, () => {
    expect(json.status, json.stderr).toBe(0);
    type D = {
      policy: string;
      against: string;
      verdict: string;
      saving: { total: number; carrier: number; margin: number; marginCounted: boolean };
      perMonth: number;
      roi: { npv: number; paybackMonth: number | null };
      guards: { code: string; message: string; hint: string }[];
      dataWarnings: string[];
    };
    const out = JSON.parse(json.stdout) as { decision: D; warnings: number };
    const d = out.decision;
    expect(d.against).toBe('warehouse-only');
    expect(Object.keys(d.saving)).toEqual([
      'carrier',
      'pickPack',
      'touches',
      'cancellations',
      'margin',
      'marginCounted',
      'fulfillment',
      'total',
    ]);
    const money = (v: number, dec = 2) =>
      `${v < 0 ? '−' : ''}$${Math.abs(v)
        .toFixed(dec)
        .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    const saving = money(d.saving.total);
    const terminal = text.stdout.split('\n').filter((l) => l.startsWith('Decision for') || l.startsWith('  It '));
    expect(terminal[0]).toBe(
      `Decision for ${d.policy} against warehouse-only: ${d.verdict.toUpperCase()}: ${text.stdout.split(`${d.verdict.toUpperCase()}: `)[1]!.split('\n')[0]}`,
    );
    const way = d.saving.total >= 0 ? `It saves ${saving}` : `It costs ${money(-d.saving.total)} more`;
    expect(terminal[1]).toContain(`${way} per order (${money(d.perMonth, 0)} a month`);
    const summary = readFileSync(join(dir, 'out', 'summary.md'), 'utf8');
    expect(summary).toContain(`Saving per order against warehouse-only: ${saving}`);
    expect(summary).toContain(`NPV over 24 months ${money(d.roi.npv, 0)}`);
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(html).toContain(`<div class="v">${saving}</div>`);
    expect(html).toContain(`<div class="v">${money(d.roi.npv, 0)}</div>`);
  });

  it('gives no pilot verdict on a baseline that fills 60% of units, and says why at the top of the report', T, () => {
    const d = (
      JSON.parse(json.stdout) as { decision: { verdict: string; guards: { message: string; hint: string }[] } }
    ).decision;
    expect(d.verdict).toBe('check the data first');
    expect(d.guards[0]!.message).toMatch(/^the baseline "warehouse-only" fills 60\.0% of units \(under 95\.0%\)/);
    expect(d.guards[0]!.hint).toContain('the scenario has no `replenishment:`');
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(html.indexOf('id="guards"')).toBeLessThan(html.indexOf('id="verdict"'));
    expect(html).toContain('<strong>Check the data first.</strong>');
  });

  it(
    "brings validate's serious finding (stock counted after the period start) into run's warnings and the decision",
    T,
    () => {
      const d = (JSON.parse(json.stdout) as { decision: { dataWarnings: string[] } }).decision;
      expect(d.dataWarnings[0]).toMatch(
        /^Inventory .*after the period start.*: inventory as_of 2026-07-16 is 10 days after the period start 2026-07-06/i,
      );
      expect(text.stderr).toContain('[serious warning] Inventory counted after the period start');
      const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
      expect(html).toContain('data-key="inventory-after-start"');
    },
  );
});

describe('run --outcomes / --no-outcomes', () => {
  it('reads csv (the default), gz and --no-outcomes; anything else is bad input naming the forms', () => {
    expect([outcomesForm(undefined), outcomesForm('csv'), outcomesForm('gz'), outcomesForm(false)]).toEqual([
      'csv',
      'csv',
      'gz',
      'none',
    ]);
    try {
      outcomesForm('zip');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const p = (e as InputError).problems[0]!;
      expect([p.field, p.code]).toEqual(['--outcomes', 'bad-outcomes-form']);
      expect(p.hint).toContain('--no-outcomes');
    }
  });
});
