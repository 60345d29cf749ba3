/** The shared argument checks: the value back when it passes, a RangeError naming the argument when not. */
import { describe, expect, it } from 'vitest';
import { finite, level } from '../../sim/stats/check.ts';

describe('finite', () => {
  it('returns finite numbers unchanged, zero and negatives included', () => {
    expect(finite(2.5, 'rate')).toBe(2.5);
    expect(finite(0, 'rate')).toBe(0);
    expect(finite(-1e300, 'rate')).toBe(-1e300);
    expect(finite(Number.MAX_VALUE, 'rate')).toBe(Number.MAX_VALUE);
  });

  it('throws a RangeError naming the argument and the value for NaN and infinities', () => {
    expect(() => finite(NaN, 'rate')).toThrow(new RangeError('rate must be a finite number, got NaN'));
    expect(() => finite(Infinity, 'x')).toThrow(new RangeError('x must be a finite number, got Infinity'));
    expect(() => finite(-Infinity, 'x')).toThrow(new RangeError('x must be a finite number, got -Infinity'));
    expect(() => finite(NaN, 'rate')).toThrow(RangeError);
  });
});

describe('level', () => {
  it('returns a probability strictly inside (0, 1)', () => {
    expect(level(0.95, 'confidence')).toBe(0.95);
    expect(level(Number.MIN_VALUE, 'p')).toBe(Number.MIN_VALUE);
    expect(level(1 - Number.EPSILON, 'p')).toBe(1 - Number.EPSILON);
  });

  it('throws at the boundaries 0 and 1, outside them, and for NaN', () => {
    expect(() => level(0, 'confidence')).toThrow(new RangeError('confidence must be strictly between 0 and 1, got 0'));
    expect(() => level(1, 'confidence')).toThrow(new RangeError('confidence must be strictly between 0 and 1, got 1'));
    expect(() => level(95, 'confidence')).toThrow(
      new RangeError('confidence must be strictly between 0 and 1, got 95'),
    );
    expect(() => level(-0.5, 'power')).toThrow(new RangeError('power must be strictly between 0 and 1, got -0.5'));
    expect(() => level(NaN, 'power')).toThrow(new RangeError('power must be strictly between 0 and 1, got NaN'));
  });
});
