/**
 * `compare --history` as a report folder, in-process: the default folder is
 * reports/<scenario>-history/ under the root, a second run replaces it, a folder RouteLab did
 * not write is refused before any work (nothing written), the committed synthetic
 * history (test/fixtures/history) is what its generator writes, and with a pilot entry for
 * the pilot states the replay's prediction is set beside the history's measurement.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyCommand } from '../../sim/cli/analyze.ts';
import { InputError } from '../../sim/problems.ts';
import { ROOT } from '../helpers/cli.ts';
import { historyFixtureOrders } from '../helpers/history-fixture.ts';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'history');
const root = mkdtempSync(join(tmpdir(), 'routelab-history-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const OPTS = { switch: '2026-07-13', pilotStates: 'NY,NJ' };

describe('compare --history writes a report folder', () => {
  it(
    'to reports/<scenario>-history/ by default, with every file, and again over its own report',
    { timeout: 60_000 },
    async () => {
      const first = await historyCommand(FIXTURE, OPTS, root);
      const out = join(root, 'reports', 'history-history');
      expect(first.outDir).toBe(out);
      expect(Object.keys(first.files).sort()).toEqual([
        'charts/history-parallel-trends.png',
        'charts/history-parallel-trends.svg',
        'charts/history-rate-mix.png',
        'charts/history-rate-mix.svg',
        'charts/history-trends.png',
        'charts/history-trends.svg',
        'cohorts.csv',
        'history.json',
        'index.html',
        'summary.md',
      ]);
      expect(first.warnings).toEqual([]); // vega drew both charts without a warning
      expect(first.text.split('\n').at(-1)).toMatch(/^Report: .*history-history[/\\]index\.html$/);
      // history.json holds exactly the figures computed once
      expect(JSON.parse(readFileSync(join(out, 'history.json'), 'utf8'))).toEqual(
        JSON.parse(JSON.stringify(first.comparison)),
      );
      writeFileSync(join(out, 'notes.txt'), 'mine');
      const again = await historyCommand(FIXTURE, { ...OPTS, json: true }, root);
      expect(JSON.parse(again.text).report).toMatch(/history-history$/);
      expect(again.files).toEqual(first.files); // the same orders give the same bytes
      expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine'); // the user's file is carried over
    },
  );

  it('refuses a folder RouteLab did not write, before any work', async () => {
    const theirs = join(root, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'budget.xlsx'), 'x');
    await expect(historyCommand(FIXTURE, { ...OPTS, out: theirs }, root)).rejects.toBeInstanceOf(InputError);
    expect(readdirSync(theirs)).toEqual(['budget.xlsx']);
  });

  it('writes nothing on bad input', async () => {
    const out = join(root, 'bad');
    await expect(historyCommand(FIXTURE, { switch: '2026-13-01', out }, root)).rejects.toBeInstanceOf(InputError);
    await expect(historyCommand(FIXTURE, { switch: '2027-01-01', out }, root)).rejects.toBeInstanceOf(InputError);
    expect(existsSync(out)).toBe(false);
  });
});

it('the committed synthetic history is its generator’s output', () => {
  expect(readFileSync(join(FIXTURE, 'orders.csv'), 'utf8')).toBe(historyFixtureOrders());
});

describe('the replay predicted beside the history measured (the fixture with a pilot entry)', () => {
  const dir = join(root, 'with-pilot');
  cpSync(FIXTURE, dir, { recursive: true });
  const yaml = readFileSync(join(dir, 'scenario.yaml'), 'utf8');
  writeFileSync(
    join(dir, 'scenario.yaml'),
    yaml.replace(
      '  - name: closest-with-stock\n',
      '  - name: closest-with-stock\n  - name: brooklyn-pilot\n    use: pilot\n    policy: closest-with-stock\n    fallback: warehouse-only\n    cohort: { states: [NY, NJ], from: 2026-07-13 }\n',
    ),
  );

  it(
    'replays the pilot entry of the pilot states and pairs the measures both sides have',
    { timeout: 60_000 },
    async () => {
      const res = await historyCommand(dir, { ...OPTS, out: join(root, 'pilot-report') }, root);
      const rv = res.comparison.replayVsHistory!;
      expect(rv).toMatchObject({ policy: 'brooklyn-pilot', baseline: 'warehouse-only', start: '2026-07-13' });
      expect(rv.rows.map((r) => r.measure)).toEqual(['ship_cost_per_order', 'split_rate', 'on_time_delivery_rate']);
      // the history side is compareHistory's observed effect, unchanged
      for (const r of rv.rows)
        expect(r.observed).toEqual(res.comparison.results.find((x) => x.measure === r.measure)!.observed);
      const [ship, split, onTime] = rv.rows;
      // split rate: neither side splits before the switch nor in the control states (one node each), so each DiD is the
      // cohort's split share after it: history 30 of 286 shipped orders, replay 12 of 286 (store stock of 300 per sku)
      expect(split!.observed.estimate! * 286).toBeCloseTo(30, 9);
      expect(split!.replay!.estimate * 286).toBeCloseTo(12, 9);
      // on-time delivery: every replayed order meets the 4-day promise from either node, so the replay predicts 0
      expect(onTime!.replay).toMatchObject({ estimate: 0, interval: { low: 0, high: 0 } });
      // ship cost: replay −$0.08 (−$0.70 to +$0.54) on the illustrative card, history −$1.48 (−$1.95 to −$1.01): apart
      expect(ship!.replay!.estimate).toBeCloseTo(-0.084, 3);
      expect(ship!.observed.estimate).toBeCloseTo(-1.481, 3);
      expect(rv.rows.map((r) => r.agreement)).toEqual(['disagree', 'disagree', 'disagree']);
      expect(rv.reasons).toEqual([
        'same-orders-vs-other-weeks',
        'illustrative-rates',
        'stock-vs-picks',
        'transit-vs-tracking',
      ]);
      // one figure, four outputs
      expect(JSON.parse(res.files['history.json'] as string).replayVsHistory).toEqual(JSON.parse(JSON.stringify(rv)));
      const md = res.files['summary.md'] as string;
      expect(md).toContain('## Replay predicted vs history measured');
      expect(md).toContain(
        '| split\\_rate | +4.2 pts (95% CI +1.4 pts to +7.0 pts) | replay, diff-in-diff on weekly cells | +10.5 pts (95% CI +8.6 pts to +12.4 pts) | history, diff-in-diff vs other states | disagree: the intervals do not overlap |',
      );
      expect(res.files['index.html'] as string).toContain('<section id="replay">');
      expect(res.text).toMatch(/^ship_cost_per_order\s+−\$0\.08 \(95% CI −\$0\.70 to \+\$0\.54\)\s+replay/m);
    },
  );

  it('refuses a --policy that is not a pilot entry, before writing', async () => {
    const out = join(root, 'not-pilot');
    await expect(historyCommand(dir, { ...OPTS, policy: 'closest-with-stock', out }, root)).rejects.toBeInstanceOf(
      InputError,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('says how to get the side by side when no pilot entry matches', { timeout: 60_000 }, async () => {
    const res = await historyCommand(FIXTURE, { ...OPTS, out: join(root, 'no-pilot') }, root);
    expect(res.comparison.replayVsHistory).toBeNull();
    expect(res.text).toContain('No pilot entry of the scenario has cohort states NY, NJ and a start date');
  });
});
