/**
 * The hindsight bound solved beside the replay, on a thread of its own: the same bound as in
 * this thread, and attached afterwards (`withBound`) the same run as with it from the start.
 */
import { describe, expect, it } from 'vitest';
import { boundBeside, boundStarter } from '../../sim/io/bound.ts';
import { solveBound, withBound } from '../../sim/pipeline/replay.ts';
import { runTiny } from '../helpers/tiny.ts';

const ORDERS = [
  'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
  'O1,2026-07-06T10:00:00-04:00,A,1,0,0',
  'O2,2026-07-06T11:00:00-04:00,A,2,0,0',
  'O2,2026-07-06T11:00:00-04:00,B,1,0,0',
].join('\n');
const INPUT = { orders: ORDERS + '\n', inventory: 'node_id,sku,on_hand\nWH,A,2\nWH,B,5\nST,A,10\nST,B,5\n' };

describe('boundBeside', () => {
  it('solves on a thread of its own the bound this thread solves', async () => {
    const { model } = runTiny(INPUT);
    const here = solveBound(model);
    const beside = await (await boundBeside(model)).done();
    expect(beside.reason).toBeNull();
    expect(beside.bound!.total).toBe(here.bound!.total);
    expect([...beside.bound!.perOrder]).toEqual([...here.bound!.perOrder]);
  }, 60_000);

  it('started before the model (loading the solver) and sent it later, the same bound; closed unused, it ends', async () => {
    const { model } = runTiny(INPUT);
    const here = solveBound(model);
    const starter = await boundStarter();
    await new Promise((r) => setTimeout(r, 50)); // the thread waits for a model
    const later = await starter.start(model).done();
    expect(later.bound!.total).toBe(here.bound!.total);
    expect([...later.bound!.perOrder]).toEqual([...here.bound!.perOrder]);
    expect(() => starter.start(model)).toThrow(/already/);
    starter.close(); // nothing: the bound is done
    const unused = await boundStarter();
    unused.close(); // a run that never compiled a model
  }, 60_000);

  it('attached after the replay gives the run replayed with it', () => {
    const withIt = runTiny({ ...INPUT, bound: true });
    const without = runTiny(INPUT);
    expect(without.runs[0]!.metrics.cost_gap_to_bound).toBeNull();
    const later = withBound(without, withIt.bound!);
    expect(later.runs.map((p) => [p.policy, p.metrics, p.deltas])).toEqual(
      withIt.runs.map((p) => [p.policy, p.metrics, p.deltas]),
    );
    expect(later.runs.some((p) => p.metrics.cost_gap_to_bound! > 0)).toBe(true);
  });
});
