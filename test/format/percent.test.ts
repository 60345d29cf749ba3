/** Shares as percentages with one decimal. */
import { describe, expect, it } from 'vitest';
import { percent, sharePercent } from '../../sim/format/percent.ts';

describe('sharePercent', () => {
  it('shows a share with one decimal', () => {
    expect(sharePercent(0.934)).toBe('93.4%');
    expect(sharePercent(1)).toBe('100.0%');
    expect(sharePercent(0)).toBe('0.0%');
    expect(sharePercent(0.0004)).toBe('0.0%');
  });
});

describe('percent', () => {
  it('shows a tiny non-zero share as <0.1% rather than 0.0%', () => {
    expect(percent(0.0004)).toBe('<0.1%');
    expect(percent(0.00001)).toBe('<0.1%');
  });
  it('rounds from half a tenth of a percent up, and shows zero as 0.0%', () => {
    expect(percent(0.0005)).toBe('0.1%');
    expect(percent(0)).toBe('0.0%');
    expect(percent(0.025)).toBe('2.5%');
  });
});
