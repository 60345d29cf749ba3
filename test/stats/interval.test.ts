/** Interval helpers: containment with closed ends, excluding zero, width. */
import { describe, expect, it } from 'vitest';
import { contains, excludesZero, width } from '../../sim/stats/interval.ts';

describe('interval', () => {
  it('contains its ends', () => {
    expect(contains({ low: 0, high: 1 }, 0)).toBe(true);
    expect(contains({ low: 0, high: 1 }, 1)).toBe(true);
    expect(contains({ low: 0, high: 1 }, 1.0001)).toBe(false);
  });
  it('excludes zero only when entirely on one side', () => {
    expect(excludesZero({ low: 0.1, high: 0.4 })).toBe(true);
    expect(excludesZero({ low: -0.4, high: -0.1 })).toBe(true);
    expect(excludesZero({ low: 0, high: 0.3 })).toBe(false);
    expect(excludesZero({ low: 0, high: 0 })).toBe(false);
  });
  it('width', () => expect(width({ low: 1, high: 3.5 })).toBe(2.5));
});
