import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openScenario } from '../../../sim/index.ts';
import { InputError } from '../../../sim/problems.ts';
import { starterFolder } from '../../../sim/generate/starter-folder.ts';
import { starterInput } from '../../helpers/starter.ts';

/** The starter folder written to a fresh folder; returns the folder. */
function starterOnDisk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'api-open-'));
  for (const [name, text] of Object.entries(starterFolder('shop'))) writeFileSync(join(dir, name), text);
  return dir;
}

describe('openScenario', () => {
  it('opens a scenario built in code: its policies by name, the baseline, the seed', async () => {
    const s = await openScenario(starterInput());
    expect(s.policies).toEqual(['warehouse-only', 'store-for-local']);
    expect(s.baseline).toBe('warehouse-only');
    expect(s.seed).toBe('1');
    expect(s.loaded.model.orders.ids).toEqual(['O-1001', 'O-1002']);
  });

  it('opens the same scenario from its folder and from its scenario.yaml, and takes the seed option', async () => {
    const dir = starterOnDisk();
    const byFolder = await openScenario(dir, { seed: 9 });
    const byFile = await openScenario(join(dir, 'scenario.yaml'));
    expect(byFolder.seed).toBe('9');
    expect(byFolder.path).toBe(byFile.path);
    expect(byFile.policies).toEqual(['warehouse-only', 'store-for-local']);
  });

  it('takes the scenario as an object too (written as YAML)', async () => {
    const s = await openScenario({
      scenario: {
        name: 'obj',
        data: '.',
        period: { start: '2026-01-05', end: '2026-01-05' },
        timezone: 'America/New_York',
        seed: 3,
        shipping: { model: 'linear', per_package: 5, per_unit: 0, per_unit_mile: 0, per_package_mile: 0.01 },
        promise: { ship_sla_business_days: 1, delivery_business_days: { standard: 5, expedited: 2 } },
        costs: { manual_touch: 4, cancellation_per_order: 8, cancellation_per_unit: 0 },
        policies: [{ name: 'warehouse-only', node: 'WH-MAIN' }, { name: 'closest-with-stock' }],
        baseline: 'warehouse-only',
      },
      files: starterInput().files,
    });
    expect(s.policies).toEqual(['warehouse-only', 'closest-with-stock']);
    expect(s.seed).toBe('3');
  });

  it('a baseline no entry is called: an InputError naming baseline, nothing run', async () => {
    const err = await openScenario(starterInput((y) => y.replace('baseline: warehouse-only', 'baseline: today'))).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.some((p) => p.severity === 'error' && /today/.test(p.message))).toBe(true);
  });

  it('a scenario that does not exist: an InputError, not a TypeError', async () => {
    await expect(openScenario('no-such-scenario-anywhere')).rejects.toBeInstanceOf(InputError);
  });
});
