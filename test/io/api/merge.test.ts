/**
 * The library's mergeShards: two shards of a 2-point sweep (manual_touch 1, 9) merged into
 * exactly the unsharded sweep's CSV, as data and as a table; no partials, or an `out` that is
 * not RouteLab's, are InputErrors with nothing written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepCommand } from '../../../sim/cli/sweep.ts';
import { InputError, mergeShards, openScenario, sweepScenario } from '../../../sim/index.ts';
import { datasets, ROOT, tinyFolder } from '../../helpers/cli.ts';
import { HISTORY_ORDERS } from '../../helpers/history.ts';

const sets = datasets(
  'lib-merge',
  tinyFolder({ orders: HISTORY_ORDERS, inventory: 'node_id,sku,on_hand\nWH,A,10\nWH,B,1\nST,A,5\nST,B,5\n' }),
);
afterAll(sets.remove);
const dir = sets.dataset('shop');
const at = (name: string) => join(sets.root, name);
const SET = ['costs.manual_touch=1,9'];
for (const i of [1, 2])
  await sweepCommand(dir, { set: SET, workers: '1', shard: `${i}/2`, out: at(`p${i}.json`) }, ROOT);

const problems = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).problems.map((p) => p.code);
  }
  throw new Error('expected an InputError');
};

describe('mergeShards', () => {
  it('gives the unsharded sweep’s CSV and rows, and writes it to `out`', async () => {
    const whole = await sweepScenario(await openScenario(dir), { set: SET, workers: 1 });
    const m = mergeShards([at('p2.json'), at('p1.json')], { out: at('merged.csv') });
    expect(m.shards).toBe(2);
    expect(m.paths).toEqual(['costs.manual_touch']);
    expect(m.points).toEqual([[{ path: 'costs.manual_touch', value: 1 }], [{ path: 'costs.manual_touch', value: 9 }]]);
    expect(m.csv).toBe(whole.csv);
    expect(readFileSync(m.out!, 'utf8')).toBe(whole.csv);
    expect(m.table.numRows()).toBe(m.rows.length);
    // without `out` nothing is written, the CSV is returned
    expect(mergeShards([at('p1.json'), at('p2.json')]).out).toBeNull();
  });

  it('no partials, a missing shard, or an out file that is not RouteLab’s: InputError', () => {
    expect(problems(() => mergeShards([]))).toEqual(['no-sweep-partials']);
    expect(problems(() => mergeShards([at('p1.json')]))).toEqual(['sweep-partial-missing']);
    writeFileSync(at('mine.csv'), 'my,own\n1,2\n');
    expect(problems(() => mergeShards([at('p1.json'), at('p2.json')], { out: at('mine.csv') }))).toEqual([
      'out-file-not-routelab',
    ]);
    expect(readFileSync(at('mine.csv'), 'utf8')).toBe('my,own\n1,2\n');
  });
});
