/**
 * `compare --history` as a report folder, in-process: the default folder is
 * reports/<scenario>-history/ under the root, a second run replaces it, a folder RouteLab did
 * not write is refused before any work (nothing written), and the committed synthetic
 * history (test/fixtures/history) is what its generator writes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
