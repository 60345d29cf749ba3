import { describe, expect, it } from 'vitest';
import { explainOrder, openScenario } from '../../../sim/index.ts';
import { explainCommand } from '../../../sim/cli/explain.ts';
import { InputError } from '../../../sim/problems.ts';
import { starterInput } from '../../helpers/starter.ts';

describe('explainOrder', () => {
  it('tells every policy’s story of the order, as `routelab explain` prints it', async () => {
    const s = await openScenario(starterInput());
    const e = explainOrder(s, 'O-1001');
    expect(e.policies.map((p) => p.policy)).toEqual(['warehouse-only', 'store-for-local']);
    expect(e.header.startsWith('Order O-1001 placed 2026-01-05 10:15')).toBe(true);
    expect(e.text).toBe(await explainCommand(s.path, 'O-1001', {}, s.root));
    const one = explainOrder(s, 'O-1001', { policy: 'store-for-local' });
    expect(one.policies.map((p) => [p.policy, p.uses])).toEqual([['store-for-local', 'store-for-local']]);
    expect(one.policies[0]!.events.length).toBeGreaterThan(0);
  });

  it('an order not replayed or a policy not in the scenario: an InputError', async () => {
    const s = await openScenario(starterInput());
    expect(() => explainOrder(s, 'O-1003')).toThrow(InputError);
    expect(() => explainOrder(s, 'O-1001', { policy: 'cheapest' })).toThrow(InputError);
  });
});
