/** Text builders in messages.ts that words depend on beyond a template (each wording is used by several outputs). */
import { describe, expect, it } from 'vitest';
import { paybackLabel } from '../sim/messages.ts';

describe('paybackLabel', () => {
  it('words a payback that never comes as never', () => {
    expect(paybackLabel(null, 24)).toBe('never (not within the 24 months projected)');
    expect(paybackLabel(0, 24)).toBe('at once (no one-time costs)');
    expect(paybackLabel(12.97, 24)).toBe('13.0 months');
  });
});
