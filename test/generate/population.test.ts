/** The destination weights of synthetic orders. */
import { describe, expect, it } from 'vitest';
import { STATE_POPULATION_M } from '../../sim/generate/population.ts';
import { US_STATE_CODES } from '../../sim/geo/timezones.ts';

describe('STATE_POPULATION_M', () => {
  it('covers the 48 contiguous states and DC, without Alaska and Hawaii', () => {
    const states = Object.keys(STATE_POPULATION_M);
    expect(states).toHaveLength(49); // 48 + DC
    expect(states).toContain('DC');
    expect(states).not.toContain('AK');
    expect(states).not.toContain('HI');
    expect(states).not.toContain('PR');
    expect(states.filter((s) => !US_STATE_CODES.includes(s))).toEqual([]);
  });

  it('holds the rounded 2020 census figures, largest first', () => {
    expect(STATE_POPULATION_M.CA).toBe(39.5);
    expect(STATE_POPULATION_M.WY).toBe(0.6);
    const values = Object.values(STATE_POPULATION_M);
    for (let i = 1; i < values.length; i++) expect(values[i - 1]!).toBeGreaterThanOrEqual(values[i]!);
    // by rows of ten: 179.1 + 71.8 + 45.9 + 24.3 + 8.2 = 329.3 million
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(329.3, 9);
  });
});
