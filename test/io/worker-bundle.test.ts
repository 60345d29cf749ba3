/**
 * The bundled worker modules: built, importing packages by the files this checkout resolves,
 * chosen unless the scenario has custom policies; a bundled worker alone (this thread taking
 * no task) gives the replicates and sweep rows this thread gives.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledWorkers } from '../../sim/io/worker-bundle.ts';
import { runOnPool, workerModule } from '../../sim/io/pool.ts';
import { usesCustomPolicies } from '../../sim/io/custom-policies.ts';
import { POLICIES } from '../../sim/policies/registry.ts';
import { loadScenario } from '../../sim/io/load.ts';
import { runReplicates } from '../../sim/io/replicates.ts';
import type { ReplicateResult } from '../../sim/analytics/replicates.ts';
import type { ReplicateTask } from '../../sim/io/replicate-worker.ts';
import { sweepPoint, type SweepRow, type SweepTask } from '../../sim/io/sweep-worker.ts';
import type { PolicyDefinition } from '../../sim/policies/types.ts';
import { ROOT } from '../helpers/cli.ts';

describe('the bundled worker modules', () => {
  it('are built, with packages imported from their files and no import.meta.url left to the bundle', async () => {
    const urls = await bundledWorkers();
    expect(urls).not.toBeNull();
    const dir = dirname(fileURLToPath(urls!.replicate));
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    expect(code).not.toContain('import.meta');
    const specifiers = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    for (const s of specifiers) expect(s).toMatch(/^(node:|file:\/\/\/|\.\/chunk-)/);
  }, 60_000);

  it('are what the workers load, except for a scenario with custom policies (tsx)', async () => {
    const urls = (await bundledWorkers())!;
    expect(await workerModule('replicate', false)).toBe(urls.replicate);
    expect(await workerModule('sweep', false)).toBe(urls.sweep);
    expect(await workerModule('replicate', true)).toMatch(/sim\/io\/worker-entry\.mjs$/);
    expect(await workerModule('sweep', true)).toMatch(/sim\/io\/sweep-entry\.mjs$/);
    const builtin = { policies: [{ definition: POLICIES.get('warehouse-only')! }] };
    expect(usesCustomPolicies(builtin)).toBe(false);
    const custom = { ...POLICIES.get('warehouse-only')!, name: 'mine' } as PolicyDefinition;
    expect(usesCustomPolicies({ policies: [...builtin.policies, { definition: custom }] })).toBe(true);
  });

  it('give, on a worker alone, the replicates and sweep rows this thread gives', async () => {
    const loaded = await loadScenario('three-location', ROOT);
    const seed = String(loaded.scenario.config.seed);
    const source = { scenario: 'three-location', root: ROOT };
    const here = await runReplicates({ source, seed, n: 3, workers: 1, loaded, first: 1 });
    const tasks: ReplicateTask[] = [1, 2].map((r) => ({ ...source, builtins: [], seed, replicates: [r] }));
    const onWorker = await runOnPool<ReplicateTask, ReplicateResult[]>('replicate', tasks, 1, { tsx: false });
    expect(onWorker.flat()).toEqual(here);
    const point: SweepTask = {
      ...source,
      seed,
      replicates: 1,
      point: 0,
      overrides: [{ path: 'costs.manual_touch', value: 7 }],
    };
    const sweep = await runOnPool<SweepTask, SweepRow[]>('sweep', [point], 1, { tsx: false });
    expect(sweep).toEqual([await sweepPoint(point)]);
  }, 180_000);
});
