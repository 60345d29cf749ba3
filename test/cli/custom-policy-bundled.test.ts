/**
 * A custom TypeScript policy through the command as users start it (cli/routelab.mjs runs the
 * bundled JavaScript, which cannot load TypeScript: the policy file is imported through tsx, and
 * the PolicySettingError it throws, from its own copy of RouteLab's modules, is still bad input).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datasets, ROOT, routelab, T, tinyFolder } from '../helpers/cli.ts';
import { READY_INVENTORY, READY_ORDERS, READY_SKUS, scenarioWith } from '../helpers/tiny.ts';

const POLICY = join(ROOT, 'examples', 'policies', 'vip-from-warehouse.ts');
const scenario = (warehouse: string) =>
  scenarioWith(
    `  - name: warehouse-only
    node: WH
  - name: vip
    use: ${POLICY}
    warehouse: ${warehouse}
baseline: warehouse-only
`,
    { name: 'bundled' },
  );
const sets = datasets('bundled', tinyFolder({ orders: READY_ORDERS, inventory: READY_INVENTORY, skus: READY_SKUS }));
afterAll(sets.remove);

describe('a custom TypeScript policy, run by the bundled command', () => {
  it('is imported and replayed', T, () => {
    const dir = sets.dataset('good', { 'scenario.yaml': scenario('WH') });
    const r = routelab('run', dir, '--out', join(dir, 'out'), '--quiet');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('stops with exit 2 at its setting when its own PolicySettingError says the setting does not fit', T, () => {
    const dir = sets.dataset('bad', { 'scenario.yaml': scenario('NOPE') });
    const r = routelab('run', dir, '--out', join(dir, 'out'), '--quiet');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('vip.warehouse');
    expect(r.stderr).toContain('warehouse "NOPE" is not in nodes.csv');
    expect(r.stderr).not.toContain('internal error');
  });
});
