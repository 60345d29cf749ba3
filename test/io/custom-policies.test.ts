/**
 * A custom policy whose own code throws is bad input at the policy file and the line that
 * threw, never "internal error", in this thread and in worker threads alike (issue 9).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../sim/cli/run.ts';
import { sweepCommand } from '../../sim/cli/sweep.ts';
import { InputError, problemLocation } from '../../sim/problems.ts';
import { datasets, replace, ROOT, routelab, T, tinyFolder } from '../helpers/cli.ts';

/** A policy that throws while routing (line 9), in any thread or only in worker threads. */
const thrower = (onlyInWorkers: boolean) => `import { isMainThread } from 'node:worker_threads';
export default {
  name: 'thrower',
  description: 'throws while routing',
  settings: { safeParse: (v: unknown) => ({ success: true, data: v }) },
  create() {
    return () => {
      const inWorker = !isMainThread;
      if (${onlyInWorkers ? 'inWorker' : 'true'}) throw new TypeError('cannot read the node of this order');
    };
  },
};
`;
const ORDERS =
  [
    'order_id,placed_at,sku,quantity,customer_lat,customer_lon',
    ...Array.from({ length: 14 }, (_, d) => `O${d},2026-07-${String(6 + d).padStart(2, '0')}T10:00:00-04:00,A,1,0,0`),
  ].join('\n') + '\n';
const GOOD = tinyFolder({ orders: ORDERS, inventory: 'node_id,sku,on_hand\nWH,A,50\nST,A,50\n' });
const withCustom = replace(
  GOOD['scenario.yaml'],
  '  - name: fewest-packages\n',
  '  - name: fewest-packages\n  - name: mine\n    use: ./thrower.ts\n',
);
const sets = datasets('custom-throws', { ...GOOD, 'scenario.yaml': withCustom } as Record<string, string>);
afterAll(sets.remove);
const env = { routelab: 'test', node: process.version, libraries: {} };

/** What the error says: the policy file at line 9 (the throw), then the message. */
const said9 = (dir: string) =>
  new RegExp(
    `^${join(dir, 'thrower.ts').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:9:\\d+ the custom policy "thrower" failed in its routing function: TypeError: cannot read the node of this order$`,
  );

/** The one error of an InputError, as `file:line:column message`. */
async function inputError(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, String((e as Error | null)?.stack)).toBeInstanceOf(InputError);
  const errors = (e as InputError).problems.filter((x) => x.severity === 'error');
  expect(errors).toHaveLength(1);
  return `${problemLocation(errors[0]!)} ${errors[0]!.message}`;
}

describe('a custom policy whose routing function throws is bad input at its file and line', () => {
  it('run: the policy file at the line that threw, the error named', async () => {
    const dir = sets.dataset('main', { 'thrower.ts': thrower(false) } as Record<string, string>);
    const said = await inputError(runCommand(dir, { quiet: true, out: join(dir, 'report') }, ROOT, env, () => 0));
    expect(said).toMatch(said9(dir));
  }, 60_000);

  it('run --replicates 3 --workers 2: thrown in a worker thread, the same error (carried across the thread boundary)', async () => {
    const dir = sets.dataset('workers', { 'thrower.ts': thrower(true) } as Record<string, string>);
    const said = await inputError(
      runCommand(dir, { quiet: true, out: join(dir, 'report'), replicates: '3', workers: '2' }, ROOT, env, () => 0),
    );
    expect(said).toMatch(said9(dir));
  }, 60_000);

  it('sweep --workers 2: thrown in a worker thread, the same error', async () => {
    const dir = sets.dataset('sweep', { 'thrower.ts': thrower(true) } as Record<string, string>);
    const said = await inputError(
      sweepCommand(dir, { set: ['costs.manual_touch=1,2'], workers: '2', out: join(dir, 'sweep.csv') }, ROOT),
    );
    expect(said).toMatch(said9(dir));
  }, 60_000);

  it('the command exits 2 (not 1, "internal error") naming the policy file', T, () => {
    const dir = sets.dataset('cli', { 'thrower.ts': thrower(false) } as Record<string, string>);
    const r = routelab('run', dir, '--out', join(dir, 'report'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/thrower\.ts:9:\d+: error the custom policy "thrower" failed in its routing function/);
    expect(r.stderr).not.toContain('internal error');
  });
});
