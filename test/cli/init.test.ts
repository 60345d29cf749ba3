/**
 * `routelab init`: the starter folder it writes validates and runs as written (both policies,
 * the warehouse baseline and the store what-if), and nothing that exists is ever written into.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initCommand } from '../../sim/cli/init.ts';
import { runCommand } from '../../sim/cli/run.ts';
import { validateCommand } from '../../sim/cli/validate.ts';
import { InputError } from '../../sim/problems.ts';
import { ROOT, T } from '../helpers/cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'routelab-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const env = { routelab: 'test', node: process.version, libraries: {} };

describe('routelab init', () => {
  it('writes a folder that validates READY and runs both policies with the warehouse as baseline', T, async () => {
    const dir = join(tmp, 'my-shop');
    const printed = initCommand(dir);
    expect(readdirSync(dir).sort()).toEqual([
      'README.md',
      'inventory.csv',
      'nodes.csv',
      'orders.csv',
      'rate_card.csv',
      'receipts.csv',
      'routelab-manifest.json',
      'scenario.yaml',
      'skus.csv',
      'transit.csv',
    ]);
    // the next three commands, naming the folder
    expect(printed.split('\n').filter((l) => l.includes(`routelab `) && l.includes(dir))).toHaveLength(3);
    expect(readFileSync(join(dir, 'scenario.yaml'), 'utf8')).toContain('name: my-shop');

    const v = await validateCommand(dir, {}, ROOT);
    expect(v.check.verdict).toBe('ready');

    const res = await runCommand(dir, { quiet: true, out: join(tmp, 'report') }, ROOT, env, () => 0);
    expect(res.run.runs.map((p) => p.policy)).toEqual(['warehouse-only', 'store-for-local']);
    expect(res.run.baseline).toBe('warehouse-only');
    // O-1001 (to 10003, Manhattan) is 3 miles from STORE-1 (11211, Brooklyn), which holds SKU-A:
    // the store ships it under store-for-local; the warehouse ships both orders today
    const store = res.run.runs[1]!.metrics;
    expect(store.orders).toBe(2);
    expect(store.store_share).toBe(0.5);
    expect(res.run.runs[0]!.metrics.store_share).toBe(0);
    expect(existsSync(join(tmp, 'report', 'index.html'))).toBe(true);
  });

  it('refuses an existing folder, even an empty one, and an existing file, writing nothing', () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    const file = join(tmp, 'file.txt');
    writeFileSync(file, 'mine');
    for (const target of [empty, file]) {
      let err: unknown;
      try {
        initCommand(target);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).problems[0]).toMatchObject({ code: 'init-exists', file: target });
    }
    expect(readdirSync(empty)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });
});
