import { describe, expect, it } from 'vitest';
import { openScenario, validateScenario } from '../../../sim/index.ts';
import { validateCommand } from '../../../sim/cli/validate.ts';
import { starterInput } from '../../helpers/starter.ts';

describe('validateScenario', () => {
  it('the readiness report `validate` prints, as data', async () => {
    const s = await openScenario(starterInput());
    const v = await validateScenario(s);
    expect(v.verdict).not.toBe('not ready');
    expect(v.text).toBe((await validateCommand(s.path, {}, s.root)).output);
    expect(v.markdown.startsWith('# Data readiness: ')).toBe(true);
  });

  it('bad data comes back as problems, never thrown: an order for a sku skus.csv does not list', async () => {
    const input = starterInput();
    input.files!['orders.csv'] = input.files!['orders.csv']!.replace('SKU-B,2', 'SKU-Z,2');
    const v = await validateScenario(input);
    expect(v.verdict).toBe('not ready');
    expect(v.problems.some((p) => p.severity === 'error' && p.message.includes('SKU-Z'))).toBe(true);
  });
});
