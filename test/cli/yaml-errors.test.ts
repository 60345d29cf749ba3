/**
 * A scenario that is not valid YAML is bad input in every verb that loads one: exit 2 at
 * scenario.yaml:line:column, never an internal error (issue 9).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareCommand, roiCommand } from '../../sim/cli/analyze.ts';
import { explainCommand } from '../../sim/cli/explain.ts';
import { runCommand } from '../../sim/cli/run.ts';
import { sweepCommand } from '../../sim/cli/sweep.ts';
import { validateCommand } from '../../sim/cli/validate.ts';
import { InputError, problemLocation } from '../../sim/problems.ts';
import { datasets, replace, ROOT, routelab, T, tinyFolder } from '../helpers/cli.ts';

const GOOD = tinyFolder({
  orders: 'order_id,placed_at,sku,quantity,customer_lat,customer_lon\nO1,2026-07-06T10:00:00-04:00,A,1,0,0\n',
  inventory: 'node_id,sku,on_hand\nWH,A,5\n',
});
const scenario = GOOD['scenario.yaml'];
const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x, x]',
  ...['b', 'c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcde'[i]}`).join(', ')}]`),
].join('\n');
/** Each bad input, and where (line:column) and what the error says. */
const CASES = [
  {
    name: 'an unclosed {',
    text: replace(scenario, 'end: 2026-07-19 }', 'end: 2026-07-19'),
    at: ':4:1',
    says: 'is not valid YAML',
  },
  {
    name: 'a tab as indentation',
    text: replace(scenario, '  model: rate-card', '\tmodel: rate-card'),
    at: ':7:1',
    says: 'Tabs are not allowed',
  },
  {
    name: 'a duplicate key',
    text: replace(scenario, 'seed: 7\n', 'seed: 7\nseed: 8\n'),
    at: ':6:1',
    says: 'Map keys must be unique',
  },
  {
    name: 'an alias bomb',
    text: `${scenario}${bomb}\n`,
    at: `:${scenario.split('\n').length + 1}:8`,
    says: 'aliases (*name) expand to too many values',
  },
];

const sets = datasets('yaml-errors', GOOD);
afterAll(sets.remove);
const env = { routelab: 'test', node: process.version, libraries: {} };
const VERBS: [string, (dir: string) => Promise<unknown>][] = [
  ['run', (dir) => runCommand(dir, { quiet: true, out: join(dir, 'report') }, ROOT, env, () => 0)],
  ['compare', (dir) => compareCommand(dir, 'warehouse-only', 'fewest-packages', {}, ROOT)],
  ['roi', (dir) => roiCommand(dir, {}, ROOT)],
  [
    'sweep',
    (dir) => sweepCommand(dir, { set: ['costs.manual_touch=1,2'], workers: '1', out: join(dir, 'sweep.csv') }, ROOT),
  ],
  ['explain', (dir) => explainCommand(dir, 'O1', {}, ROOT)],
  [
    'validate',
    async (dir) => {
      const res = await validateCommand(dir, {}, ROOT);
      if (res.check.verdict === 'not ready') throw new InputError(res.check.problems);
      return res;
    },
  ],
];

describe('a YAML error in the scenario is bad input at its line and column in every verb', () => {
  for (const c of CASES) {
    it(`${c.name}: run, compare, roi, sweep, explain and validate all say scenario.yaml${c.at}`, async () => {
      const dir = sets.dataset(c.name.replace(/\W+/g, '-'), { 'scenario.yaml': c.text });
      for (const [verb, call] of VERBS) {
        const err = await call(dir).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, `${verb}: ${String((err as Error | null)?.stack)}`).toBeInstanceOf(InputError);
        const errors = (err as InputError).problems.filter((p) => p.severity === 'error');
        expect(errors.map(problemLocation), verb).toEqual([`${join(dir, 'scenario.yaml')}${c.at}`]);
        expect(errors[0]!.message, verb).toContain(c.says);
      }
    }, 60_000);
  }

  it('the command exits 2 with the position (sweep with an unclosed {, run with an alias bomb)', T, () => {
    const brace = sets.dataset('cli-brace', { 'scenario.yaml': CASES[0]!.text });
    const r1 = routelab('sweep', brace, '--set', 'costs.manual_touch=1,2', '--out', join(brace, 's.csv'));
    expect(r1.status).toBe(2);
    expect(r1.stderr).toContain(`scenario.yaml${CASES[0]!.at}: error`);
    expect(r1.stderr).not.toContain('internal error');
    const bombed = sets.dataset('cli-bomb', { 'scenario.yaml': CASES[3]!.text });
    const r2 = routelab('run', bombed, '--out', join(bombed, 'report'));
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain(`scenario.yaml${CASES[3]!.at}: error`);
  });
});
