import { describe, expect, it } from 'vitest';
import { openScenario, sweepScenario } from '../../../sim/index.ts';
/** A table row, as a script reads it. */
type Row = Record<string, any>;
const rows = (t: { objects(): object[] }) => t.objects() as Row[];
import { InputError } from '../../../sim/problems.ts';
import { starterInput } from '../../helpers/starter.ts';

describe('sweepScenario', () => {
  it('one row per point, policy, replicate and metric, as an arquero table and as sweep’s CSV', async () => {
    const s = await openScenario(starterInput());
    const w = await sweepScenario(s, { set: { 'costs.manual_touch': [3, 8] }, workers: 1 });
    expect(w.points.length).toBe(2);
    const orders = rows(w.table.filter((d: { metric: string }) => d.metric === 'orders')).map(
      (o) => `${o['costs.manual_touch']} ${o.policy} ${o.replicate} ${o.value}`,
    );
    expect(orders).toEqual([
      '3 warehouse-only 0 2',
      '3 store-for-local 0 2',
      '8 warehouse-only 0 2',
      '8 store-for-local 0 2',
    ]);
    expect(w.csv.split('\n')[0]).toBe('costs.manual_touch,policy,replicate,metric,value');
    expect(w.table.numRows()).toBe(w.csv.trim().split('\n').length - 1);
    // the same grid given as --set texts
    const again = await sweepScenario(s, { set: ['costs.manual_touch=3,8'], workers: 1 });
    expect(again.csv).toBe(w.csv);
  });

  it('no setting, or a key the scenario does not have: an InputError before any work', async () => {
    const s = await openScenario(starterInput());
    await expect(sweepScenario(s, { set: {} })).rejects.toBeInstanceOf(InputError);
    await expect(sweepScenario(s, { set: { 'costs.no_such_cost': [1] }, workers: 1 })).rejects.toBeInstanceOf(
      InputError,
    );
  });
});
