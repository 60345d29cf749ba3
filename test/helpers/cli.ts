/**
 * Running `routelab` the way a user does, for the end-to-end tests in test/cli: the real
 * command in a child process (from the repository root, UTC, no colour), and data sets
 * written to fresh temp folders from a set of good files with some overridden.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { TINY_NODES, TINY_RATES, TINY_SCENARIO, TINY_SKUS, TINY_TRANSIT } from './tiny.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The command as `npm run routelab` starts it (the bundled JavaScript, cli/routelab.mjs). */
export const ROUTELAB = join(ROOT, 'sim', 'cli', 'routelab.mjs');

/** Each spawn takes about a second; a test that runs several needs more than vitest's 5 s. */
export const T = { timeout: 60_000 };

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `routelab <args…>` in a child process; throws when it could not be started or timed out. */
export function routelab(...args: string[]): Result {
  const r = spawnSync(process.execPath, [ROUTELAB, ...args], {
    cwd: ROOT,
    env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 50_000,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `from` → `to` once in `text`, failing loudly when `from` is not there. */
export function replace(text: string, from: string, to: string): string {
  expect(text, `expected ${JSON.stringify(from)} in the text`).toContain(from);
  return text.replace(from, to);
}

export type FolderFile =
  'scenario.yaml' | 'orders.csv' | 'inventory.csv' | 'nodes.csv' | 'skus.csv' | 'rate_card.csv' | 'transit.csv';

/** A scenario folder's files: the tiny scenario, nodes, rates and transit with these orders, stock and skus (default TINY_SKUS). */
export function tinyFolder(o: { orders: string; inventory: string; skus?: string }): Record<FolderFile, string> {
  return {
    'scenario.yaml': TINY_SCENARIO,
    'orders.csv': o.orders,
    'inventory.csv': o.inventory,
    'nodes.csv': TINY_NODES,
    'skus.csv': o.skus ?? TINY_SKUS,
    'rate_card.csv': TINY_RATES,
    'transit.csv': TINY_TRANSIT,
  };
}

/** A temp folder (made now, removed by `remove`) and a maker of data sets inside it. */
export function datasets<F extends string>(prefix: string, good: Record<F, string>) {
  const root = mkdtempSync(join(tmpdir(), `routelab-${prefix}-`));
  return {
    root,
    /** A fresh folder `name` with the good files, except those overridden (`null` leaves a file out). */
    dataset(name: string, overrides: Partial<Record<F, string | null>> = {}): string {
      const dir = join(root, name);
      mkdirSync(dir);
      for (const [file, text] of Object.entries({ ...good, ...overrides }))
        if (typeof text === 'string') writeFileSync(join(dir, file), text);
      return dir;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
