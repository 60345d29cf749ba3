/** Single-file outputs: written when absent, overwritten only when RouteLab's own output of that kind. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOwnFile } from '../../sim/io/own-file.ts';
import { isSweepCsv } from '../../sim/io/sweep.ts';
import { isReadinessReport } from '../../sim/cli/validate.ts';
import { InputError } from '../../sim/problems.ts';

const tmp = mkdtempSync(join(tmpdir(), 'routelab-own-file-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const CSV = 'costs.manual_touch,policy,replicate,metric,value\n1,a,0,orders,3\n';
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.problems[0]!.code;
    throw e;
  }
  return 'written';
};

describe('writeOwnFile', () => {
  it("writes a new file, and overwrites it when it is RouteLab's", () => {
    const p = join(tmp, 'a', 'sweep.csv');
    expect(code(() => writeOwnFile(p, CSV, isSweepCsv))).toBe('written');
    expect(code(() => writeOwnFile(p, CSV.replace('3', '4'), isSweepCsv))).toBe('written');
    expect(readFileSync(p, 'utf8')).toContain(',orders,4');
  });

  it('refuses a file RouteLab did not write, a folder, and an empty path; the file is intact', () => {
    const p = join(tmp, 'b.csv');
    writeFileSync(p, 'name,amount\nrent,1200\n');
    expect(code(() => writeOwnFile(p, CSV, isSweepCsv))).toBe('out-file-not-routelab');
    expect(readFileSync(p, 'utf8')).toBe('name,amount\nrent,1200\n');
    mkdirSync(join(tmp, 'dir'));
    expect(code(() => writeOwnFile(join(tmp, 'dir'), CSV, isSweepCsv))).toBe('out-is-folder');
    expect(code(() => writeOwnFile('', CSV, isSweepCsv))).toBe('out-empty');
    expect(code(() => writeOwnFile(join(p, 'x.csv'), CSV, isSweepCsv))).toBe('out-under-file');
  });

  it('knows a readiness report by its heading', () => {
    const p = join(tmp, 'readiness.md');
    writeFileSync(p, '# My notes\n');
    expect(code(() => writeOwnFile(p, '# Data readiness: x\n', isReadinessReport))).toBe('out-file-not-routelab');
    rmSync(p);
    expect(code(() => writeOwnFile(p, '# Data readiness: x\n', isReadinessReport))).toBe('written');
    expect(code(() => writeOwnFile(p, '# Data readiness: y\n', isReadinessReport))).toBe('written');
  });

  it('removes the temporary file a killed write left beside it', () => {
    const dir = join(tmp, 'c');
    mkdirSync(dir);
    const dead = spawnSync('true').pid!;
    writeFileSync(join(dir, `.sweep.csv.routelab-tmp-${dead}`), 'half');
    writeOwnFile(join(dir, 'sweep.csv'), CSV, isSweepCsv);
    expect(readdirSync(dir)).toEqual(['sweep.csv']);
  });
});
