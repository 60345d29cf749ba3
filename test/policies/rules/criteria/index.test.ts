/** The criteria registry: names, lookup, unknown names, and the scenario schema's list. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../../../sim/policies/rules/criteria/closest.ts';
import { criterion, CRITERION_NAMES } from '../../../../sim/policies/rules/criteria/index.ts';
import { rulesSchema } from '../../../../sim/policies/rules/settings.ts';
import { PolicySettingError } from '../../../../sim/policies/types.ts';

const NAMES = ['fewest-packages', 'closest', 'cheapest', 'fastest', 'ranked', 'most-inventory', 'least-loaded'];

describe('criteria registry', () => {
  it('names every criterion in registration order, each resolving to its own object', () => {
    expect(CRITERION_NAMES).toEqual(NAMES);
    for (const name of NAMES) expect(criterion(name).name).toBe(name);
    expect(criterion('closest')).toBe(closest);
  });
  it('passes a criterion object through unchanged', () => {
    expect(criterion(closest)).toBe(closest);
  });
  it('an unknown name fails with the known names', () => {
    expect(() => criterion('nearest')).toThrow(PolicySettingError);
    expect(() => criterion('nearest')).toThrow(
      `rank: "nearest" is not a ranking criterion; the criteria are ${NAMES.join(', ')}`,
    );
  });
  it('every criterion has the same fields in the same order', () => {
    const shape = Object.keys(criterion(NAMES[0]!));
    expect(shape).toEqual([
      'name',
      'nodeKey',
      'lineKey',
      'lineIsNodeKey',
      'nodesInOrder',
      'setKey',
      'fold',
      'growsWithPackages',
      'check',
      'node',
      'set',
    ]);
    for (const name of NAMES) expect(Object.keys(criterion(name))).toEqual(shape);
  });
  it('only criteria whose line key is their node key rank every line as the request (lineIsNodeKey)', () => {
    const same = NAMES.filter((name) => criterion(name).lineIsNodeKey);
    expect(same).toEqual(['closest', 'ranked', 'least-loaded']);
  });
  it('the scenario schema accepts exactly the registered names', () => {
    for (const name of NAMES) expect(rulesSchema.safeParse({ rank: [name] }).success).toBe(true);
    expect(rulesSchema.safeParse({ rank: ['nearest'] }).success).toBe(false);
  });
});
