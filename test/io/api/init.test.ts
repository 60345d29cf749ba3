/** The library's initFolder: a starter folder that opens and validates as written; never over anything that exists. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initFolder, InputError, openScenario, validateScenario } from '../../../sim/index.ts';

const root = mkdtempSync(join(tmpdir(), 'routelab-lib-init-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('initFolder', () => {
  it('writes every canonical CSV, the rate card, a README and a scenario that validates as written', async () => {
    const f = initFolder(join(root, 'my-shop'));
    expect(f.name).toBe('my-shop');
    // every file on disk is listed, beside the manifest that marks the folder as RouteLab's
    expect([...f.files, 'routelab-manifest.json'].sort()).toEqual(readdirSync(f.out).sort());
    expect(f.files).toHaveLength(9);
    for (const file of ['orders.csv', 'skus.csv', 'nodes.csv', 'inventory.csv', 'rate_card.csv', 'scenario.yaml'])
      expect(f.files).toContain(file);
    const v = await validateScenario(await openScenario(f.out));
    expect(v.verdict).toMatch(/^ready/);
  });

  it('an existing folder, even an empty one, is an InputError and nothing is written', () => {
    const dir = join(root, 'taken');
    mkdirSync(dir);
    let e: unknown = null;
    try {
      initFolder(dir);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).problems[0]!.code).toBe('init-exists');
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(root, 'taken', 'scenario.yaml'))).toBe(false);
  });
});
