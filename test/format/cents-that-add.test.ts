import { describe, expect, it } from 'vitest';
import { centsThatAdd } from '../../sim/format/cents-that-add.ts';

describe('centsThatAdd', () => {
  it('gives the missing cents to the largest remainders', () => {
    // 37.4 − 31.6 − 9.4 + 8.8 = 5.2 cents → 5. Floors 37 − 32 − 10 + 8 = 3, two cents missing;
    // remainders .4 .4 .6 .8 → the cents go to 8.8 (→ 9) and −9.4 (→ −9): 37 − 32 − 9 + 9 = 5.
    expect(centsThatAdd([0.374, -0.316, -0.094, 0.088])).toEqual([0.37, -0.32, -0.09, 0.09]);
  });
  it('adds up where rounding each part alone does not', () => {
    // 0.46 + 0.46 = 0.92 cents → 1 cent; each alone rounds to 0, which would add to 0.
    expect(centsThatAdd([0.0046, 0.0046])).toEqual([0.01, 0]);
    // 37.6 + 37.6 − 75.2 = 0 cents; each alone: 38 + 38 − 75 = 1. Floors 37 + 37 − 76 = −2, two cents
    // missing; remainders .6 .6 .8 → −75.2 (→ −75) and the first 37.6 (→ 38): 38 + 37 − 75 = 0.
    expect(centsThatAdd([0.376, 0.376, -0.752])).toEqual([0.38, 0.37, -0.75]);
  });
  it('leaves parts that already add alone', () => {
    expect(centsThatAdd([1.25, -0.5, 0.1])).toEqual([1.25, -0.5, 0.1]);
  });
  it('gives ties to the earlier part', () => {
    // 0.5 + 0.5 = 1 cent; floors 0 + 0; one cent missing, equal remainders → the first part
    expect(centsThatAdd([0.005, 0.005])).toEqual([0.01, 0]);
  });
});
