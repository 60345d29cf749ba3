/**
 * `sweep --shard i/N` and `merge` (issue 13 item 6), in-process: the merged partials are the
 * unsharded sweep's CSV byte for byte for N = 1, 2, 3; partials that are not every shard of
 * one sweep exactly once are refused naming the file; bad --shard values are exit-2 input.
 * Grid: manual_touch 1,9 × ST accuracy 0.6,0.8,1 = 6 points (k = 0…5), 2 replicates (the
 * second's pick failures and bootstrapped weeks depend on the seed, so a shard that drew
 * other seeds would show).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeCommand } from '../../sim/cli/merge.ts';
import { sweepCommand, type SweepOptions } from '../../sim/cli/sweep.ts';
import { shardPoints } from '../../sim/io/sweep-partial.ts';
import { InputError, type Problem } from '../../sim/problems.ts';
import { datasets, ROOT, routelab, T, tinyFolder } from '../helpers/cli.ts';
import { HISTORY_ORDERS } from '../helpers/history.ts';

const INVENTORY = 'node_id,sku,on_hand\nWH,A,10\nWH,B,1\nST,A,5\nST,B,5\n';
const sets = datasets('sweep-shard', tinyFolder({ orders: HISTORY_ORDERS, inventory: INVENTORY }));
afterAll(sets.remove);
const dir = sets.dataset('shop');
const SET = ['costs.manual_touch=1,9', 'nodes.ST.inventory_accuracy=0.6,0.8,1'];
const BASE: SweepOptions = { set: SET, replicates: '2', workers: '1' };
const at = (name: string) => join(sets.root, name);

/** Runs shard i/N (or the whole grid) into `out`; returns the path. */
async function sweep(out: string, o: Partial<SweepOptions> = {}, folder = dir): Promise<string> {
  await sweepCommand(folder, { ...BASE, ...o, out: at(out) }, ROOT);
  return at(out);
}

/** The problems of a command that must be refused as bad input. */
async function refused(run: () => unknown): Promise<Problem[]> {
  const err = await Promise.resolve()
    .then(run)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(err, String((err as Error | null)?.stack)).toBeInstanceOf(InputError);
  return (err as InputError).problems;
}

const full = await sweep('full.csv');
const shards: Record<number, string[]> = {};
for (const n of [1, 2, 3]) {
  shards[n] = [];
  for (let i = 1; i <= n; i++) shards[n].push(await sweep(`p${i}-of-${n}.json`, { shard: `${i}/${n}` }));
}

describe('sweep --shard and merge', () => {
  it('round-robin slicing: shard i of N takes the points k with k mod N = i − 1', () => {
    expect(shardPoints(6, { index: 1, count: 1 })).toEqual([0, 1, 2, 3, 4, 5]);
    expect(shardPoints(6, { index: 2, count: 3 })).toEqual([1, 4]);
    expect(shardPoints(7, { index: 3, count: 3 })).toEqual([2, 5]);
    const p = JSON.parse(readFileSync(shards[3]![1]!, 'utf8')) as { points: number[]; rows: [number][] };
    expect(p.points).toEqual([1, 4]);
    // 2 points × 3 policies × 2 replicates × 19 metrics
    expect(p.rows).toHaveLength(2 * 3 * 2 * 19);
    expect(new Set(p.rows.map((r) => r[0]))).toEqual(new Set([1, 4]));
  });

  it('merging the partials writes the unsharded CSV byte for byte, for N = 1, 2, 3 and in any order', () => {
    const expected = readFileSync(full);
    expect(expected.toString().trimEnd().split('\n')).toHaveLength(1 + 6 * 3 * 2 * 19);
    for (const n of [1, 2, 3]) {
      const out = at(`merged-${n}.csv`);
      const said = mergeCommand([...shards[n]!].reverse(), { out });
      expect(said).toContain(`Merged ${n} shard`);
      expect(readFileSync(out).equals(expected), `N = ${n}`).toBe(true);
    }
  });

  it('a shard run from another folder with the same files merges too (inputs compared by content)', async () => {
    const copy = sets.dataset('shop-elsewhere');
    const p2 = await sweep('elsewhere-2-of-2.json', { shard: '2/2' }, copy);
    const out = at('merged-elsewhere.csv');
    mergeCommand([shards[2]![0]!, p2], { out });
    expect(readFileSync(out).equals(readFileSync(full))).toBe(true);
  });

  it('refuses partials of another RouteLab version, seed, grid or data, naming the file, and writes nothing', async () => {
    const seed = await sweep('seed8-2-of-2.json', { shard: '2/2', seed: '8' });
    const grid = await sweep('grid-2-of-2.json', { shard: '2/2', set: ['costs.manual_touch=1,9'] });
    const other = sets.dataset('shop-less-stock', { 'inventory.csv': INVENTORY.replace('ST,A,5', 'ST,A,1') });
    const data = await sweep('data-2-of-2.json', { shard: '2/2' }, other);
    const first = shards[2]![0]!;
    const version = at('version-2-of-2.json');
    writeFileSync(version, readFileSync(shards[2]![1]!, 'utf8').replace(/"routelab":"[^"]*"/, '"routelab":"0.0.9"'));
    const out = at('never.csv');
    for (const [p, what] of [
      [version, 'RouteLab version'],
      [seed, 'seed'],
      [grid, 'grid (--set)'],
      [data, 'scenario or data'],
    ] as const) {
      const problems = await refused(() => mergeCommand([first, p], { out }));
      expect(problems.map((x) => x.file)).toContain(p);
      expect(problems.find((x) => x.file === p)!.message).toContain(`this partial's ${what}`);
      expect(problems[0]!.message).toContain(`differs from ${first}'s`);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a duplicate shard and says which shard is missing', async () => {
    const [p1, p2, p3] = shards[3]!;
    const out = at('never.csv');
    const dup = await refused(() => mergeCommand([p1!, p2!, p2!, p3!], { out }));
    expect(dup).toMatchObject([{ file: p2, code: 'sweep-partial-duplicate' }]);
    expect(dup[0]!.message).toBe(`shard 2/3 is given twice (also ${p2})`);
    const missing = await refused(() => mergeCommand([p3!, p1!], { out }));
    expect(missing).toMatchObject([{ code: 'sweep-partial-missing' }]);
    expect(missing[0]!.message).toBe('shard 2/3 is missing (given: 1/3, 3/3)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file that is not a partial, and a damaged one, naming it', async () => {
    const damaged = at('damaged.json');
    writeFileSync(damaged, readFileSync(shards[2]![1]!, 'utf8').replace('"points":[1,3,5]', '"points":[1,3]'));
    const problems = await refused(() => mergeCommand([full, damaged, shards[2]![0]!], { out: at('never.csv') }));
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [full, 'not-sweep-partial'],
      [damaged, 'not-sweep-partial'],
    ]);
    expect(problems[1]!.message).toContain('its points is missing or malformed');
  });

  it('merge --out: a file RouteLab did not write (or a partial) is not overwritten', async () => {
    const notes = at('notes.csv');
    writeFileSync(notes, 'my notes\n');
    const problems = await refused(() => mergeCommand(shards[1]!, { out: notes }));
    expect(problems[0]!.code).toBe('out-file-not-routelab');
    expect(readFileSync(notes, 'utf8')).toBe('my notes\n');
    await refused(() => mergeCommand(shards[1]!, { out: shards[1]![0]! }));
  });

  it('bad --shard values are refused before any work: 0/3, 4/3, a/b, and more shards than points', async () => {
    for (const [shard, says] of [
      ['0/3', 'i must be at least 1, not 0'],
      ['4/3', 'i = 4 is beyond N = 3'],
      ['a/b', 'i and N must be whole numbers'],
      ['3', 'i and N must be whole numbers'],
      ['7/7', 'the grid has 6 points, so 7 shards would leave some empty; use N ≤ 6'],
    ]) {
      const out = at(`bad-${shard.replace('/', '-')}.json`);
      const problems = await refused(() => sweepCommand(dir, { ...BASE, shard, out }, ROOT));
      expect(problems).toMatchObject([{ file: 'command line', field: '--shard', code: 'bad-shard' }]);
      expect(problems[0]!.message).toBe(`cannot use --shard ${JSON.stringify(shard)}: ${says}`);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('the command: merge with a shard missing exits 2 and names it', T, () => {
    const r = routelab('merge', shards[3]![0]!, '--out', at('cli.csv'));
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('shards 2/3, 3/3 are missing (given: 1/3)');
    expect(existsSync(at('cli.csv'))).toBe(false);
  });
});
