/**
 * Argument checks shared by the statistics functions. Bad arguments are programming errors
 * (the CLI validates user input before it gets here), so they throw a `RangeError`.
 */

/**
 * Returns `x`, or throws a RangeError naming `name` unless it is a finite number.
 * @example finite(2.5, 'rate') // 2.5;  finite(NaN, 'rate') throws
 */
export function finite(x: number, name: string): number {
  if (!Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${x}`);
  return x;
}

/**
 * Returns `x`, or throws a RangeError unless it is a probability strictly between 0 and 1.
 * @example level(0.95, 'confidence') // 0.95;  level(95, 'confidence') throws
 */
export function level(x: number, name: string): number {
  if (!(x > 0 && x < 1)) throw new RangeError(`${name} must be strictly between 0 and 1, got ${x}`);
  return x;
}
