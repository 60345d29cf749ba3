/** The week-block plan of a resampled period: hand-scripted draws, weekdays kept, short periods, determinism. */
import { describe, expect, it } from 'vitest';
import { makeRng, type Rng } from '../../sim/random/rng.ts';
import { weekBlockPlan } from '../../sim/stats/week-blocks.ts';

/** An Rng whose `int` returns the scripted values in turn (and checks the bound it is asked for). */
function scripted(values: number[], bound: number): Rng {
  let i = 0;
  const rng = makeRng('unused');
  return {
    ...rng,
    int: (n: number) => {
      expect(n).toBe(bound);
      return values[i++]!;
    },
  };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('weekBlockPlan', () => {
  it('copies whole drawn weeks, block by block (21 days: weeks 2, 0, 1)', () => {
    // three full weeks; the three blocks draw week 2 (days 14–20), week 0 (0–6), week 1 (7–13)
    expect([...weekBlockPlan(21, scripted([2, 0, 1], 3))]).toEqual([...range(14, 20), ...range(0, 6), ...range(7, 13)]);
  });

  it('a last partial block copies the first days of a drawn week (17 days: weeks 1, 1, 0)', () => {
    // two full weeks (0–6, 7–13) and days 14–16; the partial block draws week 0 and copies its days 0–2
    expect([...weekBlockPlan(17, scripted([1, 1, 0], 2))]).toEqual([...range(7, 13), ...range(7, 13), 0, 1, 2]);
  });

  it('keeps every day on its weekday, and days come from the period', () => {
    for (const days of [14, 20, 91, 92]) {
      const plan = weekBlockPlan(days, makeRng(`weekdays-${days}`));
      plan.forEach((s, t) => {
        expect(s % 7, `day ${t} of ${days}`).toBe(t % 7);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThan(days);
      });
    }
  });

  it('draws single days from the whole period when it has fewer than two full weeks', () => {
    expect([...weekBlockPlan(10, scripted([9, 0, 3, 3, 5, 1, 2, 8, 7, 4], 10))]).toEqual([
      9, 0, 3, 3, 5, 1, 2, 8, 7, 4,
    ]);
  });

  it('is the same for the same seed and differs between seeds', () => {
    expect(weekBlockPlan(91, makeRng('a'))).toEqual(weekBlockPlan(91, makeRng('a')));
    expect([...weekBlockPlan(91, makeRng('a'))]).not.toEqual([...weekBlockPlan(91, makeRng('b'))]);
  });

  it('rejects a period without days', () => {
    expect(() => weekBlockPlan(0, makeRng(1))).toThrow(RangeError);
  });
});
