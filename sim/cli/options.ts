/** Command-line values: checked where a command reads them, reported like any other bad input (exit 2). */
import { msg, type MessageText } from '../messages.ts';
import { InputError } from '../problems.ts';

/** Throws the InputError for a bad value of `flag` on the command line. */
export function badOption(flag: string, m: MessageText): never {
  throw new InputError([{ severity: 'error', file: 'command line', field: flag, ...m }]);
}

/**
 * A whole number ≥ 1 given as `flag` (e.g. `--replicates 20`), or `fallback` when not given.
 * @example positiveInteger('4', '--workers', 2) // 4; positiveInteger('0', '--workers', 2) throws
 */
export function positiveInteger(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) badOption(flag, msg.notInteger(text, 1));
  return n;
}
