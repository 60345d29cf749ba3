/**
 * File-system errors of a write at `--out`, turned into what a user can act on: exit 2 with
 * what to do for a place that cannot be written, exit 1 with one plain sentence for a full
 * disk (these cannot be made for real as root, so the errors are built the way Node builds them).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWritablePlace, OutputFault, outputError, requireOut } from '../../sim/io/out-errors.ts';
import { InputError } from '../../sim/problems.ts';

const tmp = mkdtempSync(join(tmpdir(), 'routelab-out-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const OUT = join(tmp, 'reports', 'demo');

/** An error as node:fs throws it. */
const fsError = (code: string, syscall: string, path: string) =>
  Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });

/** `file [field] code: message → hint` of the single problem of an InputError. */
function problem(e: unknown): string {
  expect(e).toBeInstanceOf(InputError);
  const [p] = (e as InputError).problems;
  return `${p!.file} [${p!.field}] ${p!.code}: ${p!.message} → ${p!.hint}`;
}

describe('outputError', () => {
  it('a full disk (ENOSPC, EDQUOT): an OutputFault with one plain sentence naming --out', () => {
    for (const code of ['ENOSPC', 'EDQUOT']) {
      const e = outputError(fsError(code, 'write', join(tmp, 'reports', '.demo.routelab-1-a', 'outcomes.csv')), OUT);
      expect(e).toBeInstanceOf(OutputFault);
      expect((e as Error).message).toBe(
        `the disk is full (or your quota is used up) while writing ${OUT}; nothing was replaced: free some space and run again.`,
      );
    }
  });

  it('a read-only place (EROFS) and no permission (EACCES, EPERM): exit-2 problems saying what to do', () => {
    expect(problem(outputError(fsError('EROFS', 'mkdir', join(tmp, 'reports', '.demo.routelab-1-a')), OUT))).toBe(
      `${OUT} [--out] out-not-writable: this place is on a read-only file system → pick an --out in a folder you can write to (e.g. under your home folder)`,
    );
    for (const code of ['EACCES', 'EPERM']) {
      expect(problem(outputError(fsError(code, 'open', join(tmp, 'reports')), OUT))).toContain(
        'out-not-writable: you do not have permission to write here',
      );
    }
  });

  it('a path under a file (ENOTDIR) and a name too long: exit-2 problems', () => {
    expect(problem(outputError(fsError('ENOTDIR', 'mkdir', OUT), OUT))).toContain(
      'out-under-file: a part of this path is a file',
    );
    expect(problem(outputError(fsError('ENAMETOOLONG', 'mkdir', OUT), OUT))).toContain('out-name-too-long');
  });

  it('any other system error where it writes: an OutputFault naming what the system said', () => {
    const e = outputError(fsError('EIO', 'write', join(tmp, 'reports', 'x')), OUT);
    expect(e).toBeInstanceOf(OutputFault);
    expect((e as Error).message).toBe(
      `could not write ${OUT} (the system said EIO on write ${join(tmp, 'reports', 'x')}); nothing was replaced: check that the place can be written, or pick another --out.`,
    );
  });

  it('an error about another place (reading an input) and a plain bug are left as they are', () => {
    const reading = fsError('EACCES', 'open', '/somewhere/else/orders.csv');
    expect(outputError(reading, OUT)).toBe(reading);
    const bug = new TypeError('x is undefined');
    expect(outputError(bug, OUT)).toBe(bug);
  });
});

describe('requireOut and checkWritablePlace', () => {
  it('an empty --out is bad input', () => {
    expect(() => requireOut('')).toThrow(InputError);
    expect(() => requireOut('  ')).toThrow(InputError);
    expect(requireOut('reports/x')).toBe(join(process.cwd(), 'reports', 'x'));
  });

  it('a parent that is a file is bad input; missing parents are fine', () => {
    mkdirSync(join(tmp, 'ok'));
    writeFileSync(join(tmp, 'ok', 'file'), 'x');
    expect(
      problem(
        (() => {
          try {
            checkWritablePlace(join(tmp, 'ok', 'file', 'out'));
          } catch (e) {
            return e;
          }
        })(),
      ),
    ).toContain('out-under-file');
    expect(() => checkWritablePlace(join(tmp, 'ok', 'new', 'deeper', 'out'))).not.toThrow();
  });
});
