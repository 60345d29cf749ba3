/** `routelab --version` and the example line after every verb's --help. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERB_EXAMPLES } from '../../sim/cli/examples.ts';
import { ROOT, routelab, T } from '../helpers/cli.ts';

describe('routelab --version and --help', () => {
  it('--version prints package.json version and exits 0', T, () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = routelab('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('every verb the top-level help lists has an example that starts with its own verb', T, () => {
    const r = routelab('--help');
    expect(r.status).toBe(0);
    const verbs = [...r.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]!).filter((v) => v !== 'help');
    expect(verbs).toEqual([
      'run',
      'generate',
      'import',
      'compare',
      'roi',
      'sweep',
      'merge',
      'explain',
      'validate',
      'init',
    ]);
    for (const v of verbs) expect(VERB_EXAMPLES[v], v).toMatch(new RegExp(`^routelab ${v} `));
    const c = routelab('compare', '--help');
    expect(c.stdout).toContain(`Example:\n  ${VERB_EXAMPLES.compare}`);
  });
});
