/**
 * The full `run` (report included) on random valid scenarios: exit 0 with a complete report
 * folder and no chart warning, 40 nodes included. 14 seeds and 3 extremes (17 scenarios), in
 * this process (bench/random-runs.ts runs 200).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRandomRun, type RandomRunFix } from '../helpers/random-run.ts';
import { randomRun } from '../helpers/random-scenario.ts';

const parent = mkdtempSync(join(tmpdir(), 'routelab-random-runs-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const CASES: { seed: number; fix?: RandomRunFix }[] = [
  ...Array.from({ length: 14 }, (_, i) => ({ seed: i + 1 })),
  { seed: 101, fix: { nodes: 1, policies: 1, days: 1 } },
  { seed: 102, fix: { nodes: 31, policies: 8, days: 120 } },
  { seed: 103, fix: { nodes: 1, policies: 2, days: 8 } },
];

describe('run on random valid scenarios', () => {
  it('the draws cover every dimension: 1–40 nodes (past 32 too), 1–8 policies, 1–120 days, both stocks, both destinations, one line or many', () => {
    const shapes = CASES.map((c) => randomRun(c.seed, c.fix).shape);
    expect(Math.min(...shapes.map((s) => s.nodes))).toBe(1);
    expect(shapes.some((s) => s.nodes === 31)).toBe(true);
    expect(shapes.filter((s) => s.nodes > 32).length).toBeGreaterThan(0);
    expect(new Set(shapes.map((s) => s.policies)).size).toBeGreaterThanOrEqual(6);
    expect(Math.max(...shapes.map((s) => s.days))).toBe(120);
    expect(Math.min(...shapes.map((s) => s.days))).toBe(1);
    for (const [key, values] of [
      ['stock', ['empty', 'full']],
      ['destinations', ['lat/lon', 'ZIP']],
      ['lines', ['one', 'many']],
    ] as const) {
      expect(new Set(shapes.map((s) => s[key])), key).toEqual(new Set(values));
    }
  });

  for (const c of CASES) {
    const shape = randomRun(c.seed, c.fix).shape;
    it(`seed ${c.seed}: ${shape.nodes} nodes, ${shape.policies} policies, ${shape.days} days, ${shape.stock} stock, ${shape.destinations}, ${shape.lines} line(s): exit 0, complete report`, async () => {
      const v = await checkRandomRun(c.seed, parent, c.fix);
      expect(v.detail ?? '').toBe('');
      expect(v.exit).toBe(0);
      expect(v.passed).toBe(true);
    }, 120_000);
  }
});
