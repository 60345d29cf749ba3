/**
 * Custom policy files are code: a command imports only those it needs. validate imports none
 * (and says so); explain --policy X imports only X's file and those X refers to (issue 9).
 */
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { explainCommand } from '../../sim/cli/explain.ts';
import { validateCommand } from '../../sim/cli/validate.ts';
import { datasets, replace, ROOT, tinyFolder } from '../helpers/cli.ts';

/** A custom policy that records its import (in globalThis) and routes as closest-with-stock. */
const policy = (tag: string) => `(globalThis as { imported?: string[] }).imported ??= [];
(globalThis as { imported?: string[] }).imported!.push('${tag}');
export default {
  name: '${tag}',
  description: 'closest-with-stock, from a file',
  settings: { safeParse: (v: unknown) => ({ success: true, data: v }) },
  create: (_m: unknown, _s: unknown, ctx: { resolve(n: string, s: string): unknown }) => ctx.resolve('closest-with-stock', 'otherwise'),
};
`;
const imported = () => (globalThis as { imported?: string[] }).imported ?? [];
const GOOD = tinyFolder({
  orders: 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-06T10:00:00-04:00,A,1,0,0\n',
  inventory: 'node_id,sku,on_hand\nWH,A,5\n',
});
const SCENARIO = replace(
  GOOD['scenario.yaml'],
  '  - name: fewest-packages\n',
  `  - name: fewest-packages
  - name: mine-a
    use: ./a.ts
  - name: mine-b
    use: ./b.ts
  - name: a-again
    use: mine-a
`,
);
const sets = datasets('custom-loading', {
  ...GOOD,
  'scenario.yaml': SCENARIO,
  'a.ts': policy('a'),
  'b.ts': policy('b'),
} as Record<string, string>);
afterAll(sets.remove);
beforeEach(() => {
  (globalThis as { imported?: string[] }).imported = [];
});

describe('custom policy files are imported only when a command needs them', () => {
  it('validate imports none, and says the custom policy code was not checked', async () => {
    const dir = sets.dataset('validate');
    const res = await validateCommand(dir, {}, ROOT);
    expect(imported()).toEqual([]);
    expect(res.check.verdict).not.toBe('not ready');
    expect(res.output).toContain(
      'custom policy code (./a.ts, ./b.ts): validate does not run it, so neither the code nor its settings were checked',
    );
  });

  it('validate still says a custom policy file that does not exist', async () => {
    const dir = sets.dataset('missing', { 'b.ts': null });
    const res = await validateCommand(dir, {}, ROOT);
    expect(res.check.verdict).toBe('not ready');
    expect(res.output).toContain('the custom policy "./b.ts" could not be used: the file');
  });

  it('explain --policy mine-a imports a.ts only; --policy fewest-packages none', async () => {
    const dir = sets.dataset('explain-a');
    const text = await explainCommand(dir, 'O1', { policy: 'mine-a' }, ROOT);
    expect(text).toContain('Policy mine-a');
    expect(imported()).toEqual(['a']);
    const dir2 = sets.dataset('explain-builtin');
    await explainCommand(dir2, 'O1', { policy: 'fewest-packages' }, ROOT);
    expect(imported()).toEqual(['a']);
  });

  it('explain --policy a-again (it inherits mine-a) imports a.ts, the file it needs', async () => {
    const dir = sets.dataset('explain-inherit');
    const text = await explainCommand(dir, 'O1', { policy: 'a-again' }, ROOT);
    expect(text).toContain('Policy a-again');
    expect(imported()).toEqual(['a']);
  });

  it('explain without --policy imports every file (it replays every policy)', async () => {
    const dir = sets.dataset('explain-all');
    await explainCommand(dir, 'O1', {}, ROOT);
    expect(imported().sort()).toEqual(['a', 'b']);
  });
});
